// Blocks, account mutes and muted conversations: what one account chose not to see.
#include "server/store/store.h"

#include <QVariant>

#include <limits>

namespace tusk::server {

namespace {

QSet<qint64> idSet(QSqlQuery &q)
{
    QSet<qint64> out;
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

QList<QPair<qint64, qint64>> pairs(QSqlQuery &q, bool reverse)
{
    QList<QPair<qint64, qint64>> out;
    if (Database::run(q)) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    if (reverse)
        std::reverse(out.begin(), out.end());
    return out;
}

void bindPage(QSqlQuery &q, int first, const PageQuery &page)
{
    bindN(q, first, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, first + 1, qMax(page.sinceId, page.minId));
    bindN(q, first + 2, page.limit);
}

} // namespace

// ---- blocks --------------------------------------------------------------------------------

bool BlockRepository::block(qint64 accountId, qint64 targetId)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    QSqlQuery &q = db.query("INSERT OR IGNORE INTO blocks (id, account_id, target_account_id, "
                            "created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, targetId);
    q.bindValue(3, m_s.nowMs());
    if (!Database::run(q))
        return false;
    const bool created = q.numRowsAffected() > 0;
    if (created) {
        // Mastodon's BlockService: no follow or request survives a block, in either direction.
        m_s.follows.unfollow(accountId, targetId);
        m_s.follows.unfollow(targetId, accountId);
        m_s.follows.cancelRequest(accountId, targetId);
        m_s.follows.cancelRequest(targetId, accountId);
        QSqlQuery &feed = db.query(
            "DELETE FROM home_feed WHERE account_id = :p1 AND status_id IN (SELECT id FROM "
            "statuses WHERE account_id = :p2 OR reblog_of_id IN (SELECT id FROM statuses WHERE "
            "account_id = :p2))");
        bindN(feed, 0, accountId);
        bindN(feed, 1, targetId);
        QSqlQuery &n =
            db.query("DELETE FROM notifications WHERE account_id = ? AND from_account_id = ?");
        n.bindValue(0, accountId);
        n.bindValue(1, targetId);
        if (!Database::run(feed) || !Database::run(n))
            return false;
    }
    return tx.commit() && created;
}

bool BlockRepository::unblock(qint64 accountId, qint64 targetId)
{
    QSqlQuery &q =
        m_s.db().query("DELETE FROM blocks WHERE account_id = ? AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

bool BlockRepository::isBlocking(qint64 accountId, qint64 targetId)
{
    return blocking(accountId, {targetId}).contains(targetId);
}

QSet<qint64> BlockRepository::blocking(qint64 accountId, const QList<qint64> &targets)
{
    if (!accountId || targets.isEmpty())
        return {};
    QSqlQuery &q = m_s.db().query("SELECT target_account_id FROM blocks WHERE account_id = ? AND "
                                  "target_account_id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(targets));
    return idSet(q);
}

QSet<qint64> BlockRepository::blockedBy(qint64 accountId, const QList<qint64> &others)
{
    if (!accountId || others.isEmpty())
        return {};
    QSqlQuery &q = m_s.db().query("SELECT account_id FROM blocks WHERE target_account_id = ? AND "
                                  "account_id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(others));
    return idSet(q);
}

#define BLOCK_LIST_QUERY                                                                           \
    "SELECT id, target_account_id FROM blocks WHERE account_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> BlockRepository::list(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(BLOCK_LIST_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(BLOCK_LIST_QUERY "ORDER BY id DESC LIMIT :p4");
    bindN(q, 0, accountId);
    bindPage(q, 1, page);
    return pairs(q, page.minId != 0);
}

QSet<qint64> BlockRepository::hiddenFrom(qint64 viewer)
{
    if (!viewer)
        return {};
    QSqlQuery &q = m_s.db().query(
        "SELECT target_account_id FROM blocks WHERE account_id = :p1 UNION SELECT account_id "
        "FROM blocks WHERE target_account_id = :p1 UNION SELECT target_account_id FROM mutes "
        "WHERE account_id = :p1 AND (expires_at IS NULL OR expires_at > :p2)");
    bindN(q, 0, viewer);
    bindN(q, 1, m_s.nowMs());
    return idSet(q);
}

QSet<qint64> BlockRepository::hidingFrom(qint64 authorId)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT account_id FROM blocks WHERE target_account_id = :p1 UNION SELECT "
        "target_account_id FROM blocks WHERE account_id = :p1 UNION SELECT account_id FROM mutes "
        "WHERE target_account_id = :p1 AND (expires_at IS NULL OR expires_at > :p2)");
    bindN(q, 0, authorId);
    bindN(q, 1, m_s.nowMs());
    return idSet(q);
}

// ---- mutes ---------------------------------------------------------------------------------

bool MuteRepository::mute(qint64 accountId, qint64 targetId, bool notifications, qint64 expiresAt)
{
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO mutes (id, account_id, target_account_id, hide_notifications, expires_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, target_account_id) DO "
        "UPDATE SET hide_notifications = excluded.hide_notifications, expires_at = "
        "excluded.expires_at");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, targetId);
    q.bindValue(3, notifications);
    q.bindValue(4, expiresAt ? QVariant(expiresAt) : QVariant());
    q.bindValue(5, m_s.nowMs());
    return Database::run(q);
}

bool MuteRepository::unmute(qint64 accountId, qint64 targetId)
{
    QSqlQuery &q =
        m_s.db().query("DELETE FROM mutes WHERE account_id = ? AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

QHash<qint64, MuteRepository::Mute> MuteRepository::muting(qint64 accountId,
                                                           const QList<qint64> &targets)
{
    QHash<qint64, Mute> out;
    if (!accountId || targets.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query(
        "SELECT target_account_id, hide_notifications, expires_at FROM mutes WHERE account_id = ? "
        "AND target_account_id IN (SELECT value FROM json_each(?)) AND (expires_at IS NULL OR "
        "expires_at > ?)");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(targets));
    q.bindValue(2, m_s.nowMs());
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), Mute{q.value(1).toBool(), q.value(2).toLongLong()});
    }
    q.finish();
    return out;
}

