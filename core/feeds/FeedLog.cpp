#include "FeedLog.h"

namespace gloss {
Q_LOGGING_CATEGORY(lcFeeds, "gloss.feeds")
}
