#include "session/streamsync.h"

#include "api/apiclient.h"
#include "api/requests/filters.h"
#include "cache/notificationgroups.h"
#include "cache/sortkey.h"
#include "cache/timelinecache.h"
#include "session/logging.h"
#include "session/timelinestreams.h"
#include "streaming/streamingclient.h"

#include <algorithm>

namespace tusk::session {

using cache::TimelineCache;
using streaming::StreamingClient;

StreamSync::StreamSync(StreamingClient *client, TimelineCache *cache, cache::TimelineLoader *loader,
                       api::ApiClient *api, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache), m_loader(loader), m_api(api)
{
    // One batch per burst: whatever the socket delivered before the event loop comes back.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &StreamSync::flush);

    connect(client, &StreamingClient::statusReceived, this,
            [this](const QString &key, const Status &s) {
                enqueue({Event::Kind::Update, key, s, {}, {}});
            });
    connect(client, &StreamingClient::statusUpdated, this,
            [this](const QString &key, const Status &s) {
                enqueue({Event::Kind::StatusUpdate, key, s, {}, {}});
            });
    connect(client, &StreamingClient::statusDeleted, this,
            [this](const QString &key, const QString &id) {
                enqueue({Event::Kind::Delete, key, {}, {}, id});
            });
    connect(client, &StreamingClient::notificationReceived, this,
            [this](const QString &key, const Notification &n) {
                enqueue({Event::Kind::Notification, key, {}, n, {}});
            });
    connect(client, &StreamingClient::conversationReceived, this,
            [this](const QString &key, const Conversation &c) {
                if (c.lastStatus)
                    enqueue({Event::Kind::Conversation, key, *c.lastStatus, {}, {}});
            });
    connect(client, &StreamingClient::filtersChanged, this, &StreamSync::refreshFilters);
    // Called for each subscribed stream right after every connection, before any of its events.
    client->setCatchUpHandler([this](const QString &key, const QString &) { catchUp(key); });
    connect(client, &StreamingClient::stateChanged, this, [this](StreamingClient::State s) {
        if (s == StreamingClient::State::Connected)
            return;
        // Whatever arrives next comes over a new connection: nothing is contiguous until the
        // catch-up after it. Events already received belong to the old one; write them now.
        flush();
        for (TimelineState &state : m_timelines)
            state.certain = false;
    });
    connect(loader, &cache::TimelineLoader::finished, this, &StreamSync::onLoaderFinished);
}

StreamSync::~StreamSync()
{
    if (m_client)
        m_client->setCatchUpHandler({});
}

void StreamSync::attach(const QString &timeline)
{
    if (m_timelines.contains(timeline))
        return;
    m_timelines.insert(timeline, TimelineState{});
    seed(timeline);
    // Opening while connected: the stream for it may have just been subscribed, so what is
    // stored is not known to be contiguous with it. Not connected: the connection will ask.
    if (m_client && m_client->state() == StreamingClient::State::Connected)
        startCatchUp(timeline);
}

void StreamSync::detach(const QString &timeline)
{
    flush();
    m_timelines.remove(timeline);
    delete m_retryTimers.take(timeline);
}

bool StreamSync::isCaughtUp(const QString &timeline) const
{
    const auto it = m_timelines.constFind(timeline);
    return it != m_timelines.cend() && it->certain;
}

void StreamSync::catchUp(const QString &streamKey)
{
    flush();
    const QStringList names = m_timelines.keys();
    for (const QString &timeline : names) {
        const auto ref = streamForTimeline(timeline);
        if (ref && (streamKey.isEmpty() || ref->key() == streamKey))
            startCatchUp(timeline);
    }
}

void StreamSync::seed(const QString &timeline)
{
    const auto ref = streamForTimeline(timeline);
    if (!ref || !m_client || !m_cache || takesNotifications(timeline))
        return;
    for (const cache::TimelineRow &row : m_cache->rows(timeline, 1)) {
        if (row.kind == cache::TimelineRow::Kind::Status)
            m_client->seedNewestStatusId(ref->key(), row.id);
    }
}

void StreamSync::startCatchUp(const QString &timeline)
{
    auto it = m_timelines.find(timeline);
    if (it == m_timelines.end() || !m_loader)
        return;
    it->certain = false;
    it->filling = false;
    if (it->fetching)
        it->wanted = true; // the page in flight may predate this connection: ask again after
    else if (m_loader->fetchNewest(timeline))
        it->fetching = true;
    else if (m_loader->isLoading(timeline))
        it->wanted = true; // someone else's page (a model's): ours follows it
    else
        finishCatchUp(timeline, true, {}); // no REST endpoint (direct): trust the stream
}

void StreamSync::onLoaderFinished(const QString &timeline, bool ok, const QString &error)
{
    auto it = m_timelines.find(timeline);
    if (it == m_timelines.end())
        return;
    if (it->fetching) {
        it->fetching = false;
        if (it->wanted) {
            it->wanted = false;
            startCatchUp(timeline);
            return;
        }
        finishCatchUp(timeline, ok, error);
    } else if (it->wanted) {
        it->wanted = false;
        startCatchUp(timeline);
    } else if (it->filling) {
        if (!ok) {
            it->filling = false;
            emit gapsFilled(timeline, false);
            scheduleRetry(timeline);
            return;
        }
        fillNext(timeline);
    }
}

void StreamSync::finishCatchUp(const QString &timeline, bool ok, const QString &message)
{
    auto it = m_timelines.find(timeline);
    if (it == m_timelines.end())
        return;
    flush();
    if (ok) {
        // The page was fetched after the stream was up, so held items continue it.
        releaseHeld(timeline, *it, true);
        it->certain = true;
        it->retries = 0;
        delete m_retryTimers.take(timeline);
        qCDebug(lcSession) << "caught up" << timeline;
        emit catchUpFinished(timeline, true);
        if (m_fillGaps.contains(timeline)) {
            it->filling = true;
            it->fillPages = 0;
            fillNext(timeline);
        }
        return;
    }
    qCInfo(lcSession) << "catch-up of" << timeline << "failed";
    if (!it->held.isEmpty()) {
        releaseHeld(timeline, *it, false);
        it->certain = true; // the held page is the new top; a gap marks what lies below it
    }
    emit catchUpFinished(timeline, false);
    if (!message.isEmpty())
        emit error(message);
    scheduleRetry(timeline);
}

void StreamSync::scheduleRetry(const QString &timeline)
{
    auto it = m_timelines.find(timeline);
    if (it == m_timelines.end() || it->retries >= m_maxRetries)
        return; // the next connection (or a model) tries again
    QTimer *&timer = m_retryTimers[timeline];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timeline] {
            auto it = m_timelines.find(timeline);
            if (it == m_timelines.end() || !m_client ||
                m_client->state() != StreamingClient::State::Connected)
                return; // not connected: the next connection catches up anyway
            if (!it->certain) {
                startCatchUp(timeline);
            } else if (m_fillGaps.contains(timeline) && !it->filling && !it->fetching) {
                // The stream is continuous with the top already (held items went in as a
                // page): a new catch-up would only doubt that. What is left is the gap below.
                it->filling = true;
                it->fillPages = 0;
                fillNext(timeline);
            }
        });
    }
    timer->start(m_retryDelay * (1 << it->retries));
    ++it->retries;
}