#define MUTE_LIST_QUERY                                                                            \
    "SELECT id, target_account_id FROM mutes WHERE account_id = :p1 AND id < :p2 AND id > :p3 "    \
    "AND (expires_at IS NULL OR expires_at > :p5) "

QList<QPair<qint64, qint64>> MuteRepository::list(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(MUTE_LIST_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(MUTE_LIST_QUERY "ORDER BY id DESC LIMIT :p4");
    bindN(q, 0, accountId);
    bindPage(q, 1, page);
    bindN(q, 4, m_s.nowMs());
    return pairs(q, page.minId != 0);
}

bool MuteRepository::silences(qint64 accountId, qint64 fromId)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT 1 FROM blocks WHERE account_id = :p1 AND target_account_id = :p2 UNION ALL "
        "SELECT 1 FROM mutes WHERE account_id = :p1 AND target_account_id = :p2 AND "
        "hide_notifications = 1 AND (expires_at IS NULL OR expires_at > :p3)");
    bindN(q, 0, accountId);
    bindN(q, 1, fromId);
    bindN(q, 2, m_s.nowMs());
    const bool yes = Database::run(q) && q.next();
    q.finish();
    return yes;
}

qint64 MuteRepository::rootOf(qint64 statusId)
{
    QSqlQuery &q = m_s.db().query(
        "WITH RECURSIVE up(id, parent, depth) AS (SELECT id, in_reply_to_id, 0 FROM statuses "
        "WHERE id = ? UNION ALL SELECT s.id, s.in_reply_to_id, up.depth + 1 FROM statuses s JOIN "
        "up ON s.id = up.parent WHERE up.depth < 256) SELECT id FROM up ORDER BY depth DESC "
        "LIMIT 1");
    q.bindValue(0, statusId);
    const qint64 root = Database::run(q) && q.next() ? q.value(0).toLongLong() : statusId;
    q.finish();
    return root;
}

bool MuteRepository::muteConversation(qint64 accountId, qint64 rootId)
{
    QSqlQuery &q = m_s.db().query(
        "INSERT OR IGNORE INTO conversation_mutes (account_id, root_id) VALUES (?, ?)");
    q.bindValue(0, accountId);
    q.bindValue(1, rootId);
    return Database::run(q);
}

bool MuteRepository::unmuteConversation(qint64 accountId, qint64 rootId)
{
    QSqlQuery &q =
        m_s.db().query("DELETE FROM conversation_mutes WHERE account_id = ? AND root_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, rootId);
    return Database::run(q);
}

bool MuteRepository::isConversationMuted(qint64 accountId, qint64 statusId)
{
    return mutedConversations(accountId, {statusId}).contains(statusId);
}

QSet<qint64> MuteRepository::mutedConversations(qint64 accountId, const QList<qint64> &statusIds)
{
    if (!accountId || statusIds.isEmpty())
        return {};
    QSqlQuery &q = m_s.db().query("SELECT root_id FROM conversation_mutes WHERE account_id = ?");
    q.bindValue(0, accountId);
    const QSet<qint64> roots = idSet(q);
    if (roots.isEmpty()) // the usual case: nothing muted, no thread walks
        return {};
    QSet<qint64> out;
    for (qint64 id : statusIds) {
        if (roots.contains(id) || roots.contains(rootOf(id)))
            out.insert(id);
    }
    return out;
}

} // namespace tusk::server
