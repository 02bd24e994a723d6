// Follows, favourites and notifications: the relations between accounts and statuses.
#include "server/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <limits>

namespace tusk::server {

// ---- follows --------------------------------------------------------------------------------

bool FollowRepository::follow(qint64 accountId, qint64 targetId, bool showReblogs, bool notify)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    const bool existed = isFollowing(accountId, targetId);
    QSqlQuery &q = db.query(
        "INSERT INTO follows (id, account_id, target_account_id, show_reblogs, notify, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, target_account_id) DO UPDATE SET "
        "show_reblogs = excluded.show_reblogs, notify = excluded.notify");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, targetId);
    q.bindValue(3, showReblogs);
    q.bindValue(4, notify);
    q.bindValue(5, m_s.nowMs());
    if (!Database::run(q))
        return false;
    if (!existed) {
        // Merge what the new followee already posted into the follower's home feed.
        QSqlQuery &merge = db.query(
            "INSERT OR IGNORE INTO home_feed (account_id, status_id) SELECT :p1, s.id FROM "
            "statuses s WHERE s.account_id = :p2 AND (s.visibility < 3 OR EXISTS (SELECT 1 FROM "
            "mentions m WHERE m.status_id = s.id AND m.account_id = :p1)) AND "
            "(s.in_reply_to_account_id IS NULL OR s.in_reply_to_account_id = s.account_id OR "
            "s.in_reply_to_account_id = :p1 OR EXISTS (SELECT 1 FROM follows g WHERE "
            "g.account_id = :p1 AND g.target_account_id = s.in_reply_to_account_id)) AND "
            "(s.reblog_of_id IS NULL OR (:p3 AND (SELECT o.account_id FROM statuses o WHERE o.id "
            "= s.reblog_of_id) <> :p1))");
        bindN(merge, 0, accountId);
        bindN(merge, 1, targetId);
        bindN(merge, 2, showReblogs);
        if (!Database::run(merge))
            return false;
        QSqlQuery &a =
            db.query("UPDATE accounts SET following_count = following_count + 1 WHERE id = ?");
        a.bindValue(0, accountId);
        QSqlQuery &b =
            db.query("UPDATE accounts SET followers_count = followers_count + 1 WHERE id = ?");
        b.bindValue(0, targetId);
        if (!Database::run(a) || !Database::run(b))
            return false;
    }
    return tx.commit() && !existed;
}

bool FollowRepository::unfollow(qint64 accountId, qint64 targetId)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    QSqlQuery &q = db.query("DELETE FROM follows WHERE account_id = ? AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    if (!Database::run(q))
        return false;
    const bool existed = q.numRowsAffected() > 0;
    if (existed) {
        QSqlQuery &unmerge = db.query("DELETE FROM home_feed WHERE account_id = ? AND status_id IN "
                                      "(SELECT id FROM statuses WHERE account_id = ?)");
        unmerge.bindValue(0, accountId);
        unmerge.bindValue(1, targetId);
        if (!Database::run(unmerge))
            return false;
        QSqlQuery &a = db.query(
            "UPDATE accounts SET following_count = max(0, following_count - 1) WHERE id = ?");
        a.bindValue(0, accountId);
        QSqlQuery &b = db.query(
            "UPDATE accounts SET followers_count = max(0, followers_count - 1) WHERE id = ?");
        b.bindValue(0, targetId);
        if (!Database::run(a) || !Database::run(b))
            return false;
    }
    return tx.commit() && existed;
}

