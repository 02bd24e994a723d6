// Server-Sent Events: who receives which event, in Mastodon's wire format, with heartbeats.
#include "streamclients.h"

using tusk::test::SseClient;
using tusk::test::TestServer;
using tusk::test::WsClient;

class TestServerStreaming : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void userStream();
    void publicAndHashtagStreams();
    void notificationStream();
    void heartbeatsAndHealth();
    void access();
    void webSocketMultiplexer();
    void webSocketAuth();

private:
    QString post(const TestServer::User &u, const QString &text,
                 const QString &visibility = "public")
    {
        return m_server
            ->postForm("/api/v1/statuses", {{"status", text}, {"visibility", visibility}}, u.token)
            .object()
            .value("id")
            .toString();
    }
    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol;
};

void TestServerStreaming::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    config.streamingHeartbeatMs = 200;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
    m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token);
}

void TestServerStreaming::userStream()
{
    SseClient alice(*m_server, "/api/v1/streaming/user", m_alice.token);
    QVERIFY(alice.waitOpen());
    QCOMPARE(alice.status(), 200);
    const QString fromBob = post(m_bob, "bob's news");
    const QString own = post(m_alice, "my own");
    const QString stranger = post(m_carol, "carol is not followed");
    const QString privateBob = post(m_bob, "followers only", "private");
    QTRY_COMPARE_WITH_TIMEOUT(alice.events.size(), 3, 3000);
    QStringList ids;
    for (const auto &e : alice.events) {
        QCOMPARE(e.name, QByteArray("update"));
        ids << e.json().value("id").toString();
    }
    QCOMPARE(ids, QStringList({fromBob, own, privateBob}));
    QVERIFY(!ids.contains(stranger));
    // Rendered for the subscriber: viewer fields present.
    QVERIFY(alice.events.first().json().contains("favourited"));
    m_server->del("/api/v1/statuses/" + fromBob, m_bob.token);
    QTRY_COMPARE_WITH_TIMEOUT(alice.events.size(), 4, 3000);
    QCOMPARE(alice.events.last().name, QByteArray("delete"));
    QCOMPARE(alice.events.last().data, fromBob.toLatin1()); // the bare id
    QVERIFY(!alice.raw.contains('\r'));
}

void TestServerStreaming::publicAndHashtagStreams()
{
    SseClient anon(*m_server, "/api/v1/streaming/public/local", {});
    SseClient tag(*m_server, "/api/v1/streaming/hashtag?tag=Tusk", {});
    QVERIFY(anon.waitOpen());
    QVERIFY(tag.waitOpen());
    const QString pub = post(m_carol, "hello #tusk");
    post(m_carol, "quiet #tusk", "unlisted");
    post(m_carol, "friends #tusk", "private");
    post(m_carol, "@alice secret #tusk", "direct");
    const QString other = post(m_bob, "another");
    m_server->postForm("/api/v1/statuses/" + pub + "/reblog", {}, m_bob.token); // reblogs stay out
    QTRY_COMPARE_WITH_TIMEOUT(anon.events.size(), 2, 3000);
    QTest::qWait(200);
    QCOMPARE(anon.events.size(), 2);
    QCOMPARE(anon.events.at(0).json().value("id").toString(), pub);
    QCOMPARE(anon.events.at(1).json().value("id").toString(), other);
    QVERIFY(!anon.events.at(0).json().contains("favourited")); // anonymous rendering
    QCOMPARE(tag.events.size(), 1);
    QCOMPARE(tag.events.first().json().value("id").toString(), pub);
}

void TestServerStreaming::notificationStream()
{
    SseClient notes(*m_server, "/api/v1/streaming/user/notification", m_alice.token);
    QVERIFY(notes.waitOpen());
    const QString mine = post(m_alice, "like this");
    post(m_bob, "hey @alice");
    m_server->postForm("/api/v1/statuses/" + mine + "/favourite", {}, m_carol.token);
    m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_carol.token);
    QTRY_COMPARE_WITH_TIMEOUT(notes.events.size(), 3, 3000);
    QStringList types;
    for (const auto &e : notes.events) {
        QCOMPARE(e.name, QByteArray("notification"));
        types << e.json().value("type").toString();
    }
    QCOMPARE(types, QStringList({"mention", "favourite", "follow"}));
    // A failed request tells nobody anything.
    QCOMPARE(
        m_server->postForm("/api/v1/statuses", {{"status", QString(600, 'x')}}, m_bob.token).status,
        422);
    QTest::qWait(200);
    QCOMPARE(notes.events.size(), 3);
}

void TestServerStreaming::heartbeatsAndHealth()
{
    QCOMPARE(m_server->get("/api/v1/streaming/health").body, QByteArray("OK"));
    SseClient s(*m_server, "/api/v1/streaming/public", {});
    QVERIFY(s.waitOpen());
    QTRY_VERIFY_WITH_TIMEOUT(s.comments >= 3, 3000); // ":)" and two ":thump"
    QVERIFY(s.raw.contains(":thump\n"));
    QVERIFY(!s.raw.contains(":thump\n\n")); // Mastodon.py: no blank line after a comment
    // The server going away ends the stream instead of leaving it hanging.
    m_server->server().close();
    QTRY_VERIFY_WITH_TIMEOUT(s.finished(), 3000);
}

