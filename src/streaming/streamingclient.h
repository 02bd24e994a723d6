#pragma once
// Live updates for one account: one multiplexed WebSocket to /api/v1/streaming, or, when a
// server refuses the WebSocket upgrade, one Server-Sent Events connection per stream.
//
// State machine (state(), stateChanged):
//
//   Disconnected --start()--> Connecting --socket up--> Connected
//        ^                       |   ^                     |
//        | stop() from any state |   | timer fires         | dropped / error / watchdog /
//        |                       v   |                     | wall-clock jump (sleep)
//        |                     Backoff <-------------------+
//        |                       ^   |
//        |     offline (from any |   | online again: reconnect at once
//        |     running state)    v   v
//        +------------------- WaitingForNetwork
//
// - Connecting: a WebSocket handshake (or the SSE requests) is in flight. A refused upgrade
//   (HTTP 4xx other than 401/403) switches the transport to SSE for the rest of the session and
//   connects again at once; 401/403 on the upgrade, an in-band 401 or an SSE 401 stops
//   (Disconnected, authenticationFailed), since retrying a bad token only spins. Over SSE, a 4xx
//   on one stream drops that stream only (serverError). The transport choice sticks until
//   setTransport() changes it.
// - Connected: subscriptions are (re)sent, `reconnected(streams)` is emitted and the catch-up
//   handler is called for every stream. A connection that stays up for stableAfter() resets the
//   back-off.
// - Backoff: waits a full-jitter exponential delay (Backoff) before Connecting again.
// - WaitingForNetwork: the system reports no network; nothing is attempted until it returns.
//
// Liveness: Mastodon pings every 30 s (SSE: a ":thump" comment every 15 s) and we ping too; any
// frame, pong or byte counts. Nothing for heartbeatTimeout() (default 2 × 30 s) means the
// connection is dead even if the socket says otherwise (sleep, network change, NAT drop): it is
// aborted and reconnected. The same tick compares wall-clock and monotonic time: a jump means
// the machine slept, so the connection is replaced at once rather than trusted.
//
// Streams are named as Mastodon names them ("user", "user:notification", "public:local",
// "hashtag", "list", ...) plus a parameter for hashtag (tag) and list (id). streamKey() turns a
// pair into the key used in signals and queries: "user", "hashtag/rust", "list/42".
#include "core/entities/notification.h"
#include "core/entities/status.h"
#include "streaming/backoff.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QWebSocket;

namespace tusk::api {
struct Capabilities;
}

namespace tusk::streaming {

class SseConnection;
struct SseEvent;

class StreamingClient : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Backoff, WaitingForNetwork };
    Q_ENUM(State)
    enum class Transport { WebSocket, ServerSentEvents };
    Q_ENUM(Transport)

    explicit StreamingClient(QObject *parent = nullptr);
    ~StreamingClient() override;

    // Where to connect: the capabilities' streaming URL, else the instance URL.
    void setInstanceUrl(const QUrl &instanceUrl);
    void setStreamingUrl(const QUrl &streamingUrl);
    void configure(const QUrl &instanceUrl, const api::Capabilities &capabilities);
    QUrl baseUrl() const;
    // Sent only as `Authorization: Bearer`; never logged, never in a URL.
    void setAccessToken(const QString &token) { m_token = token; }

    // Connect and stay connected until stop(). Subscriptions may be made before or after.
    void start();
    void stop();
    State state() const { return m_state; }
    Transport transport() const { return m_transport; }
    // Force a transport (tests; servers known to lack WebSocket). start() begins with it.
    void setTransport(Transport transport) { m_transport = transport; }

    static QString streamKey(const QString &stream, const QString &param = {});
    // Reference-counted: a view subscribes when it opens and unsubscribes when it closes; the
    // server hears about the first subscribe and the last unsubscribe only.
    void subscribe(const QString &stream, const QString &param = {});
    void unsubscribe(const QString &stream, const QString &param = {});
    QStringList subscriptions() const { return m_subs.keys(); }
    int subscriberCount(const QString &key) const;

    // The newest status id seen on a stream (Mastodon order: longer is newer, then lexical);
    // the cache may seed it with the newest id it holds.
    QString newestStatusId(const QString &key) const { return m_newest.value(key); }
    void seedNewestStatusId(const QString &key, const QString &id);
    // Called per subscribed stream after every connection (the first included: what was painted
    // from disk may be old) with that stream's newest known id, so the owner can fill the gap
    // over REST. Independent of any cache type.
    using CatchUpHandler = std::function<void(const QString &key, const QString &newestId)>;
    void setCatchUpHandler(CatchUpHandler handler) { m_catchUp = std::move(handler); }

    // Tuning (defaults suit real servers; tests shorten them).
    void setHeartbeatInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds heartbeatInterval() const { return m_heartbeatInterval; }
    std::chrono::milliseconds heartbeatTimeout() const { return 2 * m_heartbeatInterval; }
    void setStableAfter(std::chrono::milliseconds d) { m_stableAfter = d; }
    std::chrono::milliseconds stableAfter() const { return m_stableAfter; }
    Backoff &backoff() { return m_backoff; }
    // Wall-clock source for sleep detection (tests move it to simulate a suspend).
    void setWallClock(std::function<qint64()> msSinceEpoch)
    {
        m_wallClock = std::move(msSinceEpoch);
    }
    // Follow QNetworkInformation's reachability where a backend exists (on by default).
    void setUseSystemReachability(bool use);
    bool isOnline() const { return m_online; }
    int connectionCount() const { return m_connections; }

