#include "server/api/common.h"
#include "server/api/handlers.h"
#include "server/auth/scopes.h"

#include <QRegularExpression>
#include <QUrl>

namespace tusk::server::api {

namespace {
// Absolute URI without a fragment, or the out-of-band marker. Custom schemes are fine.
bool validRedirectUri(const QString &uri)
{
    if (uri == u"urn:ietf:wg:oauth:2.0:oob")
        return true;
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !url.hasFragment() && !url.isRelative();
}
} // namespace

Response createApp(Context &ctx)
{
    const Params &p = ctx.params();
    const QString name = p.string(u"client_name").trimmed();
    if (name.isEmpty())
        return unprocessable(QStringLiteral("Validation failed: Application name can't be blank"));
    if (name.size() > 60)
        return unprocessable(
            QStringLiteral("Validation failed: Application name is too long (maximum is 60 "
                           "characters)"));
    // Mastodon 4.3 takes a newline-separated string or an array.
    QStringList uris;
    for (const QString &entry : p.list(u"redirect_uris"))
        uris += entry.split(QRegularExpression(QStringLiteral("[\\r\\n]+")), Qt::SkipEmptyParts);
    for (QString &u : uris)
        u = u.trimmed();
    if (uris.isEmpty())
        return unprocessable(QStringLiteral("Validation failed: Redirect URI can't be blank"));
    for (const QString &u : uris) {
        if (!validRedirectUri(u))
            return unprocessable(
                QStringLiteral("Validation failed: Redirect URI must be an absolute URI."));
    }
    const Scopes scopes =
        Scopes::parse(p.has(u"scopes") ? p.string(u"scopes") : QStringLiteral("read"));
    for (const QString &s : scopes.list()) {
        if (!Scopes::isKnown(s))
            return unprocessable(QStringLiteral("Validation failed: Scopes are invalid"));
    }
    const QString website = p.string(u"website").trimmed();
    if (!website.isEmpty() && !QUrl(website, QUrl::StrictMode).isValid())
        return unprocessable(QStringLiteral("Validation failed: Website is invalid"));
    const auto created = ctx.store().apps.create(
        name, website, uris, scopes.isEmpty() ? QStringLiteral("read") : scopes.toString());
    if (!created)
        return Response::error(500, QStringLiteral("Could not register the application"));
    return Response::json(render::application(created->first, created->second));
}

Response verifyAppCredentials(Context &ctx)
{
    const std::optional<AppRow> app = ctx.store().apps.byId(ctx.auth->appId);
    if (!app)
        return Response::error(401, QStringLiteral("The access token is invalid"));
    return Response::json(render::application(*app));
}

} // namespace tusk::server::api
