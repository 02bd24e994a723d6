#include "server/api/oauth.h"

#include "server/api/common.h"
#include "server/api/handlers.h"
#include "server/auth/crypto.h"
#include "server/logging.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace tusk::server::api {

namespace {

constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;
const QString kOob = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

Response oauthError(int status, const char *error, const QString &description)
{
    return Response::json(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(error)},
                                      {QStringLiteral("error_description"), description}},
                          status);
}

// RFC 8252 7.3: a native app registers a loopback redirect once and listens on whatever port is
// free at login time, so for http://127.0.0.1, http://[::1] and http://localhost the port is not
// compared; everything else (scheme, host, path, query) must match exactly.
bool isLoopbackRedirect(const QUrl &url)
{
    if (url.scheme() != u"http")
        return false;
    const QString host = url.host();
    return host == u"127.0.0.1" || host == u"::1" || host == u"localhost";
}

} // namespace

bool redirectUriMatches(const QString &registered, const QString &requested)
{
    if (registered == requested)
        return true;
    const QUrl a(registered, QUrl::StrictMode);
    const QUrl b(requested, QUrl::StrictMode);
    if (!a.isValid() || !b.isValid() || !isLoopbackRedirect(a) || !isLoopbackRedirect(b))
        return false;
    QUrl aNoPort = a, bNoPort = b;
    aNoPort.setPort(-1);
    bNoPort.setPort(-1);
    return aNoPort == bNoPort && a.userInfo().isEmpty() && b.userInfo().isEmpty();
}

namespace {

Response invalidGrant()
{
    return oauthError(400, "invalid_grant",
                      QStringLiteral("The provided authorization grant is invalid, expired, "
                                     "revoked, does not match the redirection URI used in the "
                                     "authorization request, or was issued to another client."));
}

Response invalidClient()
{
    return oauthError(401, "invalid_client",
                      QStringLiteral("Client authentication failed due to unknown client, no "
                                     "client authentication included, or unsupported "
                                     "authentication method."));
}

// Parses the query (GET) or form (POST) of /oauth/authorize. Errors that must not redirect (bad
// client, unregistered redirect URI) come back as an HTML page in `error`.
std::optional<AuthorizeRequest> readAuthorizeRequest(Context &ctx, Response *error)
{
    const Params &p = ctx.params();
    AuthorizeRequest r;
    const std::optional<AppRow> app = ctx.store().apps.byClientId(p.string(u"client_id"));
    if (!app) {
        *error = errorHtml(QCoreApplication::translate("OAuth", "Unknown application."), 400);
        return std::nullopt;
    }
    r.app = *app;
    r.redirectUri = p.string(u"redirect_uri");
    if (r.redirectUri.isEmpty() && app->redirectUris.size() == 1)
        r.redirectUri = app->redirectUris.first();
    const bool registered =
        std::any_of(app->redirectUris.cbegin(), app->redirectUris.cend(),
                    [&](const QString &uri) { return redirectUriMatches(uri, r.redirectUri); });
    if (!registered) {
        *error = errorHtml(QCoreApplication::translate(
                               "OAuth", "The redirect URI is not registered for this application."),
                           400);
        return std::nullopt;
    }
    r.scope =
        Scopes::parse(p.has(u"scope") ? p.string(u"scope") : QStringLiteral("read")).toString();
    if (r.scope.isEmpty())
        r.scope = QStringLiteral("read");
    r.state = p.string(u"state");
    r.codeChallenge = p.string(u"code_challenge");
    r.codeChallengeMethod = p.string(u"code_challenge_method");
    r.forceLogin = p.boolean(u"force_login");
    return r;
}

// Where the browser goes after the decision: the app's redirect URI with code or error + state.
Response redirectBack(const AuthorizeRequest &r, const QList<QPair<QString, QString>> &items)
{
    QUrl target(r.redirectUri);
    QUrlQuery q(target);
    for (const auto &item : items)
        q.addQueryItem(item.first, QString::fromUtf8(QUrl::toPercentEncoding(item.second)));
    if (!r.state.isEmpty())
        q.addQueryItem(QStringLiteral("state"),
                       QString::fromUtf8(QUrl::toPercentEncoding(r.state)));
    target.setQuery(q);
    return Response::redirect(target.toEncoded());
}

// Checks the request against the app before showing anything; returns a redirect with an OAuth
// error when the redirect URI is trustworthy but the request is not acceptable.
std::optional<Response> validateAuthorize(const AuthorizeRequest &r, const Params &p)
{
    if (p.string(u"response_type") != u"code")
        return redirectBack(
            r, {{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}});
    if (!Scopes::parse(r.app.scopes).covers(Scopes::parse(r.scope)))
        return redirectBack(r, {{QStringLiteral("error"), QStringLiteral("invalid_scope")}});
    if (!r.codeChallenge.isEmpty() && r.codeChallengeMethod != u"S256")
        return redirectBack(r,
                            {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                             {QStringLiteral("error_description"),
                              QStringLiteral("Only the S256 code challenge method is supported")}});
    return std::nullopt;
}

bool verifyPkce(const QString &verifier, const QString &challenge)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    if (!allowed.match(verifier).hasMatch())
        return false;
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return crypto::constantTimeEquals(digest, challenge.toLatin1());
}