public Q_SLOTS:
    // Reachability from any source (QNetworkInformation, the app, a test).
    void setOnline(bool online);

Q_SIGNALS:
    void stateChanged(tusk::streaming::StreamingClient::State state);
    void transportChanged(tusk::streaming::StreamingClient::Transport transport);
    void statusReceived(const QString &streamKey, const tusk::Status &status);
    void statusUpdated(const QString &streamKey, const tusk::Status &status);
    void statusDeleted(const QString &streamKey, const QString &statusId);
    void notificationReceived(const QString &streamKey, const tusk::Notification &notification);
    void conversationReceived(const QString &streamKey, const tusk::Conversation &conversation);
    void filtersChanged();
    // Events without a typed signal (announcements, notifications_merged, future ones).
    void otherEvent(const QString &streamKey, const QString &event, const QString &payload);
    // After every connection: the streams now subscribed (see setCatchUpHandler).
    void reconnected(const QStringList &streams);
    // In-band errors ({"error":..., "status":...}) and undecodable payloads.
    void serverError(const QString &message, int status);
    // The server rejected the token (401/403); the client stopped.
    void authenticationFailed();

private:
    struct Subscription {
        QString stream;
        QString param;
        int refs = 0;
    };

    void hookSystemReachability();
    void setState(State state);
    void connectNow();
    void openWebSocket();
    void openSse(const QString &key);
    void closeTransport();
    void onConnected();
    void connectionLost(const QString &why);
    void scheduleReconnect();
    void handleRefusal(int httpStatus, const QString &error);
    void sendFrame(bool subscribe, const Subscription &sub);
    void onSocketText(const QString &text);
    void onSseEvent(const QString &key, const SseEvent &event);
    void dispatch(const QString &key, const QString &event, const QString &payload);
    void noteActivity();
    void tick();
    QString keyForStream(const QStringList &stream) const;

    QUrl m_instanceUrl;
    QUrl m_streamingUrl;
    QString m_token;
    State m_state = State::Disconnected;
    Transport m_transport = Transport::WebSocket;
    QMap<QString, Subscription> m_subs;
    QHash<QString, QString> m_newest;
    CatchUpHandler m_catchUp;

    QNetworkAccessManager *m_nam = nullptr; // ours: streams must not take the REST pool's slots
    QWebSocket *m_socket = nullptr;
    QHash<QString, SseConnection *> m_sse;

    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_stableTimer;
    QTimer m_tickTimer;
    std::chrono::milliseconds m_heartbeatInterval{30'000};
    std::chrono::milliseconds m_stableAfter{60'000};
    QElapsedTimer m_sinceActivity;
    QElapsedTimer m_sincePing;
    QElapsedTimer m_monotonic;
    qint64 m_lastTickWall = 0;
    qint64 m_lastTickMono = 0;
    std::function<qint64()> m_wallClock;
    bool m_online = true;
    bool m_useSystemReachability = true;
    bool m_reachabilityHooked = false;
    int m_connections = 0;
};

} // namespace tusk::streaming
