// Grouped notifications (/api/v2/notifications) over the group keys a trigger stores.
#include "server/store/socialstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tusk::server {

namespace {

constexpr int kSampleAccounts = 8; // Mastodon's NotificationGroup::SAMPLE_ACCOUNTS_SIZE

QString jsonList(const QStringList &values)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

struct KeyedNotification {
    NotificationRow row;
    QString storedKey; // empty: ungrouped
};

// The key a notification is grouped under when its type is among `groupedTypes`.
QString effectiveKey(const KeyedNotification &n, const QStringList &groupedTypes)
{
    if (!n.storedKey.isEmpty() && groupedTypes.contains(n.row.type))
        return n.storedKey;
    return QStringLiteral("ungrouped-%1").arg(n.row.id);
}

} // namespace

QHash<qint64, QString> NotificationGroupRepository::groupKeys(const QList<qint64> &ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT id, group_key FROM notifications WHERE group_key IS NOT "
                                  "NULL AND id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(ids));
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    q.finish();
    return out;
}

// :p1 account, :p2..:p4 page, :p5 types (JSON, [] = all), :p6 exclude types, :p7 from account.
#define GROUP_WALK_QUERY                                                                           \
    "SELECT id, account_id, from_account_id, type, status_id, created_at, group_key FROM "         \
    "notifications WHERE account_id = :p1 AND id < :p2 AND id > :p3 AND (json_array_length(:p5) "  \
    "= 0 OR type IN (SELECT value FROM json_each(:p5))) AND type NOT IN (SELECT value FROM "       \
    "json_each(:p6)) AND (:p7 = 0 OR from_account_id = :p7) "

QList<GroupedNotification>
NotificationGroupRepository::page(qint64 accountId, const PageQuery &page, const QStringList &types,
                                  const QStringList &excludeTypes, qint64 fromAccountId,
                                  const QStringList &groupedTypesIn)
{
    const QStringList groupedTypes =
        groupedTypesIn.isEmpty() ? QStringList{QStringLiteral("favourite"),
                                               QStringLiteral("reblog"), QStringLiteral("follow")}
                                 : groupedTypesIn;
    // Walk in batches until `limit` distinct groups, keeping the first (newest in walking
    // order) notification of each.
    QList<KeyedNotification> firsts;
    QSet<QString> seen;
    PageQuery cursor = page;
    cursor.limit = qMax(page.limit, 40);
    const bool ascending = page.minId != 0;
    for (int round = 0; round < 50 && firsts.size() < page.limit; ++round) {
        QSqlQuery &q = ascending ? m_s.db().query(GROUP_WALK_QUERY "ORDER BY id ASC LIMIT :p4")
                                 : m_s.db().query(GROUP_WALK_QUERY "ORDER BY id DESC LIMIT :p4");
        bindN(q, 0, accountId);
        bindPageBounds(q, 1, cursor);
        bindN(q, 4, jsonList(types));
        bindN(q, 5, jsonList(excludeTypes));
        bindN(q, 6, fromAccountId);
        QList<KeyedNotification> batch;
        if (Database::run(q)) {
            while (q.next()) {
                KeyedNotification n;
                n.row.id = q.value(0).toLongLong();
                n.row.accountId = q.value(1).toLongLong();
                n.row.fromAccountId = q.value(2).toLongLong();
                n.row.type = q.value(3).toString();
                n.row.statusId = q.value(4).toLongLong();
                n.row.createdAt = q.value(5).toLongLong();
                n.storedKey = q.value(6).toString();
                batch.append(n);
            }
        }
        q.finish();
        for (const KeyedNotification &n : std::as_const(batch)) {
            const QString key = effectiveKey(n, groupedTypes);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            firsts.append(n);
            if (firsts.size() >= page.limit)
                break;
        }
        if (batch.size() < cursor.limit)
            break;
        if (ascending)
            cursor.minId = batch.last().row.id;
        else
            cursor.maxId = batch.last().row.id;
    }
    if (ascending)
        std::reverse(firsts.begin(), firsts.end());
    if (firsts.isEmpty())
        return {};
    // Describe each group within the page's id range, as Mastodon's load_groups_data.
    qint64 rangeMin = firsts.first().row.id, rangeMax = rangeMin;
    for (const KeyedNotification &n : std::as_const(firsts)) {
        rangeMin = qMin(rangeMin, n.row.id);
        rangeMax = qMax(rangeMax, n.row.id);
    }
    // An incomplete page is the last one in its direction: its groups take in everything past
    // it (Mastodon's load_grouped_notifications); a full page leaves the rest to the next.
    if (firsts.size() < page.limit) {
        if (ascending)
            rangeMax = std::numeric_limits<qint64>::max();
        else
            rangeMin = 0;
    }
    QList<GroupedNotification> out;
    for (const KeyedNotification &n : std::as_const(firsts)) {
        GroupedNotification g;
        g.notification = n.row;
        g.groupKey = effectiveKey(n, groupedTypes);
        g.mostRecentId = g.pageMinId = g.pageMaxId = n.row.id;
        g.latestPageAt = n.row.createdAt;
        g.sampleAccountIds = {n.row.fromAccountId};
        if (!g.groupKey.startsWith(u"ungrouped-")) {
            QSqlQuery &s = m_s.db().query(
                "SELECT id, from_account_id, created_at FROM notifications WHERE account_id = ? "
                "AND group_key = ? AND id <= ? ORDER BY id DESC");
            s.bindValue(0, accountId);
            s.bindValue(1, g.groupKey);
            s.bindValue(2, rangeMax);
            g.count = 0;
            g.sampleAccountIds.clear();
            g.pageMinId = 0;
            g.pageMaxId = 0;
            bool first = true;
            if (Database::run(s)) {
                while (s.next()) {
                    const qint64 id = s.value(0).toLongLong();
                    const qint64 from = s.value(1).toLongLong();
                    if (first) {
                        g.mostRecentId = id;
                        first = false;
                    }
                    if (g.sampleAccountIds.size() < kSampleAccounts &&
                        !g.sampleAccountIds.contains(from))
                        g.sampleAccountIds.append(from);
                    if (id >= rangeMin) {
                        if (!g.pageMaxId) {
                            g.pageMaxId = id;
                            g.latestPageAt = s.value(2).toLongLong();
                        }
                        g.pageMinId = id;
                        ++g.count;
                    }
                }
            }
            s.finish();
        }
        out.append(g);
    }
    return out;
}

