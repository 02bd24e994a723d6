#include "models/logging.h"

Q_LOGGING_CATEGORY(lcModels, "tuskline.models", QtWarningMsg)
