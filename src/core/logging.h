#pragma once
#include <QLoggingCategory>

// One logging category per module; enable with QT_LOGGING_RULES="tuskline.core.*=true".
// Never log tokens, passwords or client secrets through any of them.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcContent)
