// Logging category for feed parsing (gloss.feeds): salvaged documents, ignored DOCTYPEs, fallbacks.
// Enable with QT_LOGGING_RULES="gloss.feeds.debug=true".
#pragma once

#include <QLoggingCategory>

namespace gloss {
Q_DECLARE_LOGGING_CATEGORY(lcFeeds)
}
