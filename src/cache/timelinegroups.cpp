// Notification pages: storing them, and dropping older entries a v2 group page now counts.
#include "cache/timelinecache.h"

#include "cache/database.h"
#include "cache/notificationgroups.h"
#include "cache/sortkey.h"
#include "cache/sqlutil.h"

#include <QSet>
#include <QSqlQuery>

namespace tusk::cache {

using namespace sql;

bool TimelineCache::insertNotificationsPage(const QString &timeline,
                                            const QList<Notification> &notifications,
                                            const PageInfo &page)
{
    if (!begin() || !ensureTimeline(timeline, Ordering::ById))
        return finish(false);
    QList<Item> items;
    for (const Notification &n : notifications) {
        if (!storeNotification(n))
            return finish(false);
        items.append({n.id, idSortKey(n.id)});
    }
    if (!insertById(timeline, items, page))
        return finish(false);
    return finish(supersedeGroupEntries(timeline, notifications, page));
}

bool TimelineCache::supersedeGroupEntries(const QString &timeline,
                                          const QList<Notification> &notifications,
                                          const PageInfo &page)
{
    // A group of a v2 page counts every notification of its key within the page's range: older
    // entries of that key inside the range (earlier pages, streamed ones, v1 ones) are in its
    // count now and would be counted twice. Cursors are exclusive; ends taken from the page's
    // own items are inclusive.
    // A group's page_min_id/page_max_id say which of its notifications the page holds: the page
    // reaches down to the lowest of them, below its last entry's (newest) id.
    QStringList keys;
    QSet<QString> pageIds;
    QString pageLow, pageHigh;
    for (const Notification &n : notifications) {
        pageIds.insert(n.id);
        QString low = idSortKey(n.id), high = low;
        if (const auto info = groupInfoOf(n)) {
            if (isGroupKey(n.groupKey))
                keys.append(n.groupKey);
            if (!info->pageMinId.isEmpty())
                low = std::min(low, idSortKey(info->pageMinId));
            if (!info->pageMaxId.isEmpty())
                high = std::max(high, idSortKey(info->pageMaxId));
        }
        if (pageLow.isEmpty() || low < pageLow)
            pageLow = low;
        if (pageHigh.isEmpty() || high > pageHigh)
            pageHigh = high;
    }
    if (keys.isEmpty())
        return true;
    const bool minCursor = !page.minId.isEmpty() || !page.sinceId.isEmpty();
    QString lo, hi;
    bool loExclusive = false, hiExclusive = false;
    if (!page.maxId.isEmpty()) {
        hi = idSortKey(page.maxId);
        hiExclusive = true;
    } else if (minCursor && !page.reachedNewest) {
        hi = pageHigh;
    }
    if (minCursor) {
        lo = idSortKey(!page.minId.isEmpty() ? page.minId : page.sinceId);
        loExclusive = true;
    } else if (!page.reachedOldest) {
        lo = pageLow;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
                  "SELECT ti.item_id FROM timeline_items ti JOIN notifications n ON "
                  "n.id = ti.item_id WHERE ti.timeline = ? AND "
                  "json_extract(CAST(n.json AS TEXT), '$.group_key') IN (%1) AND (? IS NULL OR "
                  "ti.sort_key %2 ?) AND (? IS NULL OR ti.sort_key %3 ?)")
                  .arg(placeholders(keys.size()),
                       loExclusive ? QStringLiteral(">") : QStringLiteral(">="),
                       hiExclusive ? QStringLiteral("<") : QStringLiteral("<=")));
    q.addBindValue(timeline);
    for (const QString &k : std::as_const(keys))
        q.addBindValue(k);
    // An empty end is unbounded (bound as NULL).
    const QVariant loValue = lo.isEmpty() ? QVariant() : QVariant(lo);
    const QVariant hiValue = hi.isEmpty() ? QVariant() : QVariant(hi);
    q.addBindValue(loValue);
    q.addBindValue(loValue);
    q.addBindValue(hiValue);
    q.addBindValue(hiValue);
    if (!m_db->exec(q))
        return false;
    QStringList stale;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!pageIds.contains(id))
            stale.append(id);
    }
    q.finish();
    return removeItemsEverywhere(stale, {}, timeline);
}

} // namespace tusk::cache
