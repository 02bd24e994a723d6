// Lists over real HTTP: CRUD with replies_policy and exclusive, members (followed accounts
// only), the list timeline and its replies policies, exclusive lists leaving home, and the
// list stream over WebSocket and SSE.
#include "streamclients.h"

using tusk::test::SseClient;
using tusk::test::TestServer;
using tusk::test::WsClient;
using tusk::test::wsRequest;

class TestServerLists : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void crud();
    void validation_data();
    void validation();
    void othersCannotSeeMyLists();
    void members();
    void timelineRepliesPolicy_data();
    void timelineRepliesPolicy();
    void timelineVisibility();
    void exclusiveLeavesHome();
    void listStreams();
    void mutedMembersStayOut();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QString &visibility = QStringLiteral("public"), const QString &replyTo = {});
    QString createList(const TestServer::User &who, const QList<QPair<QString, QString>> &fields);
    void follow(const TestServer::User &who, const TestServer::User &target);
    QStringList ids(const QString &path, const QByteArray &token);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol, m_dave;
};

void TestServerLists::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
    m_dave = m_server->addUser("dave");
}

QString TestServerLists::post(const TestServer::User &who, const QString &text,
                              const QString &visibility, const QString &replyTo)
{
    QList<QPair<QString, QString>> fields{{"status", text}, {"visibility", visibility}};
    if (!replyTo.isEmpty())
        fields.append({"in_reply_to_id", replyTo});
    const auto r = m_server->postForm("/api/v1/statuses", fields, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

QString TestServerLists::createList(const TestServer::User &who,
                                    const QList<QPair<QString, QString>> &fields)
{
    const auto r = m_server->postForm("/api/v1/lists", fields, who.token);
    if (r.status != 200)
        qWarning("create list: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

void TestServerLists::follow(const TestServer::User &who, const TestServer::User &target)
{
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + target.idString + "/follow", {}, who.token).status,
        200);
}

QStringList TestServerLists::ids(const QString &path, const QByteArray &token)
{
    const auto r = m_server->get(path, token);
    if (r.status != 200)
        qWarning("%s: %d %s", qPrintable(path), r.status, r.body.left(200).constData());
    QStringList out;
    for (const QJsonValue &v : r.array())
        out.append(v["id"].toString());
    return out;
}

void TestServerLists::crud()
{
    auto r = m_server->postJson(
        "/api/v1/lists",
        {{"title", "Friends"}, {"replies_policy", "followed"}, {"exclusive", true}}, m_alice.token);
    QCOMPARE(r.status, 200);
    const QJsonObject created = r.object();
    const QString id = created["id"].toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created["title"].toString(), "Friends");
    QCOMPARE(created["replies_policy"].toString(), "followed");
    QCOMPARE(created["exclusive"].toBool(), true);

    // Defaults: replies to list members, not exclusive.
    const QString second = createList(m_alice, {{"title", "Work"}});
    r = m_server->get("/api/v1/lists/" + second, m_alice.token);
    QCOMPARE(r.object()["replies_policy"].toString(), "list");
    QCOMPARE(r.object()["exclusive"].toBool(true), false);

    r = m_server->send("PUT", "/api/v1/lists/" + id + "?title=Close%20friends&exclusive=false", {},
                       m_alice.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["title"].toString(), "Close friends");
    QCOMPARE(r.object()["replies_policy"].toString(), "followed"); // untouched
    QCOMPARE(r.object()["exclusive"].toBool(true), false);

    r = m_server->get("/api/v1/lists", m_alice.token);
    QCOMPARE(r.array().size(), 2);
    QCOMPARE(r.array().at(0).toObject().value("title").toString(), "Close friends");

    QCOMPARE(m_server->del("/api/v1/lists/" + id, m_alice.token).status, 200);
    QCOMPARE(m_server->get("/api/v1/lists/" + id, m_alice.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/timelines/list/" + id, m_alice.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/lists", m_alice.token).array().size(), 1);
}

void TestServerLists::validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no title") << "";
    QTest::newRow("blank title") << "title=%20%20";
    QTest::newRow("bad policy") << "title=x&replies_policy=everyone";
}

void TestServerLists::validation()
{
    QFETCH(QString, query);
    const auto r = m_server->send("POST", "/api/v1/lists?" + query, {}, m_alice.token);
    QCOMPARE(r.status, 422);
    QVERIFY(r.object().contains("error"));
    QCOMPARE(m_server->get("/api/v1/lists", m_alice.token).array().size(), 0);
}

void TestServerLists::othersCannotSeeMyLists()
{
    follow(m_alice, m_bob);
    const QString id = createList(m_alice, {{"title", "Mine"}});
    for (const auto &[method, path] : QList<QPair<QByteArray, QString>>{
             {"GET", "/api/v1/lists/" + id},
             {"PUT", "/api/v1/lists/" + id + "?title=stolen"},
             {"DELETE", "/api/v1/lists/" + id},
             {"GET", "/api/v1/lists/" + id + "/accounts"},
             {"POST", "/api/v1/lists/" + id + "/accounts?account_ids[]=" + m_bob.idString},
             {"GET", "/api/v1/timelines/list/" + id},
             {"GET", "/api/v1/streaming/list?list=" + id}}) {
        QCOMPARE(m_server->send(method, path, {}, m_carol.token).status, 404);
    }
    QCOMPARE(m_server->get("/api/v1/lists/" + id, m_alice.token).object()["title"].toString(),
             "Mine");
    QCOMPARE(m_server->get("/api/v1/lists", m_carol.token).array().size(), 0);
}

