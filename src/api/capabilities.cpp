#include "api/capabilities.h"

#include "api/logging.h"
#include "api/requests/instance.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tusk::api {

namespace {

using Software = Capabilities::Software;

QJsonObject obj(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toObject();
}

// Takes numbers and numeric strings (some servers quote them); keeps `fallback` otherwise.
template <typename T> void readInt(const QJsonObject &o, QLatin1String key, T &out)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() >= 0)
        out = T(v.toDouble());
    else if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok && n >= 0)
            out = T(n);
    }
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        if (item.isString())
            out.append(item.toString());
    return out;
}

Software classify(const QString &name)
{
    static const QStringList misskeyForks = {
        QStringLiteral("misskey"),  QStringLiteral("firefish"),  QStringLiteral("calckey"),
        QStringLiteral("sharkey"),  QStringLiteral("iceshrimp"), QStringLiteral("iceshrimp.net"),
        QStringLiteral("catodon"),  QStringLiteral("foundkey"),  QStringLiteral("cherrypick"),
        QStringLiteral("meisskey"), QStringLiteral("magnetar")};
    const QString n = name.toLower();
    if (n == u"mastodon" || n == u"hometown" || n == u"glitch" || n == u"glitch-soc")
        return Software::Mastodon;
    if (n == u"gotosocial")
        return Software::GoToSocial;
    if (n == u"akkoma")
        return Software::Akkoma;
    if (n == u"pleroma")
        return Software::Pleroma;
    if (n == u"snac" || n == u"snac2")
        return Software::Snac;
    if (misskeyForks.contains(n))
        return Software::MisskeyFork;
    return Software::Other;
}

// "4.2.1 (compatible; Iceshrimp.NET/2024.1-beta2+e1d25a9)" → {"4.2.1", "Iceshrimp.NET",
// "2024.1-beta2"}
struct VersionString {
    QVersionNumber mastodon;
    QString compatibleName;
    QVersionNumber compatibleVersion;
};
VersionString splitVersion(const QString &version)
{
    VersionString out;
    out.mastodon = QVersionNumber::fromString(version);
    static const QRegularExpression compatible(
        QStringLiteral(R"(\(compatible;\s*([A-Za-z][\w.\-]*?)[\s/]+v?(\d[^\s)]*))"));
    const auto m = compatible.match(version);
    if (m.hasMatch()) {
        out.compatibleName = m.captured(1);
        out.compatibleVersion = QVersionNumber::fromString(m.captured(2));
    }
    return out;
}

} // namespace

QString Capabilities::softwareKey(Software software)
{
    switch (software) {
    case Software::Mastodon:
        return QStringLiteral("mastodon");
    case Software::GoToSocial:
        return QStringLiteral("gotosocial");
    case Software::Akkoma:
        return QStringLiteral("akkoma");
    case Software::Pleroma:
        return QStringLiteral("pleroma");
    case Software::Snac:
        return QStringLiteral("snac");
    case Software::MisskeyFork:
        return QStringLiteral("misskey-fork");
    case Software::Other:
        return QStringLiteral("other");
    }
    return {};
}

