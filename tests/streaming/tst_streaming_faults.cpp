// StreamingClient against servers that misbehave on purpose (fault injection the real bundled
// server cannot do): a WebSocket that goes silent, an upgrade refused in favour of SSE, frames in
// the shapes of Mastodon's documentation and of other servers, the machine sleeping, the network
// going away, a server that is down. The real-server behaviour is in tst_streaming_server.
#include "faultservers.h"
#include "streaming/streamingclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using tusk::streaming::StreamingClient;
using tusk::test::RawHttpServer;
using tusk::test::RawRequest;
using namespace std::chrono_literals;
using State = StreamingClient::State;

namespace {

QByteArray fixture(const QString &name)
{
    const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
    QFile f(QString::fromLocal8Bit(env.isEmpty() ? QByteArray(TUSKLINE_FIXTURES_DIR) : env) +
            QStringLiteral("/mastodon-docs/streaming/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A WebSocket server speaking Mastodon's multiplexed protocol as far as these tests need: it
// records the client's frames and sends whatever frames a test gives it. (Qt answers pings.)
class StandInServer : public QObject {
public:
    StandInServer() : m_server(QStringLiteral("stand-in"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *ws = m_server.nextPendingConnection()) {
                ws->setParent(this);
                sockets << ws;
                authorizations << ws->request().rawHeader("Authorization");
                paths << ws->request().url().path();
                connect(ws, &QWebSocket::textMessageReceived, this,
                        [this](const QString &t) { frames << t; });
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QWebSocket *last() const { return sockets.isEmpty() ? nullptr : sockets.last().data(); }
    void send(const QByteArray &frame)
    {
        QVERIFY(last());
        last()->sendTextMessage(QString::fromUtf8(frame));
    }
    QList<QJsonObject> parsedFrames() const
    {
        QList<QJsonObject> out;
        for (const QString &f : frames)
            out << QJsonDocument::fromJson(f.toUtf8()).object();
        return out;
    }

    QList<QPointer<QWebSocket>> sockets;
    QList<QByteArray> authorizations;
    QStringList paths;
    QStringList frames;

private:
    QWebSocketServer m_server;
};

std::unique_ptr<StreamingClient> makeClient(const QUrl &url)
{
    auto c = std::make_unique<StreamingClient>();
    c->setInstanceUrl(url);
    c->setAccessToken(QStringLiteral("secret-token-123"));
    c->setUseSystemReachability(false);
    c->setHeartbeatInterval(200ms);
    c->backoff().setBase(50ms);
    c->backoff().setCap(200ms);
    return c;
}

QJsonObject frame(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestStreamingFaults : public QObject {
    Q_OBJECT
private slots:
    void silentServerTripsWatchdog();
    void subscribeFramesAndRefCounts();
    void decodesFrames();
    void refusedUpgradeFallsBackToSse();
    void sleepDetectedByWallClockJump();
    void offlineWaitsThenReconnectsAtOnce();
    void serverDownBacksOffWithoutSpinning();
    void stableConnectionResetsBackoff();
    void tokensNeverLogged();
    void systemReachabilityNeverBlocksLoopback();
};

void TestStreamingFaults::silentServerTripsWatchdog()
{
    // Accepts the upgrade, then never sends a byte nor answers a ping: the socket looks fine,
    // the link is dead (a NAT or a laptop lid did it).
    RawHttpServer silent(
        [](QTcpSocket *s, const RawRequest &r) { s->write(tusk::test::webSocketAccept(r)); });
    auto c = makeClient(silent.url());
    QSignalSpy reconnected(c.get(), &StreamingClient::reconnected);
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    QElapsedTimer t;
    t.start();
    QTRY_VERIFY_WITH_TIMEOUT(c->state() != State::Connected, 3000);
    // 2 × the 200 ms heartbeat, give or take a tick; not before.
    QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
    // And it came back by itself, on a new connection.
    QTRY_VERIFY_WITH_TIMEOUT(silent.connections >= 2, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(reconnected.size() >= 2, 3000);
    const RawRequest &r = silent.requests.first();
    QCOMPARE(r.target, QByteArray("/api/v1/streaming"));
    QCOMPARE(r.header("Authorization"), QByteArray("Bearer secret-token-123"));
}

void TestStreamingFaults::subscribeFramesAndRefCounts()
{
    StandInServer server;
    auto c = makeClient(server.url());
    c->subscribe("user");
    c->subscribe("hashtag", "#Rust");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 2, 3000);
    QCOMPARE(server.paths.first(), QStringLiteral("/api/v1/streaming"));
    QCOMPARE(server.authorizations.first(), QByteArray("Bearer secret-token-123"));
    QCOMPARE(server.parsedFrames(),
             (QList<QJsonObject>{frame(R"({"type":"subscribe","stream":"hashtag","tag":"rust"})"),
                                 frame(R"({"type":"subscribe","stream":"user"})")}));
    // A second view of the same tag: nothing on the wire; the last one closing: unsubscribe.
    c->subscribe("hashtag", "rust");
    c->unsubscribe("hashtag", "RUST");
    c->subscribe("list", "42");
    c->unsubscribe("hashtag", "rust");
    c->unsubscribe("user", {}); // still held by nobody else
    c->unsubscribe("user", {}); // one too many: ignored
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 5, 3000);
    QCOMPARE(server.parsedFrames().mid(2),
             (QList<QJsonObject>{frame(R"({"type":"subscribe","stream":"list","list":"42"})"),
                                 frame(R"({"type":"unsubscribe","stream":"hashtag","tag":"rust"})"),
                                 frame(R"({"type":"unsubscribe","stream":"user"})")}));
    QCOMPARE(c->subscriptions(), QStringList{"list/42"});

    // After the server drops us, the reconnect resubscribes what is open now, and only that.
    server.last()->close();
    QTRY_COMPARE_WITH_TIMEOUT(server.sockets.size(), 2, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 6, 3000);
    QCOMPARE(server.parsedFrames().last(),
             frame(R"({"type":"subscribe","stream":"list","list":"42"})"));
}

void TestStreamingFaults::decodesFrames()
{
    StandInServer server;
    auto c = makeClient(server.url());
    QList<QPair<QString, QString>> statuses, updated, deleted, other;
    QList<QPair<QString, int>> errors;
    int filters = 0;
    QStringList conversations, notifications;
    connect(c.get(), &StreamingClient::statusReceived, this,
            [&](const QString &k, const tusk::Status &s) { statuses << qMakePair(k, s.id); });
    connect(c.get(), &StreamingClient::statusUpdated, this,
            [&](const QString &k, const tusk::Status &s) { updated << qMakePair(k, s.id); });
    connect(c.get(), &StreamingClient::statusDeleted, this,
            [&](const QString &k, const QString &id) { deleted << qMakePair(k, id); });
    connect(c.get(), &StreamingClient::otherEvent, this,
            [&](const QString &k, const QString &e, const QString &) { other << qMakePair(k, e); });
    connect(c.get(), &StreamingClient::filtersChanged, this, [&] { ++filters; });
    connect(c.get(), &StreamingClient::conversationReceived, this,
            [&](const QString &, const tusk::Conversation &cv) { conversations << cv.id; });
    connect(
        c.get(), &StreamingClient::notificationReceived, this,
        [&](const QString &k, const tusk::Notification &n) { notifications << k + u'=' + n.type; });
    connect(c.get(), &StreamingClient::serverError, this,
            [&](const QString &m, int s) { errors << qMakePair(m, s); });
    c->subscribe("public");
    c->subscribe("hashtag", "Foo");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 2, 3000);

    // Mastodon's documented frames, byte for byte: update and delete on "public".
    const QByteArray update = fixture("ws_event_update.json");
    const QByteArray del = fixture("ws_event_delete.json");
    QVERIFY(!update.isEmpty() && !del.isEmpty());
    const QString updateId =
        QJsonDocument::fromJson(
            QJsonDocument::fromJson(update).object().value("payload").toString().toUtf8())
            .object()
            .value("id")
            .toString();
    server.send(update);
    server.send(del);
    server.send(fixture("ws_event_filters_changed.json"));
    // The SSE examples' payloads wrapped the WebSocket way (double-encoded).
    auto wrap = [](const QStringList &stream, const char *event, const QByteArray &payload) {
        return QJsonDocument(QJsonObject{{"stream", QJsonArray::fromStringList(stream)},
                                         {"event", event},
                                         {"payload", QString::fromUtf8(payload)}})
            .toJson(QJsonDocument::Compact);
    };
    server.send(wrap({"hashtag", "FOO"}, "status.update",
                     fixture("sse_hashtag_status.update.payload.json")));
    server.send(wrap({"direct"}, "conversation", fixture("sse_direct_conversation.payload.json")));
    server.send(wrap({"user"}, "notification", fixture("sse_user_notification.payload.json")));
    server.send(wrap({"user"}, "announcement", fixture("sse_user_announcement.payload.json")));
    // Shapes from other servers: payload as an object, a JSON-quoted non-numeric id.
    server.send(
        R"({"stream":["public"],"event":"update","payload":{"id":"01HZULID","created_at":"2024-01-01T00:00:00Z","account":{"id":"1","username":"a","acct":"a"},"content":"<p>x</p>"}})");
    server.send(R"({"stream":["public"],"event":"delete","payload":"\"01HZULID\""})");
    // In-band errors: reported, not fatal.
    server.send(fixture("error_2.json"));
    server.send("not json at all");
    server.send(wrap({"public"}, "update", "{\"id\": 5}")); // not a status

    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 2, 3000);
    QCOMPARE(statuses,
             (QList<QPair<QString, QString>>{{"public", updateId}, {"public", "01HZULID"}}));
    QCOMPARE(deleted, (QList<QPair<QString, QString>>{{"public", "106692867363994015"},
                                                      {"public", "01HZULID"}}));
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().first, QStringLiteral("hashtag/foo"));
    QCOMPARE(filters, 1);
    QCOMPARE(conversations.size(), 1);
    QCOMPARE(notifications.size(), 1);
    QVERIFY(notifications.first().startsWith("user="));
    QCOMPARE(other, (QList<QPair<QString, QString>>{{"user", "announcement"}}));
    QCOMPARE(errors.first(), qMakePair(QStringLiteral("Unknown stream type"), 400));
    QVERIFY(errors.last().first.contains("update"));
    // Newest id per stream, Mastodon order: the 18-digit id beats the 8-char ULID.
    QCOMPARE(c->newestStatusId("public"), updateId);
    QCOMPARE(c->state(), State::Connected);
}

void TestStreamingFaults::refusedUpgradeFallsBackToSse()
{
    // A server without WebSocket streaming (404 on the upgrade) but with SSE, using CRLF.
    const QByteArray event = fixture("sse_user_update.sse");
    QVERIFY(!event.isEmpty());
    RawHttpServer server([&](QTcpSocket *s, const RawRequest &r) {
        if (!r.header("Upgrade").isEmpty()) {
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        if (r.target != "/api/v1/streaming/user" || r.header("Accept") != "text/event-stream") {
            s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return;
        }
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n:)\r\n");
        QByteArray crlf = event;
        crlf.replace("\n", "\r\n");
        s->write(crlf + "\r\n:thump\r\nevent: delete\r\ndata: 123\r\n\r\n");
    });
    auto c = makeClient(server.url());
    c->setHeartbeatInterval(5s); // this test is not about the watchdog
    QSignalSpy transport(c.get(), &StreamingClient::transportChanged);
    QStringList got;
    connect(c.get(), &StreamingClient::statusReceived, this,
            [&](const QString &k, const tusk::Status &s) { got << k + u'=' + s.id; });
    connect(c.get(), &StreamingClient::statusDeleted, this,
            [&](const QString &k, const QString &id) { got << k + u'-' + id; });
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 2, 3000);
    QCOMPARE(transport.size(), 1);
    QCOMPARE(c->transport(), StreamingClient::Transport::ServerSentEvents);
    QCOMPARE(c->state(), State::Connected);
    QCOMPARE(got, QStringList({"user=108914327388663283", "user-123"}));
    QCOMPARE(server.requests.size(), 2);
    QCOMPARE(server.requests.last().header("Authorization"), QByteArray("Bearer secret-token-123"));
    QVERIFY(!server.requests.last().target.contains("token"));

    // A second stream opens its own connection; the refused one is reported, the others stay.
    QSignalSpy errors(c.get(), &StreamingClient::serverError);
    c->subscribe("list", "7");
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 3000);
    QCOMPARE(server.requests.last().target, QByteArray("/api/v1/streaming/list?list=7"));
    QCOMPARE(c->state(), State::Connected);
}

