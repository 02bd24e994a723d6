#include "server/logging.h"

Q_LOGGING_CATEGORY(lcServer, "tuskline.server", QtWarningMsg)
