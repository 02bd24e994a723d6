#include "auth/logging.h"

Q_LOGGING_CATEGORY(lcAuth, "tuskline.auth", QtWarningMsg)