void TestStreamingFaults::sleepDetectedByWallClockJump()
{
    StandInServer server;
    auto c = makeClient(server.url());
    c->setHeartbeatInterval(10s); // the watchdog must not be what reconnects here
    qint64 offset = 0;
    c->setWallClock([&] { return QDateTime::currentMSecsSinceEpoch() + offset; });
    QSignalSpy reconnected(c.get(), &StreamingClient::reconnected);
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 1, 3000);
    QTest::qWait(1500);
    QCOMPARE(reconnected.size(), 1); // an ordinary second of wall time changes nothing
    offset += 3600'000;              // an hour passed on the wall, not on the monotonic clock
    QTRY_COMPARE_WITH_TIMEOUT(reconnected.size(), 2, 3000);
    QCOMPARE(server.sockets.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 2, 3000); // resubscribed
}

void TestStreamingFaults::offlineWaitsThenReconnectsAtOnce()
{
    StandInServer server;
    auto c = makeClient(server.url());
    c->backoff().setBase(5s); // so an immediate reconnect cannot be the back-off's doing
    c->backoff().setCap(5s);
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    c->setOnline(false);
    QCOMPARE(c->state(), State::WaitingForNetwork);
    QTRY_VERIFY_WITH_TIMEOUT(server.last()->state() != QAbstractSocket::ConnectedState, 3000);
    QTest::qWait(800); // well past the heartbeat timeout: still no attempt
    QCOMPARE(server.sockets.size(), 1);
    QCOMPARE(c->state(), State::WaitingForNetwork);
    QElapsedTimer t;
    t.start();
    c->setOnline(true);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    QVERIFY(t.elapsed() < 1000);
    QCOMPARE(server.sockets.size(), 2);
}

