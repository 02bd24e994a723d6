#pragma once
#include <QLoggingCategory>

// The bundled server's category; enable with QT_LOGGING_RULES="tuskline.server*=true".
// Never log tokens, passwords, client secrets or authorization codes through it.
Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace tusk::server {
// Keeps Qt HttpServer's debug output (which includes Authorization headers) off, whatever the
// logging rules say. Called by every Server; safe to call more than once.
void installSecretSafeLogging();
} // namespace tusk::server
