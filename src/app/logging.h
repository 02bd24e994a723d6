#pragma once
#include <QLoggingCategory>

// "tuskline.app": the desktop app's glue (accounts, sessions, local instance, settings).
// Never logs tokens or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
