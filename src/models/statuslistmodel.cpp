// StatusListModel: the window of rows, paging, and applying cache changes incrementally.
// Row data, actions, drafts and reading positions are in statuslistdata.cpp.
#include "models/statuslistmodel.h"

#include "cache/notificationgroups.h"
#include "cache/timelineloader.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "models/logging.h"
#include "session/accountsession.h"

#include <algorithm>

namespace tusk::models {

namespace {

// Row order: newest key first; a gap row sits right below the item with the same key.
template <typename R> bool comesBefore(const R &a, const R &b)
{
    if (a.key != b.key)
        return a.key > b.key;
    return a.kind != R::Kind::Gap && b.kind == R::Kind::Gap;
}

// Counts nested row changes: views (and QAbstractItemModelTester) call fetchMore() from their
// rowsInserted/rowsRemoved handlers, which must not start another insert inside this one.
struct ChangeGuard {
    explicit ChangeGuard(int &depth) : m_depth(depth) { ++m_depth; }
    ~ChangeGuard() { --m_depth; }
    int &m_depth;
};

// Just above `key` in sort-key order (keys are ASCII; none is a prefix of another of its kind).
QString justAbove(const QString &key)
{
    return key + QChar(1);
}

} // namespace

StatusListModel::StatusListModel(QObject *parent)
    : QAbstractListModel(parent), m_sanitizer(std::make_unique<content::HtmlSanitizer>())
{
    // Rich text of ~300 rows: a few screens around the view, not the whole timeline.
    m_entries.setMaxCost(300);
    m_positionTimer.setSingleShot(true);
    m_positionTimer.setInterval(1000);
    connect(&m_positionTimer, &QTimer::timeout, this, &StatusListModel::flushPosition);
    connect(this, &QAbstractItemModel::rowsInserted, this, &StatusListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &StatusListModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &StatusListModel::countChanged);
}

StatusListModel::~StatusListModel()
{
    flushPosition();
    stop();
}

session::AccountSession *StatusListModel::session() const
{
    return m_session;
}

void StatusListModel::setSession(session::AccountSession *session)
{
    if (m_session == session)
        return;
    flushPosition();
    stop();
    m_session = session;
    if (session) {
        setSources(session->cache(), session->loader(), session->actions(),
                   session->ownAccountId());
    } else {
        setSources(nullptr, nullptr, nullptr);
    }
    Q_EMIT sessionChanged();
}

void StatusListModel::setSources(cache::TimelineCache *cache, cache::TimelineLoader *loader,
                                 cache::ActionQueue *actions, const QString &ownAccountId)
{
    flushPosition();
    stop();
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_cache = cache;
    m_loader = loader;
    m_actions = actions;
    m_ownAccountId = ownAccountId;
    if (cache) {
        m_connections.append(
            connect(cache, &cache::TimelineCache::changed, this, &StatusListModel::onChanged));
        m_connections.append(
            connect(cache, &cache::TimelineCache::failed, this, &StatusListModel::setError));
    }
    if (loader) {
        m_connections.append(connect(loader, &cache::TimelineLoader::finished, this,
                                     &StatusListModel::onLoaderFinished));
    }
    if (actions) {
        m_connections.append(connect(actions, &cache::ActionQueue::actionChanged, this,
                                     &StatusListModel::onActionChanged));
    }
    start();
}

void StatusListModel::setTimelineName(const QString &timeline)
{
    if (timeline == m_timeline)
        return;
    flushPosition();
    stop();
    m_timeline = timeline;
    start();
}

void StatusListModel::stop()
{
    if (m_session && !m_openedStream.isEmpty())
        m_session->closeTimeline(m_openedStream);
    m_openedStream.clear();
    m_started = false;
    m_olderInFlight = false;
    m_gapLoadingKey.clear();
    setLoading(false);
}

void StatusListModel::start()
{
    if (!m_cache || m_timeline.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        m_drafts.clear();
        m_ids.clear();
        m_entries.clear();
        endResetModel();
        return;
    }
    m_started = true;
    setError({});
    reload();
    if (m_session && opensStream()) {
        m_session->openTimeline(m_timeline);
        m_openedStream = m_timeline;
    }
    const bool started = startNetwork();
    setLoading(started || (m_loader && m_loader->isLoading(m_timeline)));
}

bool StatusListModel::startNetwork()
{
    return m_loader && m_loader->fetchNewest(m_timeline);
}

bool StatusListModel::pagesFromNetwork() const
{
    return m_loader && cache::TimelineLoader::requestFor(m_timeline, {}).has_value();
}

QString StatusListModel::groupKeyFor(const Row &) const
{
    return {};
}

void StatusListModel::reload()
{
    beginResetModel();
    m_inReset = true;
    m_rows.clear();
    m_ids.clear();
    m_entries.clear();
    m_bottomKey.clear();
    m_exhausted = false;
    m_olderEnd = false;
    m_gapLoadingKey.clear();
    m_drafts.clear();
    m_restored = m_cache->position(m_timeline);
    const QString target =
        m_restored ? m_cache->sortKeyOf(m_timeline, m_restored->itemId) : QString();
    int items = 0;
    appendRows(readPage({}, pageSize(), &items));
    // Down to the saved reading position, and one page below it to scroll on.
    while (!target.isEmpty() && !m_exhausted && m_bottomKey > target)
        appendRows(readPage(m_bottomKey, pageSize(), &items));
    if (!target.isEmpty() && !m_exhausted)
        appendRows(readPage(m_bottomKey, pageSize(), &items));
    endResetModel();
    // Views (and QAbstractItemModelTester) call fetchMore() from their modelReset handlers:
    // that must not insert rows before every handler has seen the reset.
    m_inReset = false;
    rowsReloaded();
    if (showsDrafts())
        refreshDrafts();
    qCDebug(lcModels) << m_timeline << "shows" << m_rows.size() << "rows from the cache";
}

QList<StatusListModel::Row> StatusListModel::readPage(const QString &olderThanKey, int limit,
                                                      int *itemsRead)
{
    QList<Row> out;
    int items = 0;
    const QList<cache::TimelineRow> rows = m_cache->rows(m_timeline, limit, olderThanKey);
    for (const cache::TimelineRow &r : rows) {
        if (r.kind != cache::TimelineRow::Kind::Gap) {
            ++items;
            m_bottomKey = r.sortKey;
        }
        Row row;
        if (accept(r, &row))
            out.append(std::move(row));
    }
    if (items < limit)
        m_exhausted = true;
    *itemsRead = items;
    return out;
}

bool StatusListModel::accept(const cache::TimelineRow &r, Row *out) const
{
    Row row;
    row.key = r.sortKey;
    switch (r.kind) {
    case cache::TimelineRow::Kind::Gap:
        row.kind = Row::Kind::Gap;
        row.gap = r.gap;
        *out = std::move(row);
        return true;
    case cache::TimelineRow::Kind::Status:
        if (!r.status)
            return false;
        row.kind = Row::Kind::Status;
        row.id = r.id;
        row.statusId = r.status->reblog ? r.status->reblog->id : r.status->id;
        break;
    case cache::TimelineRow::Kind::Notification: {
        if (!r.notification)
            return false;
        const Notification &n = *r.notification;
        row.kind = Row::Kind::Notification;
        row.id = r.id;
        if (n.status)
            row.statusId = n.status->reblog ? n.status->reblog->id : n.status->id;
        row.notificationType = n.type;
        row.serverGroupKey = n.groupKey;
        row.notificationTime = n.createdAt;
        row.account = {{QStringLiteral("id"), n.account.id},
                       {QStringLiteral("displayName"), content::renderDisplayName(n.account)},
                       {QStringLiteral("handle"), handleOf(n.account)},
                       {QStringLiteral("avatar"), n.account.avatar}};
        readGroup(row, n);
        break;
    }
    }
    const Status *status = r.status.get();
    if (!status && r.notification && r.notification->status)
        status = &*r.notification->status;
    if (status && filterVerdict(*status, filterContext(), QDateTime::currentDateTimeUtc()).action ==
                      FilterVerdict::Action::Hide)
        return false;
    row.groupKey = groupKeyFor(row);
    *out = std::move(row);
    return true;
}

StatusListModel::Member StatusListModel::memberOf(const Row &row)
{
    return {row.id, row.key, row.account, row.groupCount, row.groupAccounts};
}

void StatusListModel::readGroup(Row &row, const Notification &n)
{
    const auto group = cache::groupInfoOf(n);
    row.groupCount = group ? group->count : 1;
    row.groupAccounts.clear();
    if (!group || group->sampleAccounts.isEmpty()) {
        row.groupAccounts.append(row.account);
        return;
    }
    for (const QJsonObject &json : group->sampleAccounts) {
        // Full accounts render like any other; partial ones (expand_accounts) have no name.
        if (auto a = Account::fromJson(json)) {
            row.groupAccounts.append(
                QVariantMap{{QStringLiteral("id"), a.value().id},
                            {QStringLiteral("displayName"), content::renderDisplayName(a.value())},
                            {QStringLiteral("handle"), handleOf(a.value())},
                            {QStringLiteral("avatar"), a.value().avatar}});
        } else {
            const QString acct = json.value(u"acct").toString();
            row.groupAccounts.append(
                QVariantMap{{QStringLiteral("id"), json.value(u"id").toString()},
                            {QStringLiteral("displayName"), acct.toHtmlEscaped()},
                            {QStringLiteral("handle"), u'@' + acct},
                            {QStringLiteral("avatar"), json.value(u"avatar").toString()}});
        }
    }
}

int StatusListModel::lowerBound(const Row &row) const
{
    const auto it = std::partition_point(m_rows.cbegin(), m_rows.cend(),
                                         [&row](const Row &x) { return comesBefore(x, row); });
    return int(it - m_rows.cbegin());
}

int StatusListModel::findGroup(const QString &groupKey) const
{
    if (groupKey.isEmpty())
        return -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).groupKey == groupKey)
            return i;
    }
    return -1;
}

