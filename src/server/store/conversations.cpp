// Direct conversations: one row per participant and (thread, other participants).
#include "server/store/socialstore.h"

#include <algorithm>

namespace tusk::server {

bool ConversationRepository::addStatus(const StatusRow &row, const QList<qint64> &mentioned)
{
    Database &db = m_s.db();
    // The thread is named by its first status; replies file under their root's conversation.
    qint64 threadId = row.id;
    if (row.inReplyToId) {
        QSqlQuery &root = db.query(
            "WITH RECURSIVE up(id, parent, depth) AS (SELECT id, in_reply_to_id, 0 FROM statuses "
            "WHERE id = :p1 UNION ALL SELECT s.id, s.in_reply_to_id, up.depth + 1 FROM statuses "
            "s JOIN up ON s.id = up.parent WHERE up.depth < 1024) SELECT id FROM up ORDER BY "
            "depth DESC LIMIT 1");
        bindN(root, 0, row.inReplyToId);
        const QList<qint64> ids = readIds(root);
        if (!ids.isEmpty())
            threadId = ids.first();
    }
    QList<qint64> everyone = mentioned;
    everyone.append(row.accountId);
    std::sort(everyone.begin(), everyone.end());
    everyone.erase(std::unique(everyone.begin(), everyone.end()), everyone.end());
    for (qint64 account : std::as_const(everyone)) {
        QStringList others;
        for (qint64 other : std::as_const(everyone)) {
            if (other != account)
                others.append(QString::number(other));
        }
        QSqlQuery &q = db.query(
            "INSERT INTO conversations (id, account_id, thread_id, participants, last_status_id, "
            "unread) VALUES (:p1, :p2, :p3, :p4, :p5, :p6) ON CONFLICT (account_id, thread_id, "
            "participants) DO UPDATE SET last_status_id = max(coalesce(last_status_id, 0), "
            ":p5), unread = :p6 RETURNING id");
        bindN(q, 0, m_s.ids().next());
        bindN(q, 1, account);
        bindN(q, 2, threadId);
        bindN(q, 3, nonNull(others.join(u',')));
        bindN(q, 4, row.id);
        bindN(q, 5, account != row.accountId); // the author has read what they wrote
        const QList<qint64> ids = readIds(q);
        if (ids.isEmpty())
            return false;
        QSqlQuery &link = db.query("INSERT OR IGNORE INTO conversation_statuses (conversation_id, "
                                   "status_id) VALUES (?, ?)");
        link.bindValue(0, ids.first());
        link.bindValue(1, row.id);
        if (!Database::run(link))
            return false;
    }
    return true;
}

QList<ConversationRow> ConversationRepository::read(QSqlQuery &q)
{
    QList<ConversationRow> out;
    if (Database::run(q)) {
        while (q.next()) {
            ConversationRow c;
            c.id = q.value(0).toLongLong();
            c.accountId = q.value(1).toLongLong();
            for (const QString &p : q.value(2).toString().split(u',', Qt::SkipEmptyParts))
                c.participants.append(p.toLongLong());
            c.lastStatusId = q.value(3).toLongLong();
            c.unread = q.value(4).toBool();
            out.append(c);
        }
    }
    q.finish();
    return out;
}

#define CONVERSATION_SELECT                                                                        \
    "SELECT id, account_id, participants, last_status_id, unread FROM conversations "
#define CONVERSATION_PAGE                                                                          \
    CONVERSATION_SELECT "WHERE account_id = :p1 AND last_status_id IS NOT NULL AND "               \
                        "last_status_id < :p2 AND last_status_id > :p3 "

QList<ConversationRow> ConversationRepository::list(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId
                       ? m_s.db().query(CONVERSATION_PAGE "ORDER BY last_status_id ASC LIMIT :p4")
                       : m_s.db().query(CONVERSATION_PAGE "ORDER BY last_status_id DESC LIMIT :p4");
    bindN(q, 0, accountId);
    bindPageBounds(q, 1, page);
    QList<ConversationRow> rows = read(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<ConversationRow> ConversationRepository::get(qint64 accountId, qint64 id)
{
    QSqlQuery &q = m_s.db().query(CONVERSATION_SELECT "WHERE id = ? AND account_id = ?");
    q.bindValue(0, id);
    q.bindValue(1, accountId);
    const QList<ConversationRow> rows = read(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<ConversationRow> ConversationRepository::ofStatus(qint64 statusId)
{
    QSqlQuery &q = m_s.db().query(CONVERSATION_SELECT "WHERE id IN (SELECT conversation_id FROM "
                                                      "conversation_statuses WHERE status_id = ?)");
    q.bindValue(0, statusId);
    return read(q);
}

bool ConversationRepository::markRead(qint64 id)
{
    QSqlQuery &q = m_s.db().query("UPDATE conversations SET unread = 0 WHERE id = ?");
    q.bindValue(0, id);
    return Database::run(q);
}

bool ConversationRepository::remove(qint64 id)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM conversations WHERE id = ?");
    q.bindValue(0, id);
    return Database::run(q);
}

} // namespace tusk::server