void TestServerStreaming::access()
{
    QCOMPARE(m_server->get("/api/v1/streaming/user").status, 401);
    QCOMPARE(m_server->get("/api/v1/streaming/user", m_server->token("alice", "write")).status,
             403);
    QCOMPARE(
        m_server
            ->get("/api/v1/streaming/user/notification", m_server->token("alice", "read:statuses"))
            .status,
        403);
    QCOMPARE(m_server->get("/api/v1/streaming/hashtag").status, 400);
    // A token in the query string works too (browsers' EventSource cannot send headers).
    SseClient q(*m_server,
                "/api/v1/streaming/user?access_token=" + QString::fromLatin1(m_alice.token), {});
    QVERIFY(q.waitOpen());
    post(m_alice, "via query token");
    QTRY_COMPARE_WITH_TIMEOUT(q.events.size(), 1, 3000);
}

void TestServerStreaming::webSocketMultiplexer()
{
    QUrl url = m_server->urlFor("/api/v1/streaming?stream=user");
    url.setScheme("ws");
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_alice.token);
    WsClient c(request);
    QVERIFY(c.waitConnected());
    QTest::qWait(100);
    const QString own = post(m_alice, "over the socket");
    QTRY_COMPARE_WITH_TIMEOUT(c.frames.size(), 1, 3000);
    QCOMPARE(c.frames.at(0).value("stream").toArray(), QJsonArray({"user"}));
    QCOMPARE(c.frames.at(0).value("event").toString(), QStringLiteral("update"));
    QVERIFY(c.frames.at(0).value("payload").isString()); // double-encoded, as Mastodon does
    QCOMPARE(c.payload(0).value("id").toString(), own);

    c.send({{"type", "subscribe"}, {"stream", "hashtag"}, {"tag", "#Qt"}});
    c.send({{"type", "subscribe"}, {"stream", "user:notification"}});
    QTest::qWait(100);
    post(m_carol, "about #qt");
    m_server->postForm("/api/v1/statuses/" + own + "/favourite", {}, m_carol.token);
    // hashtag update, then the favourite on both user and user:notification.
    QTRY_COMPARE_WITH_TIMEOUT(c.frames.size(), 4, 3000);
    QCOMPARE(c.frames.at(1).value("stream").toArray(), QJsonArray({"hashtag", "qt"}));
    QCOMPARE(c.frames.at(2).value("event").toString(), QStringLiteral("notification"));
    QCOMPARE(c.frames.at(3).value("stream").toArray(), QJsonArray({"user:notification"}));

    c.send({{"type", "unsubscribe"}, {"stream", "hashtag"}, {"tag", "qt"}});
    c.send({{"type", "subscribe"}, {"stream", "nonsense"}});
    QTRY_COMPARE_WITH_TIMEOUT(c.frames.size(), 5, 3000);
    QCOMPARE(c.frames.at(4).value("status").toInt(), 400);
    post(m_carol, "more #qt");
    QTest::qWait(200);
    QCOMPARE(c.frames.size(), 5);
    m_server->del("/api/v1/statuses/" + own, m_alice.token);
    QTRY_VERIFY_WITH_TIMEOUT(c.frames.size() >= 6, 3000);
    QCOMPARE(c.frames.at(5).value("event").toString(), QStringLiteral("delete"));
    QCOMPARE(c.frames.at(5).value("payload").toString(), own);
}

void TestServerStreaming::webSocketAuth()
{
    auto wsUrl = [this](const QString &path) {
        QUrl url = m_server->urlFor(path);
        url.setScheme("ws");
        return QNetworkRequest(url);
    };
    // Public streams need no token; user streams do.
    WsClient anon(wsUrl("/api/v1/streaming/?stream=public"));
    QVERIFY(anon.waitConnected());
    anon.send({{"type", "subscribe"}, {"stream", "user"}});
    QTRY_COMPARE_WITH_TIMEOUT(anon.frames.size(), 1, 3000);
    QCOMPARE(anon.frames.at(0).value("status").toInt(), 401);
    // Token in the query string, with too few scopes for notifications.
    WsClient limited(wsUrl("/api/v1/streaming?access_token=" +
                           QString::fromLatin1(m_server->token("alice", "read:statuses")) +
                           "&stream=user:notification"));
    QVERIFY(limited.waitConnected());
    QTRY_COMPARE_WITH_TIMEOUT(limited.frames.size(), 1, 3000);
    QCOMPARE(limited.frames.at(0).value("status").toInt(), 403);
    // Token as the subprotocol, the way Mastodon's web UI sends it from a browser.
    QNetworkRequest viaProtocol = wsUrl("/api/v1/streaming?stream=user");
    viaProtocol.setRawHeader("Sec-WebSocket-Protocol", m_alice.token);
    WsClient proto(viaProtocol);
    QVERIFY(proto.waitConnected());
    QTest::qWait(100);
    const QString id = post(m_alice, "token in the subprotocol");
    QTRY_COMPARE_WITH_TIMEOUT(proto.frames.size(), 1, 3000);
    QCOMPARE(proto.frames.at(0).value("event").toString(), QStringLiteral("update"));
    QCOMPARE(proto.payload(0).value("id").toString(), id);
    // A bad token is told so and disconnected.
    WsClient bad(wsUrl("/api/v1/streaming?access_token=wrong&stream=public"));
    QTRY_COMPARE_WITH_TIMEOUT(bad.frames.size(), 1, 3000);
    QCOMPARE(bad.frames.at(0).value("status").toInt(), 401);
    QTRY_VERIFY_WITH_TIMEOUT(bad.ws.state() == QAbstractSocket::UnconnectedState, 3000);
    // Upgrades elsewhere are refused.
    WsClient elsewhere(wsUrl("/api/v1/instance"));
    QTest::qWait(300);
    QVERIFY(elsewhere.ws.state() != QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(TestServerStreaming)
#include "tst_server_streaming.moc"