int StatusListModel::indexOfItem(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind != Row::Kind::Gap && m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

bool StatusListModel::inWindow(const QString &key) const
{
    return m_exhausted || key > m_bottomKey;
}

void StatusListModel::rowChanged(int i)
{
    const QModelIndex at = index(firstTimelineRow() + i);
    Q_EMIT dataChanged(at, at);
}

void StatusListModel::membersChanged(int i)
{
    // The summary and group roles of the row depend on its members.
    m_entries.remove(m_rows.at(i).id);
    rowChanged(i);
}

void StatusListModel::appendRows(QList<Row> rows)
{
    // Inside a reset (reload) no row signals; otherwise one insert for the whole page. No
    // fetchMore() from a handler until the page is in (it would read past this page).
    const ChangeGuard guard(m_changing);
    QList<Row> fresh;
    QList<int> grown; // existing rows that absorbed an older member
    for (Row &row : rows) {
        if (row.kind != Row::Kind::Gap && m_ids.contains(row.id))
            continue;
        if (row.kind != Row::Kind::Gap && !row.groupKey.isEmpty()) {
            // Pages come newest first, so anything already shown in the group is newer.
            Row *head = nullptr;
            const int existing = findGroup(row.groupKey);
            if (existing >= 0) {
                head = &m_rows[existing];
                grown.append(existing);
            } else {
                for (Row &f : fresh) {
                    if (f.groupKey == row.groupKey) {
                        head = &f;
                        break;
                    }
                }
            }
            if (head) {
                head->members.append(memberOf(row));
                m_ids.insert(row.id);
                continue;
            }
        }
        if (row.kind != Row::Kind::Gap)
            m_ids.insert(row.id);
        fresh.append(std::move(row));
    }
    if (!m_inReset) {
        for (int i : std::as_const(grown))
            membersChanged(i);
    }
    if (fresh.isEmpty())
        return;
    const int first = firstTimelineRow() + int(m_rows.size());
    const bool signal = !m_inReset;
    if (signal)
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    if (signal)
        endInsertRows();
}

void StatusListModel::insertSorted(Row row)
{
    if (row.kind != Row::Kind::Gap && !row.groupKey.isEmpty()) {
        const int g = findGroup(row.groupKey);
        if (g >= 0) {
            Row &head = m_rows[g];
            if (row.key < head.key) {
                const Member member = memberOf(row);
                const auto at =
                    std::partition_point(head.members.begin(), head.members.end(),
                                         [&member](const Member &m) { return m.key > member.key; });
                head.members.insert(at, member);
                m_ids.insert(row.id);
                membersChanged(g);
                return;
            }
            // The newer item heads the group from now on; the old head becomes a member.
            Row old = head;
            row.members = old.members;
            row.members.prepend(memberOf(old));
            removeAt(g, g);
        }
    }
    const int pos = lowerBound(row);
    const int first = firstTimelineRow();
    const ChangeGuard guard(m_changing);
    beginInsertRows({}, first + pos, first + pos);
    if (row.kind != Row::Kind::Gap) {
        m_ids.insert(row.id);
        for (const Member &m : std::as_const(row.members))
            m_ids.insert(m.id);
    }
    m_rows.insert(pos, std::move(row));
    endInsertRows();
}

void StatusListModel::removeAt(int first, int last)
{
    const int offset = firstTimelineRow();
    const ChangeGuard guard(m_changing);
    beginRemoveRows({}, offset + first, offset + last);
    for (int i = first; i <= last; ++i) {
        const Row &r = m_rows.at(i);
        if (r.kind == Row::Kind::Gap)
            continue;
        m_ids.remove(r.id);
        m_entries.remove(r.id);
        for (const Member &m : r.members)
            m_ids.remove(m.id);
    }
    m_rows.remove(first, last - first + 1);
    endRemoveRows();
}

void StatusListModel::removeIds(const QSet<QString> &ids)
{
    int runFirst = -1, runLast = -1; // a contiguous run of rows to remove, as one signal
    const auto flush = [&] {
        if (runLast >= 0)
            removeAt(runFirst, runLast);
        runFirst = runLast = -1;
    };
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &r = m_rows[i];
        if (r.kind == Row::Kind::Gap) {
            flush();
            continue;
        }
        bool changedMembers = false;
        for (qsizetype m = r.members.size() - 1; m >= 0; --m) {
            if (ids.contains(r.members.at(m).id)) {
                m_ids.remove(r.members.at(m).id);
                r.members.removeAt(m);
                changedMembers = true;
            }
        }
        if (!ids.contains(r.id)) {
            flush();
            if (changedMembers)
                membersChanged(i);
            continue;
        }
        if (!r.members.isEmpty()) {
            // The newest remaining member heads the group now, at its own place.
            flush();
            Row head = r;
            const Member next = head.members.takeFirst();
            head.id = next.id;
            head.key = next.key;
            head.account = next.account;
            head.groupCount = next.groupCount;
            head.groupAccounts = next.groupAccounts;
            if (auto n = m_cache ? m_cache->notification(next.id) : nullptr)
                head.notificationTime = n->createdAt;
            removeAt(i, i);
            m_ids.remove(next.id);
            insertSorted(std::move(head));
            continue;
        }
        if (runLast >= 0 && runFirst == i + 1) {
            runFirst = i;
        } else {
            flush();
            runFirst = runLast = i;
        }
    }
    flush();
}

