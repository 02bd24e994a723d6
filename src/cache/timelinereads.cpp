// Reading timelines and entities; parsed statuses come from (and go to) the per-instance LRU.
#include "cache/timelinecache.h"

#include "cache/database.h"
#include "cache/logging.h"
#include "cache/sortkey.h"
#include "cache/sqlutil.h"

#include <QSqlQuery>

namespace tusk::cache {

using namespace sql;

void TimelineCache::invalidate(const QString &statusId)
{
    m_lru.remove(statusId);
}

std::shared_ptr<const Status> TimelineCache::parseStatus(const QString &id, const QByteArray &json,
                                                         const QByteArray &reblogJson) const
{
    if (auto hit = m_lru.get(id))
        return hit;
    if (json.isEmpty())
        return {};
    QJsonObject object = parseObject(json);
    if (!reblogJson.isEmpty())
        object.insert(QStringLiteral("reblog"), parseObject(reblogJson));
    Result<Status> parsed = Status::fromJson(object);
    if (!parsed) {
        qCWarning(lcCache) << "unreadable cached status" << id << parsed.error().toString();
        return {};
    }
    auto status = std::make_shared<const Status>(std::move(parsed).value());
    m_lru.put(id, status);
    return status;
}

QList<TimelineRow> TimelineCache::rows(const QString &timeline, int limit,
                                       const QString &olderThanKey) const
{
    QList<TimelineRow> out;
    const bool notifications = isNotificationTimeline(timeline);
    // Above every key (keys are ASCII digits, ids and "p"): the read starts at the top.
    const QString bound = olderThanKey.isEmpty() ? QString(QChar(0xfffd)) : olderThanKey;
    // A notification's status, and a boost's original, come from their own rows.
    QSqlQuery &q = m_db->prepared(
        notifications
            ? QStringLiteral(
                  "SELECT t.item_id, t.sort_key, n.json, s.id, s.json, r.json "
                  "FROM timeline_items t JOIN notifications n ON n.id = t.item_id "
                  "LEFT JOIN statuses s ON s.id = n.status_id "
                  "LEFT JOIN statuses r ON r.id = s.reblog_of "
                  "WHERE t.timeline = ? AND t.sort_key < ? ORDER BY t.sort_key DESC LIMIT ?")
            : QStringLiteral(
                  "SELECT t.item_id, t.sort_key, NULL, s.id, s.json, r.json "
                  "FROM timeline_items t JOIN statuses s ON s.id = t.item_id "
                  "LEFT JOIN statuses r ON r.id = s.reblog_of "
                  "WHERE t.timeline = ? AND t.sort_key < ? ORDER BY t.sort_key DESC LIMIT ?"));
    q.addBindValue(timeline);
    q.addBindValue(bound);
    q.addBindValue(limit);
    if (!m_db->exec(q))
        return out;
    QHash<QString, Gap> gapBelow;
    for (const Gap &g : gaps(timeline))
        gapBelow.insert(g.newerKey, g);
    out.reserve(limit + 1);
    while (q.next()) {
        TimelineRow row;
        row.id = q.value(0).toString();
        row.sortKey = q.value(1).toString();
        const QString statusId = q.value(3).toString();
        if (!statusId.isEmpty())
            row.status = parseStatus(statusId, q.value(4).toByteArray(), q.value(5).toByteArray());
        if (notifications) {
            row.kind = TimelineRow::Kind::Notification;
            Result<Notification> n = Notification::fromJson(parseObject(q.value(2).toByteArray()));
            if (n) {
                if (row.status)
                    n.value().status = *row.status;
                row.notification = std::make_shared<const Notification>(std::move(n).value());
            }
        } else if (!row.status) {
            continue;
        }
        out.append(row);
        if (auto g = gapBelow.constFind(row.sortKey); g != gapBelow.constEnd()) {
            TimelineRow gapRow;
            gapRow.kind = TimelineRow::Kind::Gap;
            gapRow.sortKey = row.sortKey;
            gapRow.gap = *g;
            out.append(gapRow);
        }
    }
    return out;
}

QList<TimelineRow> TimelineCache::rowsNewerThan(const QString &timeline,
                                                const QString &newerThanKey, int limit) const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT sort_key FROM timeline_items WHERE timeline = ? AND sort_key > ? "
                       "ORDER BY sort_key ASC LIMIT 1 OFFSET ?"));
    q.addBindValue(timeline);
    q.addBindValue(newerThanKey);
    q.addBindValue(limit);
    // The key just above the limit-th newer item bounds the read from the top.
    const QString above = (m_db->exec(q) && q.next()) ? q.value(0).toString() : QString();
    q.finish();
    QList<TimelineRow> all = rows(timeline, limit + 1, above);
    QList<TimelineRow> out;
    for (const TimelineRow &r : all) {
        if (r.sortKey > newerThanKey)
            out.append(r);
    }
    return out;
}

