#include "logging.h"

Q_LOGGING_CATEGORY(lcViews, "tuskline.views", QtWarningMsg)
