// Direct conversations and grouped notifications over real HTTP: conversations per participant
// set and thread, unread/read/delete, the `direct` stream's `conversation` events; v2 grouped
// notifications with Mastodon's group keys, group details and accounts, dismissal, and the
// unread counts against the notifications marker.
#include "streamclients.h"

using tusk::test::SseClient;
using tusk::test::TestServer;
using tusk::test::WsClient;
using tusk::test::wsRequest;

class TestServerConversations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void conversationsPerParticipants();
    void threadsAndParticipants();
    void readAndDelete();
    void lastStatusFollowsDeletes();
    void directStream();
    void groupKeys();
    void groupedPage();
    void groupedFilters();
    void groupDetails();
    void unreadCounts();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QString &visibility = QStringLiteral("direct"), const QString &replyTo = {});
    QJsonArray conversations(const TestServer::User &who, const QString &query = {});

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol, m_dave;
};

void TestServerConversations::init()
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

QString TestServerConversations::post(const TestServer::User &who, const QString &text,
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

QJsonArray TestServerConversations::conversations(const TestServer::User &who, const QString &query)
{
    const auto r = m_server->get("/api/v1/conversations" + query, who.token);
    if (r.status != 200)
        qWarning("conversations: %d %s", r.status, r.body.constData());
    return r.array();
}

static QStringList accountIds(const QJsonValue &conversation)
{
    QStringList out;
    for (const QJsonValue &a : conversation["accounts"].toArray())
        out.append(a["id"].toString());
    out.sort();
    return out;
}

void TestServerConversations::conversationsPerParticipants()
{
    const QString first = post(m_alice, "@bob hi");
    const QString reply = post(m_bob, "@alice hello", "direct", first);
    const QString group = post(m_alice, "@bob @carol all of us");
    post(m_alice, "public, not a conversation @bob", "public");

    QJsonArray mine = conversations(m_alice);
    QCOMPARE(mine.size(), 2);
    // Newest last status first; the thread with bob ends with his reply.
    QCOMPARE(QJsonValue(mine[0])["last_status"]["id"].toString(), group);
    QCOMPARE(accountIds(mine[0]), (QStringList{m_bob.idString, m_carol.idString}));
    QCOMPARE(QJsonValue(mine[0])["unread"].toBool(true), false); // she wrote it
    QCOMPARE(QJsonValue(mine[1])["last_status"]["id"].toString(), reply);
    QCOMPARE(accountIds(mine[1]), QStringList{m_bob.idString});
    QCOMPARE(QJsonValue(mine[1])["unread"].toBool(), true); // bob answered

    QJsonArray bobs = conversations(m_bob);
    QCOMPARE(bobs.size(), 2);
    QCOMPARE(accountIds(bobs[0]), (QStringList{m_alice.idString, m_carol.idString}));
    QCOMPARE(QJsonValue(bobs[0])["unread"].toBool(), true);
    QCOMPARE(QJsonValue(bobs[1])["unread"].toBool(true), false);

    QJsonArray carols = conversations(m_carol);
    QCOMPARE(carols.size(), 1);
    QCOMPARE(QJsonValue(carols[0])["last_status"]["id"].toString(), group);
    QCOMPARE(conversations(m_dave).size(), 0);

    // A note to oneself shows oneself.
    post(m_dave, "note to self");
    const QJsonArray daves = conversations(m_dave);
    QCOMPARE(daves.size(), 1);
    QCOMPARE(accountIds(daves[0]), QStringList{m_dave.idString});

    // Paging by last status.
    const auto page = m_server->get("/api/v1/conversations?limit=1", m_alice.token);
    QCOMPARE(page.array().size(), 1);
    const QUrl next = tusk::test::LinkHeader::parse(page.header("Link")).links.value("next");
    QVERIFY(next.isValid());
    const QJsonArray second =
        m_server->get(next.path() + '?' + next.query(), m_alice.token).array();
    QCOMPARE(second.size(), 1);
    QCOMPARE(QJsonValue(second[0])["last_status"]["id"].toString(), reply);
}

// Mastodon files a status under (thread, other participants): a reply in the same thread with
// the same people joins the conversation; another person, or a new thread, starts another.
void TestServerConversations::threadsAndParticipants()
{
    const QString root = post(m_alice, "@bob start");
    const QString sameThread = post(m_bob, "@alice reply", "direct", root);
    QCOMPARE(conversations(m_alice).size(), 1);
    QCOMPARE(QJsonValue(conversations(m_alice)[0])["last_status"]["id"].toString(), sameThread);
    const QString widened = post(m_alice, "@bob @carol adding carol", "direct", sameThread);
    const QString newThread = post(m_alice, "@bob another topic");
    const QJsonArray mine = conversations(m_alice);
    QCOMPARE(mine.size(), 3);
    QCOMPARE(QJsonValue(mine[0])["last_status"]["id"].toString(), newThread);
    QCOMPARE(accountIds(mine[0]), QStringList{m_bob.idString});
    QCOMPARE(QJsonValue(mine[1])["last_status"]["id"].toString(), widened);
    QCOMPARE(accountIds(mine[1]), (QStringList{m_bob.idString, m_carol.idString}));
    QCOMPARE(QJsonValue(mine[2])["last_status"]["id"].toString(), sameThread);
    // A reply in a public thread is still a conversation of its own thread.
    const QString open = post(m_alice, "public question", "public");
    const QString privately = post(m_bob, "@alice answering privately", "direct", open);
    QCOMPARE(QJsonValue(conversations(m_bob)[0])["last_status"]["id"].toString(), privately);
}

void TestServerConversations::readAndDelete()
{
    post(m_alice, "@bob psst");
    QJsonArray bobs = conversations(m_bob);
    QCOMPARE(bobs.size(), 1);
    const QString id = QJsonValue(bobs[0])["id"].toString();
    QCOMPARE(QJsonValue(bobs[0])["unread"].toBool(), true);
    // Only the owner may touch it.
    QCOMPARE(m_server->postForm("/api/v1/conversations/" + id + "/read", {}, m_alice.token).status,
             404);
    QCOMPARE(m_server->del("/api/v1/conversations/" + id, m_carol.token).status, 404);
    auto r = m_server->postForm("/api/v1/conversations/" + id + "/read", {}, m_bob.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["unread"].toBool(true), false);
    QCOMPARE(QJsonValue(conversations(m_bob)[0])["unread"].toBool(true), false);
    QCOMPARE(m_server->del("/api/v1/conversations/" + id, m_bob.token).status, 200);
    QCOMPARE(conversations(m_bob).size(), 0);
    QCOMPARE(conversations(m_alice).size(), 1); // hers stays
}

void TestServerConversations::lastStatusFollowsDeletes()
{
    const QString first = post(m_alice, "@bob one");
    const QString second = post(m_alice, "@bob two", "direct", first);
    QCOMPARE(QJsonValue(conversations(m_bob)[0])["last_status"]["id"].toString(), second);
    QCOMPARE(m_server->del("/api/v1/statuses/" + second, m_alice.token).status, 200);
    QCOMPARE(QJsonValue(conversations(m_bob)[0])["last_status"]["id"].toString(), first);
    QCOMPARE(m_server->del("/api/v1/statuses/" + first, m_alice.token).status, 200);
    QCOMPARE(conversations(m_bob).size(), 0);
}

void TestServerConversations::directStream()
{
    SseClient sse(*m_server, "/api/v1/streaming/direct", m_bob.token);
    QVERIFY(sse.waitOpen());
    WsClient ws(wsRequest(*m_server, "/api/v1/streaming?stream=direct", m_bob.token));
    QVERIFY(ws.waitConnected());
    SseClient carols(*m_server, "/api/v1/streaming/direct", m_carol.token);
    QVERIFY(carols.waitOpen());
    QTest::qWait(100);
    post(m_alice, "public chatter", "public");
    const QString dm = post(m_alice, "@bob direct");
    QVERIFY(QTest::qWaitFor([&] { return !sse.events.isEmpty() && !ws.frames.isEmpty(); }, 5000));
    QTest::qWait(100);
    QCOMPARE(sse.events.size(), 1);
    QCOMPARE(sse.events[0].name, "conversation");
    const QJsonObject c = sse.events[0].json();
    QCOMPARE(c["last_status"]["id"].toString(), dm);
    QCOMPARE(c["unread"].toBool(), true);
    QCOMPARE(c["accounts"][0]["id"].toString(), m_alice.idString);
    QCOMPARE(ws.frames.size(), 1);
    QCOMPARE(ws.frames[0]["stream"].toArray(), QJsonArray{"direct"});
    QCOMPARE(ws.frames[0]["event"].toString(), "conversation");
    QCOMPARE(ws.payload(0)["id"].toString(), c["id"].toString());
    QCOMPARE(carols.events.size(), 0);
    // The stream needs a user.
    QCOMPARE(m_server->get("/api/v1/streaming/direct").status, 401);
}

void TestServerConversations::groupKeys()
{
    const QString status = post(m_alice, "like me", "public");
    for (const TestServer::User *u : {&m_bob, &m_carol})
        QCOMPARE(
            m_server->postForm("/api/v1/statuses/" + status + "/favourite", {}, u->token).status,
            200);
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + status + "/reblog", {}, m_dave.token).status,
             200);
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_bob.token)
                 .status,
             200);
    post(m_bob, "@alice mentioned", "public");
    const QJsonArray v1 = m_server->get("/api/v1/notifications", m_alice.token).array();
    QCOMPARE(v1.size(), 5);
    const qint64 hour = QDateTime::currentSecsSinceEpoch() / 3600;
    QHash<QString, QStringList> keysByType;
    for (const QJsonValue &n : v1)
        keysByType[n["type"].toString()].append(n["group_key"].toString());
    auto bucketed = [&](const QString &key, const QString &prefix) {
        if (!key.startsWith(prefix))
            return false;
        const qint64 bucket = key.mid(prefix.size()).toLongLong();
        return bucket == hour || bucket == hour - 1; // the hour may turn during the test
    };
    QCOMPARE(keysByType["favourite"].size(), 2);
    QCOMPARE(keysByType["favourite"][0], keysByType["favourite"][1]);
    QVERIFY2(bucketed(keysByType["favourite"][0], "favourite-" + status + "-"),
             qPrintable(keysByType["favourite"][0]));
    QVERIFY(bucketed(keysByType["reblog"][0], "reblog-" + status + "-"));
    QVERIFY(bucketed(keysByType["follow"][0], "follow-"));
    const QString mentionId = [&] {
        for (const QJsonValue &n : v1)
            if (n["type"].toString() == "mention")
                return n["id"].toString();
        return QString();
    }();
    QCOMPARE(keysByType["mention"][0], "ungrouped-" + mentionId);
}