std::optional<FollowRow> FollowRepository::get(qint64 accountId, qint64 targetId)
{
    QSqlQuery &q = m_s.db().query("SELECT show_reblogs, notify FROM follows WHERE account_id = ? "
                                  "AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    std::optional<FollowRow> r;
    if (Database::run(q) && q.next())
        r = FollowRow{accountId, targetId, q.value(0).toBool(), q.value(1).toBool()};
    q.finish();
    return r;
}

QHash<qint64, FollowRow> FollowRepository::following(qint64 accountId, const QList<qint64> &targets)
{
    QHash<qint64, FollowRow> out;
    if (targets.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query(
        "SELECT target_account_id, show_reblogs, notify FROM follows WHERE account_id = ? AND "
        "target_account_id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(targets));
    if (Database::run(q)) {
        while (q.next()) {
            const qint64 t = q.value(0).toLongLong();
            out.insert(t, FollowRow{accountId, t, q.value(1).toBool(), q.value(2).toBool()});
        }
    }
    q.finish();
    return out;
}

QSet<qint64> FollowRepository::followedBy(qint64 accountId, const QList<qint64> &targets)
{
    QSet<qint64> out;
    if (targets.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query(
        "SELECT account_id FROM follows WHERE target_account_id = ? AND account_id IN "
        "(SELECT value FROM json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(targets));
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

namespace {
QList<QPair<qint64, qint64>> readPairs(QSqlQuery &q, const PageQuery &page, qint64 key)
{
    bindN(q, 0, key);
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
} // namespace

#define FOLLOWERS_QUERY                                                                            \
    "SELECT id, account_id FROM follows WHERE target_account_id = :p1 AND id < :p2 AND id > :p3 "
#define FOLLOWING_QUERY                                                                            \
    "SELECT id, target_account_id FROM follows WHERE account_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> FollowRepository::followersOf(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(FOLLOWERS_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(FOLLOWERS_QUERY "ORDER BY id DESC LIMIT :p4");
    return readPairs(q, page, accountId);
}

QList<QPair<qint64, qint64>> FollowRepository::followingOf(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(FOLLOWING_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(FOLLOWING_QUERY "ORDER BY id DESC LIMIT :p4");
    return readPairs(q, page, accountId);
}

// ---- follow requests -------------------------------------------------------------------------

bool FollowRepository::request(qint64 accountId, qint64 targetId, bool showReblogs, bool notify)
{
    const bool existed = pendingRequest(accountId, targetId).has_value();
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO follow_requests (id, account_id, target_account_id, show_reblogs, notify, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, target_account_id) DO "
        "UPDATE SET show_reblogs = excluded.show_reblogs, notify = excluded.notify");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, targetId);
    q.bindValue(3, showReblogs);
    q.bindValue(4, notify);
    q.bindValue(5, m_s.nowMs());
    return Database::run(q) && !existed;
}

bool FollowRepository::cancelRequest(qint64 accountId, qint64 targetId)
{
    QSqlQuery &q = m_s.db().query(
        "DELETE FROM follow_requests WHERE account_id = ? AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

std::optional<FollowRow> FollowRepository::pendingRequest(qint64 accountId, qint64 targetId)
{
    QSqlQuery &q = m_s.db().query("SELECT show_reblogs, notify FROM follow_requests WHERE "
                                  "account_id = ? AND target_account_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, targetId);
    std::optional<FollowRow> r;
    if (Database::run(q) && q.next())
        r = FollowRow{accountId, targetId, q.value(0).toBool(), q.value(1).toBool()};
    q.finish();
    return r;
}

#define REQUESTS_QUERY                                                                             \
    "SELECT id, account_id FROM follow_requests WHERE target_account_id = :p1 AND id < :p2 AND "   \
    "id > :p3 "

QList<QPair<qint64, qint64>> FollowRepository::requestsFor(qint64 targetId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(REQUESTS_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(REQUESTS_QUERY "ORDER BY id DESC LIMIT :p4");
    return readPairs(q, page, targetId);
}

QSet<qint64> FollowRepository::requested(qint64 accountId, const QList<qint64> &others)
{
    QSet<qint64> out;
    if (others.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT target_account_id FROM follow_requests WHERE "
                                  "account_id = ? AND target_account_id IN (SELECT value FROM "
                                  "json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(others));
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

QSet<qint64> FollowRepository::requestedBy(qint64 accountId, const QList<qint64> &others)
{
    QSet<qint64> out;
    if (others.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT account_id FROM follow_requests WHERE "
                                  "target_account_id = ? AND account_id IN (SELECT value FROM "
                                  "json_each(?))");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(others));
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

int FollowRepository::pendingRequestCount(qint64 targetId)
{
    QSqlQuery &q =
        m_s.db().query("SELECT count(*) FROM follow_requests WHERE target_account_id = ?");
    q.bindValue(0, targetId);
    int n = 0;
    if (Database::run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

// ---- favourites -----------------------------------------------------------------------------

bool FavouriteRepository::add(qint64 accountId, qint64 statusId)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    QSqlQuery &q = db.query("INSERT OR IGNORE INTO favourites (id, account_id, status_id, "
                            "created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, statusId);
    q.bindValue(3, m_s.nowMs());
    if (!Database::run(q))
        return false;
    const bool added = q.numRowsAffected() > 0;
    if (added) {
        QSqlQuery &c =
            db.query("UPDATE statuses SET favourites_count = favourites_count + 1 WHERE id = ?");
        c.bindValue(0, statusId);
        if (!Database::run(c))
            return false;
    }
    return tx.commit() && added;
}

bool FavouriteRepository::remove(qint64 accountId, qint64 statusId)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    QSqlQuery &q = db.query("DELETE FROM favourites WHERE account_id = ? AND status_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, statusId);
    if (!Database::run(q))
        return false;
    const bool removed = q.numRowsAffected() > 0;
    if (removed) {
        QSqlQuery &c = db.query(
            "UPDATE statuses SET favourites_count = max(0, favourites_count - 1) WHERE id = ?");
        c.bindValue(0, statusId);
        if (!Database::run(c))
            return false;
    }
    return tx.commit() && removed;
}

QSet<qint64> FavouriteRepository::favourited(qint64 accountId, const QList<qint64> &statusIds)
{
    return m_s.statusIdSubset("SELECT status_id FROM favourites WHERE account_id = ? AND "
                              "status_id IN (SELECT value FROM json_each(?))",
                              accountId, statusIds);
}

#define FAVOURITED_BY_QUERY                                                                        \
    "SELECT id, account_id FROM favourites WHERE status_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> FavouriteRepository::favouritedBy(qint64 statusId,
                                                               const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(FAVOURITED_BY_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(FAVOURITED_BY_QUERY "ORDER BY id DESC LIMIT :p4");
    return readPairs(q, page, statusId);
}

#define FAVOURITES_OF_QUERY                                                                        \
    "SELECT id, status_id FROM favourites WHERE account_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> FavouriteRepository::favouritesOf(qint64 accountId,
                                                               const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(FAVOURITES_OF_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(FAVOURITES_OF_QUERY "ORDER BY id DESC LIMIT :p4");
    return readPairs(q, page, accountId);
}

// ---- notifications --------------------------------------------------------------------------

qint64 NotificationRepository::create(qint64 accountId, qint64 fromAccountId, const QString &type,
                                      qint64 statusId)
{
    // Blocked or muted senders and muted conversations notify nobody (store/relations.cpp).
    if ((fromAccountId != accountId && m_s.mutes.silences(accountId, fromAccountId)) ||
        (statusId && m_s.mutes.isConversationMuted(accountId, statusId)))
        return 0;
    const qint64 id = m_s.ids().next();
    QSqlQuery &q = m_s.db().query("INSERT INTO notifications (id, account_id, from_account_id, "
                                  "type, status_id, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    q.bindValue(0, id);
    q.bindValue(1, accountId);
    q.bindValue(2, fromAccountId);
    q.bindValue(3, type);
    q.bindValue(4, statusId ? QVariant(statusId) : QVariant());
    q.bindValue(5, m_s.nowMs());
    if (!Database::run(q))
        return 0;
    m_s.events.notifications.append(id);
    return id;
}

static QList<NotificationRow> readNotifications(QSqlQuery &q)
{
    QList<NotificationRow> out;
    if (!Database::run(q))
        return out;
    while (q.next()) {
        NotificationRow n;
        n.id = q.value(0).toLongLong();
        n.accountId = q.value(1).toLongLong();
        n.fromAccountId = q.value(2).toLongLong();
        n.type = q.value(3).toString();
        n.statusId = q.value(4).toLongLong();
        n.createdAt = q.value(5).toLongLong();
        out.append(n);
    }
    q.finish();
    return out;
}

// :p1 account, :p2 max, :p3 min, :p4 limit, :p5 types (JSON array, empty = all), :p6 excluded
// types.
#define NOTIFICATION_QUERY                                                                         \
    "SELECT id, account_id, from_account_id, type, status_id, created_at FROM notifications "      \
    "WHERE account_id = :p1 AND id < :p2 AND id > :p3 AND (json_array_length(:p5) = 0 OR type IN " \
    "(SELECT value FROM json_each(:p5))) AND type NOT IN (SELECT value FROM json_each(:p6)) "

QList<NotificationRow> NotificationRepository::list(qint64 accountId, const PageQuery &page,
                                                    const QStringList &types,
                                                    const QStringList &excludeTypes)
{
    QSqlQuery &q = page.minId ? m_s.db().query(NOTIFICATION_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(NOTIFICATION_QUERY "ORDER BY id DESC LIMIT :p4");
    auto jsonList = [](const QStringList &l) {
        QJsonArray a;
        for (const QString &s : l)
            a.append(s);
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    bindN(q, 0, accountId);
    bindN(q, 1, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, 2, qMax(page.sinceId, page.minId));
    bindN(q, 3, page.limit);
    bindN(q, 4, jsonList(types));
    bindN(q, 5, jsonList(excludeTypes));
    QList<NotificationRow> rows = readNotifications(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

std::optional<NotificationRow> NotificationRepository::get(qint64 accountId, qint64 id)
{
    QSqlQuery &q = m_s.db().query("SELECT id, account_id, from_account_id, type, status_id, "
                                  "created_at FROM notifications WHERE id = ? AND account_id = ?");
    q.bindValue(0, id);
    q.bindValue(1, accountId);
    const QList<NotificationRow> rows = readNotifications(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<NotificationRow> NotificationRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query("SELECT id, account_id, from_account_id, type, status_id, "
                                  "created_at FROM notifications WHERE id = ?");
    q.bindValue(0, id);
    const QList<NotificationRow> rows = readNotifications(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

bool NotificationRepository::dismiss(qint64 accountId, qint64 id)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM notifications WHERE id = ? AND account_id = ?");
    q.bindValue(0, id);
    q.bindValue(1, accountId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

void NotificationRepository::clear(qint64 accountId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM notifications WHERE account_id = ?");
    q.bindValue(0, accountId);
    Database::run(q);
}

void NotificationRepository::removeFor(qint64 fromAccountId, const QString &type, qint64 statusId,
                                       qint64 accountId)
{
    QSqlQuery &q = m_s.db().query(
        "DELETE FROM notifications WHERE from_account_id = ? AND type = ? AND account_id = ? AND "
        "coalesce(status_id, 0) = ?");
    q.bindValue(0, fromAccountId);
    q.bindValue(1, type);
    q.bindValue(2, accountId);
    q.bindValue(3, statusId);
    Database::run(q);
}

} // namespace tusk::server
