#include "server/streaming/hub.h"

#include "server/context.h"
#include "server/logging.h"
#include "server/render/render.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace tusk::server {

namespace {

QByteArray sseEvent(const char *event, const QByteArray &data)
{
    // LF line endings and "field: value", as Mastodon sends them; JSON has no raw newlines.
    return QByteArray("event: ") + event + "\ndata: " + data + "\n\n";
}

// Hub key → the `stream` array of a WebSocket frame.
QJsonArray streamArray(const QString &key)
{
    for (const char *prefix : {"hashtag:local:", "hashtag:"}) {
        const QString p = QString::fromLatin1(prefix);
        if (key.startsWith(p))
            return {p.chopped(1), key.mid(p.size())};
    }
    if (key.startsWith(u"list:"))
        return {QStringLiteral("list"), key.mid(5)};
    if (key.startsWith(u"direct:"))
        return {QStringLiteral("direct")};
    if (key.startsWith(u"user:notification:"))
        return {QStringLiteral("user:notification")};
    if (key.startsWith(u"user:"))
        return {QStringLiteral("user")};
    return {key};
}

} // namespace

StreamingHub::StreamingHub(ServerCore &core, int heartbeatMs) : m_core(core)
{
    // One timer for everyone: an SSE comment line (Mastodon.py wants no blank line after it),
    // and a WebSocket ping every other beat.
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        const bool ping = (++m_beats % 2) == 0;
        for (const Subscriber &s : std::as_const(m_subs)) {
            if (s.sink)
                s.sink->write(":thump\n");
            else if (ping)
                s.ws->ping();
        }
    });
}

StreamingHub::~StreamingHub()
{
    closeAll();
}

void StreamingHub::remove(QObject *transport)
{
    m_subs.removeIf(
        [transport](const Subscriber &s) { return s.sink == transport || s.ws == transport; });
    if (m_subs.isEmpty())
        m_heartbeat.stop();
}

void StreamingHub::addSse(StreamSink *sink, qint64 accountId, const QStringList &streams)
{
    Subscriber s;
    s.sink = sink;
    s.accountId = accountId;
    s.streams = streams;
    m_subs.append(s);
    connect(sink, &StreamSink::closed, this, [this, sink] { remove(sink); });
    connect(sink, &QObject::destroyed, this, [this, sink] { remove(sink); });
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
}

void StreamingHub::sendError(QWebSocket *ws, const QString &error, int status)
{
    ws->sendTextMessage(
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                                    {QStringLiteral("status"), status}})
                              .toJson(QJsonDocument::Compact)));
}

StreamingHub::Subscriber *StreamingHub::find(QWebSocket *ws)
{
    for (Subscriber &s : m_subs) {
        if (s.ws == ws)
            return &s;
    }
    return nullptr;
}

void StreamingHub::addWebSocket(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *ws = owned.release();
    ws->setParent(this);
    const QNetworkRequest request = ws->request();
    const QUrlQuery query(request.url());
    QByteArray token;
    const QByteArray auth = request.rawHeader("Authorization");
    if (auth.size() > 7 && auth.first(7).compare("bearer ", Qt::CaseInsensitive) == 0)
        token = auth.sliced(7).trimmed();
    else
        token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8();
    // Browsers cannot set Authorization on a WebSocket, so Mastodon's web UI sends the token as
    // the subprotocol; Mastodon's streaming server accepts it there too.
    if (token.isEmpty())
        token = request.rawHeader("Sec-WebSocket-Protocol").trimmed();

    Subscriber s;
    s.ws = ws;
    if (!token.isEmpty()) {
        const std::optional<TokenRow> row = m_core.store.tokens.byAccessToken(token);
        if (!row) {
            sendError(ws, QStringLiteral("Invalid access token"), 401);
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
            ws->deleteLater();
            return;
        }
        s.accountId = row->accountId;
        s.scopes = Scopes::parse(row->scopes);
    }
    m_subs.append(s);
    connect(ws, &QWebSocket::textMessageReceived, this,
            [this, ws](const QString &text) { onFrame(ws, text); });
    connect(ws, &QWebSocket::disconnected, this, [this, ws] {
        remove(ws);
        ws->deleteLater();
    });
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    if (query.hasQueryItem(QStringLiteral("stream"))) {
        QJsonObject subscribe{
            {QStringLiteral("type"), QStringLiteral("subscribe")},
            {QStringLiteral("stream"), query.queryItemValue(QStringLiteral("stream"))},
            {QStringLiteral("tag"),
             query.queryItemValue(QStringLiteral("tag"), QUrl::FullyDecoded)},
            {QStringLiteral("list"), query.queryItemValue(QStringLiteral("list"))}};
        onFrame(ws, QString::fromUtf8(QJsonDocument(subscribe).toJson(QJsonDocument::Compact)));
    }
}

