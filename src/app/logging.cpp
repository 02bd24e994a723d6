#include "logging.h"

Q_LOGGING_CATEGORY(lcApp, "tuskline.app", QtInfoMsg)
