#include "cache/logging.h"

Q_LOGGING_CATEGORY(lcCache, "tuskline.cache", QtWarningMsg)
