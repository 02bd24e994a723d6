#include "cache/timelinecache.h"

#include "cache/database.h"
#include "cache/logging.h"
#include "cache/sortkey.h"
#include "cache/sqlutil.h"

#include <QSet>
#include <QSqlQuery>

namespace tusk::cache {

using namespace sql;

TimelineCache::TimelineCache(Database *db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<tusk::cache::TimelineChange>();
}

TimelineCache::~TimelineCache() = default;

void TimelineCache::setStatusLruCapacity(int n)
{
    m_lru.setCapacity(n);
}

// --- ordering and timeline metadata -------------------------------------------------------------

TimelineCache::Ordering TimelineCache::defaultOrdering(const QString &timeline)
{
    if (timeline == u"bookmarks" || timeline == u"favourites" || timeline.startsWith(u"thread:"))
        return Ordering::ServerOrder;
    return Ordering::ById;
}

bool TimelineCache::isNotificationTimeline(const QString &timeline)
{
    return timeline == u"notifications" || timeline.startsWith(u"notifications:");
}

TimelineCache::Ordering TimelineCache::ordering(const QString &timeline) const
{
    QSqlQuery &q = m_db->prepared(QStringLiteral("SELECT ordering FROM timelines WHERE name = ?"));
    q.addBindValue(timeline);
    if (m_db->exec(q) && q.next())
        return Ordering(q.value(0).toInt());
    return defaultOrdering(timeline);
}

bool TimelineCache::ensureTimeline(const QString &timeline, Ordering ordering)
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("INSERT OR IGNORE INTO timelines (name, ordering) VALUES (?, ?)"));
    q.addBindValue(timeline);
    q.addBindValue(int(ordering));
    return m_db->exec(q);
}

// --- transactions and change delivery ------------------------------------------------------------

TimelineCache::Batch::Batch(TimelineCache &cache) : m_cache(&cache)
{
    m_cache->begin();
}

TimelineCache::Batch::~Batch()
{
    if (!m_done)
        m_cache->finish(true);
}

bool TimelineCache::Batch::commit()
{
    if (m_done)
        return false;
    m_done = true;
    return m_cache->finish(true);
}

bool TimelineCache::begin()
{
    if (m_batchDepth++ == 0) {
        m_batchFailed = !m_db->isOpen() || !m_db->begin();
    }
    return !m_batchFailed;
}

bool TimelineCache::finish(bool ok)
{
    if (!ok)
        m_batchFailed = true;
    if (--m_batchDepth > 0)
        return ok;

    bool committed = false;
    if (!m_batchFailed) {
        // Bounded timelines: prune what this transaction touched, then drop what nothing uses.
        QSet<QString> touched;
        for (const TimelineChange &c : std::as_const(m_pending)) {
            if (c.kind == TimelineChange::Kind::Inserted || c.kind == TimelineChange::Kind::Reset)
                touched.insert(c.timeline);
        }
        for (const QString &timeline : std::as_const(touched)) {
            if (!prune(timeline))
                m_batchFailed = true;
        }
        // What left a timeline may now be unreferenced. A reset checks everything; otherwise
        // only the removed ids are checked, through indexes (a full scan per stream burst
        // would read the whole statuses table).
        bool fullSweep = false;
        QSet<QString> removed;
        for (const TimelineChange &c : std::as_const(m_pending)) {
            if (c.kind == TimelineChange::Kind::Reset)
                fullSweep = true;
            else if (c.kind == TimelineChange::Kind::Removed)
                removed.unite(QSet<QString>(c.ids.begin(), c.ids.end()));
        }
        if (!m_batchFailed && fullSweep && !deleteOrphans())
            m_batchFailed = true;
        else if (!m_batchFailed && !fullSweep && !removed.isEmpty() && !deleteUnreferenced(removed))
            m_batchFailed = true;
        committed = !m_batchFailed && m_db->commit();
    }
    if (!committed) {
        if (m_db->inTransaction())
            m_db->rollback();
        // Parsed statuses may reflect writes that never happened.
        m_lru.clear();
        m_pending.clear();
        const QString message = m_db->lastError().isEmpty()
                                    ? tr("The timeline cache could not be written.")
                                    : m_db->lastError();
        qCWarning(lcCache).noquote() << message;
        Q_EMIT failed(message);
        return false;
    }
    const QList<TimelineChange> changes = std::exchange(m_pending, {});
    for (const TimelineChange &c : changes)
        Q_EMIT changed(c);
    return true;
}