void StreamSync::fillNext(const QString &timeline)
{
    auto it = m_timelines.find(timeline);
    if (it == m_timelines.end() || !m_cache || !m_loader)
        return;
    const QList<cache::Gap> gaps = m_cache->gaps(timeline);
    if (gaps.isEmpty() || it->fillPages >= m_maxFillPages) {
        it->filling = false;
        emit gapsFilled(timeline, gaps.isEmpty());
        return;
    }
    ++it->fillPages;
    if (!m_loader->fillGap(gaps.first(), cache::TimelineLoader::GapEnd::Top)) {
        it->filling = false;
        emit gapsFilled(timeline, false);
    }
}

void StreamSync::releaseHeld(const QString &timeline, TimelineState &state, bool contiguous)
{
    if (state.held.isEmpty() || !m_cache)
        return;
    const QList<Event> held = std::exchange(state.held, {});
    TimelineCache::Batch batch(*m_cache);
    if (contiguous) {
        for (const Event &e : held) {
            if (e.kind == Event::Kind::Notification)
                m_cache->addStreamedNotification(timeline, e.notification);
            else
                m_cache->addStreamedStatus(timeline, e.status);
            ++m_applied;
        }
        return;
    }
    // Unknown continuity with what is stored: a page without cursors covering the held items
    // only, so the cache keeps a gap between them and the old top.
    if (takesNotifications(timeline)) {
        QList<Notification> items;
        for (const Event &e : held)
            items.append(e.notification);
        std::sort(items.begin(), items.end(), [](const Notification &a, const Notification &b) {
            return cache::compareIds(a.id, b.id) > 0;
        });
        m_cache->insertNotificationsPage(timeline, items, cache::PageInfo{});
    } else {
        QList<Status> items;
        for (const Event &e : held)
            items.append(e.status);
        std::sort(items.begin(), items.end(), [](const Status &a, const Status &b) {
            return cache::compareIds(a.id, b.id) > 0;
        });
        m_cache->insertPage(timeline, items, cache::PageInfo{});
    }
    m_applied += held.size();
}

