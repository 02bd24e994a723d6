#pragma once
// One logged-in account, wired together: the ApiClient, the account's cache database with its
// TimelineCache, TimelineLoader, ActionQueue and QueueRunner, one StreamingClient (a multiplexed
// WebSocket, SSE where refused), the stream → cache consumer (StreamSync) and markers sync.
// Models and the CLI get everything from here.
//
//   AccountSession s(record, token, nam, {});      // cacheDir {}: the app's data location
//   s.start();                                      // streaming + queue + filters + markers
//   s.openTimeline("home");                         // subscribe + REST catch-up, ref-counted
//   ... s.cache()->rows("home", 40) ...
//   s.closeTimeline("home");
//
// The cache file is Database::pathForAccount(record.key, cacheDir): the app and tuskline-cli pass
// the same cacheDir (empty: <AppDataLocation>), so they share it.
#include "auth/accountstore.h"
#include "cache/timelinecache.h"
#include "core/entities/filter.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace tusk::api {
class ApiClient;
struct Capabilities;
template <typename T> class ApiResult;
} // namespace tusk::api
namespace tusk::cache {
class Database;
class TimelineLoader;
class ActionQueue;
class QueueRunner;
} // namespace tusk::cache
namespace tusk::streaming {
class StreamingClient;
}

namespace tusk::session {

class StreamSync;
class MarkerSync;

class AccountSession : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString accountKey READ accountKey CONSTANT)
    Q_PROPERTY(QString ownAccountId READ ownAccountId CONSTANT)
    Q_PROPERTY(bool started READ isStarted NOTIFY startedChanged)
public:
    AccountSession(const auth::AccountRecord &record, QString accessToken,
                   QNetworkAccessManager *nam, QString cacheDir, QObject *parent = nullptr);
    ~AccountSession() override;

    api::ApiClient *api() const { return m_api; }
    cache::TimelineCache *cache() const { return m_cache; }
    cache::TimelineLoader *loader() const { return m_loader; }
    cache::ActionQueue *actions() const { return m_actions; }
    cache::QueueRunner *runner() const { return m_runner; }
    streaming::StreamingClient *streaming() const { return m_streaming; }
    StreamSync *streamSync() const { return m_sync; }
    MarkerSync *markers() const { return m_markers; }

    QString accountKey() const { return m_record.key; }
    QString ownAccountId() const { return m_record.accountId; }
    const auth::AccountRecord &record() const { return m_record; }
    // The cache file, and whether it could be opened (else cacheError() says why and the
    // session works without storing anything).
    QString cachePath() const;
    bool isCacheOpen() const;
    QString cacheError() const { return m_cacheError; }

    // Starts streaming (after looking up the server's streaming URL), the action queue, filters
    // and markers. stop() ends them and pushes unsent markers; both are cheap to repeat.
    // `stopped` follows once that push is answered (at once if there was none): on quit, keep
    // the event loop running until then (with a timeout) so the server learns the positions.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    bool isStarted() const { return m_started; }

    // Reference-counted per name ("home", "notifications", "local", "federated", "tag:X",
    // "list:ID", "direct", or any cached timeline without a stream). The first open subscribes
    // the matching stream; every (re)connection then catches it up over REST.
    Q_INVOKABLE void openTimeline(const QString &name);
    Q_INVOKABLE void closeTimeline(const QString &name);
    int openCount(const QString &name) const { return m_open.value(name); }
    QStringList openTimelines() const { return m_open.keys(); }

    // What the server can do (instance v2/v1, NodeInfo), fetched once per session by start() or
    // by the first fetchCapabilities(); capabilitiesChanged() follows either way (a failed
    // fetch leaves capabilities() null and may be retried). Sets the loader's grouped
    // notifications (v2) when the server has them.
    const api::Capabilities *capabilities() const { return m_capabilities.get(); }
    bool capabilitiesFetched() const { return m_capabilitiesFetched; }
    void fetchCapabilities();

    // Filters v2 as last fetched (refetched on filters_changed).
    const QList<Filter> &filters() const;
    // Writes the reading position and feeds the markers sync for home and notifications.
    void savePosition(const QString &timeline, const cache::ReadingPosition &position);

Q_SIGNALS:
    // For people: the cache could not be opened, a catch-up failed, ...
    void error(const QString &message);
    // The server refused the token (REST, streaming or the queue); needs a new login.
    void authenticationRequired(const QString &message);
    void startedChanged();
    void stopped();
    void filtersChanged();
    void capabilitiesChanged();

private:
    void startStreaming();
    void onCapabilities(api::ApiResult<api::Capabilities> result);

    auth::AccountRecord m_record;
    QString m_cacheDir;
    QString m_cacheError;
    std::unique_ptr<cache::Database> m_db;
    api::ApiClient *m_api = nullptr;
    cache::TimelineCache *m_cache = nullptr;
    cache::TimelineLoader *m_loader = nullptr;
    cache::ActionQueue *m_actions = nullptr;
    cache::QueueRunner *m_runner = nullptr;
    streaming::StreamingClient *m_streaming = nullptr;
    StreamSync *m_sync = nullptr;
    MarkerSync *m_markers = nullptr;
    QHash<QString, int> m_open;
    bool m_started = false;
    std::unique_ptr<api::Capabilities> m_capabilities;
    bool m_capabilitiesFetched = false; // an answer (or a failure) came
    bool m_capabilitiesInFlight = false;
    bool m_streamingWaits = false; // start() is waiting for the capabilities to stream
};

} // namespace tusk::session