void TimelineCache::queue(TimelineChange change)
{
    if (change.ids.isEmpty() && change.kind != TimelineChange::Kind::GapsChanged &&
        change.kind != TimelineChange::Kind::Reset)
        return;
    m_pending.append(std::move(change));
}

// --- storing entities
// -----------------------------------------------------------------------------

bool TimelineCache::storeAccount(const Account &account)
{
    if (account.id.isEmpty())
        return true;
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("INSERT INTO accounts (id, acct, json) VALUES (?, ?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET acct = excluded.acct, json = excluded.json"));
    q.addBindValue(account.id);
    q.addBindValue(account.acct);
    q.addBindValue(compact(account.toJson()));
    return m_db->exec(q);
}

bool TimelineCache::storeStatus(const Status &status)
{
    if (status.id.isEmpty())
        return true;
    QJsonObject json = status.toJson();
    QString reblogOf;
    if (status.reblog) {
        if (!storeStatus(*status.reblog))
            return false;
        reblogOf = status.reblog->id;
        // The wrapper keeps only its own fields; reads compose it with the original's row.
        json.remove(QStringLiteral("reblog"));
    }
    if (!storeAccount(status.account))
        return false;
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO statuses (id, sort_key, created_at, account_id, reblog_of, in_reply_to, "
        "json) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "created_at = excluded.created_at, account_id = excluded.account_id, "
        "reblog_of = excluded.reblog_of, in_reply_to = excluded.in_reply_to, json = "
        "excluded.json"));
    q.addBindValue(status.id);
    q.addBindValue(idSortKey(status.id));
    q.addBindValue(status.createdAt.isValid() ? QVariant(status.createdAt.toMSecsSinceEpoch())
                                              : QVariant());
    q.addBindValue(status.account.id);
    q.addBindValue(reblogOf.isEmpty() ? QVariant() : QVariant(reblogOf));
    q.addBindValue(status.inReplyToId.isEmpty() ? QVariant() : QVariant(status.inReplyToId));
    q.addBindValue(compact(json));
    invalidate(status.id);
    return m_db->exec(q);
}

bool TimelineCache::storeNotification(const Notification &notification)
{
    QJsonObject json = notification.toJson();
    QString statusId;
    if (notification.status) {
        if (!storeStatus(*notification.status))
            return false;
        statusId = notification.status->id;
        json.remove(QStringLiteral("status")); // composed on read, so edits show through
    }
    if (!storeAccount(notification.account))
        return false;
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT INTO notifications (id, type, created_at, account_id, status_id, json) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET type = excluded.type, "
        "account_id = excluded.account_id, status_id = excluded.status_id, json = excluded.json"));
    q.addBindValue(notification.id);
    q.addBindValue(notification.type);
    q.addBindValue(notification.createdAt.isValid()
                       ? QVariant(notification.createdAt.toMSecsSinceEpoch())
                       : QVariant());
    q.addBindValue(notification.account.id);
    q.addBindValue(statusId.isEmpty() ? QVariant() : QVariant(statusId));
    q.addBindValue(compact(json));
    return m_db->exec(q);
}

bool TimelineCache::upsertAccount(const Account &account)
{
    if (!begin())
        return finish(false);
    return finish(storeAccount(account));
}

// --- timeline membership
// ----------------------------------------------------------------------------

bool TimelineCache::insertItems(const QString &timeline, const QList<Item> &items)
{
    QStringList added;
    QStringList updated;
    QSqlQuery &q = m_db->prepared(QStringLiteral(
        "INSERT OR IGNORE INTO timeline_items (timeline, item_id, sort_key) VALUES (?, ?, ?)"));
    for (const Item &item : items) {
        q.addBindValue(timeline);
        q.addBindValue(item.id);
        q.addBindValue(item.key);
        if (!m_db->exec(q))
            return false;
        (q.numRowsAffected() > 0 ? added : updated).append(item.id);
    }
    if (!items.isEmpty()) {
        const QString newest = items.first().key, oldest = items.last().key;
        queue({TimelineChange::Kind::Inserted, timeline, added, newest, oldest});
        queue({TimelineChange::Kind::Updated, timeline, updated, newest, oldest});
    }
    return true;
}

