#include "session/logging.h"

Q_LOGGING_CATEGORY(lcSession, "tuskline.session", QtWarningMsg)
