#pragma once
// Streaming endpoints: the multiplexed WebSocket (/api/v1/streaming) and the per-stream
// Server-Sent Events paths (/api/v1/streaming/user, ...). Not ApiClient calls (they never
// finish), so these only build URLs and frames; src/streaming opens them.
#include "api/request.h"

#include <QJsonObject>

namespace tusk::api::requests {

// The WebSocket URL on a streaming base URL (capabilities' streaming URL, else the instance
// URL). http→ws and https→wss; a path prefix on the base is kept.
inline QUrl streamingSocketUrl(const QUrl &base)
{
    QUrl url = urlWithPath(base, QStringLiteral("/api/v1/streaming"));
    if (url.scheme() == u"https")
        url.setScheme(QStringLiteral("wss"));
    else if (url.scheme() == u"http")
        url.setScheme(QStringLiteral("ws"));
    return url;
}

// The HTTP(S) form of a streaming base URL, for Server-Sent Events.
inline QUrl streamingHttpBase(const QUrl &base)
{
    QUrl url = base;
    if (url.scheme() == u"wss")
        url.setScheme(QStringLiteral("https"));
    else if (url.scheme() == u"ws")
        url.setScheme(QStringLiteral("http"));
    return url;
}

// The query parameter a stream takes its argument in: hashtag streams a tag, list a list id.
inline QString streamParamName(const QString &stream)
{
    if (stream.startsWith(u"hashtag"))
        return QStringLiteral("tag");
    if (stream == u"list")
        return QStringLiteral("list");
    return {};
}

// `{"type":"subscribe","stream":"hashtag","tag":"x"}` (or "unsubscribe").
inline QJsonObject streamingFrame(bool subscribe, const QString &stream, const QString &param)
{
    QJsonObject frame{{QStringLiteral("type"),
                       subscribe ? QStringLiteral("subscribe") : QStringLiteral("unsubscribe")},
                      {QStringLiteral("stream"), stream}};
    const QString name = streamParamName(stream);
    if (!name.isEmpty() && !param.isEmpty())
        frame.insert(name, param);
    return frame;
}

// One stream over Server-Sent Events: "public:local" → /api/v1/streaming/public/local,
// ":media" variants → only_media=true, hashtag/list argument as a query parameter.
struct StreamingSse {
    QString stream;
    QString param;
    RequestSpec spec() const
    {
        QString name = stream;
        QUrlQuery q;
        if (name.endsWith(u":media")) {
            name.chop(6);
            q.addQueryItem(QStringLiteral("only_media"), QStringLiteral("true"));
        }
        const QString paramName = streamParamName(stream);
        if (!paramName.isEmpty())
            q.addQueryItem(paramName, param);
        name.replace(u':', u'/');
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/streaming/") + name, q);
    }
    // Absolute URL on a streaming base (ws/wss bases are mapped to http/https).
    QUrl url(const QUrl &base) const
    {
        const RequestSpec s = spec();
        QUrl u = urlWithPath(streamingHttpBase(base), s.path);
        if (!s.query.isEmpty())
            u.setQuery(QString::fromLatin1(encodeQuery(s.query)), QUrl::StrictMode);
        return u;
    }
};

} // namespace tusk::api::requests
