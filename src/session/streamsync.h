#pragma once
// The stream → cache consumer for one account.
//
// Streamed events are queued and written in one TimelineCache::Batch per burst (everything that
// arrived before the event loop came back). `update` goes into the open timelines fed by its
// stream (the user stream's statuses into "home"), `notification` into "notifications",
// `status.update` and `delete` apply everywhere, `conversation` refreshes its last status (and
// the "direct" timeline when open), `filters_changed` refetches filters v2.
//
// Nothing missed, nothing twice: addStreamedStatus() assumes the stream has been continuous
// since the newest stored item, which is only true once a REST catch-up has run after the
// connection came up. So after every (re)connection, and when a timeline is first opened, the
// timeline is "uncertain": its streamed items are held back while TimelineLoader::fetchNewest
// runs. If the page reaches what is stored, the held items are added as streamed; if not, the
// cache records a gap below the page (and for "home" the gap is then filled page by page from
// the top until it closes). If the catch-up fails, held items go in as a page with unknown
// continuity, which leaves a gap instead of a silent hole, and the catch-up is retried.
#include "cache/timelineloader.h"
#include "core/entities/filter.h"
#include "core/entities/notification.h"
#include "core/entities/status.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace tusk::api {
class ApiClient;
}
namespace tusk::cache {
class TimelineCache;
}
namespace tusk::streaming {
class StreamingClient;
}

namespace tusk::session {

class StreamSync : public QObject {
    Q_OBJECT
public:
    StreamSync(streaming::StreamingClient *client, cache::TimelineCache *cache,
               cache::TimelineLoader *loader, api::ApiClient *api, QObject *parent = nullptr);
    ~StreamSync() override;

    // A timeline is being shown (first open) / no longer shown (last close). Subscribing and
    // unsubscribing the stream is the caller's (AccountSession's) business; this only routes.
    void attach(const QString &timeline);
    void detach(const QString &timeline);
    QStringList attached() const { return m_timelines.keys(); }
    // Whether the timeline's stored top is known to be contiguous with the live stream.
    bool isCaughtUp(const QString &timeline) const;
    // Starts a catch-up of every attached timeline fed by `streamKey` (all if empty).
    void catchUp(const QString &streamKey = {});

    // Timelines whose gaps are filled right after a catch-up (default: home).
    void setFillGaps(const QStringList &timelines) { m_fillGaps = timelines; }
    // Upper bound of gap pages fetched per catch-up (keeps a long absence from walking far).
    void setMaxFillPages(int n) { m_maxFillPages = n; }
    // After a failed catch-up or gap fill: retry after d, 2d, 4d, ... at most `max` times (until
    // a catch-up succeeds; every new connection catches up anyway).
    void setRetryDelay(std::chrono::milliseconds d, int max = 5)
    {
        m_retryDelay = d;
        m_maxRetries = max;
    }

    // Filters v2 as last fetched (empty where the server has none).
    const QList<Filter> &filters() const { return m_filters; }
    void refreshFilters();

    // Events written into the cache so far (diagnostics, benchmarks).
    qint64 eventsApplied() const { return m_applied; }

Q_SIGNALS:
    // A timeline's REST catch-up ended (ok: the stream is continuous with what is stored).
    void catchUpFinished(const QString &timeline, bool ok);
    // Gap filling after a catch-up ended (no gap left, page budget spent, or an error).
    void gapsFilled(const QString &timeline, bool ok);
    void filtersChanged();
    // For people: a catch-up or filters fetch failed.
    void error(const QString &message);

private:
    struct Event {
        enum class Kind { Update, StatusUpdate, Delete, Notification, Conversation };
        Kind kind = Kind::Update;
        QString streamKey;
        Status status; // Update, StatusUpdate, Conversation (last status)
        Notification notification;
        QString id; // Delete
    };
    struct TimelineState {
        bool certain = false;  // stored top contiguous with the stream
        bool fetching = false; // our fetchNewest is in flight
        bool wanted = false;   // a catch-up waits for the loader to be free
        bool filling = false;  // filling gaps after a catch-up
        int fillPages = 0;
        int retries = 0; // failed catch-ups / fills in a row, for the retry back-off
        QList<Event> held;
    };

    void enqueue(Event event);
    void flush();
    void apply(const Event &event);
    void deliver(const QString &timeline, TimelineState &state, const Event &event);
    void startCatchUp(const QString &timeline);
    void onLoaderFinished(const QString &timeline, bool ok, const QString &error);
    void finishCatchUp(const QString &timeline, bool ok, const QString &message);
    void releaseHeld(const QString &timeline, TimelineState &state, bool contiguous);
    void fillNext(const QString &timeline);
    void seed(const QString &timeline);
    void scheduleRetry(const QString &timeline);

    QPointer<streaming::StreamingClient> m_client;
    QPointer<cache::TimelineCache> m_cache;
    QPointer<cache::TimelineLoader> m_loader;
    QPointer<api::ApiClient> m_api;
    QHash<QString, TimelineState> m_timelines;
    QList<Event> m_incoming;
    QTimer m_flushTimer;
    QHash<QString, QTimer *> m_retryTimers;
    QStringList m_fillGaps{QStringLiteral("home")};
    int m_maxFillPages = 50;
    std::chrono::milliseconds m_retryDelay{3000};
    int m_maxRetries = 5;
    QList<Filter> m_filters;
    qint64 m_applied = 0;
};

} // namespace tusk::session
