#include "core/logging.h"

Q_LOGGING_CATEGORY(lcCore, "tuskline.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcContent, "tuskline.core.content", QtWarningMsg)
