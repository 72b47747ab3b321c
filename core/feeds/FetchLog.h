// Logging category for fetching (gloss.feeds.fetch), so network chatter can be switched on alone.
#pragma once

#include <QLoggingCategory>

namespace gloss {
Q_DECLARE_LOGGING_CATEGORY(lcFetch)
}
