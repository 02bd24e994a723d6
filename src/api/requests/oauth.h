#pragma once
// App registration and OAuth 2 token endpoints. All go out without a bearer token.
#include "api/request.h"
#include "core/entities/common.h"

namespace tusk::api::requests {

// POST /api/v1/apps: once per server; the answer carries client_id and client_secret.
struct RegisterApp {
    using Value = Application;
    QString clientName = QStringLiteral("Tuskline");
    QStringList redirectUris;
    QString scopes = QStringLiteral("read write follow push");
    QString website = QStringLiteral("https://tuskline.example/");
    RequestSpec spec() const
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_name"), clientName);
        form.addQueryItem(QStringLiteral("redirect_uris"), redirectUris.join(u'\n'));
        form.addQueryItem(QStringLiteral("scopes"), scopes);
        if (!website.isEmpty())
            form.addQueryItem(QStringLiteral("website"), website);
        RequestSpec s = makeSpec(Verb::Post, QStringLiteral("/api/v1/apps"), {}, form);
        s.authenticated = false;
        return s;
    }
};

// The page the user logs in on (opened in a browser, never requested by the client itself).
struct AuthorizeUrl {
    QString clientId;
    QString redirectUri;
    QString scopes = QStringLiteral("read write follow push");
    QString state;
    QString codeChallenge; // empty: no PKCE
    bool forceLogin = true;
    QUrl url(const QUrl &instanceUrl) const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        q.addQueryItem(QStringLiteral("scope"), scopes);
        if (!state.isEmpty())
            q.addQueryItem(QStringLiteral("state"), state);
        if (!codeChallenge.isEmpty()) {
            q.addQueryItem(QStringLiteral("code_challenge"), codeChallenge);
            q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        }
        if (forceLogin)
            q.addQueryItem(QStringLiteral("force_login"), QStringLiteral("true"));
        QUrl u = urlWithPath(instanceUrl, QStringLiteral("/oauth/authorize"));
        u.setQuery(QString::fromLatin1(encodeQuery(q)), QUrl::StrictMode);
        return u;
    }
};

// POST /oauth/token with grant_type=authorization_code (+ code_verifier with PKCE).
struct ObtainToken {
    using Value = Token;
    QString clientId;
    QString clientSecret;
    QString redirectUri;
    QString code;
    QString codeVerifier;
    QString scopes = QStringLiteral("read write follow push");
    RequestSpec spec() const
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
        form.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("scope"), scopes);
        if (!codeVerifier.isEmpty())
            form.addQueryItem(QStringLiteral("code_verifier"), codeVerifier);
        RequestSpec s = makeSpec(Verb::Post, QStringLiteral("/oauth/token"), {}, form);
        s.authenticated = false;
        return s;
    }
};

// POST /oauth/revoke: logging out. Success is an empty object.
struct RevokeToken {
    using Value = Empty;
    QString clientId;
    QString clientSecret;
    QString token;
    RequestSpec spec() const
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        form.addQueryItem(QStringLiteral("client_secret"), clientSecret);
        form.addQueryItem(QStringLiteral("token"), token);
        RequestSpec s = makeSpec(Verb::Post, QStringLiteral("/oauth/revoke"), {}, form);
        s.authenticated = false;
        return s;
    }
};

} // namespace tusk::api::requests
