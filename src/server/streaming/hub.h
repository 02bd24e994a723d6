#pragma once
// Live events for connected clients, over Server-Sent Events and the WebSocket multiplexer.
// Requests only record what changed (Store::events); after a request succeeds the server hands
// those to the hub, which renders each event for each subscriber as that subscriber may see it.
#include "server/auth/scopes.h"
#include "server/http/response.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace tusk::server {

struct ServerCore;

class StreamingHub : public QObject {
public:
    explicit StreamingHub(ServerCore &core, int heartbeatMs = 15'000);
    ~StreamingHub() override;

    // `streams` are keys such as "user:<account id>", "user:notification:<id>", "public",
    // "public:local", "hashtag:<tag>", "hashtag:local:<tag>" (tags lower-case). The subscription
    // ends when the sink closes.
    void addSse(StreamSink *sink, qint64 accountId, const QStringList &streams);
    // GET /api/v1/streaming upgraded: authenticates from the Authorization header or the
    // access_token query item, subscribes to ?stream=, then follows subscribe/unsubscribe frames.
    void addWebSocket(std::unique_ptr<QWebSocket> socket);
    int subscriberCount() const { return int(m_subs.size()); }

    void statusCreated(qint64 statusId);
    // An edit (or poll change): `status.update` to every stream that shows the status.
    void statusUpdated(qint64 statusId);
    void statusDeleted(qint64 statusId);
    void notificationCreated(qint64 notificationId);
    // streaming/hubsocial.cpp: `conversation` events on the `direct` stream of everyone a new
    // direct status was filed for, and `filters_changed` on the account's `user` streams.
    void conversationsUpdated(qint64 statusId);
    void filtersChanged(qint64 accountId);
    void closeAll();

private:
    struct Subscriber {
        StreamSink *sink = nullptr; // SSE
        QWebSocket *ws = nullptr;   // or WebSocket
        qint64 accountId = 0;
        Scopes scopes;
        QStringList streams;
    };
    Subscriber *find(QWebSocket *ws);
    void remove(QObject *transport);
    void onFrame(QWebSocket *ws, const QString &text);
    // Mastodon stream name (+ tag) → hub key, checking the scope; empty + error when refused.
    QString keyFor(const Subscriber &s, const QString &stream, const QString &tag, QString *error,
                   int *status) const;
    void deliver(const Subscriber &s, const QString &key, const char *event,
                 const QByteArray &payload);
    static void sendError(QWebSocket *ws, const QString &error, int status);
    // update / status.update: to the streams the status belongs to, rendered per viewer, never
    // to viewers who blocked or muted its author (or are blocked by them).
    void broadcastStatus(qint64 statusId, const char *event);

    ServerCore &m_core;
    QList<Subscriber> m_subs;
    QTimer m_heartbeat;
    int m_beats = 0;
};

struct StatusRow;
// streaming/hubsocial.cpp: the `list:<id>` keys a new status is shown under, and the key of a
// `list` subscription (empty, with error and status, unless the list is the subscriber's).
QSet<QString> socialStreamKeys(ServerCore &core, const StatusRow &row);
QString socialListKey(ServerCore &core, qint64 accountId, const QString &listId, QString *error,
                      int *status);

} // namespace tusk::server
