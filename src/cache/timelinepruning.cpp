// Bounds: pruning timelines to their size and deleting what nothing refers to any more.
#include "cache/timelinecache.h"

#include "cache/database.h"
#include "cache/logging.h"
#include "cache/sortkey.h"
#include "cache/sqlutil.h"

#include <QSqlQuery>

namespace tusk::cache {

using namespace sql;

bool TimelineCache::prune(const QString &timeline)
{
    QSqlQuery &cut =
        m_db->prepared(QStringLiteral("SELECT sort_key FROM timeline_items WHERE timeline = ? "
                                      "ORDER BY sort_key DESC LIMIT 1 OFFSET ?"));
    cut.addBindValue(timeline);
    cut.addBindValue(m_maxItems);
    if (!m_db->exec(cut))
        return false;
    if (!cut.next())
        return true;                                // within bounds
    const QString cutoff = cut.value(0).toString(); // this one and everything older goes
    cut.finish();

    QStringList removed;
    QSqlQuery &which = m_db->prepared(
        QStringLiteral("SELECT item_id FROM timeline_items WHERE timeline = ? AND sort_key <= ?"));
    which.addBindValue(timeline);
    which.addBindValue(cutoff);
    if (!m_db->exec(which))
        return false;
    while (which.next())
        removed.append(which.value(0).toString());
    which.finish();
    QSqlQuery &del = m_db->prepared(
        QStringLiteral("DELETE FROM timeline_items WHERE timeline = ? AND sort_key <= ?"));
    del.addBindValue(timeline);
    del.addBindValue(cutoff);
    QSqlQuery &gapsDel =
        m_db->prepared(QStringLiteral("DELETE FROM gaps WHERE timeline = ? AND older_key <= ?"));
    gapsDel.addBindValue(timeline);
    gapsDel.addBindValue(cutoff);
    // The bottom is no longer the end of the timeline, and a server cursor past it is stale.
    QSqlQuery &meta = m_db->prepared(
        QStringLiteral("UPDATE timelines SET reached_end = 0, older_cursor = NULL WHERE name = ?"));
    meta.addBindValue(timeline);
    if (!m_db->exec(del) || !m_db->exec(gapsDel) || !m_db->exec(meta))
        return false;
    qCDebug(lcCache) << "pruned" << removed.size() << "items from" << timeline;
    queue({TimelineChange::Kind::Removed, timeline, removed, {}, cutoff});
    return true;
}

bool TimelineCache::deleteUnreferenced(const QSet<QString> &itemIds)
{
    QSet<QString> statusIds;
    QSet<QString> accountIds;
    // Notifications first: they hold statuses and accounts.
    QSqlQuery &noteOf = m_db->prepared(
        QStringLiteral("SELECT status_id, account_id FROM notifications WHERE id = ? AND NOT "
                       "EXISTS (SELECT 1 FROM timeline_items WHERE item_id = ?)"));
    QSqlQuery &dropNote = m_db->prepared(QStringLiteral("DELETE FROM notifications WHERE id = ?"));
    for (const QString &id : itemIds) {
        noteOf.addBindValue(id);
        noteOf.addBindValue(id);
        if (!m_db->exec(noteOf))
            return false;
        if (!noteOf.next()) {
            statusIds.insert(id); // not a notification (or still shown): maybe a status
            continue;
        }
        statusIds.insert(noteOf.value(0).toString());
        accountIds.insert(noteOf.value(1).toString());
        noteOf.finish();
        dropNote.addBindValue(id);
        if (!m_db->exec(dropNote))
            return false;
    }
    // Boost wrappers before originals: a wrapper's removal can free its original.
    QList<QString> ordered;
    QSqlQuery &info = m_db->prepared(QStringLiteral("SELECT reblog_of FROM statuses WHERE id = ?"));
    for (const QString &id : std::as_const(statusIds)) {
        if (id.isEmpty())
            continue;
        info.addBindValue(id);
        if (!m_db->exec(info))
            return false;
        if (!info.next())
            continue;
        ordered.prepend(id);
        const QString original = info.value(0).toString();
        if (!original.isEmpty() && !statusIds.contains(original))
            ordered.append(original);
    }
    QSqlQuery &drop = m_db->prepared(QStringLiteral(
        "DELETE FROM statuses WHERE id = ? "
        "AND NOT EXISTS (SELECT 1 FROM timeline_items WHERE item_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM statuses s JOIN timeline_items t ON t.item_id = s.id "
        "  WHERE s.reblog_of = ?) "
        "AND NOT EXISTS (SELECT 1 FROM notifications WHERE status_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM statuses s JOIN notifications n ON n.status_id = s.id "
        "  WHERE s.reblog_of = ?)"));
    QSqlQuery &authorOf =
        m_db->prepared(QStringLiteral("SELECT account_id FROM statuses WHERE id = ?"));
    for (const QString &id : std::as_const(ordered)) {
        authorOf.addBindValue(id);
        if (!m_db->exec(authorOf))
            return false;
        if (authorOf.next())
            accountIds.insert(authorOf.value(0).toString());
        authorOf.finish();
        for (int i = 0; i < 5; ++i)
            drop.addBindValue(id);
        if (!m_db->exec(drop))
            return false;
        if (drop.numRowsAffected() > 0)
            invalidate(id);
    }
    QSqlQuery &dropAccount = m_db->prepared(
        QStringLiteral("DELETE FROM accounts WHERE id = ? "
                       "AND NOT EXISTS (SELECT 1 FROM statuses WHERE account_id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM notifications WHERE account_id = ?) "
                       "AND NOT EXISTS (SELECT 1 FROM relationships WHERE id = ?)"));
    for (const QString &id : std::as_const(accountIds)) {
        if (id.isEmpty())
            continue;
        for (int i = 0; i < 4; ++i)
            dropAccount.addBindValue(id);
        if (!m_db->exec(dropAccount))
            return false;
    }
    return true;
}

bool TimelineCache::deleteOrphans()
{
    const auto run = [this](QSqlQuery &q, const QString &sql) {
        q.prepare(sql); // a failure shows in exec()
        return m_db->exec(q);
    };
    QSqlQuery q(m_db->connection());
    if (!run(q, QStringLiteral("DELETE FROM notifications WHERE id NOT IN "
                               "(SELECT item_id FROM timeline_items)")))
        return false;
    // Statuses no timeline shows, that are not the original of a shown boost, and that no
    // remaining notification is about.
    const QString orphan = QStringLiteral(
        "FROM statuses WHERE id NOT IN (SELECT item_id FROM timeline_items) "
        "AND id NOT IN (SELECT s.reblog_of FROM statuses s JOIN timeline_items t "
        "  ON t.item_id = s.id WHERE s.reblog_of IS NOT NULL) "
        "AND id NOT IN (SELECT status_id FROM notifications WHERE status_id IS NOT NULL) "
        "AND id NOT IN (SELECT s.reblog_of FROM statuses s JOIN notifications n "
        "  ON n.status_id = s.id WHERE s.reblog_of IS NOT NULL)");
    if (!run(q, QStringLiteral("SELECT id ") + orphan))
        return false;
    while (q.next())
        invalidate(q.value(0).toString());
    q.finish();
    if (!run(q, QStringLiteral("DELETE ") + orphan))
        return false;
    // Accounts that only the deleted statuses or notifications referred to.
    return run(q, QStringLiteral(
                      "DELETE FROM accounts WHERE id NOT IN (SELECT account_id FROM statuses "
                      "WHERE account_id IS NOT NULL) AND id NOT IN (SELECT account_id FROM "
                      "notifications WHERE account_id IS NOT NULL) AND id NOT IN (SELECT id FROM "
                      "relationships)"));
}

} // namespace tusk::cache
