#pragma once
#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="tuskline.cli.debug=true". Tokens are never logged.
Q_DECLARE_LOGGING_CATEGORY(lcCli)
