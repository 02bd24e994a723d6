// The hub's part for lists, direct conversations and filters.
#include "server/context.h"
#include "server/render/social.h"
#include "server/streaming/hub.h"

#include <QJsonDocument>

namespace tusk::server {

QSet<QString> socialStreamKeys(ServerCore &core, const StatusRow &row)
{
    QSet<QString> keys;
    ListRepository lists(core.store);
    // The list timeline's own rule decides, asked for just this status.
    PageQuery only;
    only.maxId = row.id + 1;
    only.sinceId = row.id - 1;
    only.limit = 1;
    for (const ListRow &l : lists.holding(row.accountId)) {
        if (lists.timeline(l, only).contains(row.id))
            keys.insert(QStringLiteral("list:%1").arg(l.id));
    }
    return keys;
}

QString socialListKey(ServerCore &core, qint64 accountId, const QString &listId, QString *error,
                      int *status)
{
    if (!ListRepository(core.store).get(accountId, listId.toLongLong())) {
        *error = QStringLiteral("Not authorized to stream this list");
        *status = 401;
        return {};
    }
    return QStringLiteral("list:") + listId;
}

void StreamingHub::conversationsUpdated(qint64 statusId)
{
    if (m_subs.isEmpty())
        return;
    const QList<ConversationRow> rows = ConversationRepository(m_core.store).ofStatus(statusId);
    for (const ConversationRow &c : rows) {
        const QString key = QStringLiteral("direct:%1").arg(c.accountId);
        QByteArray payload;
        for (const Subscriber &s : std::as_const(m_subs)) {
            if (!s.streams.contains(key))
                continue;
            if (payload.isEmpty())
                payload = QJsonDocument(
                              render::conversations(m_core, {c}, c.accountId).first().toObject())
                              .toJson(QJsonDocument::Compact);
            deliver(s, key, "conversation", payload);
        }
    }
}

void StreamingHub::filtersChanged(qint64 accountId)
{
    const QString key = QStringLiteral("user:%1").arg(accountId);
    for (const Subscriber &s : std::as_const(m_subs)) {
        if (!s.streams.contains(key))
            continue;
        if (s.sink) {
            // Every SSE event carries a data line (Mastodon.py's parser insists).
            s.sink->write("event: filters_changed\ndata: null\n\n");
        } else {
            const QJsonObject frame{{QStringLiteral("stream"), QJsonArray{QStringLiteral("user")}},
                                    {QStringLiteral("event"), QStringLiteral("filters_changed")}};
            s.ws->sendTextMessage(
                QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
        }
    }
}

} // namespace tusk::server