Capabilities Capabilities::derive(const QJsonObject &instance, const QJsonObject &nodeInfo,
                                  const QJsonObject &oauthMetadata)
{
    Capabilities c;
    const QString versionText = instance.value(QLatin1String("version")).toString();
    const VersionString vs = splitVersion(versionText);
    c.mastodonVersion = vs.mastodon;
    // v2 has `domain`, v1 has `uri`.
    c.hasInstanceV2 = instance.contains(QLatin1String("domain"));
    c.mastodonApiVersion =
        obj(instance, QLatin1String("api_versions")).value(QLatin1String("mastodon")).toInt();

    // Who is it: NodeInfo is the most direct answer, then "(compatible; X y)", then hints.
    const QJsonObject software = obj(nodeInfo, QLatin1String("software"));
    const QString sourceUrl = instance.value(QLatin1String("source_url")).toString().toLower();
    if (!software.value(QLatin1String("name")).toString().isEmpty()) {
        c.softwareName = software.value(QLatin1String("name")).toString().toLower();
        c.version = QVersionNumber::fromString(software.value(QLatin1String("version")).toString());
    } else if (!vs.compatibleName.isEmpty()) {
        c.softwareName = vs.compatibleName.toLower();
        c.version = vs.compatibleVersion;
    } else if (sourceUrl.contains(u"gotosocial")) {
        c.softwareName = QStringLiteral("gotosocial");
        c.version = vs.mastodon;
    } else if (instance.value(QLatin1String("pleroma")).isObject()) {
        c.softwareName = QStringLiteral("pleroma");
    } else if (!versionText.isEmpty()) {
        c.softwareName = QStringLiteral("mastodon");
        c.version = vs.mastodon;
    }
    c.software = classify(c.softwareName);
    if (c.software == Software::Mastodon && c.version.isNull())
        c.version = vs.mastodon;

    // Pleroma family: metadata lives under `pleroma.metadata` (instance) and `metadata` (NodeInfo).
    const QJsonObject pleromaMeta =
        obj(obj(instance, QLatin1String("pleroma")), QLatin1String("metadata"));
    const QJsonObject nodeMeta = obj(nodeInfo, QLatin1String("metadata"));
    QStringList features = strings(pleromaMeta.value(QLatin1String("features")));
    features += strings(nodeMeta.value(QLatin1String("features")));
    if (c.software == Software::Akkoma || c.software == Software::Pleroma) {
        if (features.contains(QStringLiteral("akkoma_api")))
            c.software = Software::Akkoma, c.softwareName = QStringLiteral("akkoma");
    }

    const bool isMastodon = c.software == Software::Mastodon;
    const auto atLeast = [](const QVersionNumber &v, int major, int minor, int micro = 0) {
        return !v.isNull() && v >= QVersionNumber(major, minor, micro);
    };

    // Features.
    c.groupedNotifications = (isMastodon && atLeast(c.version, 4, 3)) || c.mastodonApiVersion >= 2;
    if (c.software != Software::Mastodon && c.software != Software::Other)
        c.groupedNotifications = false; // only Mastodon (and Mastodon-like "others") have them
    const QStringList pkceMethods =
        strings(oauthMetadata.value(QLatin1String("code_challenge_methods_supported")));
    c.pkce = pkceMethods.contains(QStringLiteral("S256")) ||
             (isMastodon && atLeast(c.version, 4, 3)) || c.software == Software::GoToSocial;
    c.edits = (isMastodon && atLeast(c.version, 3, 5)) ||
              (c.software == Software::GoToSocial && atLeast(c.version, 0, 18)) ||
              features.contains(QStringLiteral("editing"));
    c.quotes = (isMastodon && atLeast(c.version, 4, 5)) ||
               features.contains(QStringLiteral("quote_posting"));

    const QJsonObject config = obj(instance, QLatin1String("configuration"));
    c.translation =
        obj(config, QLatin1String("translation")).value(QLatin1String("enabled")).toBool() ||
        features.contains(QStringLiteral("akkoma:machine_translation"));

    // Content types: GoToSocial in configuration.statuses, Pleroma family in post_formats.
    const QJsonObject statuses = obj(config, QLatin1String("statuses"));
    QStringList types = strings(statuses.value(QLatin1String("supported_mime_types")));
    if (types.isEmpty())
        types = strings(pleromaMeta.value(QLatin1String("post_formats")));
    if (types.isEmpty())
        types = strings(nodeMeta.value(QLatin1String("postFormats")));
    if (!types.isEmpty())
        c.contentTypes = types;

    // Streaming.
    QString streaming =
        obj(config, QLatin1String("urls")).value(QLatin1String("streaming")).toString();
    if (streaming.isEmpty())
        streaming =
            obj(instance, QLatin1String("urls")).value(QLatin1String("streaming_api")).toString();
    if (!streaming.isEmpty())
        c.streamingUrl = QUrl(streaming);

    // Limits: v2/v1 `configuration`, then Pleroma's top-level fields.
    Limits &l = c.limits;
    readInt(statuses, QLatin1String("max_characters"), l.maxCharacters);
    readInt(instance, QLatin1String("max_toot_chars"), l.maxCharacters);
    readInt(statuses, QLatin1String("characters_reserved_per_url"), l.charactersReservedPerUrl);
    readInt(statuses, QLatin1String("max_media_attachments"), l.maxMediaAttachments);
    readInt(instance, QLatin1String("max_media_attachments"), l.maxMediaAttachments);

    const QJsonObject polls = obj(config, QLatin1String("polls"));
    readInt(polls, QLatin1String("max_options"), l.pollMaxOptions);
    readInt(polls, QLatin1String("max_characters_per_option"), l.pollMaxCharactersPerOption);
    readInt(polls, QLatin1String("min_expiration"), l.pollMinExpirationSecs);
    readInt(polls, QLatin1String("max_expiration"), l.pollMaxExpirationSecs);
    const QJsonObject pleromaPolls = obj(instance, QLatin1String("poll_limits"));
    readInt(pleromaPolls, QLatin1String("max_options"), l.pollMaxOptions);
    readInt(pleromaPolls, QLatin1String("max_option_chars"), l.pollMaxCharactersPerOption);
    readInt(pleromaPolls, QLatin1String("min_expiration"), l.pollMinExpirationSecs);
    readInt(pleromaPolls, QLatin1String("max_expiration"), l.pollMaxExpirationSecs);

    const QJsonObject media = obj(config, QLatin1String("media_attachments"));
    readInt(media, QLatin1String("image_size_limit"), l.imageSizeLimit);
    readInt(media, QLatin1String("video_size_limit"), l.videoSizeLimit);
    readInt(media, QLatin1String("image_matrix_limit"), l.imageMatrixLimit);
    readInt(media, QLatin1String("video_matrix_limit"), l.videoMatrixLimit);
    readInt(media, QLatin1String("video_frame_rate_limit"), l.videoFrameRateLimit);
    l.mediaTypes = strings(media.value(QLatin1String("supported_mime_types")));
    if (instance.contains(QLatin1String("upload_limit"))) {
        readInt(instance, QLatin1String("upload_limit"), l.imageSizeLimit);
        readInt(instance, QLatin1String("upload_limit"), l.videoSizeLimit);
    }
    return c;
}