void TestServerLists::members()
{
    follow(m_alice, m_bob);
    follow(m_alice, m_carol);
    const QString id = createList(m_alice, {{"title", "People"}});
    const QString path = "/api/v1/lists/" + id + "/accounts";
    // Someone alice does not follow cannot be added.
    QCOMPARE(m_server->postForm(path, {{"account_ids[]", m_dave.idString}}, m_alice.token).status,
             404);
    QCOMPARE(m_server
                 ->postForm(
                     path, {{"account_ids[]", m_bob.idString}, {"account_ids[]", m_carol.idString}},
                     m_alice.token)
                 .status,
             200);
    QCOMPARE(m_server->postForm(path, {{"account_ids[]", m_bob.idString}}, m_alice.token).status,
             422); // already there
    QStringList members = ids(path, m_alice.token);
    members.sort();
    QStringList expected{m_bob.idString, m_carol.idString};
    expected.sort();
    QCOMPARE(members, expected);
    QCOMPARE(ids(path + "?limit=1", m_alice.token).size(), 1);
    QCOMPARE(ids(path + "?limit=0", m_alice.token).size(), 2);

    // Which of alice's lists hold bob.
    auto r = m_server->get("/api/v1/accounts/" + m_bob.idString + "/lists", m_alice.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value("id").toString(), id);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString + "/lists", m_carol.token)
                 .array()
                 .size(),
             0);

    // Unfollowing takes the account out of the owner's lists.
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_carol.idString + "/unfollow", {}, m_alice.token)
            .status,
        200);
    QCOMPARE(ids(path, m_alice.token), QStringList{m_bob.idString});

    QCOMPARE(m_server->send("DELETE", path + "?account_ids[]=" + m_bob.idString, {}, m_alice.token)
                 .status,
             200);
    QCOMPARE(ids(path, m_alice.token), QStringList{});
}

void TestServerLists::timelineRepliesPolicy_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("replyToMember");   // bob answers carol (member)
    QTest::addColumn<bool>("replyToFollowed"); // bob answers dave (followed, not member)
    QTest::addColumn<bool>("replyToStranger"); // bob answers a stranger's post
    QTest::newRow("followed") << "followed" << true << true << false;
    QTest::newRow("list") << "list" << true << false << false;
    QTest::newRow("none") << "none" << false << false << false;
}

void TestServerLists::timelineRepliesPolicy()
{
    QFETCH(QString, policy);
    QFETCH(bool, replyToMember);
    QFETCH(bool, replyToFollowed);
    QFETCH(bool, replyToStranger);
    const TestServer::User stranger = m_server->addUser("stranger");
    follow(m_alice, m_bob);
    follow(m_alice, m_carol);
    follow(m_alice, m_dave);
    const QString id = createList(m_alice, {{"title", "L"}, {"replies_policy", policy}});
    QCOMPARE(
        m_server
            ->postForm("/api/v1/lists/" + id + "/accounts",
                       {{"account_ids[]", m_bob.idString}, {"account_ids[]", m_carol.idString}},
                       m_alice.token)
            .status,
        200);
    const QString carolPost = post(m_carol, "carol says");
    const QString davePost = post(m_dave, "dave says");
    const QString strangerPost = post(stranger, "stranger says");
    const QString alicePost = post(m_alice, "alice says");
    const QString plain = post(m_bob, "bob's own");
    const QString thread = post(m_bob, "bob continues", "public", plain);
    const QString toAlice = post(m_bob, "@alice yes", "public", alicePost);
    const QString toCarol = post(m_bob, "@carol hi", "public", carolPost);
    const QString toDave = post(m_bob, "@dave hi", "public", davePost);
    const QString toStranger = post(m_bob, "@stranger hi", "public", strangerPost);
    post(m_dave, "not a member");

    const QStringList timeline = ids("/api/v1/timelines/list/" + id + "?limit=40", m_alice.token);
    QVERIFY(timeline.contains(plain));
    QVERIFY(timeline.contains(carolPost));
    QVERIFY(timeline.contains(thread));  // replies to oneself always
    QVERIFY(timeline.contains(toAlice)); // replies to the owner always
    QCOMPARE(timeline.contains(toCarol), replyToMember);
    QCOMPARE(timeline.contains(toDave), replyToFollowed);
    QCOMPARE(timeline.contains(toStranger), replyToStranger);
    QVERIFY(!timeline.contains(davePost));
    // Newest first.
    QStringList sorted = timeline;
    std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a > b;
    });
    QCOMPARE(timeline, sorted);
}

