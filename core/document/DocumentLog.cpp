#include "DocumentLog.h"

namespace gloss {
Q_LOGGING_CATEGORY(lcDocument, "gloss.document")
}