void StatusListModel::onChanged(const cache::TimelineChange &change)
{
    if (!m_started || change.timeline != m_timeline)
        return;
    switch (change.kind) {
    case cache::TimelineChange::Kind::Inserted:
        onInserted(change);
        break;
    case cache::TimelineChange::Kind::Removed:
        removeIds(QSet<QString>(change.ids.cbegin(), change.ids.cend()));
        break;
    case cache::TimelineChange::Kind::Updated:
        onUpdated(change);
        break;
    case cache::TimelineChange::Kind::GapsChanged:
        onGapsChanged();
        break;
    case cache::TimelineChange::Kind::Reset:
        reload();
        break;
    }
}

void StatusListModel::onInserted(const cache::TimelineChange &change)
{
    const QSet<QString> wanted(change.ids.cbegin(), change.ids.cend());
    if (m_olderInFlight)
        m_insertedDuringOlder += int(wanted.size());
    QString hi = change.newestKey, lo = change.oldestKey;
    if (hi.isEmpty() || lo.isEmpty()) {
        // No key range given: look each id up.
        for (const QString &id : change.ids) {
            const QString key = m_cache->sortKeyOf(m_timeline, id);
            if (key.isEmpty())
                continue;
            hi = hi.isEmpty() || key > hi ? key : hi;
            lo = lo.isEmpty() || key < lo ? key : lo;
        }
        if (hi.isEmpty())
            return;
    }
    if (!m_exhausted && hi <= m_bottomKey)
        return; // all below the realised window: fetchMore will read them
    QList<cache::TimelineRow> found;
    if (wanted.size() == 1 && hi == lo) {
        // One streamed item: read it by id (an indexed lookup that also warms the status LRU
        // for the delegate) instead of scanning a key range.
        cache::TimelineRow r;
        r.id = change.ids.constFirst();
        r.sortKey = hi;
        if (cache::TimelineCache::isNotificationTimeline(m_timeline)) {
            r.kind = cache::TimelineRow::Kind::Notification;
            r.notification = m_cache->notification(r.id);
        } else {
            r.status = m_cache->status(r.id);
        }
        if (r.status || r.notification)
            found.append(r);
    }
    // Otherwise read the changed key range from the cache (newest first) and pick out the new
    // items.
    QString bound = justAbove(hi);
    constexpr int kChunk = 100;
    const bool direct = !found.isEmpty();
    while (!direct) {
        const QList<cache::TimelineRow> batch = m_cache->rows(m_timeline, kChunk, bound);
        int items = 0;
        bool past = false;
        for (const cache::TimelineRow &r : batch) {
            if (r.kind == cache::TimelineRow::Kind::Gap)
                continue;
            ++items;
            if (r.sortKey < lo) {
                past = true;
                break;
            }
            bound = r.sortKey;
            if (wanted.contains(r.id))
                found.append(r);
        }
        if (past || items < kChunk || found.size() == wanted.size())
            break;
    }
    for (const cache::TimelineRow &r : std::as_const(found)) {
        if (!inWindow(r.sortKey))
            continue;
        if (m_ids.contains(r.id)) {
            const int i = indexOfItem(r.id);
            if (i < 0 || m_rows.at(i).key == r.sortKey)
                continue;   // shown already (or folded into a group)
            removeAt(i, i); // moved
        }
        Row row;
        if (accept(r, &row))
            insertSorted(std::move(row));
    }
}