QString TimelineCache::keyOf(const QString &timeline, const QString &id) const
{
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("SELECT sort_key FROM timeline_items WHERE timeline = ? AND item_id = ?"));
    q.addBindValue(timeline);
    q.addBindValue(id);
    return m_db->exec(q) && q.next() ? q.value(0).toString() : QString();
}

bool TimelineCache::storedRange(const QString &timeline, QString *oldest, QString *newest) const
{
    // Two queries: SQLite answers a lone min() or max() from the index edge, but scans the whole
    // range when one query asks for both.
    QSqlQuery &low = m_db->prepared(QStringLiteral(
        "SELECT sort_key FROM timeline_items WHERE timeline = ? ORDER BY sort_key ASC LIMIT 1"));
    low.addBindValue(timeline);
    if (!m_db->exec(low))
        return false;
    *oldest = low.next() ? low.value(0).toString() : QString();
    low.finish();
    QSqlQuery &high = m_db->prepared(QStringLiteral(
        "SELECT sort_key FROM timeline_items WHERE timeline = ? ORDER BY sort_key DESC LIMIT 1"));
    high.addBindValue(timeline);
    if (!m_db->exec(high))
        return false;
    *newest = high.next() ? high.value(0).toString() : QString();
    high.finish();
    return true;
}

bool TimelineCache::insertPage(const QString &timeline, const QList<Status> &statuses,
                               const PageInfo &page)
{
    if (!begin() || !ensureTimeline(timeline, defaultOrdering(timeline)))
        return finish(false);
    QList<Item> items;
    items.reserve(statuses.size());
    for (const Status &s : statuses) {
        if (!storeStatus(s))
            return finish(false);
        items.append({s.id, idSortKey(s.id)});
    }
    if (ordering(timeline) == Ordering::ServerOrder)
        return finish(insertByPosition(timeline, items, page));
    return finish(insertById(timeline, items, page));
}

bool TimelineCache::insertById(const QString &timeline, const QList<Item> &pageItems,
                               const PageInfo &page)
{
    QList<Item> items = pageItems;
    // Some servers answer min_id pages oldest first; that is still id order.
    if (!page.minId.isEmpty() && items.size() > 1 && items.first().key < items.last().key)
        std::reverse(items.begin(), items.end());
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (!(items[i - 1].key > items[i].key)) {
            // The server's order is not id order: keep its order from now on (see sortkey.h).
            qCWarning(lcCache) << "timeline" << timeline
                               << "is not ordered by id; keeping the server's order";
            QSqlQuery &q =
                m_db->prepared(QStringLiteral("UPDATE timelines SET ordering = ? WHERE name = ?"));
            q.addBindValue(int(Ordering::ServerOrder));
            q.addBindValue(timeline);
            if (!m_db->exec(q))
                return false;
            PageInfo replace = page;
            replace.maxId.clear();
            return insertByPosition(timeline, items, replace);
        }
    }

    // What the page covers, inclusive; empty = unbounded (see PageInfo).
    const bool empty = items.isEmpty();
    QString lo, hi;
    if (!page.maxId.isEmpty())
        hi = idSortKey(page.maxId);
    else if (!page.minId.isEmpty() || !page.sinceId.isEmpty())
        hi = (page.reachedNewest || empty) ? QString() : items.first().key;
    if (!page.minId.isEmpty())
        lo = idSortKey(page.minId);
    else if (!page.sinceId.isEmpty())
        lo = (page.reachedNewest || empty) ? idSortKey(page.sinceId) : items.last().key;
    else
        lo = (page.reachedOldest || empty) ? QString() : items.last().key;

    // What is stored now, and what is already known to be missing.
    QString storedMin, storedMax;
    if (!storedRange(timeline, &storedMin, &storedMax))
        return false;
    QList<MissingRange> missing;
    const QList<Gap> oldGaps = gaps(timeline);
    for (const Gap &g : oldGaps)
        missing.append({g.olderKey, g.newerKey});
    missing = subtractCovered(missing, lo, hi);
    if (!storedMax.isEmpty() && !empty) {
        // A page that does not reach what is stored leaves the space between as a gap.
        if (!lo.isEmpty() && lo > storedMax)
            missing.append({storedMax, items.last().key});
        if (!hi.isEmpty() && hi < storedMin)
            missing.append({items.first().key, storedMin});
    }

    if (!insertItems(timeline, items))
        return false;
    if (lo.isEmpty()) {
        QSqlQuery &q =
            m_db->prepared(QStringLiteral("UPDATE timelines SET reached_end = 1 WHERE name = ?"));
        q.addBindValue(timeline);
        if (!m_db->exec(q))
            return false;
    }
    return rewriteGaps(timeline, missing);
}