// client_id/client_secret from the form or HTTP Basic.
std::optional<AppRow> authenticateClient(Context &ctx, bool secretRequired)
{
    QString id = ctx.params().string(u"client_id");
    QString secret = ctx.params().string(u"client_secret");
    const QByteArray basic = ctx.req.header("authorization");
    if (basic.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(basic.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            id = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    std::optional<AppRow> app = ctx.store().apps.byClientId(id);
    if (!app)
        return std::nullopt;
    if (secret.isEmpty() && !secretRequired)
        return app;
    if (!crypto::constantTimeEquals(crypto::tokenHash(secret.toUtf8()), app->clientSecretHash))
        return std::nullopt;
    return app;
}

QJsonObject tokenJson(const TokenRepository::Issued &t)
{
    QJsonObject o{{QStringLiteral("access_token"), QString::fromLatin1(t.accessToken)},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("scope"), t.row.scopes},
                  {QStringLiteral("created_at"), double(t.row.createdAt / 1000)}};
    if (!t.refreshToken.isEmpty())
        o.insert(QStringLiteral("refresh_token"), QString::fromLatin1(t.refreshToken));
    return o;
}

// Login throttle, checked before the password: per address and per login name.
bool loginThrottled(Context &ctx, const QString &login)
{
    const bool ipOk = ctx.core.loginByIp.hit(ctx.req.remoteAddress.toString().toLatin1()).allowed;
    const bool nameOk = ctx.core.loginByName.hit(login.toLower().toUtf8()).allowed;
    return !ipOk || !nameOk;
}

std::optional<UserRow> checkPassword(Context &ctx, const QString &login, const QString &password)
{
    std::optional<UserRow> user = ctx.store().accounts.userByLogin(login);
    if (!user) {
        // Same work as a real check, so timing does not reveal which names exist.
        static const QByteArray dummy = crypto::hashPassword(QStringLiteral("dummy password"));
        crypto::verifyPassword(password, dummy);
        return std::nullopt;
    }
    if (!crypto::verifyPassword(password, user->passwordHash))
        return std::nullopt;
    return user;
}

} // namespace

Response authorizePage(Context &ctx)
{
    Response error;
    const std::optional<AuthorizeRequest> r = readAuthorizeRequest(ctx, &error);
    if (!r)
        return error;
    if (std::optional<Response> rejected = validateAuthorize(*r, ctx.params()))
        return *rejected;
    // Without browser sessions every authorization asks for the password, so force_login is
    // always honoured.
    return authorizeHtml(ctx.core, *r, QString());
}

