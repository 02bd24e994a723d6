// Instance information and discovery documents: /api/v1/instance, /api/v2/instance, custom
// emojis, NodeInfo, WebFinger, host-meta.
#include "server/api/common.h"
#include "server/api/handlers.h"

#include <QUrl>

namespace tusk::server::api {

namespace {

QString streamingUrl(const ServerCore &c)
{
    QUrl u(c.baseUrl);
    u.setScheme(u.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    return u.toString(QUrl::StripTrailingSlash);
}

QJsonObject contactAccount(ServerCore &c)
{
    // The first admin stands as the contact, as Mastodon's site_contact_username would.
    for (const auto &[account, user] : c.store.accounts.allUsers()) {
        if (user.admin)
            return render::account(c, account);
    }
    return {};
}

QJsonObject statusesConfig(const ServerConfig &cfg)
{
    return {{QStringLiteral("max_characters"), cfg.maxCharacters},
            {QStringLiteral("max_media_attachments"), cfg.maxMediaAttachments},
            {QStringLiteral("characters_reserved_per_url"), 23}};
}

QJsonObject mediaConfig(const ServerConfig &cfg)
{
    QJsonArray types;
    for (const char *t :
         {"image/jpeg", "image/png", "image/gif", "image/webp", "video/mp4", "video/webm",
          "audio/mpeg", "audio/mp3", "audio/ogg", "audio/wav", "audio/wave", "audio/x-wav"})
        types.append(QString::fromLatin1(t));
    return {{QStringLiteral("supported_mime_types"), types},
            {QStringLiteral("image_size_limit"), double(cfg.maxImageBytes)},
            {QStringLiteral("image_matrix_limit"), double(cfg.maxImagePixels)},
            {QStringLiteral("video_size_limit"), double(cfg.maxVideoBytes)},
            {QStringLiteral("video_frame_rate_limit"), 120},
            {QStringLiteral("video_matrix_limit"), 8294400},
            {QStringLiteral("description_limit"), 1500}};
}

QJsonObject pollsConfig(const ServerConfig &cfg)
{
    return {{QStringLiteral("max_options"), cfg.maxPollOptions},
            {QStringLiteral("max_characters_per_option"), cfg.maxPollOptionChars},
            {QStringLiteral("min_expiration"), double(cfg.minPollExpirySecs)},
            {QStringLiteral("max_expiration"), double(cfg.maxPollExpirySecs)}};
}

QString version()
{
    return QString::fromLatin1(kMastodonVersion);
}

} // namespace

Response instanceV1(Context &ctx)
{
    ServerCore &c = ctx.core;
    const ServerConfig &cfg = c.config;
    return Response::json(QJsonObject{
        {QStringLiteral("uri"), c.localHost},
        {QStringLiteral("title"), cfg.instanceName},
        {QStringLiteral("short_description"), cfg.description},
        {QStringLiteral("description"), cfg.description},
        {QStringLiteral("email"), cfg.contactEmail},
        {QStringLiteral("version"), version()},
        {QStringLiteral("urls"), QJsonObject{{QStringLiteral("streaming_api"), streamingUrl(c)}}},
        {QStringLiteral("stats"),
         QJsonObject{{QStringLiteral("user_count"), c.store.accounts.userCount()},
                     {QStringLiteral("status_count"), c.store.accounts.localStatusCount()},
                     {QStringLiteral("domain_count"), 0}}},
        {QStringLiteral("thumbnail"), QJsonValue::Null},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("registrations"), cfg.registrationsOpen},
        {QStringLiteral("approval_required"), false},
        {QStringLiteral("invites_enabled"), false},
        {QStringLiteral("configuration"),
         QJsonObject{
             {QStringLiteral("accounts"), QJsonObject{{QStringLiteral("max_featured_tags"), 10}}},
             {QStringLiteral("statuses"), statusesConfig(cfg)},
             {QStringLiteral("media_attachments"), mediaConfig(cfg)},
             {QStringLiteral("polls"), pollsConfig(cfg)}}},
        {QStringLiteral("contact_account"), contactAccount(c)},
        {QStringLiteral("rules"), QJsonArray()},
    });
}

Response instanceV2(Context &ctx)
{
    ServerCore &c = ctx.core;
    const ServerConfig &cfg = c.config;
    QJsonObject statuses = statusesConfig(cfg);
    QJsonObject media = mediaConfig(cfg);
    return Response::json(QJsonObject{
        {QStringLiteral("domain"), c.localHost},
        {QStringLiteral("title"), cfg.instanceName},
        {QStringLiteral("version"), version()},
        {QStringLiteral("source_url"), QStringLiteral("https://github.com/tuskline/tuskline")},
        {QStringLiteral("description"), cfg.description},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("users"), QJsonObject{{QStringLiteral("active_month"),
                                                            c.store.accounts.userCount()}}}}},
        {QStringLiteral("thumbnail"),
         QJsonObject{{QStringLiteral("url"), c.url(u"/headers/original/missing.png")}}},
        {QStringLiteral("icon"), QJsonArray()},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("configuration"),
         QJsonObject{
             {QStringLiteral("urls"),
              QJsonObject{{QStringLiteral("streaming"), streamingUrl(c)},
                          {QStringLiteral("status"), QJsonValue::Null},
                          {QStringLiteral("about"), c.url(u"/about")},
                          {QStringLiteral("privacy_policy"), QJsonValue::Null},
                          {QStringLiteral("terms_of_service"), QJsonValue::Null}}},
             {QStringLiteral("vapid"), QJsonObject{{QStringLiteral("public_key"), QString()}}},
             {QStringLiteral("accounts"), QJsonObject{{QStringLiteral("max_featured_tags"), 10},
                                                      {QStringLiteral("max_pinned_statuses"), 5}}},
             {QStringLiteral("statuses"), statuses},
             {QStringLiteral("media_attachments"), media},
             {QStringLiteral("polls"), pollsConfig(cfg)},
             {QStringLiteral("translation"), QJsonObject{{QStringLiteral("enabled"), false}}},
         }},
        {QStringLiteral("registrations"),
         QJsonObject{{QStringLiteral("enabled"), cfg.registrationsOpen},
                     {QStringLiteral("approval_required"), false},
                     {QStringLiteral("message"), QJsonValue::Null},
                     {QStringLiteral("url"), QJsonValue::Null}}},
        {QStringLiteral("api_versions"), QJsonObject{{QStringLiteral("mastodon"), 2}}},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("email"), cfg.contactEmail},
                                                {QStringLiteral("account"), contactAccount(c)}}},
        {QStringLiteral("rules"), QJsonArray()},
    });
}