namespace {

// Collects the four documents; derives when the instance answer and all optional ones are in.
class CapabilityFetch : public QObject {
public:
    CapabilityFetch(ApiClient *client, QObject *context,
                    std::function<void(ApiResult<Capabilities>)> onDone)
        : QObject(context ? context : client), m_client(client), m_onDone(std::move(onDone))
    {}

    void start()
    {
        m_pending = 3;
        m_client->call(requests::GetInstanceV2{}, this, [this](ApiResult<QJsonObject> r) {
            if (r.ok()) {
                m_instance = r.value();
                done();
                return;
            }
            if (r.error().kind == ApiError::Kind::Cancelled) {
                fail(r.error());
                return;
            }
            qCDebug(lcApi) << "instance v2 unavailable, trying v1:" << r.error().message;
            m_client->call(requests::GetInstanceV1{}, this, [this](ApiResult<QJsonObject> v1) {
                if (!v1.ok()) {
                    fail(v1.error());
                    return;
                }
                m_instance = v1.value();
                done();
            });
        });
        m_client->call(requests::GetNodeInfoIndex{}, this, [this](ApiResult<QJsonObject> r) {
            const QUrl url = r.ok() ? pickNodeInfo(r.value()) : QUrl();
            if (!url.isValid()) {
                done();
                return;
            }
            m_client->call(requests::GetNodeInfo{url}, this, [this](ApiResult<QJsonObject> doc) {
                if (doc.ok())
                    m_nodeInfo = doc.value();
                done();
            });
        });
        m_client->call(requests::GetOAuthServerMetadata{}, this, [this](ApiResult<QJsonObject> r) {
            if (r.ok())
                m_oauth = r.value();
            done();
        });
    }

private:
    // The newest 2.x schema the index links to.
    QUrl pickNodeInfo(const QJsonObject &index) const
    {
        QUrl best;
        QString bestRel;
        for (const QJsonValue &link : index.value(QLatin1String("links")).toArray()) {
            const QString rel = link[QLatin1String("rel")].toString();
            if (rel.startsWith(u"http://nodeinfo.diaspora.software/ns/schema/2.") &&
                rel > bestRel) {
                bestRel = rel;
                best =
                    m_client->instanceUrl().resolved(QUrl(link[QLatin1String("href")].toString()));
            }
        }
        return best;
    }

    void done()
    {
        if (--m_pending > 0 || m_failed)
            return;
        m_onDone(ApiResult<Capabilities>(Capabilities::derive(m_instance, m_nodeInfo, m_oauth), {},
                                         200));
        deleteLater();
    }
    void fail(const ApiError &error)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_onDone(ApiResult<Capabilities>(error));
        deleteLater(); // outstanding optional calls die with us (we are their context)
    }

    ApiClient *m_client;
    std::function<void(ApiResult<Capabilities>)> m_onDone;
    QJsonObject m_instance, m_nodeInfo, m_oauth;
    int m_pending = 0;
    bool m_failed = false;
};

} // namespace

void Capabilities::fetch(ApiClient *client, QObject *context,
                         std::function<void(ApiResult<Capabilities>)> onDone)
{
    auto *job = new CapabilityFetch(client, context, std::move(onDone));
    job->start();
}

} // namespace tusk::api