bool TimelineCache::rewriteGaps(const QString &timeline, const QList<MissingRange> &missing)
{
    const QList<Gap> before = gaps(timeline);
    QList<Gap> after;
    for (const MissingRange &m : missing) {
        Gap g;
        g.timeline = timeline;
        QSqlQuery &newer = m_db->prepared(
            QStringLiteral("SELECT item_id, sort_key FROM timeline_items WHERE timeline = ? AND "
                           "sort_key >= ? ORDER BY sort_key ASC LIMIT 1"));
        newer.addBindValue(timeline);
        newer.addBindValue(m.newer);
        if (!m_db->exec(newer))
            return false;
        if (!newer.next())
            continue;
        g.maxId = newer.value(0).toString();
        g.newerKey = newer.value(1).toString();
        QSqlQuery &older = m_db->prepared(
            QStringLiteral("SELECT item_id, sort_key FROM timeline_items WHERE timeline = ? AND "
                           "sort_key <= ? ORDER BY sort_key DESC LIMIT 1"));
        older.addBindValue(timeline);
        older.addBindValue(m.older);
        if (!m_db->exec(older))
            return false;
        if (!older.next())
            continue;
        g.minId = older.value(0).toString();
        g.olderKey = older.value(1).toString();
        if (g.olderKey < g.newerKey && std::none_of(after.begin(), after.end(), [&](const Gap &o) {
                return o.newerKey == g.newerKey;
            }))
            after.append(g);
    }
    std::sort(after.begin(), after.end(),
              [](const Gap &a, const Gap &b) { return a.newerKey > b.newerKey; });
    if (after == before)
        return true;

    QSqlQuery &clear = m_db->prepared(QStringLiteral("DELETE FROM gaps WHERE timeline = ?"));
    clear.addBindValue(timeline);
    if (!m_db->exec(clear))
        return false;
    QSqlQuery &insert = m_db->prepared(
        QStringLiteral("INSERT INTO gaps (timeline, newer_key, older_key, max_id, min_id) VALUES "
                       "(?, ?, ?, ?, ?)"));
    for (const Gap &g : std::as_const(after)) {
        insert.addBindValue(timeline);
        insert.addBindValue(g.newerKey);
        insert.addBindValue(g.olderKey);
        insert.addBindValue(g.maxId);
        insert.addBindValue(g.minId);
        if (!m_db->exec(insert))
            return false;
    }
    queue({TimelineChange::Kind::GapsChanged, timeline, {}, {}, {}});
    return true;
}

