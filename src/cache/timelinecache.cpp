#include "cache/timelinecache.h"

#include "cache/database.h"
#include "cache/logging.h"
#include "cache/sortkey.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace tusk::cache {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject parseObject(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

} // namespace

TimelineCache::TimelineCache(Database *db, QObject *parent) : QObject(parent), m_db(db)
{
    qRegisterMetaType<tusk::cache::TimelineChange>();
}

TimelineCache::~TimelineCache() = default;

void TimelineCache::setStatusLruCapacity(int n)
{
    m_lruCapacity = qMax(1, n);
    while (m_lru.size() > m_lruCapacity) {
        m_lru.remove(m_lruOrder.back());
        m_lruOrder.pop_back();
    }
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
        m_lruOrder.clear();
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
    return finish(insertById(timeline, items, page));
}

bool TimelineCache::insertById(const QString &timeline, const QList<Item> &items,
                               const PageInfo &page)
{
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
    {
        QSqlQuery &q = m_db->prepared(QStringLiteral(
            "SELECT min(sort_key), max(sort_key) FROM timeline_items WHERE timeline = ?"));
        q.addBindValue(timeline);
        if (!m_db->exec(q))
            return false;
        if (q.next()) {
            storedMin = q.value(0).toString();
            storedMax = q.value(1).toString();
        }
    }
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
    QSqlQuery &range = m_db->prepared(QStringLiteral(
        "SELECT min(sort_key), max(sort_key) FROM timeline_items WHERE timeline = ?"));
    range.addBindValue(timeline);
    if (!m_db->exec(range))
        return false;
    const QString storedMin = range.next() ? range.value(0).toString() : QString();
    range.finish();

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
    QString key = idSortKey(status.id);
    if (ordering(timeline) == Ordering::ServerOrder) {
        QSqlQuery &q = m_db->prepared(
            QStringLiteral("SELECT max(sort_key) FROM timeline_items WHERE timeline = ?"));
        q.addBindValue(timeline);
        if (!m_db->exec(q))
            return finish(false);
        const QString top = q.next() ? q.value(0).toString() : QString();
        key = positionKey((top.isEmpty() ? kPositionOrigin : positionOf(top)) + kPositionStep);
    }
    return finish(insertItems(timeline, {{status.id, key}}));
}

bool TimelineCache::addStreamedNotification(const QString &timeline,
                                            const Notification &notification)
{
    if (!begin() || !ensureTimeline(timeline, Ordering::ById) || !storeNotification(notification))
        return finish(false);
    return finish(insertItems(timeline, {{notification.id, idSortKey(notification.id)}}));
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

// --- bounds
// -------------------------------------------------------------------------------------------

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

// --- reads
// ----------------------------------------------------------------------------------------------

std::shared_ptr<const Status> TimelineCache::lruGet(const QString &id) const
{
    auto it = m_lru.find(id);
    if (it == m_lru.end())
        return {};
    m_lruOrder.splice(m_lruOrder.begin(), m_lruOrder, it->pos);
    return it->status;
}

void TimelineCache::lruPut(const QString &id, std::shared_ptr<const Status> status) const
{
    auto it = m_lru.find(id);
    if (it != m_lru.end()) {
        it->status = std::move(status);
        m_lruOrder.splice(m_lruOrder.begin(), m_lruOrder, it->pos);
        return;
    }
    m_lruOrder.push_front(id);
    m_lru.insert(id, {std::move(status), m_lruOrder.begin()});
    while (m_lru.size() > m_lruCapacity) {
        m_lru.remove(m_lruOrder.back());
        m_lruOrder.pop_back();
    }
}

void TimelineCache::invalidate(const QString &statusId)
{
    auto it = m_lru.find(statusId);
    if (it == m_lru.end())
        return;
    m_lruOrder.erase(it->pos);
    m_lru.erase(it);
}

std::shared_ptr<const Status> TimelineCache::parseStatus(const QString &id, const QByteArray &json,
                                                         const QByteArray &reblogJson) const
{
    if (auto hit = lruGet(id))
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
    lruPut(id, status);
    return status;
}

QList<TimelineRow> TimelineCache::rows(const QString &timeline, int limit,
                                       const QString &olderThanKey) const
{
    QList<TimelineRow> out;
    const bool notifications = isNotificationTimeline(timeline);
    const QString bound = olderThanKey.isEmpty() ? QStringLiteral("\xff") : olderThanKey;
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
    if (auto hit = lruGet(id))
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
