#include "feeds/FetchLog.h"

namespace gloss {
// Quiet by default: every outcome is already a FetchResult the caller shows; turn on with
// QT_LOGGING_RULES="gloss.feeds.fetch.debug=true" to watch requests, redirects and failures.
Q_LOGGING_CATEGORY(lcFetch, "gloss.feeds.fetch", QtInfoMsg)
}