void TestServerLists::timelineVisibility()
{
    follow(m_alice, m_bob);
    const QString id = createList(m_alice, {{"title", "L"}});
    m_server->postForm("/api/v1/lists/" + id + "/accounts", {{"account_ids[]", m_bob.idString}},
                       m_alice.token);
    const QString pub = post(m_bob, "pub");
    const QString priv = post(m_bob, "followers only", "private");
    const QString dmAlice = post(m_bob, "@alice secret", "direct");
    const QString dmCarol = post(m_bob, "@carol secret", "direct");
    const QString boost = m_server->postForm("/api/v1/statuses/" + pub + "/reblog", {}, m_bob.token)
                              .object()["id"]
                              .toString();
    QVERIFY(!boost.isEmpty());
    const QStringList timeline = ids("/api/v1/timelines/list/" + id, m_alice.token);
    QVERIFY(timeline.contains(pub));
    QVERIFY(timeline.contains(priv));
    QVERIFY(timeline.contains(dmAlice));
    QVERIFY(!timeline.contains(dmCarol));
    QVERIFY(timeline.contains(boost));
}

void TestServerLists::exclusiveLeavesHome()
{
    follow(m_alice, m_bob);
    follow(m_alice, m_carol);
    const QString id = createList(m_alice, {{"title", "Loud"}, {"exclusive", "true"}});
    m_server->postForm("/api/v1/lists/" + id + "/accounts", {{"account_ids[]", m_bob.idString}},
                       m_alice.token);
    const QString bobs = post(m_bob, "only in the list");
    const QString carols = post(m_carol, "in home");
    const QString own = post(m_alice, "mine");
    const QStringList home = ids("/api/v1/timelines/home", m_alice.token);
    QVERIFY(!home.contains(bobs));
    QVERIFY(home.contains(carols));
    QVERIFY(home.contains(own));
    QVERIFY(ids("/api/v1/timelines/list/" + id, m_alice.token).contains(bobs));
    // carol still sees bob's post at home: exclusivity is alice's.
    follow(m_carol, m_bob);
    const QString next = post(m_bob, "next");
    QVERIFY(ids("/api/v1/timelines/home", m_carol.token).contains(next));
}

void TestServerLists::listStreams()
{
    follow(m_alice, m_bob);
    follow(m_alice, m_carol);
    const QString id = createList(m_alice, {{"title", "Live"}});
    m_server->postForm("/api/v1/lists/" + id + "/accounts", {{"account_ids[]", m_bob.idString}},
                       m_alice.token);

    SseClient sse(*m_server, "/api/v1/streaming/list?list=" + id, m_alice.token);
    QVERIFY(sse.waitOpen());
    WsClient ws(wsRequest(*m_server, "/api/v1/streaming?stream=list&list=" + id, m_alice.token));
    QVERIFY(ws.waitConnected());
    QTest::qWait(100);

    post(m_carol, "carol is not in the list");
    const QString bobs = post(m_bob, "bob is");
    QVERIFY(QTest::qWaitFor([&] { return !sse.events.isEmpty() && !ws.frames.isEmpty(); }, 5000));
    QTest::qWait(100);
    QCOMPARE(sse.events.size(), 1);
    QCOMPARE(sse.events[0].name, "update");
    QCOMPARE(sse.events[0].json()["id"].toString(), bobs);
    QCOMPARE(ws.frames.size(), 1);
    QCOMPARE(ws.frames[0]["stream"].toArray(), (QJsonArray{"list", id}));
    QCOMPARE(ws.frames[0]["event"].toString(), "update");
    QCOMPARE(ws.payload(0)["id"].toString(), bobs);

    // Someone else's list cannot be streamed: in-band error on the socket, 404 over SSE.
    WsClient intruder(wsRequest(*m_server, "/api/v1/streaming", m_carol.token));
    QVERIFY(intruder.waitConnected());
    intruder.send({{"type", "subscribe"}, {"stream", "list"}, {"list", id}});
    QVERIFY(QTest::qWaitFor([&] { return !intruder.frames.isEmpty(); }, 5000));
    QVERIFY(intruder.frames[0].contains("error"));
    QCOMPARE(m_server->get("/api/v1/streaming/list?list=" + id, m_carol.token).status, 404);
}

void TestServerLists::mutedMembersStayOut()
{
    follow(m_alice, m_bob);
    follow(m_alice, m_carol);
    const QString id = createList(m_alice, {{"title", "L"}});
    m_server->postForm("/api/v1/lists/" + id + "/accounts",
                       {{"account_ids[]", m_bob.idString}, {"account_ids[]", m_carol.idString}},
                       m_alice.token);
    const QString bobs = post(m_bob, "bob");
    const QString carols = post(m_carol, "carol");
    QCOMPARE(ids("/api/v1/timelines/list/" + id, m_alice.token), (QStringList{carols, bobs}));
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/mute", {}, m_alice.token)
                 .status,
             200);
    QCOMPARE(ids("/api/v1/timelines/list/" + id, m_alice.token), QStringList{carols});
}

QTEST_GUILESS_MAIN(TestServerLists)
#include "tst_server_lists.moc"
