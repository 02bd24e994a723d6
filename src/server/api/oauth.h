#pragma once
// Pieces of the OAuth endpoints shared between oauth.cpp and authorizepage.cpp.
#include "server/context.h"

namespace tusk::server::api {

struct AuthorizeRequest {
    AppRow app;
    QString redirectUri;
    QString scope;
    QString state;
    QString codeChallenge;
    QString codeChallengeMethod;
    bool forceLogin = false;
};

// The consent page: who asks, for what, a login form that posts back to /oauth/authorize.
Response authorizeHtml(const ServerCore &core, const AuthorizeRequest &req, const QString &error,
                       int status = 200);
// The page that shows an out-of-band code for the user to paste into the app.
Response oobCodeHtml(const QString &code);
Response errorHtml(const QString &message, int status);

// Whether a redirect URI sent with an authorization request matches one the app registered:
// exactly, or as a loopback redirect on another port (RFC 8252 7.3).
bool redirectUriMatches(const QString &registered, const QString &requested);

} // namespace tusk::server::api
