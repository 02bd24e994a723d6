#include "session/markersync.h"

#include "api/apiclient.h"
#include "api/requests/markers.h"
#include "cache/sortkey.h"
#include "cache/timelinecache.h"
#include "session/logging.h"

namespace tusk::session {

MarkerSync::MarkerSync(api::ApiClient *api, cache::TimelineCache *cache, QObject *parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        collectFromCache();
        push();
    });
    connect(&m_tick, &QTimer::timeout, this, [this] {
        collectFromCache();
        if (!m_wanted.isEmpty())
            schedule();
    });
}

void MarkerSync::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_tick.isActive())
        m_tick.start(m_interval);
}

void MarkerSync::start()
{
    fetch();
    m_tick.start(m_interval);
}

void MarkerSync::stop()
{
    m_tick.stop();
    flush();
}

QStringList MarkerSync::timelines()
{
    return {QStringLiteral("home"), QStringLiteral("notifications")};
}

void MarkerSync::fetch()
{
    if (!m_api)
        return;
    m_api->call(api::requests::GetMarkers{}, this, [this](api::ApiResult<Markers> r) {
        if (r)
            store(r.value());
        else
            qCInfo(lcSession) << "markers fetch failed" << r.httpStatus();
        emit fetched();
    });
}

std::optional<Marker> MarkerSync::serverMarker(const QString &timeline) const
{
    const auto it = m_server.constFind(timeline);
    if (it == m_server.cend())
        return std::nullopt;
    return *it;
}

void MarkerSync::store(const Markers &markers)
{
    for (auto it = markers.markers.cbegin(); it != markers.markers.cend(); ++it) {
        m_server.insert(it.key(), it.value());
        // Another client read further: nothing of ours older than that is worth sending.
        const QString wanted = m_wanted.value(it.key());
        if (!wanted.isEmpty() && cache::compareIds(wanted, it->lastReadId) <= 0)
            m_wanted.remove(it.key());
    }
}

void MarkerSync::noteRead(const QString &timeline, const QString &itemId)
{
    if (!timelines().contains(timeline) || itemId.isEmpty() || itemId.startsWith(u"local:"))
        return;
    const QString current = m_wanted.value(timeline, m_server.value(timeline).lastReadId);
    if (!current.isEmpty() && cache::compareIds(itemId, current) <= 0)
        return;
    m_wanted.insert(timeline, itemId);
    schedule();
}

void MarkerSync::collectFromCache()
{
    if (!m_cache)
        return;
    for (const QString &timeline : timelines()) {
        if (const auto pos = m_cache->position(timeline)) {
            const QString current = m_wanted.value(timeline, m_server.value(timeline).lastReadId);
            if (!pos->itemId.isEmpty() &&
                (current.isEmpty() || cache::compareIds(pos->itemId, current) > 0))
                m_wanted.insert(timeline, pos->itemId);
        }
    }
}

void MarkerSync::schedule()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    const auto since = std::chrono::milliseconds(
        m_sinceLastPush.isValid() ? m_sinceLastPush.elapsed() : m_interval.count());
    if (since >= m_interval) {
        push(); // leading edge
    } else if (!m_timer.isActive()) {
        m_timer.start(m_interval - since); // trailing edge
    }
}

void MarkerSync::flush()
{
    collectFromCache();
    m_timer.stop();
    push();
}

void MarkerSync::push()
{
    if (m_wanted.isEmpty() || !m_api)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    api::requests::SaveMarkers request;
    request.homeLastReadId = m_wanted.value(QStringLiteral("home"));
    request.notificationsLastReadId = m_wanted.value(QStringLiteral("notifications"));
    const QHash<QString, QString> sent = m_wanted;
    m_inFlight = true;
    m_sinceLastPush.start();
    ++m_pushes;
    m_api->call(request, this, [this, sent](api::ApiResult<Markers> r) {
        m_inFlight = false;
        if (r) {
            for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
                if (m_wanted.value(it.key()) == it.value())
                    m_wanted.remove(it.key());
            }
            store(r.value());
        } else {
            // Kept in m_wanted: the next change, tick or flush sends it again.
            qCInfo(lcSession) << "markers push failed" << r.httpStatus();
        }
        emit pushed(r.ok());
        if (std::exchange(m_again, false) && !m_wanted.isEmpty())
            schedule();
    });
}

} // namespace tusk::session
