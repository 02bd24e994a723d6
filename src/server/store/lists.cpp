// Lists of followed accounts and their timelines.
#include "server/store/socialstore.h"

namespace tusk::server {

namespace {
QList<ListRow> readLists(QSqlQuery &q)
{
    QList<ListRow> out;
    if (Database::run(q)) {
        while (q.next()) {
            ListRow l;
            l.id = q.value(0).toLongLong();
            l.accountId = q.value(1).toLongLong();
            l.title = q.value(2).toString();
            l.repliesPolicy = q.value(3).toString();
            l.exclusive = q.value(4).toBool();
            out.append(l);
        }
    }
    q.finish();
    return out;
}
} // namespace

#define LIST_SELECT "SELECT id, account_id, title, replies_policy, exclusive FROM lists "

std::optional<ListRow> ListRepository::create(ListRow row)
{
    row.id = m_s.ids().next();
    QSqlQuery &q = m_s.db().query("INSERT INTO lists (id, account_id, title, replies_policy, "
                                  "exclusive, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.accountId);
    q.bindValue(2, nonNull(row.title));
    q.bindValue(3, row.repliesPolicy);
    q.bindValue(4, row.exclusive);
    q.bindValue(5, m_s.nowMs());
    if (!Database::run(q))
        return std::nullopt;
    return row;
}

bool ListRepository::update(const ListRow &row)
{
    QSqlQuery &q = m_s.db().query(
        "UPDATE lists SET title = ?, replies_policy = ?, exclusive = ? WHERE id = ?");
    q.bindValue(0, nonNull(row.title));
    q.bindValue(1, row.repliesPolicy);
    q.bindValue(2, row.exclusive);
    q.bindValue(3, row.id);
    return Database::run(q);
}

bool ListRepository::remove(qint64 listId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM lists WHERE id = ?");
    q.bindValue(0, listId);
    return Database::run(q);
}

std::optional<ListRow> ListRepository::get(qint64 ownerId, qint64 listId)
{
    QSqlQuery &q = m_s.db().query(LIST_SELECT "WHERE id = ? AND account_id = ?");
    q.bindValue(0, listId);
    q.bindValue(1, ownerId);
    const QList<ListRow> rows = readLists(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<ListRow> ListRepository::all(qint64 ownerId)
{
    QSqlQuery &q = m_s.db().query(LIST_SELECT "WHERE account_id = ? ORDER BY id");
    q.bindValue(0, ownerId);
    return readLists(q);
}

QList<ListRow> ListRepository::containing(qint64 ownerId, qint64 accountId)
{
    QSqlQuery &q =
        m_s.db().query(LIST_SELECT "WHERE account_id = ? AND id IN (SELECT list_id "
                                   "FROM list_accounts WHERE account_id = ?) ORDER BY id");
    q.bindValue(0, ownerId);
    q.bindValue(1, accountId);
    return readLists(q);
}

QList<ListRow> ListRepository::holding(qint64 accountId)
{
    QSqlQuery &q = m_s.db().query(
        LIST_SELECT "WHERE id IN (SELECT list_id FROM list_accounts WHERE account_id = ?)");
    q.bindValue(0, accountId);
    return readLists(q);
}

#define MEMBERS_QUERY                                                                              \
    "SELECT account_id FROM list_accounts WHERE list_id = :p1 AND account_id < :p2 AND "           \
    "account_id > :p3 "

QList<qint64> ListRepository::members(qint64 listId, const PageQuery &page)
{
    PageQuery bounded = page;
    if (bounded.limit <= 0)
        bounded.limit = -1; // SQLite: no limit
    QSqlQuery &q = page.minId ? m_s.db().query(MEMBERS_QUERY "ORDER BY account_id ASC LIMIT :p4")
                              : m_s.db().query(MEMBERS_QUERY "ORDER BY account_id DESC LIMIT :p4");
    bindN(q, 0, listId);
    bindPageBounds(q, 1, bounded);
    return readIds(q, page.minId != 0);
}

bool ListRepository::add(qint64 listId, const QList<qint64> &accountIds)
{
    Database::Transaction tx(m_s.db());
    for (qint64 id : accountIds) {
        QSqlQuery &q = m_s.db().query(
            "INSERT OR IGNORE INTO list_accounts (list_id, account_id) VALUES (?, ?)");
        q.bindValue(0, listId);
        q.bindValue(1, id);
        if (!Database::run(q))
            return false;
    }
    return tx.commit();
}

bool ListRepository::removeMembers(qint64 listId, const QList<qint64> &accountIds)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM list_accounts WHERE list_id = ? AND account_id IN "
                                  "(SELECT value FROM json_each(?))");
    q.bindValue(0, listId);
    q.bindValue(1, Store::idList(accountIds));
    return Database::run(q);
}

// :p1 list, :p2..:p4 page, :p5 owner, :p6 replies policy. Replies to the author's own posts or
// to the owner always show; others as the policy says (Mastodon's filter_from_list?). Boosts
// only from members whose boosts the owner wants.
#define LIST_TIMELINE_QUERY                                                                        \
    "SELECT s.id FROM statuses s WHERE s.account_id IN (SELECT account_id FROM list_accounts "     \
    "WHERE list_id = :p1) AND s.id < :p2 AND s.id > :p3 AND (s.visibility < 3 OR EXISTS (SELECT "  \
    "1 FROM mentions m WHERE m.status_id = s.id AND m.account_id = :p5)) AND "                     \
    "(s.in_reply_to_account_id IS NULL OR s.in_reply_to_account_id = s.account_id OR "             \
    "s.in_reply_to_account_id = :p5 OR (:p6 = 'followed' AND EXISTS (SELECT 1 FROM follows g "     \
    "WHERE g.account_id = :p5 AND g.target_account_id = s.in_reply_to_account_id)) OR (:p6 = "     \
    "'list' AND EXISTS (SELECT 1 FROM list_accounts x WHERE x.list_id = :p1 AND x.account_id = "   \
    "s.in_reply_to_account_id))) AND (s.reblog_of_id IS NULL OR EXISTS (SELECT 1 FROM follows f "  \
    "WHERE f.account_id = :p5 AND f.target_account_id = s.account_id AND f.show_reblogs = 1)) "

QList<qint64> ListRepository::timeline(const ListRow &list, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(LIST_TIMELINE_QUERY "ORDER BY s.id ASC LIMIT :p4")
                              : m_s.db().query(LIST_TIMELINE_QUERY "ORDER BY s.id DESC LIMIT :p4");
    bindN(q, 0, list.id);
    bindPageBounds(q, 1, page);
    bindN(q, 4, list.accountId);
    bindN(q, 5, list.repliesPolicy);
    return readIds(q, page.minId != 0);
}

} // namespace tusk::server