QString StreamingHub::keyFor(const Subscriber &s, const QString &stream, const QString &tag,
                             QString *error, int *status) const
{
    auto needs = [&](const char *scope) {
        if (!s.accountId) {
            *error = QStringLiteral("Missing access token");
            *status = 401;
            return false;
        }
        if (!s.scopes.allows(QString::fromLatin1(scope))) {
            *error = QStringLiteral("Access token does not have the required scopes");
            *status = 403;
            return false;
        }
        return true;
    };
    if (stream == u"user")
        return needs("read:statuses") ? QStringLiteral("user:%1").arg(s.accountId) : QString();
    if (stream == u"user:notification")
        return needs("read:notifications") ? QStringLiteral("user:notification:%1").arg(s.accountId)
                                           : QString();
    if (stream == u"public" || stream == u"public:local" || stream == u"public:remote" ||
        stream == u"public:media" || stream == u"public:local:media" ||
        stream == u"public:remote:media")
        return stream;
    if (stream == u"hashtag" || stream == u"hashtag:local") {
        QString t = tag.trimmed().toLower();
        if (t.startsWith(u'#'))
            t = t.mid(1);
        if (t.isEmpty()) {
            *error = QStringLiteral("No tag for hashtag channel");
            *status = 400;
            return {};
        }
        return stream + u':' + t;
    }
    if (stream == u"direct")
        return needs("read:statuses") ? QStringLiteral("direct:%1").arg(s.accountId) : QString();
    if (stream == u"list") {
        if (!needs("read:lists"))
            return {};
        return socialListKey(m_core, s.accountId, tag, error, status);
    }
    *error = QStringLiteral("Unknown stream type");
    *status = 400;
    return {};
}

void StreamingHub::onFrame(QWebSocket *ws, const QString &text)
{
    Subscriber *s = find(ws);
    if (!s)
        return;
    const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = msg.value(QStringLiteral("type")).toString();
    if (type != u"subscribe" && type != u"unsubscribe") {
        sendError(ws, QStringLiteral("Unknown message type"), 400);
        return;
    }
    QString error;
    int status = 400;
    const QString stream = msg.value(QStringLiteral("stream")).toString();
    // The `list` stream names its list where the others name a tag.
    const QString argument =
        msg.value(stream == u"list" ? QStringLiteral("list") : QStringLiteral("tag"))
            .toVariant()
            .toString();
    const QString key = keyFor(*s, stream, argument, &error, &status);
    if (key.isEmpty()) {
        sendError(ws, error, status);
        return;
    }
    if (type == u"subscribe") {
        if (!s->streams.contains(key))
            s->streams.append(key);
    } else {
        s->streams.removeAll(key);
    }
}