void TestStreamingFaults::serverDownBacksOffWithoutSpinning()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    probe.close(); // nothing listens there now: every attempt is refused at once
    auto c = makeClient(url);
    c->backoff().setBase(20ms);
    c->backoff().setCap(160ms);
    int connecting = 0;
    connect(c.get(), &StreamingClient::stateChanged, this,
            [&](State s) { connecting += s == State::Connecting; });
    c->subscribe("user");
    c->start();
    QTest::qWait(1500);
    // Full jitter over a 160 ms ceiling averages ~80 ms a wait: roughly 10-25 attempts, never
    // hundreds (a spin), never one (gave up).
    QVERIFY2(connecting >= 4 && connecting <= 60, qPrintable(QString::number(connecting)));
    QCOMPARE(c->backoff().ceiling().count(), 160);
    QVERIFY(c->state() == State::Backoff || c->state() == State::Connecting);
    c->stop();
    QCOMPARE(c->state(), State::Disconnected);
    const int after = connecting;
    QTest::qWait(300);
    QCOMPARE(connecting, after);
}

void TestStreamingFaults::stableConnectionResetsBackoff()
{
    StandInServer server;
    auto c = makeClient(server.url());
    c->setStableAfter(300ms);
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    // Two quick drops: attempts pile up.
    server.last()->close();
    QTRY_COMPARE_WITH_TIMEOUT(server.sockets.size(), 2, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    server.last()->close();
    QTRY_COMPARE_WITH_TIMEOUT(server.sockets.size(), 3, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
    QVERIFY(c->backoff().attempts() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(c->backoff().attempts(), 0, 3000); // stayed up 300 ms
}

namespace {
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// Every level of tuskline.streaming on, whatever QT_LOGGING_RULES says (ctest turns debug off).
void streamingDebugOn(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "tuskline.streaming") == 0) {
        for (QtMsgType t : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
            category->setEnabled(t, true);
    }
}
} // namespace

void TestStreamingFaults::tokensNeverLogged()
{
    // Everything the client logs at debug level through a session with failures, over both
    // transports: no token.
    g_previousFilter = QLoggingCategory::installFilter(streamingDebugOn);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        StandInServer ws;
        auto c = makeClient(ws.url());
        c->subscribe("user");
        c->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), State::Connected, 3000);
        ws.last()->close();
        QTRY_COMPARE_WITH_TIMEOUT(ws.sockets.size(), 2, 3000);
        RawHttpServer sse([](QTcpSocket *s, const RawRequest &r) {
            s->write(r.header("Upgrade").isEmpty()
                         ? "HTTP/1.1 500 Oops\r\nContent-Length: 0\r\n\r\n"
                         : "HTTP/1.1 400 No\r\nContent-Length: 0\r\n\r\n");
        });
        auto d = makeClient(sse.url());
        d->subscribe("hashtag", "x");
        d->start();
        QTRY_VERIFY_WITH_TIMEOUT(sse.connections >= 3, 3000);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(g_previousFilter);
    QVERIFY(g_log.size() > 5);
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(u"secret-token-123"), qPrintable(line));
    QVERIFY(g_log.join(u'\n').contains(u"/api/v1/streaming"));
}

void TestStreamingFaults::systemReachabilityNeverBlocksLoopback()
{
    // With the system's reachability in use (the default), whatever backend this machine has
    // (NetworkManager, GLib, none, or a container reporting no network), a server on this
    // machine is still connected to.
    StandInServer server;
    StreamingClient c;
    c.setInstanceUrl(server.url());
    c.subscribe("public");
    c.start();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), State::Connected, 3000);
    QVERIFY(c.isOnline());
    QTRY_COMPARE_WITH_TIMEOUT(server.frames.size(), 1, 3000);
}

QTEST_MAIN(TestStreamingFaults)
#include "tst_streaming_faults.moc"
