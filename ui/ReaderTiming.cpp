#include "ReaderTiming.h"

namespace gloss::ui {
Q_LOGGING_CATEGORY(lcTiming, "gloss.ui.timing", QtInfoMsg)
}
