#include "api/logging.h"

Q_LOGGING_CATEGORY(lcApi, "tuskline.api", QtWarningMsg)