std::optional<GroupedNotification> NotificationGroupRepository::group(qint64 accountId,
                                                                      const QString &key)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT id, account_id, from_account_id, type, status_id, created_at FROM notifications "
        "WHERE account_id = :p1 AND (group_key = :p2 OR ('ungrouped-' || id = :p2 AND group_key "
        "IS NULL)) ORDER BY id DESC");
    bindN(q, 0, accountId);
    bindN(q, 1, key);
    std::optional<GroupedNotification> g;
    if (Database::run(q)) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const qint64 from = q.value(2).toLongLong();
            if (!g) {
                g = GroupedNotification();
                g->notification.id = id;
                g->notification.accountId = q.value(1).toLongLong();
                g->notification.fromAccountId = from;
                g->notification.type = q.value(3).toString();
                g->notification.statusId = q.value(4).toLongLong();
                g->notification.createdAt = q.value(5).toLongLong();
                g->groupKey = key;
                g->count = 0;
                g->mostRecentId = g->pageMaxId = id;
                g->latestPageAt = g->notification.createdAt;
            }
            ++g->count;
            g->pageMinId = id;
            if (g->sampleAccountIds.size() < kSampleAccounts && !g->sampleAccountIds.contains(from))
                g->sampleAccountIds.append(from);
        }
    }
    q.finish();
    return g;
}

QList<qint64> NotificationGroupRepository::groupAccounts(qint64 accountId, const QString &key)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT from_account_id FROM notifications WHERE account_id = :p1 AND (group_key = :p2 OR "
        "('ungrouped-' || id = :p2 AND group_key IS NULL)) GROUP BY from_account_id ORDER BY "
        "max(id) DESC");
    bindN(q, 0, accountId);
    bindN(q, 1, key);
    return readIds(q);
}

bool NotificationGroupRepository::dismissGroup(qint64 accountId, const QString &key)
{
    QSqlQuery &q = m_s.db().query(
        "DELETE FROM notifications WHERE account_id = :p1 AND (group_key = :p2 OR ('ungrouped-' "
        "|| id = :p2 AND group_key IS NULL))");
    bindN(q, 0, accountId);
    bindN(q, 1, key);
    return Database::run(q) && q.numRowsAffected() > 0;
}

int NotificationGroupRepository::unreadCount(qint64 accountId, int limit, bool grouped,
                                             const QStringList &types,
                                             const QStringList &excludeTypes)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT count(*) FROM (SELECT CASE WHEN :p5 THEN coalesce(group_key, 'ungrouped-' || id) "
        "ELSE id END AS k FROM notifications WHERE account_id = :p1 AND id > coalesce((SELECT "
        "CAST(last_read_id AS INTEGER) FROM markers WHERE account_id = :p1 AND timeline = "
        "'notifications'), 0) AND (json_array_length(:p2) = 0 OR type IN (SELECT value FROM "
        "json_each(:p2))) AND type NOT IN (SELECT value FROM json_each(:p3)) GROUP BY k ORDER BY "
        "max(id) DESC LIMIT :p4)");
    bindN(q, 0, accountId);
    bindN(q, 1, jsonList(types));
    bindN(q, 2, jsonList(excludeTypes));
    bindN(q, 3, limit);
    bindN(q, 4, grouped);
    int count = 0;
    if (Database::run(q) && q.next())
        count = q.value(0).toInt();
    q.finish();
    return count;
}

} // namespace tusk::server
