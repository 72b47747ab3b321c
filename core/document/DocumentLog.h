// The logging category of the document library (gloss.document): sanitiser decisions worth a trace,
// importer fallbacks. Enable with QT_LOGGING_RULES="gloss.document.debug=true".
#pragma once

#include <QLoggingCategory>

namespace gloss {
Q_DECLARE_LOGGING_CATEGORY(lcDocument)
}
