#pragma once
#include <QLoggingCategory>

// The bundled server's category; enable with QT_LOGGING_RULES="tuskline.server*=true".
// Never log tokens, passwords, client secrets or authorization codes through it.
Q_DECLARE_LOGGING_CATEGORY(lcServer)