void StreamingHub::closeAll()
{
    const QList<Subscriber> subs = m_subs;
    m_subs.clear();
    m_heartbeat.stop();
    for (const Subscriber &s : subs) {
        if (s.sink)
            s.sink->close();
        else
            s.ws->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
}

void StreamingHub::deliver(const Subscriber &s, const QString &key, const char *event,
                           const QByteArray &payload)
{
    if (s.sink) {
        s.sink->write(sseEvent(event, payload));
        return;
    }
    // WebSocket frames carry the payload as a JSON string inside the JSON frame.
    const QJsonObject frame{{QStringLiteral("stream"), streamArray(key)},
                            {QStringLiteral("event"), QString::fromLatin1(event)},
                            {QStringLiteral("payload"), QString::fromUtf8(payload)}};
    s.ws->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamingHub::statusCreated(qint64 statusId)
{
    broadcastStatus(statusId, "update");
}

void StreamingHub::statusUpdated(qint64 statusId)
{
    broadcastStatus(statusId, "status.update");
}

void StreamingHub::broadcastStatus(qint64 statusId, const char *event)
{
    if (m_subs.isEmpty())
        return;
    Store &store = m_core.store;
    const std::optional<StatusRow> row = store.statuses.byId(statusId);
    if (!row)
        return;
    QSet<QString> keys;
    QSqlQuery &q = store.db().query("SELECT account_id FROM home_feed WHERE status_id = ?");
    q.bindValue(0, statusId);
    if (Database::run(q)) {
        while (q.next())
            keys.insert(QStringLiteral("user:") + q.value(0).toString());
    }
    q.finish();
    if (row->visibility == Visibility::Public && !row->reblogOfId) {
        keys << QStringLiteral("public") << QStringLiteral("public:local");
        for (const QString &tag : store.statuses.tags({statusId}).value(statusId)) {
            keys << QStringLiteral("hashtag:") + tag.toLower()
                 << QStringLiteral("hashtag:local:") + tag.toLower();
        }
    }
    QSet<qint64> hiddenFrom = store.blocks.hidingFrom(row->accountId);
    if (row->reblogOfId) {
        if (const std::optional<StatusRow> original = store.statuses.byId(row->reblogOfId))
            hiddenFrom.unite(store.blocks.hidingFrom(original->accountId));
    }
    keys.unite(socialStreamKeys(m_core, *row));
    QHash<qint64, QByteArray> rendered; // per viewer: favourited and friends differ
    for (const Subscriber &s : std::as_const(m_subs)) {
        if (s.accountId && hiddenFrom.contains(s.accountId))
            continue;
        for (const QString &key : s.streams) {
            if (!keys.contains(key))
                continue;
            auto it = rendered.find(s.accountId);
            if (it == rendered.end())
                it = rendered.insert(s.accountId,
                                     QJsonDocument(render::status(m_core, *row, s.accountId))
                                         .toJson(QJsonDocument::Compact));
            deliver(s, key, event, *it);
        }
    }
}

void StreamingHub::statusDeleted(qint64 statusId)
{
    // Only an id: telling every subscriber costs nothing and reveals nothing.
    const QByteArray id = QByteArray::number(statusId);
    for (const Subscriber &s : std::as_const(m_subs)) {
        for (const QString &key : s.streams)
            deliver(s, key, "delete", id);
    }
}

void StreamingHub::notificationCreated(qint64 notificationId)
{
    if (m_subs.isEmpty())
        return;
    const std::optional<NotificationRow> n = m_core.store.notifications.byId(notificationId);
    if (!n)
        return;
    const QString user = QStringLiteral("user:%1").arg(n->accountId);
    const QString notifications = QStringLiteral("user:notification:%1").arg(n->accountId);
    QByteArray payload;
    for (const Subscriber &s : std::as_const(m_subs)) {
        for (const QString &key : s.streams) {
            if (key != user && key != notifications)
                continue;
            if (payload.isEmpty())
                payload = QJsonDocument(
                              render::notifications(m_core, {*n}, n->accountId).first().toObject())
                              .toJson(QJsonDocument::Compact);
            deliver(s, key, "notification", payload);
        }
    }
}

} // namespace tusk::server
