#include "cli/logging.h"

Q_LOGGING_CATEGORY(lcCli, "tuskline.cli", QtInfoMsg)
