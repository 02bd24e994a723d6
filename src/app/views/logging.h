#pragma once
#include <QLoggingCategory>

// The app's views helpers (blurhash, profile, time formatting); "tuskline.views".
Q_DECLARE_LOGGING_CATEGORY(lcViews)