Response customEmojis(Context &)
{
    return Response::json(QJsonArray());
}

Response nodeInfoLinks(Context &ctx)
{
    return Response::json(QJsonObject{
        {QStringLiteral("links"),
         QJsonArray{QJsonObject{{QStringLiteral("rel"),
                                 QStringLiteral("http://nodeinfo.diaspora.software/ns/schema/2.0")},
                                {QStringLiteral("href"), ctx.core.url(u"/nodeinfo/2.0")}}}}});
}

Response nodeInfo(Context &ctx)
{
    ServerCore &c = ctx.core;
    const int users = c.store.accounts.userCount();
    Response r = Response::json(QJsonObject{
        {QStringLiteral("version"), QStringLiteral("2.0")},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("tuskline")},
                     {QStringLiteral("version"), QStringLiteral(TUSKLINE_VERSION)}}},
        {QStringLiteral("protocols"), QJsonArray()},
        {QStringLiteral("services"), QJsonObject{{QStringLiteral("outbound"), QJsonArray()},
                                                 {QStringLiteral("inbound"), QJsonArray()}}},
        {QStringLiteral("usage"),
         QJsonObject{
             {QStringLiteral("users"), QJsonObject{{QStringLiteral("total"), users},
                                                   {QStringLiteral("activeMonth"), users},
                                                   {QStringLiteral("activeHalfyear"), users}}},
             {QStringLiteral("localPosts"), c.store.accounts.localStatusCount()}}},
        {QStringLiteral("openRegistrations"), c.config.registrationsOpen},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("nodeName"), c.config.instanceName},
                     {QStringLiteral("nodeDescription"), c.config.description}}},
    });
    r.contentType =
        "application/json; profile=\"http://nodeinfo.diaspora.software/ns/schema/2.0#\"";
    return r;
}

Response webfinger(Context &ctx)
{
    ServerCore &c = ctx.core;
    QString resource = ctx.params().string(u"resource");
    if (resource.isEmpty())
        return Response::error(400, QStringLiteral("Missing resource parameter"));
    QString username;
    if (resource.startsWith(u"acct:")) {
        resource = resource.mid(5);
        if (resource.startsWith(u'@'))
            resource = resource.mid(1);
        const qsizetype at = resource.indexOf(u'@');
        if (at < 0 || resource.mid(at + 1).compare(c.localHost, Qt::CaseInsensitive) != 0)
            return notFound();
        username = resource.left(at);
    } else {
        // https://host/@name or https://host/users/name
        for (const QString &prefix : {c.url(u"/@"), c.url(u"/users/")}) {
            if (resource.startsWith(prefix))
                username = resource.mid(prefix.size());
        }
    }
    const std::optional<AccountRow> a =
        username.isEmpty() ? std::nullopt : c.store.accounts.byUsername(username);
    if (!a)
        return notFound();
    const QString actor = c.url(QStringLiteral("/users/") + a->username);
    Response r = Response::json(QJsonObject{
        {QStringLiteral("subject"), QStringLiteral("acct:%1@%2").arg(a->username, c.localHost)},
        {QStringLiteral("aliases"), QJsonArray{c.url(QStringLiteral("/@") + a->username), actor}},
        {QStringLiteral("links"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("rel"), QStringLiteral("http://webfinger.net/rel/profile-page")},
                 {QStringLiteral("type"), QStringLiteral("text/html")},
                 {QStringLiteral("href"), c.url(QStringLiteral("/@") + a->username)}},
             QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                         {QStringLiteral("type"), QStringLiteral("application/activity+json")},
                         {QStringLiteral("href"), actor}}}},
    });
    r.contentType = "application/jrd+json; charset=utf-8";
    return r;
}

Response hostMeta(Context &ctx)
{
    const QString xml =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<XRD "
            "xmlns=\"http://docs.oasis-open.org/ns/xri/xrd-1.0\">\n  <Link "
            "rel=\"lrdd\" template=\"%1/.well-known/webfinger?resource={uri}\"/>\n</XRD>\n")
            .arg(ctx.core.baseUrl.toHtmlEscaped());
    Response r = Response::text(xml.toUtf8());
    r.contentType = "application/xrd+xml; charset=utf-8";
    return r;
}

Response missingImage(Context &)
{
    // A 1x1 transparent PNG for accounts without avatar or header.
    static const QByteArray png =
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwA"
                               "ChwGA60e6kgAAAABJRU5ErkJggg==");
    Response r;
    r.contentType = "image/png";
    r.body = png;
    r.setHeader("Cache-Control", "public, max-age=86400");
    return r;
}

} // namespace tusk::server::api
