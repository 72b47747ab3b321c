#include "StoreLogging.h"
Q_LOGGING_CATEGORY(lcStore, "gloss.store", QtInfoMsg)
