// StreamingClient against the real bundled server (in-process, real sockets): WebSocket
// multiplexing, Server-Sent Events, reference-counted subscriptions, and recovery from a server
// restart on the same port with the same data directory.
#include "server/context.h"
#include "server/streaming/hub.h"
#include "streaming/streamingclient.h"
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>

using tusk::streaming::StreamingClient;
using tusk::test::TestServer;
using namespace std::chrono_literals;

namespace {

// Everything a client emitted, by stream key.
struct Received {
    QMultiHash<QString, QString> statuses; // key → status id
    QMultiHash<QString, QString> deleted;
    QStringList notificationTypes;
    QList<QStringList> reconnects;
    QList<QPair<QString, int>> errors;

    explicit Received(StreamingClient &c)
    {
        QObject::connect(
            &c, &StreamingClient::statusReceived, &c,
            [this](const QString &key, const tusk::Status &s) { statuses.insert(key, s.id); });
        QObject::connect(
            &c, &StreamingClient::statusDeleted, &c,
            [this](const QString &key, const QString &id) { deleted.insert(key, id); });
        QObject::connect(
            &c, &StreamingClient::notificationReceived, &c,
            [this](const QString &, const tusk::Notification &n) { notificationTypes << n.type; });
        QObject::connect(&c, &StreamingClient::reconnected, &c,
                         [this](const QStringList &streams) { reconnects << streams; });
        QObject::connect(
            &c, &StreamingClient::serverError, &c,
            [this](const QString &message, int status) { errors << qMakePair(message, status); });
    }
};

} // namespace

class TestStreamingServer : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void updatesAndDeletes_data();
    void updatesAndDeletes();
    void referenceCountedSubscriptions_data();
    void referenceCountedSubscriptions();
    void serverRestartSamePort_data();
    void serverRestartSamePort();
    void invalidTokenStops_data();
    void invalidTokenStops();
    void streamingUrlFromCapabilities();

private:
    std::unique_ptr<StreamingClient> client(const QByteArray &token);
    bool startAndWait(StreamingClient &c);
    QString post(const TestServer::User &u, const QString &text,
                 const QString &visibility = "public")
    {
        return m_server
            ->postForm("/api/v1/statuses", {{"status", text}, {"visibility", visibility}}, u.token)
            .object()
            .value("id")
            .toString();
    }

    tusk::server::ServerConfig m_config;
    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestStreamingServer::init()
{
    m_config.rateLimitRequests = 100000;
    m_config.streamingHeartbeatMs = 100; // server pings every 200 ms
    m_server = std::make_unique<TestServer>(m_config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token)
                 .status,
             200);
}

void TestStreamingServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<StreamingClient> TestStreamingServer::client(const QByteArray &token)
{
    auto c = std::make_unique<StreamingClient>();
    c->setInstanceUrl(m_server->url());
    c->setAccessToken(QString::fromUtf8(token));
    c->setUseSystemReachability(false); // this test is about the server, not the machine
    c->setHeartbeatInterval(500ms);
    c->backoff().setBase(50ms);
    c->backoff().setCap(400ms);
    return c;
}

bool TestStreamingServer::startAndWait(StreamingClient &c)
{
    c.start();
    if (!QTest::qWaitFor([&] { return c.state() == StreamingClient::State::Connected; }, 5000))
        return false;
    // The subscribe frames are on their way; let the server read them before anyone posts.
    QTest::qWait(150);
    return true;
}

void TestStreamingServer::updatesAndDeletes_data()
{
    QTest::addColumn<bool>("sse");
    QTest::newRow("websocket") << false;
    QTest::newRow("server-sent events") << true;
}

void TestStreamingServer::updatesAndDeletes()
{
    QFETCH(bool, sse);
    auto c = client(m_alice.token);
    if (sse)
        c->setTransport(StreamingClient::Transport::ServerSentEvents);
    Received got(*c);
    c->subscribe("user");
    c->subscribe("public:local");
    c->subscribe("hashtag", "#Tusk");
    QVERIFY(startAndWait(*c));
    QCOMPARE(c->transport(), sse ? StreamingClient::Transport::ServerSentEvents
                                 : StreamingClient::Transport::WebSocket);
    QCOMPARE(got.reconnects.size(), 1);
    QCOMPARE(got.reconnects.first(), QStringList({"hashtag/tusk", "public:local", "user"}));

    const QString fromBob = post(m_bob, "hello from bob #tusk");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.size(), 3, 5000);
    QCOMPARE(got.statuses.values("user"), QStringList{fromBob});
    QCOMPARE(got.statuses.values("public:local"), QStringList{fromBob});
    QCOMPARE(got.statuses.values("hashtag/tusk"), QStringList{fromBob});
    QCOMPARE(c->newestStatusId("user"), fromBob);

    // A followers-only post reaches the home stream only.
    const QString privateBob = post(m_bob, "followers only", "private");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.values("user").size(), 2, 5000);
    QTest::qWait(200);
    QCOMPARE(got.statuses.values("public:local"), QStringList{fromBob});
    QCOMPARE(c->newestStatusId("user"), privateBob);
    QCOMPARE(c->newestStatusId("public:local"), fromBob);

    QCOMPARE(m_server->del("/api/v1/statuses/" + fromBob, m_bob.token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(got.deleted.values("user").contains(fromBob), 5000);

    // Notifications arrive on the user stream.
    post(m_bob, "hey @alice");
    QTRY_VERIFY_WITH_TIMEOUT(got.notificationTypes.contains("mention"), 5000);
    QVERIFY(got.errors.isEmpty());
    QCOMPARE(c->connectionCount(), 1);
}

void TestStreamingServer::referenceCountedSubscriptions_data()
{
    updatesAndDeletes_data();
}

void TestStreamingServer::referenceCountedSubscriptions()
{
    QFETCH(bool, sse);
    auto c = client(m_alice.token);
    if (sse)
        c->setTransport(StreamingClient::Transport::ServerSentEvents);
    const tusk::server::StreamingHub &hub = *m_server->server().core().hub;
    Received got(*c);
    QVERIFY(startAndWait(*c));
    // Two views open the local timeline, then one closes: the stream stays.
    c->subscribe("public:local");
    c->subscribe("public:local");
    QCOMPARE(c->subscriberCount("public:local"), 2);
    QTest::qWait(150);
    c->unsubscribe("public:local");
    QTest::qWait(150);
    const QString first = post(m_bob, "still watched");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.values("public:local"), QStringList{first}, 5000);
    QCOMPARE(hub.subscriberCount(), 1); // one socket or one SSE request, not two
    // The last one closes: the server hears "unsubscribe" and sends nothing more.
    c->unsubscribe("public:local");
    QCOMPARE(c->subscriptions(), QStringList());
    QTest::qWait(150);
    post(m_bob, "nobody watching");
    QTest::qWait(400);
    QCOMPARE(got.statuses.size(), 1);
    QVERIFY(got.errors.isEmpty());
    // Over SSE the stream's request is gone from the server too; the WebSocket stays open.
    QTRY_COMPARE_WITH_TIMEOUT(hub.subscriberCount(), sse ? 0 : 1, 3000);
}