void StatusListModel::onUpdated(const cache::TimelineChange &change)
{
    for (const QString &id : change.ids) {
        m_entries.remove(id);
        const int i = indexOfItem(id);
        if (i >= 0) {
            // An edit may make a filter hide it (judged without rendering the row).
            std::shared_ptr<const Status> status;
            if (m_rows.at(i).kind == Row::Kind::Notification) {
                const auto n = m_cache->notification(id);
                if (n)
                    readGroup(m_rows[i], *n); // a group read again: its count may have grown
                if (n && n->status)
                    status = std::make_shared<const Status>(*n->status);
            } else {
                status = m_cache->status(id);
            }
            if (status &&
                filterVerdict(*status, filterContext(), QDateTime::currentDateTimeUtc()).action ==
                    FilterVerdict::Action::Hide) {
                removeAt(i, i);
            } else {
                rowChanged(i);
            }
            continue;
        }
        if (m_ids.contains(id)) {
            for (int g = 0; g < m_rows.size(); ++g) {
                auto &members = m_rows[g].members;
                const auto m = std::find_if(members.begin(), members.end(),
                                            [&id](const Member &x) { return x.id == id; });
                if (m == members.end())
                    continue;
                if (const auto n = m_cache->notification(id)) {
                    Row fresh;
                    fresh.account = m->account;
                    readGroup(fresh, *n);
                    m->groupCount = fresh.groupCount;
                    m->groupAccounts = fresh.groupAccounts;
                }
                membersChanged(g);
                break;
            }
            continue;
        }
        // Not shown: perhaps a filter hid it and no longer does.
        const QString key = m_cache->sortKeyOf(m_timeline, id);
        if (key.isEmpty() || !inWindow(key))
            continue;
        const QList<cache::TimelineRow> rows = m_cache->rows(m_timeline, 1, justAbove(key));
        for (const cache::TimelineRow &r : rows) {
            Row row;
            if (r.id == id && accept(r, &row))
                insertSorted(std::move(row));
        }
    }
}

