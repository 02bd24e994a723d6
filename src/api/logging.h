#pragma once
#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="tuskline.api.debug=true". Requests are logged with the
// Authorization header and any access_token parameter redacted (see redactedUrl()).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