Response authorizeSubmit(Context &ctx)
{
    Response error;
    const std::optional<AuthorizeRequest> r = readAuthorizeRequest(ctx, &error);
    if (!r)
        return error;
    if (std::optional<Response> rejected = validateAuthorize(*r, ctx.params()))
        return *rejected;
    const Params &p = ctx.params();
    if (p.string(u"decision") == u"deny")
        return redirectBack(*r, {{QStringLiteral("error"), QStringLiteral("access_denied")}});

    const QString login = p.string(u"username").trimmed();
    if (loginThrottled(ctx, login))
        return authorizeHtml(ctx.core, *r,
                             QCoreApplication::translate(
                                 "OAuth", "Too many login attempts. Please wait a few minutes."),
                             429);
    const std::optional<UserRow> user = checkPassword(ctx, login, p.string(u"password"));
    if (!user)
        return authorizeHtml(
            ctx.core, *r, QCoreApplication::translate("OAuth", "Invalid login or password."), 401);

    AuthCodeRow code;
    code.appId = r->app.id;
    code.accountId = user->accountId;
    code.redirectUri = r->redirectUri;
    code.scopes = r->scope;
    code.codeChallenge = r->codeChallenge;
    code.codeChallengeMethod = r->codeChallenge.isEmpty() ? QString() : r->codeChallengeMethod;
    code.expiresAt = ctx.store().nowMs() + kCodeLifetimeMs;
    const QByteArray plain = ctx.store().tokens.createCode(code);
    if (plain.isEmpty())
        return errorHtml(QCoreApplication::translate("OAuth", "Internal error."), 500);
    qCInfo(lcServer) << "authorization granted to app" << r->app.id << "for account"
                     << user->accountId;
    if (r->redirectUri == kOob)
        return oobCodeHtml(QString::fromLatin1(plain));
    return redirectBack(*r, {{QStringLiteral("code"), QString::fromLatin1(plain)}});
}

Response token(Context &ctx)
{
    const Params &p = ctx.params();
    const QString grant = p.string(u"grant_type");

    if (grant == u"authorization_code") {
        const QString verifier = p.string(u"code_verifier");
        // A PKCE verifier stands in for the secret of a public client.
        const std::optional<AppRow> app = authenticateClient(ctx, verifier.isEmpty());
        if (!app)
            return invalidClient();
        const QByteArray plainCode = p.string(u"code").toUtf8();
        const std::optional<AuthCodeRow> code = ctx.store().tokens.consumeCode(plainCode);
        if (!code || code->appId != app->id)
            return invalidGrant();
        if (code->usedAt) {
            // A replayed code: revoke what the first exchange issued (RFC 6749 4.1.2).
            if (code->tokenId)
                ctx.store().tokens.revoke(code->tokenId);
            return invalidGrant();
        }
        if (code->expiresAt < ctx.store().nowMs())
            return invalidGrant();
        const QString redirect = p.string(u"redirect_uri");
        if (!redirect.isEmpty() && redirect != code->redirectUri)
            return invalidGrant();
        if (!code->codeChallenge.isEmpty()) {
            if (!verifyPkce(verifier, code->codeChallenge))
                return invalidGrant();
        } else if (!authenticateClient(ctx, true)) {
            return invalidClient();
        }
        const auto issued = ctx.store().tokens.issue(app->id, code->accountId, code->scopes, true);
        if (!issued)
            return Response::error(500, QStringLiteral("Could not issue a token"));
        ctx.store().tokens.linkCodeToToken(plainCode, issued->row.id);
        return Response::json(tokenJson(*issued));
    }

    if (grant == u"password") {
        if (!ctx.core.config.passwordGrant)
            return oauthError(400, "unsupported_grant_type",
                              QStringLiteral("The authorization grant type is not supported by "
                                             "the authorization server."));
        const std::optional<AppRow> app = authenticateClient(ctx, true);
        if (!app)
            return invalidClient();
        const QString scope =
            Scopes::parse(p.has(u"scope") ? p.string(u"scope") : QStringLiteral("read")).toString();
        if (!Scopes::parse(app->scopes).covers(Scopes::parse(scope)))
            return oauthError(400, "invalid_scope",
                              QStringLiteral("The requested scope is invalid, unknown, or "
                                             "malformed."));
        const QString login = p.string(u"username").trimmed();
        if (loginThrottled(ctx, login))
            return Response::error(429, QStringLiteral("Too many login attempts"));
        const std::optional<UserRow> user = checkPassword(ctx, login, p.string(u"password"));
        if (!user)
            return invalidGrant();
        const auto issued = ctx.store().tokens.issue(
            app->id, user->accountId, scope.isEmpty() ? QStringLiteral("read") : scope, true);
        if (!issued)
            return Response::error(500, QStringLiteral("Could not issue a token"));
        return Response::json(tokenJson(*issued));
    }

    if (grant == u"client_credentials") {
        const std::optional<AppRow> app = authenticateClient(ctx, true);
        if (!app)
            return invalidClient();
        const QString scope =
            Scopes::parse(p.has(u"scope") ? p.string(u"scope") : QStringLiteral("read")).toString();
        if (!Scopes::parse(app->scopes).covers(Scopes::parse(scope)))
            return oauthError(400, "invalid_scope",
                              QStringLiteral("The requested scope is invalid, unknown, or "
                                             "malformed."));
        const auto issued = ctx.store().tokens.issue(app->id, 0, scope, false);
        if (!issued)
            return Response::error(500, QStringLiteral("Could not issue a token"));
        return Response::json(tokenJson(*issued));
    }

    if (grant == u"refresh_token") {
        const std::optional<AppRow> app = authenticateClient(ctx, true);
        if (!app)
            return invalidClient();
        const std::optional<TokenRow> old =
            ctx.store().tokens.byRefreshToken(p.string(u"refresh_token").toUtf8());
        if (!old || old->appId != app->id)
            return invalidGrant();
        Database::Transaction tx(ctx.store().db());
        ctx.store().tokens.revoke(old->id); // rotation: the old pair stops working
        const auto issued = ctx.store().tokens.issue(app->id, old->accountId, old->scopes, true);
        if (!issued || !tx.commit())
            return Response::error(500, QStringLiteral("Could not issue a token"));
        return Response::json(tokenJson(*issued));
    }

    if (grant.isEmpty())
        return oauthError(400, "invalid_request",
                          QStringLiteral("Missing required parameter: grant_type."));
    return oauthError(400, "unsupported_grant_type",
                      QStringLiteral("The authorization grant type is not supported by the "
                                     "authorization server."));
}