bool TimelineCache::insertByPosition(const QString &timeline, const QList<Item> &items,
                                     const PageInfo &page)
{
    const auto setMeta = [&](bool reachedEnd, const QString &cursor) {
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "UPDATE timelines SET reached_end = ?, older_cursor = ? WHERE name = ?"));
        q.addBindValue(reachedEnd ? 1 : 0);
        q.addBindValue(cursor.isEmpty() ? QVariant() : QVariant(cursor));
        q.addBindValue(timeline);
        return m_db->exec(q);
    };
    QString storedMin, storedMax;
    if (!storedRange(timeline, &storedMin, &storedMax))
        return false;

    if (!page.maxId.isEmpty() && positionOf(storedMin) > 0) {
        // An older page: below the bottom, skipping what is already there.
        qint64 pos = positionOf(storedMin);
        QList<Item> below;
        for (const Item &item : items) {
            if (keyOf(timeline, item.id).isEmpty())
                below.append({item.id, positionKey(pos -= kPositionStep)});
        }
        return insertItems(timeline, below) && setMeta(page.reachedOldest, page.olderCursor);
    }

    // A first page: it connects if its last item is stored; what is above that is replaced.
    QString anchorKey = items.isEmpty() ? QString() : keyOf(timeline, items.last().id);
    if (positionOf(anchorKey) <= 0)
        anchorKey.clear(); // not positional (the timeline was ordered by id until now)
    QSqlQuery &drop = m_db->prepared(
        QStringLiteral("DELETE FROM timeline_items WHERE timeline = ? AND sort_key >= ?"));
    drop.addBindValue(timeline);
    drop.addBindValue(anchorKey.isEmpty() ? QStringLiteral("0") : anchorKey); // every key >= "0"
    if (!m_db->exec(drop))
        return false;
    const qint64 base = anchorKey.isEmpty() ? kPositionOrigin : positionOf(anchorKey);
    QList<Item> keyed;
    for (qsizetype i = 0; i < items.size(); ++i)
        keyed.append({items[i].id, positionKey(base + kPositionStep * (items.size() - 1 - i))});
    if (!insertItems(timeline, keyed))
        return false;
    queue({TimelineChange::Kind::Reset, timeline, {}, {}, {}});
    if (anchorKey.isEmpty())
        return setMeta(page.reachedOldest, page.olderCursor);
    return true;
}

bool TimelineCache::replaceTimeline(const QString &timeline, const QList<Status> &statuses)
{
    if (!begin() || !ensureTimeline(timeline, Ordering::ServerOrder))
        return finish(false);
    QSqlQuery &clear =
        m_db->prepared(QStringLiteral("DELETE FROM timeline_items WHERE timeline = ?"));
    clear.addBindValue(timeline);
    QSqlQuery &mode = m_db->prepared(
        QStringLiteral("UPDATE timelines SET ordering = ?, reached_end = 1 WHERE name = ?"));
    mode.addBindValue(int(Ordering::ServerOrder));
    mode.addBindValue(timeline);
    if (!m_db->exec(clear) || !m_db->exec(mode))
        return finish(false);
    QList<Item> items;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        if (!storeStatus(statuses[i]))
            return finish(false);
        items.append(
            {statuses[i].id, positionKey(kPositionOrigin + kPositionStep * (statuses.size() - i))});
    }
    queue({TimelineChange::Kind::Reset, timeline, {}, {}, {}});
    return finish(insertItems(timeline, items));
}

bool TimelineCache::addStreamedStatus(const QString &timeline, const Status &status)
{
    if (!begin() || !ensureTimeline(timeline, defaultOrdering(timeline)) || !storeStatus(status))
        return finish(false);
    return finish(insertStreamedItem(timeline, status.id));
}

bool TimelineCache::addStreamedNotification(const QString &timeline,
                                            const Notification &notification)
{
    if (!begin() || !ensureTimeline(timeline, Ordering::ById) || !storeNotification(notification))
        return finish(false);
    return finish(insertStreamedItem(timeline, notification.id));
}

bool TimelineCache::insertStreamedItem(const QString &timeline, const QString &id)
{
    QString storedMin, storedMax;
    if (!storedRange(timeline, &storedMin, &storedMax))
        return false;
    if (ordering(timeline) == Ordering::ServerOrder) {
        const qint64 top = positionOf(storedMax);
        return insertItems(timeline,
                           {{id, positionKey((top > 0 ? top : kPositionOrigin) + kPositionStep)}});
    }
    const QString key = idSortKey(id);
    if (!insertItems(timeline, {{id, key}}))
        return false;
    // Mastodon gives a remote status an id from its creation time, so a late arrival can be
    // older than everything stored: what lies between it and the old bottom was never fetched.
    if (!storedMin.isEmpty() && key < storedMin && !reachedOldest(timeline)) {
        QList<MissingRange> missing;
        for (const Gap &g : gaps(timeline))
            missing.append({g.olderKey, g.newerKey});
        missing.append({key, storedMin});
        return rewriteGaps(timeline, missing);
    }
    return true;
}

// --- changes that apply wherever a status appears
// ----------------------------------------------------

