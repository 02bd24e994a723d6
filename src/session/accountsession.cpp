#include "session/accountsession.h"

#include "api/apiclient.h"
#include "api/capabilities.h"
#include "cache/actionqueue.h"
#include "cache/database.h"
#include "cache/queuerunner.h"
#include "cache/timelineloader.h"
#include "session/logging.h"
#include "session/markersync.h"
#include "session/streamsync.h"
#include "session/timelinestreams.h"
#include "streaming/streamingclient.h"

namespace tusk::session {

AccountSession::AccountSession(const auth::AccountRecord &record, QString accessToken,
                               QNetworkAccessManager *nam, QString cacheDir, QObject *parent)
    : QObject(parent), m_record(record), m_cacheDir(std::move(cacheDir)),
      m_db(std::make_unique<cache::Database>())
{
    m_api = new api::ApiClient(nam, record.instanceUrl, this);
    m_api->setAccessToken(accessToken);
    if (!m_db->open(cachePath(), &m_cacheError))
        qCWarning(lcSession) << "cache unavailable:" << m_cacheError;
    m_cache = new cache::TimelineCache(m_db.get(), this);
    m_loader = new cache::TimelineLoader(m_api, m_cache, this);
    m_actions = new cache::ActionQueue(m_db.get(), this);
    m_runner = new cache::QueueRunner(m_actions, m_api, m_cache, this);
    m_streaming = new streaming::StreamingClient(this);
    m_streaming->setInstanceUrl(record.instanceUrl);
    m_streaming->setAccessToken(accessToken);
    m_sync = new StreamSync(m_streaming, m_cache, m_loader, m_api, this);
    m_markers = new MarkerSync(m_api, m_cache, this);

    connect(m_api, &api::ApiClient::authenticationFailed, this,
            [this](const api::ApiError &e) { emit authenticationRequired(e.message); });
    connect(m_streaming, &streaming::StreamingClient::authenticationFailed, this, [this] {
        emit authenticationRequired(tr("The server no longer accepts this account's login."));
    });
    connect(m_runner, &cache::QueueRunner::authenticationRequired, this,
            &AccountSession::authenticationRequired);
    connect(m_cache, &cache::TimelineCache::failed, this, &AccountSession::error);
    connect(m_sync, &StreamSync::error, this, &AccountSession::error);
    connect(m_sync, &StreamSync::filtersChanged, this, &AccountSession::filtersChanged);
    // Whoever queues an action expects it sent: wake an idle runner (start() is cheap and leaves
    // a runner that is sending or backing off alone).
    connect(m_actions, &cache::ActionQueue::actionChanged, m_runner, [this] {
        if (m_started && m_runner->state() == cache::QueueRunner::State::Idle)
            m_runner->start();
    });
    // A working connection means the network is back: send the queue now, not after back-off.
    connect(m_streaming, &streaming::StreamingClient::reconnected, m_runner, [this] {
        if (m_started)
            m_runner->kick();
    });
    // Started while the server was away: learn what it can do once it answers.
    connect(m_streaming, &streaming::StreamingClient::reconnected, this, [this] {
        if (!m_capabilities)
            fetchCapabilities();
    });
}

AccountSession::~AccountSession()
{
    stop();
    // Children use the database; delete them before it goes.
    delete m_markers;
    delete m_sync;
    delete m_streaming;
    delete m_runner;
    delete m_loader;
    delete m_actions;
    delete m_cache;
    m_db.reset();
}

QString AccountSession::cachePath() const
{
    return cache::Database::pathForAccount(m_record.key, m_cacheDir);
}

bool AccountSession::isCacheOpen() const
{
    return m_db && m_db->isOpen();
}

const QList<Filter> &AccountSession::filters() const
{
    return m_sync->filters();
}

void AccountSession::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_cacheError.isEmpty())
        emit error(m_cacheError);
    m_runner->start();
    m_sync->refreshFilters();
    m_markers->start();
    startStreaming();
    emit startedChanged();
}

void AccountSession::startStreaming()
{
    // Servers may stream from another host (Mastodon's urls.streaming): ask once, and stream
    // from the instance itself if the answer does not come.
    if (m_capabilitiesFetched) {
        if (m_capabilities)
            m_streaming->configure(m_record.instanceUrl, *m_capabilities);
        m_streaming->start();
        return;
    }
    m_streamingWaits = true;
    fetchCapabilities();
}

void AccountSession::fetchCapabilities()
{
    if (m_capabilities || m_capabilitiesInFlight)
        return;
    m_capabilitiesInFlight = true;
    api::Capabilities::fetch(
        m_api, this, [this](api::ApiResult<api::Capabilities> r) { onCapabilities(std::move(r)); });
}

void AccountSession::onCapabilities(api::ApiResult<api::Capabilities> r)
{
    m_capabilitiesInFlight = false;
    m_capabilitiesFetched = true;
    if (r) {
        m_capabilities = std::make_unique<api::Capabilities>(r.value());
        m_loader->setGroupedNotifications(m_capabilities->groupedNotifications);
        qCDebug(lcSession) << "server" << m_capabilities->softwareName
                           << "grouped notifications:" << m_capabilities->groupedNotifications;
    }
    if (std::exchange(m_streamingWaits, false) && m_started) {
        if (m_capabilities)
            m_streaming->configure(m_record.instanceUrl, *m_capabilities);
        m_streaming->start();
    }
    emit capabilitiesChanged();
}

void AccountSession::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_streamingWaits = false;
    m_streaming->stop();
    m_runner->stop();
    m_markers->stop();
    emit startedChanged();
    if (m_markers->isPushing()) {
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_markers, &MarkerSync::pushed, this, [this, once] {
            disconnect(*once);
            emit stopped();
        });
    } else {
        emit stopped();
    }
}

void AccountSession::openTimeline(const QString &name)
{
    if (name.isEmpty())
        return;
    if (m_open[name]++ > 0)
        return;
    if (const auto ref = streamForTimeline(name))
        m_streaming->subscribe(ref->stream, ref->param);
    m_sync->attach(name);
}

void AccountSession::closeTimeline(const QString &name)
{
    auto it = m_open.find(name);
    if (it == m_open.end())
        return;
    if (--*it > 0)
        return;
    m_open.erase(it);
    m_sync->detach(name);
    if (const auto ref = streamForTimeline(name))
        m_streaming->unsubscribe(ref->stream, ref->param);
}

void AccountSession::savePosition(const QString &timeline, const cache::ReadingPosition &position)
{
    m_cache->savePosition(timeline, position);
    m_markers->noteRead(timeline, position.itemId);
}

} // namespace tusk::session
