#pragma once
#include <QObject>

namespace tusk::server {

// Turns SIGINT/SIGTERM into a clean QCoreApplication::quit(): the handler only writes a byte to
// a socket pair (async-signal-safe); a QSocketNotifier reads it in the event loop.
void quitOnTerminationSignals(QObject *parent);

} // namespace tusk::server
