#pragma once
#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="tuskline.models.debug=true". Never logs tokens or post text.
Q_DECLARE_LOGGING_CATEGORY(lcModels)
