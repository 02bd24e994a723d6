// Per-user state: bookmarks and read markers.
#include "server/store/store.h"

#include <QVariant>

#include <limits>

namespace tusk::server {

bool BookmarkRepository::add(qint64 accountId, qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("INSERT OR IGNORE INTO bookmarks (id, account_id, status_id, "
                                  "created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, statusId);
    q.bindValue(3, m_s.nowMs());
    return Database::run(q) && q.numRowsAffected() > 0;
}

bool BookmarkRepository::remove(qint64 accountId, qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM bookmarks WHERE account_id = ? AND status_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, statusId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

QSet<qint64> BookmarkRepository::bookmarked(qint64 accountId, const QList<qint64> &statusIds)
{
    return m_s.statusIdSubset("SELECT status_id FROM bookmarks WHERE account_id = ? AND "
                              "status_id IN (SELECT value FROM json_each(?))",
                              accountId, statusIds);
}

#define BOOKMARKS_QUERY                                                                            \
    "SELECT id, status_id FROM bookmarks WHERE account_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> BookmarkRepository::list(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(BOOKMARKS_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(BOOKMARKS_QUERY "ORDER BY id DESC LIMIT :p4");
    bindN(q, 0, accountId);
    bindN(q, 1, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, 2, qMax(page.sinceId, page.minId));
    bindN(q, 3, page.limit);
    QList<QPair<qint64, qint64>> out;
    if (Database::run(q)) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    if (page.minId)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<MarkerRow> MarkerRepository::get(qint64 accountId, const QStringList &timelines)
{
    QList<MarkerRow> out;
    QSqlQuery &q = m_s.db().query("SELECT timeline, last_read_id, version, updated_at FROM "
                                  "markers WHERE account_id = ? ORDER BY timeline");
    q.bindValue(0, accountId);
    if (Database::run(q)) {
        while (q.next()) {
            MarkerRow m{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toLongLong()};
            if (timelines.isEmpty() || timelines.contains(m.timeline))
                out.append(m);
        }
    }
    q.finish();
    return out;
}

bool MarkerRepository::set(qint64 accountId, const QString &timeline, const QString &lastReadId)
{
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO markers (account_id, timeline, last_read_id, version, updated_at) VALUES "
        "(?, ?, ?, 0, ?) ON CONFLICT (account_id, timeline) DO UPDATE SET last_read_id = "
        "excluded.last_read_id, version = version + 1, updated_at = excluded.updated_at");
    q.bindValue(0, accountId);
    q.bindValue(1, timeline);
    q.bindValue(2, lastReadId);
    q.bindValue(3, m_s.nowMs());
    return Database::run(q);
}

} // namespace tusk::server