void StatusListModel::onGapsChanged()
{
    QHash<QString, cache::Gap> byNewer;
    for (const cache::Gap &g : m_cache->gaps(m_timeline))
        byNewer.insert(g.newerKey, g);
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        Row &r = m_rows[i];
        if (r.kind != Row::Kind::Gap)
            continue;
        const auto it = byNewer.find(r.key);
        if (it == byNewer.end()) {
            removeAt(i, i);
            continue;
        }
        if (!(r.gap == *it)) {
            r.gap = *it;
            rowChanged(i);
        }
        byNewer.erase(it);
    }
    for (const cache::Gap &g : std::as_const(byNewer)) {
        if (!m_exhausted && g.newerKey < m_bottomKey)
            continue;
        Row row;
        row.kind = Row::Kind::Gap;
        row.key = g.newerKey;
        row.gap = g;
        insertSorted(std::move(row));
    }
}

void StatusListModel::onLoaderFinished(const QString &timeline, bool ok, const QString &error)
{
    if (timeline != m_timeline)
        return;
    const bool olderDone = std::exchange(m_olderInFlight, false);
    if (!m_gapLoadingKey.isEmpty()) {
        m_gapLoadingKey.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).kind == Row::Kind::Gap)
                rowChanged(i);
        }
    }
    setLoading(m_loader && m_loader->isLoading(m_timeline));
    if (!ok) {
        setError(error.isEmpty() ? tr("The timeline could not be loaded.") : error);
        if (olderDone)
            m_olderEnd = true; // until refresh(): no endless retries from the view
    } else {
        setError({});
        if (olderDone && m_insertedDuringOlder == 0)
            m_olderEnd = true;
    }
}

int StatusListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size() + m_rows.size());
}

bool StatusListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_cache || !m_started || m_inReset || m_changing > 0)
        return false;
    if (!m_exhausted)
        return true;
    // Past the cache: the server, unless the bounded cache could not keep what it sends.
    return pagesFromNetwork() && !m_olderEnd && !m_olderInFlight &&
           !m_loader->isLoading(m_timeline) && !m_cache->reachedOldest(m_timeline) &&
           m_cache->itemCount(m_timeline) < m_cache->maxItemsPerTimeline();
}

void StatusListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_exhausted) {
        int items = 0;
        appendRows(readPage(m_bottomKey, pageSize(), &items));
        return;
    }
    if (m_loader->fetchOlder(m_timeline)) {
        m_olderInFlight = true;
        m_insertedDuringOlder = 0;
        setLoading(true);
    }
}

void StatusListModel::refresh()
{
    m_olderEnd = false;
    setError({});
    if (!m_started) {
        start();
        return;
    }
    if (startNetwork())
        setLoading(true);
}

void StatusListModel::fillGap(int row, bool fromBottom)
{
    if (row < firstTimelineRow() || row >= rowCount() || !m_loader)
        return;
    const Row &r = rowAt(row);
    if (r.kind != Row::Kind::Gap)
        return;
    const auto end =
        fromBottom ? cache::TimelineLoader::GapEnd::Bottom : cache::TimelineLoader::GapEnd::Top;
    if (!m_loader->fillGap(r.gap, end))
        return;
    m_gapLoadingKey = r.key;
    rowChanged(row - firstTimelineRow());
    setLoading(true);
}

void StatusListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void StatusListModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace tusk::models
