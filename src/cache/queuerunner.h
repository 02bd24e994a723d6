#pragma once
#include "api/apierror.h"
#include "cache/actionqueue.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace tusk::api {
class ApiClient;
}

namespace tusk::cache {

class TimelineCache;

// Sends an ActionQueue to the server, one action at a time in queue order, following the state
// machine documented in actionqueue.h. A transient failure (network, timeout, 5xx, 429) puts the
// head back with an exponential back-off and the queue waits (order is kept); a 401 pauses the
// runner until resume(); other 4xx mark the action Failed and the runner moves on (actions that
// refer to a failed post through "local:<seq>" fail with it). Answers are written into the
// TimelineCache, if one is given, so the UI shows the server's state afterwards.
class QueueRunner : public QObject {
    Q_OBJECT
public:
    enum class State {
        Stopped,
        Idle,       // nothing to send
        Sending,    // a request is in flight
        Waiting,    // backing off after a transient failure
        AuthPaused, // the server refused the token: needs a new login, then resume()
    };
    Q_ENUM(State)

    QueueRunner(ActionQueue *queue, api::ApiClient *client, TimelineCache *cache = nullptr,
                QObject *parent = nullptr);

    // Back-off after the n-th transient failure: min * 2^(n-1), capped, with ±20% jitter.
    void setBackoff(std::chrono::milliseconds min, std::chrono::milliseconds max);

    void start();  // begins (or continues) sending; cheap to call again
    void stop();   // the request in flight, if any, still completes and is recorded
    void kick();   // network back: retry now instead of after the back-off
    void resume(); // after a new login
    State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(tusk::cache::QueueRunner::State state);
    void authenticationRequired(const QString &message);
    // The server answered for `seq`; the acknowledgement (Done) is written right after. The
    // window in which a crash leaves the action in Sending.
    void aboutToAcknowledge(qint64 seq);
    void actionFinished(qint64 seq, bool ok);
    void drained(); // nothing left to send

private:
    void setState(State state);
    void step();
    void schedule(std::chrono::milliseconds delay);
    void dispatch(Action action);
    void uploadNext(Action action);
    void waitForMedia(const Action &action, const QString &mediaId, int polls);
    void sendPost(const Action &action);
    void checkThen(const Action &action);
    void succeed(const Action &action, const QString &resultId);
    void fail(const Action &action, const api::ApiError &error);
    std::chrono::milliseconds backoff(int attempts) const;

    QPointer<ActionQueue> m_queue;
    QPointer<api::ApiClient> m_client;
    QPointer<TimelineCache> m_cache;
    State m_state = State::Stopped;
    bool m_inFlight = false;
    QTimer m_timer;
    std::chrono::milliseconds m_minBackoff{1000};
    std::chrono::milliseconds m_maxBackoff{5 * 60'000};
};

} // namespace tusk::cache