void StreamSync::enqueue(Event event)
{
    m_incoming.append(std::move(event));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void StreamSync::flush()
{
    m_flushTimer.stop();
    if (m_incoming.isEmpty() || !m_cache)
        return;
    const QList<Event> events = std::exchange(m_incoming, {});
    TimelineCache::Batch batch(*m_cache);
    for (const Event &e : events)
        apply(e);
}

void StreamSync::apply(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::StatusUpdate:
        m_cache->updateStatus(event.status);
        ++m_applied;
        return;
    case Event::Kind::Delete:
        m_cache->deleteStatus(event.id);
        // Held items of it must not come back after the catch-up.
        for (TimelineState &state : m_timelines) {
            state.held.removeIf([&](const Event &e) {
                return e.status.id == event.id ||
                       (e.status.reblog && e.status.reblog->id == event.id) ||
                       (e.notification.status && e.notification.status->id == event.id);
            });
        }
        ++m_applied;
        return;
    case Event::Kind::Conversation:
        m_cache->updateStatus(event.status);
        break;
    case Event::Kind::Update:
    case Event::Kind::Notification:
        break;
    }
    const bool isNotification = event.kind == Event::Kind::Notification;
    for (auto it = m_timelines.begin(); it != m_timelines.end(); ++it) {
        const auto ref = streamForTimeline(it.key());
        if (!ref || ref->key() != event.streamKey || takesNotifications(it.key()) != isNotification)
            continue;
        // A notifications view filtered by type takes only its types.
        if (isNotification && !cache::notificationsTimelineTakes(it.key(), event.notification.type))
            continue;
        deliver(it.key(), it.value(), event);
    }
}

void StreamSync::deliver(const QString &timeline, TimelineState &state, const Event &event)
{
    if (!state.certain) {
        state.held.append(event);
        // No catch-up coming for now (it failed and waits to retry): write the held items as a
        // page of unknown continuity rather than sit on them.
        if (!state.fetching && !state.wanted) {
            releaseHeld(timeline, state, false);
            state.certain = true;
        }
        return;
    }
    if (event.kind == Event::Kind::Notification)
        m_cache->addStreamedNotification(timeline, event.notification);
    else
        m_cache->addStreamedStatus(timeline, event.status);
    ++m_applied;
}

void StreamSync::refreshFilters()
{
    if (!m_api)
        return;
    m_api->call(api::requests::GetFiltersV2{}, this, [this](api::ApiResult<QList<Filter>> r) {
        if (!r) {
            // Servers without filters v2 (older Mastodon, the bundled server for now): none.
            if (r.httpStatus() == 404) {
                if (!m_filters.isEmpty()) {
                    m_filters.clear();
                    emit filtersChanged();
                }
                return;
            }
            qCInfo(lcSession) << "filters fetch failed" << r.httpStatus();
            return;
        }
        if (r.value() != m_filters) {
            m_filters = std::move(r).value();
            emit filtersChanged();
        }
    });
}

} // namespace tusk::session
