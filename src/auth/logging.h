#pragma once
#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="tuskline.auth.debug=true". Tokens, client secrets, codes and
// PKCE verifiers are never logged; keys and account names are.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