void TestServerConversations::groupedPage()
{
    const QString status = post(m_alice, "popular", "public");
    post(m_bob, "@alice first mention", "public");
    for (const TestServer::User *u : {&m_bob, &m_carol, &m_dave})
        m_server->postForm("/api/v1/statuses/" + status + "/favourite", {}, u->token);
    post(m_carol, "@alice second mention", "public");

    auto r = m_server->get("/api/v2/notifications", m_alice.token);
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    const QJsonArray groups = o["notification_groups"].toArray();
    QCOMPARE(groups.size(), 3); // mention, three favourites, mention
    QCOMPARE(QJsonValue(groups[0])["type"].toString(), "mention");
    QCOMPARE(QJsonValue(groups[1])["type"].toString(), "favourite");
    QCOMPARE(QJsonValue(groups[2])["type"].toString(), "mention");
    const QJsonObject favs = groups[1].toObject();
    QCOMPARE(favs["notifications_count"].toInt(), 3);
    QCOMPARE(favs["status_id"].toString(), status);
    QVERIFY(favs["group_key"].toString().startsWith("favourite-" + status + "-"));
    const QJsonArray sample = favs["sample_account_ids"].toArray();
    QCOMPARE(sample, (QJsonArray{m_dave.idString, m_carol.idString, m_bob.idString}));
    QVERIFY(favs["page_min_id"].toString().toLongLong() <
            favs["page_max_id"].toString().toLongLong());
    QCOMPARE(favs["most_recent_notification_id"].toString(), favs["page_max_id"].toString());
    QVERIFY(!favs["latest_page_notification_at"].toString().isEmpty());
    QVERIFY(QJsonValue(groups[0])["group_key"].toString().startsWith("ungrouped-"));
    QCOMPARE(QJsonValue(groups[0])["notifications_count"].toInt(), 1);
    // Accounts and statuses come once each, beside the groups.
    QCOMPARE(o["accounts"].toArray().size(), 3);
    QCOMPARE(o["statuses"].toArray().size(), 3);

    // Two groups per page. A full page counts a group only within its own id range, so the
    // older favourites come again on the next page under the same key (Mastodon's paging).
    r = m_server->get("/api/v2/notifications?limit=2", m_alice.token);
    const QJsonArray firstPage = r.object()["notification_groups"].toArray();
    QCOMPARE(firstPage.size(), 2);
    QCOMPARE(QJsonValue(firstPage[1])["notifications_count"].toInt(), 1);
    const QUrl next = tusk::test::LinkHeader::parse(r.header("Link")).links.value("next");
    QVERIFY(next.isValid());
    r = m_server->get(next.path() + '?' + next.query(), m_alice.token);
    const QJsonArray rest = r.object()["notification_groups"].toArray();
    QCOMPARE(rest.size(), 2);
    QCOMPARE(QJsonValue(rest[0])["group_key"].toString(), favs["group_key"].toString());
    QCOMPARE(QJsonValue(rest[0])["notifications_count"].toInt(), 2);
    QCOMPARE(QJsonValue(rest[1])["type"].toString(), "mention");
}