QStringList TimelineCache::itemIds(const QString &timeline) const
{
    QStringList out;
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "SELECT item_id FROM timeline_items WHERE timeline = ? ORDER BY sort_key DESC"));
    q.addBindValue(timeline);
    if (m_db->exec(q)) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

int TimelineCache::itemCount(const QString &timeline) const
{
    QSqlQuery &q =
        m_db->prepared(QStringLiteral("SELECT count(*) FROM timeline_items WHERE timeline = ?"));
    q.addBindValue(timeline);
    return m_db->exec(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<Gap> TimelineCache::gaps(const QString &timeline) const
{
    QList<Gap> out;
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT newer_key, older_key, max_id, min_id FROM gaps WHERE timeline = ? "
                       "ORDER BY newer_key DESC"));
    q.addBindValue(timeline);
    if (!m_db->exec(q))
        return out;
    while (q.next()) {
        out.append({timeline, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString()});
    }
    return out;
}

bool TimelineCache::reachedOldest(const QString &timeline) const
{
    QSqlQuery &q =
        m_db->prepared(QStringLiteral("SELECT reached_end FROM timelines WHERE name = ?"));
    q.addBindValue(timeline);
    return m_db->exec(q) && q.next() && q.value(0).toInt() != 0;
}

QString TimelineCache::olderCursor(const QString &timeline) const
{
    QSqlQuery &q =
        m_db->prepared(QStringLiteral("SELECT older_cursor FROM timelines WHERE name = ?"));
    q.addBindValue(timeline);
    if (m_db->exec(q) && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    q.finish();
    if (ordering(timeline) == Ordering::ServerOrder)
        return {};
    // By-id timelines page on from their oldest item.
    QSqlQuery &oldest = m_db->prepared(QStringLiteral(
        "SELECT item_id FROM timeline_items WHERE timeline = ? ORDER BY sort_key ASC LIMIT 1"));
    oldest.addBindValue(timeline);
    return m_db->exec(oldest) && oldest.next() ? oldest.value(0).toString() : QString();
}

std::optional<ReadingPosition> TimelineCache::position(const QString &timeline) const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT position_id, position_offset FROM timelines WHERE name = ?"));
    q.addBindValue(timeline);
    if (!m_db->exec(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return ReadingPosition{q.value(0).toString(), q.value(1).toInt()};
}

QStringList TimelineCache::timelines() const
{
    QStringList out;
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT name FROM timelines ORDER BY name"));
    if (m_db->exec(q)) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

std::shared_ptr<const Status> TimelineCache::status(const QString &id) const
{
    if (auto hit = m_lru.get(id))
        return hit;
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT s.json, r.json FROM statuses s LEFT JOIN statuses r ON r.id = "
                       "s.reblog_of WHERE s.id = ?"));
    q.addBindValue(id);
    if (!m_db->exec(q) || !q.next())
        return {};
    return parseStatus(id, q.value(0).toByteArray(), q.value(1).toByteArray());
}

std::shared_ptr<const Notification> TimelineCache::notification(const QString &id) const
{
    QSqlQuery &q =
        m_db->prepared(QStringLiteral("SELECT json, status_id FROM notifications WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db->exec(q) || !q.next())
        return {};
    const QByteArray json = q.value(0).toByteArray();
    const QString statusId = q.value(1).toString();
    q.finish();
    Result<Notification> n = Notification::fromJson(parseObject(json));
    if (!n)
        return {};
    if (!statusId.isEmpty()) {
        if (auto s = status(statusId))
            n.value().status = *s;
    }
    return std::make_shared<const Notification>(std::move(n).value());
}

std::optional<Account> TimelineCache::account(const QString &id) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT json FROM accounts WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db->exec(q) || !q.next())
        return std::nullopt;
    Result<Account> a = Account::fromJson(parseObject(q.value(0).toByteArray()));
    return a ? std::optional<Account>(std::move(a).value()) : std::nullopt;
}

std::optional<Relationship> TimelineCache::relationship(const QString &accountId) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT json FROM relationships WHERE id = ?"));
    q.addBindValue(accountId);
    if (!m_db->exec(q) || !q.next())
        return std::nullopt;
    Result<Relationship> r = Relationship::fromJson(parseObject(q.value(0).toByteArray()));
    return r ? std::optional<Relationship>(std::move(r).value()) : std::nullopt;
}

int TimelineCache::statusCount() const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT count(*) FROM statuses"));
    return m_db->exec(q) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace tusk::cache
