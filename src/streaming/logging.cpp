#include "streaming/logging.h"

Q_LOGGING_CATEGORY(lcStreaming, "tuskline.streaming", QtWarningMsg)