void TestStreamingServer::serverRestartSamePort_data()
{
    updatesAndDeletes_data();
}

void TestStreamingServer::serverRestartSamePort()
{
    QFETCH(bool, sse);
    auto c = client(m_alice.token);
    if (sse)
        c->setTransport(StreamingClient::Transport::ServerSentEvents);
    Received got(*c);
    QStringList catchUps;
    c->setCatchUpHandler(
        [&](const QString &key, const QString &newest) { catchUps << key + u'=' + newest; });
    c->subscribe("user");
    c->subscribe("public:local");
    QVERIFY(startAndWait(*c));
    const QString before = post(m_bob, "before the restart");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.size(), 2, 5000);
    QCOMPARE(catchUps, QStringList({"public:local=", "user="}));
    catchUps.clear();

    // Stop the server; the client notices and backs off, on its own.
    const quint16 port = m_server->server().port();
    QSignalSpy states(c.get(), &StreamingClient::stateChanged);
    m_server->server().close();
    QTRY_VERIFY_WITH_TIMEOUT(c->state() != StreamingClient::State::Connected, 5000);
    QTest::qWait(600); // a few refused attempts while it is down
    QVERIFY(c->state() == StreamingClient::State::Backoff ||
            c->state() == StreamingClient::State::Connecting);
    QVERIFY(c->backoff().attempts() >= 2);

    // Same port, same data: the client comes back, resubscribes and asks for a catch-up.
    QString error;
    QVERIFY2(m_server->server().open(m_server->dataDir(), &error, m_config), qPrintable(error));
    QVERIFY2(m_server->server().listen(QHostAddress::LocalHost, port, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(c->state(), StreamingClient::State::Connected, 5000);
    QCOMPARE(got.reconnects.size(), 2);
    QCOMPARE(got.reconnects.last(), QStringList({"public:local", "user"}));
    QCOMPARE(catchUps, QStringList({"public:local=" + before, "user=" + before}));
    QTest::qWait(150);

    const QString after = post(m_bob, "after the restart");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.values("user").size(), 2, 5000);
    QCOMPARE(got.statuses.values("user").first(), after); // QMultiHash: newest first
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.values("public:local").size(), 2, 5000);
    QVERIFY(states.size() >= 3); // Connected → Backoff → Connecting → ... → Connected
}

void TestStreamingServer::invalidTokenStops_data()
{
    updatesAndDeletes_data();
}

void TestStreamingServer::invalidTokenStops()
{
    QFETCH(bool, sse);
    auto c = client("not-a-token");
    if (sse)
        c->setTransport(StreamingClient::Transport::ServerSentEvents);
    QSignalSpy auth(c.get(), &StreamingClient::authenticationFailed);
    c->subscribe("user");
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(auth.size(), 1, 5000);
    QCOMPARE(c->state(), StreamingClient::State::Disconnected);
    QTest::qWait(300);
    QCOMPARE(auth.size(), 1); // no retry loop on a token the server rejects
}

void TestStreamingServer::streamingUrlFromCapabilities()
{
    // The server advertises ws://host:port; the client connects there rather than to a wrong
    // instance URL.
    const TestServer::Reply instance = m_server->get("/api/v2/instance");
    const QUrl streaming(instance.object()
                             .value("configuration")
                             .toObject()
                             .value("urls")
                             .toObject()
                             .value("streaming")
                             .toString());
    QCOMPARE(streaming.scheme(), QStringLiteral("ws"));
    auto c = client(m_alice.token);
    c->setInstanceUrl(QUrl("http://127.0.0.1:1")); // nothing listens there
    c->setStreamingUrl(streaming);
    QCOMPARE(c->baseUrl(), streaming);
    Received got(*c);
    c->subscribe("public:local");
    QVERIFY(startAndWait(*c));
    const QString id = post(m_bob, "via the advertised URL");
    QTRY_COMPARE_WITH_TIMEOUT(got.statuses.values("public:local"), QStringList{id}, 5000);
}

QTEST_MAIN(TestStreamingServer)
#include "tst_streaming_server.moc"