QHash<QString, QStringList> TimelineCache::timelinesContaining(const QStringList &itemIds) const
{
    QHash<QString, QStringList> out;
    if (itemIds.isEmpty())
        return out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT timeline, item_id FROM timeline_items WHERE item_id IN (%1)")
                  .arg(placeholders(itemIds.size())));
    for (const QString &id : itemIds)
        q.addBindValue(id);
    if (!m_db->exec(q))
        return out;
    while (q.next())
        out[q.value(0).toString()].append(q.value(1).toString());
    return out;
}

bool TimelineCache::updateStatus(const Status &status)
{
    if (!begin())
        return finish(false);
    QSqlQuery &exists = m_db->prepared(QStringLiteral("SELECT 1 FROM statuses WHERE id = ?"));
    exists.addBindValue(status.id);
    if (!m_db->exec(exists))
        return finish(false);
    if (!exists.next())
        return finish(true); // nothing shows it
    exists.finish();
    if (!storeStatus(status))
        return finish(false);

    // The item ids that show this status: itself, boosts of it, notifications about either.
    QStringList shown{status.id};
    QSqlQuery &boosts =
        m_db->prepared(QStringLiteral("SELECT id FROM statuses WHERE reblog_of = ?"));
    boosts.addBindValue(status.id);
    if (!m_db->exec(boosts))
        return finish(false);
    while (boosts.next()) {
        shown.append(boosts.value(0).toString());
        invalidate(shown.last());
    }
    QSqlQuery notes(m_db->connection());
    notes.prepare(QStringLiteral("SELECT id FROM notifications WHERE status_id IN (%1)")
                      .arg(placeholders(shown.size())));
    for (const QString &id : std::as_const(shown))
        notes.addBindValue(id);
    if (!m_db->exec(notes))
        return finish(false);
    while (notes.next())
        shown.append(notes.value(0).toString());

    const auto where = timelinesContaining(shown);
    for (auto it = where.begin(); it != where.end(); ++it)
        queue({TimelineChange::Kind::Updated, it.key(), it.value(), {}, {}});
    return finish(true);
}

bool TimelineCache::removeItemsEverywhere(const QStringList &itemIds, const QString &exceptTimeline,
                                          const QString &onlyTimeline)
{
    if (itemIds.isEmpty())
        return true;
    auto where = timelinesContaining(itemIds);
    for (auto it = where.begin(); it != where.end(); ++it) {
        if (it.key() == exceptTimeline || (!onlyTimeline.isEmpty() && it.key() != onlyTimeline))
            continue;
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM timeline_items WHERE timeline = ? AND item_id IN "
                                 "(%1)")
                      .arg(placeholders(it.value().size())));
        q.addBindValue(it.key());
        for (const QString &id : std::as_const(it.value()))
            q.addBindValue(id);
        if (!m_db->exec(q))
            return false;
        // Gaps bounded by a removed item would point at nothing: recompute around it.
        QSqlQuery g(m_db->connection());
        g.prepare(QStringLiteral("SELECT older_key, newer_key FROM gaps WHERE timeline = ? AND "
                                 "(max_id IN (%1) OR min_id IN (%1))")
                      .arg(placeholders(it.value().size())));
        g.addBindValue(it.key());
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &id : std::as_const(it.value()))
                g.addBindValue(id);
        }
        if (!m_db->exec(g))
            return false;
        if (g.next()) {
            g.finish();
            // The missing ranges stay where they were; rewriteGaps re-anchors them on the items
            // that remain (a gap below a removed newest item moves up to the next one).
            QList<MissingRange> missing;
            for (const Gap &gap : gaps(it.key()))
                missing.append({gap.olderKey, gap.newerKey});
            if (!rewriteGaps(it.key(), missing))
                return false;
        }
        queue({TimelineChange::Kind::Removed, it.key(), it.value(), {}, {}});
    }
    return true;
}

