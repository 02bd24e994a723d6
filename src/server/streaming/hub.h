#pragma once
// Live events for connected clients (Server-Sent Events so far; WebSocket later on the same hub).
// Requests only record what changed (Store::events); after a request succeeds the server hands
// those to the hub, which renders each event for each subscriber as that subscriber may see it.
#include "server/http/response.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

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
    int subscriberCount() const { return int(m_subs.size()); }

    void statusCreated(qint64 statusId);
    void statusDeleted(qint64 statusId);
    void notificationCreated(qint64 notificationId);
    void closeAll();

private:
    struct Subscriber {
        StreamSink *sink;
        qint64 accountId;
        QStringList streams;
    };
    static QByteArray sseEvent(const char *event, const QByteArray &data);

    ServerCore &m_core;
    QList<Subscriber> m_subs;
    QTimer m_heartbeat;
};

} // namespace tusk::server
