#include "server/streaming/hub.h"

#include "server/context.h"
#include "server/render/render.h"

#include <QJsonDocument>

namespace tusk::server {

StreamingHub::StreamingHub(ServerCore &core, int heartbeatMs) : m_core(core)
{
    // One timer for everyone: a comment line keeps proxies and clients' read timeouts happy.
    // Mastodon.py's parser wants no blank line after a comment.
    m_heartbeat.setInterval(heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        for (const Subscriber &s : std::as_const(m_subs))
            s.sink->write(":thump\n");
    });
}

StreamingHub::~StreamingHub()
{
    closeAll();
}

void StreamingHub::addSse(StreamSink *sink, qint64 accountId, const QStringList &streams)
{
    m_subs.append({sink, accountId, streams});
    auto drop = [this, sink] {
        m_subs.removeIf([sink](const Subscriber &s) { return s.sink == sink; });
        if (m_subs.isEmpty())
            m_heartbeat.stop();
    };
    connect(sink, &StreamSink::closed, this, drop);
    connect(sink, &QObject::destroyed, this, drop); // socket deleted without a goodbye

    if (!m_heartbeat.isActive())
        m_heartbeat.start();
}

void StreamingHub::closeAll()
{
    const QList<Subscriber> subs = m_subs;
    m_subs.clear();
    m_heartbeat.stop();
    for (const Subscriber &s : subs)
        s.sink->close();
}

QByteArray StreamingHub::sseEvent(const char *event, const QByteArray &data)
{
    // LF line endings and "field: value", as Mastodon sends them; JSON has no raw newlines.
    return QByteArray("event: ") + event + "\ndata: " + data + "\n\n";
}

void StreamingHub::statusCreated(qint64 statusId)
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
    QHash<qint64, QByteArray> rendered; // per viewer: favourited and friends differ
    for (const Subscriber &s : std::as_const(m_subs)) {
        bool wanted = false;
        for (const QString &stream : s.streams)
            wanted = wanted || keys.contains(stream);
        if (!wanted)
            continue;
        auto it = rendered.find(s.accountId);
        if (it == rendered.end())
            it = rendered.insert(s.accountId,
                                 QJsonDocument(render::status(m_core, *row, s.accountId))
                                     .toJson(QJsonDocument::Compact));
        s.sink->write(sseEvent("update", *it));
    }
}

void StreamingHub::statusDeleted(qint64 statusId)
{
    // Only an id: telling every subscriber costs nothing and reveals nothing.
    const QByteArray event = sseEvent("delete", QByteArray::number(statusId));
    for (const Subscriber &s : std::as_const(m_subs))
        s.sink->write(event);
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
        if (!s.streams.contains(user) && !s.streams.contains(notifications))
            continue;
        if (payload.isEmpty())
            payload =
                QJsonDocument(render::notifications(m_core, {*n}, n->accountId).first().toObject())
                    .toJson(QJsonDocument::Compact);
        s.sink->write(sseEvent("notification", payload));
    }
}

} // namespace tusk::server