bool TimelineCache::deleteStatus(const QString &id)
{
    if (!begin())
        return finish(false);
    QStringList statusIds{id};
    QSqlQuery &boosts =
        m_db->prepared(QStringLiteral("SELECT id FROM statuses WHERE reblog_of = ?"));
    boosts.addBindValue(id);
    if (!m_db->exec(boosts))
        return finish(false);
    while (boosts.next())
        statusIds.append(boosts.value(0).toString());
    boosts.finish();

    QStringList itemIds = statusIds;
    QSqlQuery notes(m_db->connection());
    notes.prepare(QStringLiteral("SELECT id FROM notifications WHERE status_id IN (%1)")
                      .arg(placeholders(statusIds.size())));
    for (const QString &s : std::as_const(statusIds))
        notes.addBindValue(s);
    if (!m_db->exec(notes))
        return finish(false);
    while (notes.next())
        itemIds.append(notes.value(0).toString());
    notes.finish();

    if (!removeItemsEverywhere(itemIds))
        return finish(false);
    for (const QString &table : {QStringLiteral("notifications"), QStringLiteral("statuses")}) {
        QSqlQuery del(m_db->connection());
        del.prepare(
            QStringLiteral("DELETE FROM %1 WHERE %2 IN (%3)")
                .arg(table,
                     table == u"statuses" ? QStringLiteral("id") : QStringLiteral("status_id"),
                     placeholders(statusIds.size())));
        for (const QString &s : std::as_const(statusIds))
            del.addBindValue(s);
        if (!m_db->exec(del))
            return finish(false);
    }
    for (const QString &s : std::as_const(statusIds))
        invalidate(s);
    return finish(true);
}

bool TimelineCache::applyRelationship(const Relationship &relationship)
{
    if (!begin())
        return finish(false);
    QSqlQuery &store =
        m_db->prepared(QStringLiteral("INSERT INTO relationships (id, json) VALUES (?, ?) "
                                      "ON CONFLICT(id) DO UPDATE SET json = excluded.json"));
    store.addBindValue(relationship.id);
    store.addBindValue(compact(relationship.toJson()));
    if (!m_db->exec(store))
        return finish(false);

    const bool hide = relationship.blocking || relationship.muting;
    const bool unfollowed = !relationship.following && !relationship.requested;
    if (!hide && !unfollowed)
        return finish(true);
    // Their posts and their boosts; for blocks and mutes also others' boosts of their posts
    // and their notifications.
    QStringList ids;
    QSqlQuery q(m_db->connection());
    q.prepare(hide ? QStringLiteral("SELECT id FROM statuses WHERE account_id = ? UNION "
                                    "SELECT w.id FROM statuses w JOIN statuses o ON o.id = "
                                    "w.reblog_of WHERE o.account_id = ? UNION "
                                    "SELECT id FROM notifications WHERE account_id = ?")
                   : QStringLiteral("SELECT id FROM statuses WHERE account_id = ?"));
    for (int i = 0; i < (hide ? 3 : 1); ++i)
        q.addBindValue(relationship.id);
    if (!m_db->exec(q))
        return finish(false);
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    const QString profile = QStringLiteral("account:") + relationship.id;
    const bool ok = hide ? removeItemsEverywhere(ids, profile)
                         : removeItemsEverywhere(ids, {}, QStringLiteral("home"));
    return finish(ok);
}

bool TimelineCache::removeFromTimeline(const QString &timeline, const QStringList &ids)
{
    if (!begin())
        return finish(false);
    return finish(removeItemsEverywhere(ids, {}, timeline));
}

bool TimelineCache::clearTimeline(const QString &timeline)
{
    if (!begin())
        return finish(false);
    QSqlQuery &q = m_db->prepared(QStringLiteral("DELETE FROM timelines WHERE name = ?"));
    q.addBindValue(timeline);
    if (!m_db->exec(q))
        return finish(false);
    queue({TimelineChange::Kind::Reset, timeline, {}, {}, {}});
    return finish(true);
}

bool TimelineCache::savePosition(const QString &timeline, const ReadingPosition &position)
{
    if (!begin() || !ensureTimeline(timeline, defaultOrdering(timeline)))
        return finish(false);
    QSqlQuery &q = m_db->prepared(
        QStringLiteral("UPDATE timelines SET position_id = ?, position_offset = ? WHERE name = ?"));
    q.addBindValue(position.itemId);
    q.addBindValue(position.pixelOffset);
    q.addBindValue(timeline);
    return finish(m_db->exec(q));
}

} // namespace tusk::cache