Response revoke(Context &ctx)
{
    const std::optional<AppRow> app = authenticateClient(ctx, true);
    if (!app)
        return oauthError(403, "unauthorized_client",
                          QStringLiteral("You are not authorized to revoke this token"));
    // RFC 7009: an unknown token is not an error.
    ctx.store().tokens.revokeForApp(app->id, ctx.params().string(u"token").toUtf8());
    return Response::json(QJsonObject());
}

Response authorizationServerMetadata(Context &ctx)
{
    const ServerCore &c = ctx.core;
    QJsonArray scopes;
    for (const char *s : {"read",
                          "write",
                          "push",
                          "follow",
                          "profile",
                          "read:accounts",
                          "read:blocks",
                          "read:bookmarks",
                          "read:favourites",
                          "read:filters",
                          "read:follows",
                          "read:lists",
                          "read:mutes",
                          "read:notifications",
                          "read:search",
                          "read:statuses",
                          "write:accounts",
                          "write:blocks",
                          "write:bookmarks",
                          "write:conversations",
                          "write:favourites",
                          "write:filters",
                          "write:follows",
                          "write:lists",
                          "write:media",
                          "write:mutes",
                          "write:notifications",
                          "write:reports",
                          "write:statuses"})
        scopes.append(QString::fromLatin1(s));
    QJsonArray grants{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                      QStringLiteral("refresh_token")};
    if (c.config.passwordGrant)
        grants.append(QStringLiteral("password"));
    return Response::json(QJsonObject{
        {QStringLiteral("issuer"), c.baseUrl + u'/'},
        {QStringLiteral("service_documentation"), QStringLiteral("https://docs.joinmastodon.org/")},
        {QStringLiteral("authorization_endpoint"), c.url(u"/oauth/authorize")},
        {QStringLiteral("token_endpoint"), c.url(u"/oauth/token")},
        {QStringLiteral("revocation_endpoint"), c.url(u"/oauth/revoke")},
        {QStringLiteral("app_registration_endpoint"), c.url(u"/api/v1/apps")},
        {QStringLiteral("scopes_supported"), scopes},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
        {QStringLiteral("grant_types_supported"), grants},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")}},
    });
}

} // namespace tusk::server::api
