#pragma once
#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="tuskline.streaming.debug=true". URLs are logged redacted and
// headers never, so no token reaches a log.
Q_DECLARE_LOGGING_CATEGORY(lcStreaming)
