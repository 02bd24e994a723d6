#pragma once
// Reading positions of "home" and "notifications" shared with the user's other clients through
// /api/v1/markers, paced like Mastodon's web UI: a change is pushed at once if nothing was pushed
// in the last interval (default 5 minutes), else at the end of that interval; flush() (stop, quit)
// pushes whatever is left. Markers only move forward (a newer id), as on the web.
//
// Positions come from noteRead() and, for callers that only write TimelineCache::savePosition(),
// from the cache's stored reading positions, read whenever a push is due.
#include "core/entities/usersettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace tusk::api {
class ApiClient;
}
namespace tusk::cache {
class TimelineCache;
}

namespace tusk::session {

class MarkerSync : public QObject {
    Q_OBJECT
public:
    MarkerSync(api::ApiClient *api, cache::TimelineCache *cache, QObject *parent = nullptr);

    static QStringList timelines(); // home, notifications

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_interval; }

    // Fetches the server's markers and checks the cache's positions every interval.
    void start();
    // Stops the checks and pushes what is left.
    void stop();
    // GET the server's markers.
    void fetch();
    // The server's marker for `timeline` as last fetched or pushed.
    std::optional<Marker> serverMarker(const QString &timeline) const;
    // The newest item the user has read in `timeline`.
    void noteRead(const QString &timeline, const QString &itemId);
    // Push anything not yet pushed, now (stop, quit).
    void flush();
    int pushCount() const { return m_pushes; }
    bool isPushing() const { return m_inFlight; }

Q_SIGNALS:
    void fetched();
    void pushed(bool ok);

private:
    void collectFromCache();
    void schedule();
    void push();
    void store(const Markers &markers);

    QPointer<api::ApiClient> m_api;
    QPointer<cache::TimelineCache> m_cache;
    std::chrono::milliseconds m_interval{5 * 60'000};
    QHash<QString, Marker> m_server;  // what the server has
    QHash<QString, QString> m_wanted; // newer ids to push
    QElapsedTimer m_sinceLastPush;
    QTimer m_timer; // trailing edge of the debounce
    QTimer m_tick;  // picks up positions written straight into the cache
    bool m_inFlight = false;
    bool m_again = false;
    int m_pushes = 0;
};

} // namespace tusk::session