void TestServerConversations::groupedFilters()
{
    const QString status = post(m_alice, "popular", "public");
    for (const TestServer::User *u : {&m_bob, &m_carol})
        m_server->postForm("/api/v1/statuses/" + status + "/favourite", {}, u->token);
    post(m_bob, "@alice hi", "public");
    auto groupsOf = [&](const QString &query) {
        return m_server->get("/api/v2/notifications" + query, m_alice.token)
            .object()["notification_groups"]
            .toArray();
    };
    QCOMPARE(groupsOf("?types[]=favourite").size(), 1);
    QCOMPARE(groupsOf("?exclude_types[]=favourite").size(), 1);
    QCOMPARE(groupsOf("?account_id=" + m_carol.idString).size(), 1);
    // The filter picks groups; a picked group is described whole (Mastodon's load_groups_data).
    QCOMPARE(
        QJsonValue(groupsOf("?account_id=" + m_carol.idString)[0])["notifications_count"].toInt(),
        2);
    // grouped_types without favourite: each favourite stands alone.
    const QJsonArray ungrouped = groupsOf("?grouped_types[]=reblog");
    QCOMPARE(ungrouped.size(), 3);
    for (const QJsonValue &g : ungrouped)
        QVERIFY(g["group_key"].toString().startsWith("ungrouped-"));
}

void TestServerConversations::groupDetails()
{
    const QString status = post(m_alice, "popular", "public");
    for (const TestServer::User *u : {&m_bob, &m_carol})
        m_server->postForm("/api/v1/statuses/" + status + "/favourite", {}, u->token);
    const QString key = m_server->get("/api/v2/notifications", m_alice.token)
                            .object()
                            .value("notification_groups")[0]["group_key"]
                            .toString();
    auto r = m_server->get("/api/v2/notifications/" + key, m_alice.token);
    QCOMPARE(r.status, 200);
    const QJsonArray one = r.object()["notification_groups"].toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(QJsonValue(one[0])["notifications_count"].toInt(), 2);
    r = m_server->get("/api/v2/notifications/" + key + "/accounts", m_alice.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.array().size(), 2);
    QCOMPARE(r.array().at(0).toObject().value("id").toString(), m_carol.idString);
    // Someone else's key is unknown to them.
    QCOMPARE(m_server->get("/api/v2/notifications/" + key, m_bob.token).status, 404);
    QCOMPARE(
        m_server->postForm("/api/v2/notifications/" + key + "/dismiss", {}, m_bob.token).status,
        404);
    QCOMPARE(
        m_server->postForm("/api/v2/notifications/" + key + "/dismiss", {}, m_alice.token).status,
        200);
    QCOMPARE(m_server->get("/api/v2/notifications/" + key, m_alice.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/notifications", m_alice.token).array().size(), 0);
    // An ungrouped key works the same way.
    post(m_bob, "@alice ping", "public");
    const QString single = m_server->get("/api/v1/notifications", m_alice.token)
                               .array()
                               .at(0)
                               .toObject()
                               .value("group_key")
                               .toString();
    QVERIFY(single.startsWith("ungrouped-"));
    QCOMPARE(m_server->get("/api/v2/notifications/" + single, m_alice.token).status, 200);
}

void TestServerConversations::unreadCounts()
{
    const QString status = post(m_alice, "popular", "public");
    for (const TestServer::User *u : {&m_bob, &m_carol, &m_dave})
        m_server->postForm("/api/v1/statuses/" + status + "/favourite", {}, u->token);
    post(m_bob, "@alice hi", "public");
    auto count = [&](const QString &path) {
        const auto r = m_server->get(path, m_alice.token);
        if (r.status != 200)
            qWarning("%s: %d", qPrintable(path), r.status);
        return r.object()["count"].toInt(-1);
    };
    QCOMPARE(count("/api/v1/notifications/unread_count"), 4);
    QCOMPARE(count("/api/v2/notifications/unread_count"), 2); // favourites group + mention
    QCOMPARE(count("/api/v1/notifications/unread_count?limit=2"), 2);
    QCOMPARE(count("/api/v1/notifications/unread_count?types[]=mention"), 1);
    // Reading up to the newest favourite leaves the mention.
    const QJsonArray all = m_server->get("/api/v1/notifications", m_alice.token).array();
    QCOMPARE(QJsonValue(all[0])["type"].toString(), "mention");
    QCOMPARE(m_server
                 ->postForm("/api/v1/markers",
                            {{"notifications[last_read_id]", QJsonValue(all[1])["id"].toString()}},
                            m_alice.token)
                 .status,
             200);
    QCOMPARE(count("/api/v1/notifications/unread_count"), 1);
    QCOMPARE(count("/api/v2/notifications/unread_count"), 1);
    QCOMPARE(m_server->get("/api/v1/notifications/unread_count", m_bob.token)
                 .object()["count"]
                 .toInt(-1),
             0);
}

QTEST_GUILESS_MAIN(TestServerConversations)
#include "tst_server_conversations.moc"
