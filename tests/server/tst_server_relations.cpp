// Blocks, account mutes, muted conversations and pins over real HTTP, with their effects on
// relationships, follows, timelines, context, notifications, account pages and streaming.
#include "testserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using tusk::test::TestServer;

class TestServerRelations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void blockEffects();
    void blockListAndUnblock();
    void muteEffects();
    void muteOptions();
    void mutedAuthorNotStreamed();
    void conversationMute();
    void pins();
    void rules_data();
    void rules();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QList<QPair<QString, QString>> &extra = {});
    QJsonObject relationship(const TestServer::User &viewer, const TestServer::User &target);
    bool contains(const QString &path, const QByteArray &token, const QString &statusId);
    int notificationCount(const TestServer::User &who);
    TestServer::Reply act(const TestServer::User &who, const TestServer::User &target,
                          const QString &action, const QList<QPair<QString, QString>> &fields = {});

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol, m_dave;
};

void TestServerRelations::init()
{
    // A fresh server per test: blocks and mutes must not leak between cases.
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
    m_dave = m_server->addUser("dave");
}

QString TestServerRelations::post(const TestServer::User &who, const QString &text,
                                  const QList<QPair<QString, QString>> &extra)
{
    QList<QPair<QString, QString>> fields{{"status", text}};
    fields += extra;
    const auto r = m_server->postForm("/api/v1/statuses", fields, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

QJsonObject TestServerRelations::relationship(const TestServer::User &viewer,
                                              const TestServer::User &target)
{
    return m_server->get("/api/v1/accounts/relationships?id[]=" + target.idString, viewer.token)
        .array()
        .first()
        .toObject();
}

bool TestServerRelations::contains(const QString &path, const QByteArray &token,
                                   const QString &statusId)
{
    const auto r = m_server->get(path, token);
    for (const QJsonValue &s : r.array()) {
        const QJsonObject o = s.toObject();
        if (o.value("id").toString() == statusId ||
            o.value("reblog").toObject().value("id").toString() == statusId)
            return true;
    }
    return false;
}

int TestServerRelations::notificationCount(const TestServer::User &who)
{
    return int(m_server->get("/api/v1/notifications?limit=80", who.token).array().size());
}

TestServer::Reply TestServerRelations::act(const TestServer::User &who,
                                           const TestServer::User &target, const QString &action,
                                           const QList<QPair<QString, QString>> &fields)
{
    return m_server->postForm("/api/v1/accounts/" + target.idString + "/" + action, fields,
                              who.token);
}

void TestServerRelations::blockEffects()
{
    // alice and carol follow each other; alice follows dave, who boosts carol.
    QCOMPARE(act(m_alice, m_carol, "follow").status, 200);
    QCOMPARE(act(m_carol, m_alice, "follow").status, 200);
    QCOMPARE(act(m_alice, m_dave, "follow").status, 200);
    const QString carolsPost = post(m_carol, "hello from carol");
    const QString alicesPost = post(m_alice, "hello from alice");
    QCOMPARE(
        m_server->postForm("/api/v1/statuses/" + carolsPost + "/reblog", {}, m_dave.token).status,
        200);
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + alicesPost + "/favourite", {}, m_carol.token)
                 .status,
             200);
    const QString carolsReply = post(m_carol, "@alice a reply", {{"in_reply_to_id", alicesPost}});
    QVERIFY(contains("/api/v1/timelines/home", m_alice.token, carolsPost));
    QVERIFY(notificationCount(m_alice) >= 2); // follow, favourite, mention

    const auto blocked = act(m_alice, m_carol, "block");
    QCOMPARE(blocked.status, 200);
    QCOMPARE(blocked.object().value("blocking").toBool(), true);
    QCOMPARE(blocked.object().value("following").toBool(), false);
    QCOMPARE(blocked.object().value("followed_by").toBool(), false);
    QCOMPARE(relationship(m_carol, m_alice).value("blocked_by").toBool(), true);
    QCOMPARE(relationship(m_carol, m_alice).value("following").toBool(), false);

    // No follow either way while the block lasts.
    QCOMPARE(act(m_carol, m_alice, "follow").status, 403);
    QCOMPARE(act(m_alice, m_carol, "follow").status, 403);

    // Gone from alice's timelines (also as dave's boost), context and notifications.
    QVERIFY(!contains("/api/v1/timelines/home", m_alice.token, carolsPost));
    QVERIFY(!contains("/api/v1/timelines/public", m_alice.token, carolsPost));
    QVERIFY(contains("/api/v1/timelines/public", m_bob.token, carolsPost));
    const QJsonObject context =
        m_server->get("/api/v1/statuses/" + alicesPost + "/context", m_alice.token).object();
    QCOMPARE(context.value("descendants").toArray().size(), 0);
    QCOMPARE(m_server->get("/api/v1/statuses/" + alicesPost + "/context", m_bob.token)
                 .object()
                 .value("descendants")
                 .toArray()
                 .size(),
             1);
    Q_UNUSED(carolsReply)
    const QByteArray notes = m_server->get("/api/v1/notifications?limit=80", m_alice.token).body;
    QVERIFY(!notes.contains(m_carol.idString.toUtf8()));
    // New interactions from carol notify nobody.
    post(m_carol, "@alice are you there?");
    QVERIFY(!m_server->get("/api/v1/notifications?limit=80", m_alice.token)
                 .body.contains(m_carol.idString.toUtf8()));

    // carol sees nothing on alice's page.
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_alice.idString + "/statuses", m_carol.token)
                 .array()
                 .size(),
             0);
}

void TestServerRelations::blockListAndUnblock()
{
    QCOMPARE(act(m_alice, m_bob, "block").status, 200);
    QCOMPARE(act(m_alice, m_carol, "block").status, 200);
    QCOMPARE(act(m_alice, m_bob, "block").status, 200); // twice is fine
    auto list = m_server->get("/api/v1/blocks?limit=1", m_alice.token);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array()[0].toObject().value("id").toString(), m_carol.idString); // newest first
    const auto links = tusk::test::LinkHeader::parse(list.header("Link"));
    QVERIFY(links.links.contains("next"));
    list = m_server->get(
        links.links.value("next").toString(QUrl::RemoveScheme | QUrl::RemoveAuthority),
        m_alice.token);
    QCOMPARE(list.array().size(), 1);
    QCOMPARE(list.array()[0].toObject().value("id").toString(), m_bob.idString);
    QCOMPARE(m_server->get("/api/v1/blocks", m_bob.token).array().size(), 0);

    const auto unblocked = act(m_alice, m_bob, "unblock");
    QCOMPARE(unblocked.status, 200);
    QCOMPARE(unblocked.object().value("blocking").toBool(), false);
    QCOMPARE(m_server->get("/api/v1/blocks", m_alice.token).array().size(), 1);
    QCOMPARE(act(m_bob, m_alice, "follow").status, 200);
}

void TestServerRelations::muteEffects()
{
    QCOMPARE(act(m_alice, m_dave, "follow").status, 200);
    QCOMPARE(act(m_alice, m_bob, "follow").status, 200);
    const QString before = post(m_dave, "dave before");
    const auto muted = act(m_alice, m_dave, "mute");
    QCOMPARE(muted.status, 200);
    QCOMPARE(muted.object().value("muting").toBool(), true);
    QCOMPARE(muted.object().value("muting_notifications").toBool(), true);
    QVERIFY(muted.object().value("muting_expires_at").isNull());
    QCOMPARE(muted.object().value("following").toBool(), true); // a mute keeps the follow
    // dave does not learn about it.
    QCOMPARE(relationship(m_dave, m_alice).value("blocked_by").toBool(), false);

    const QString after = post(m_dave, "dave after @alice");
    QVERIFY(!contains("/api/v1/timelines/home", m_alice.token, before));
    QVERIFY(!contains("/api/v1/timelines/home", m_alice.token, after));
    QVERIFY(!contains("/api/v1/timelines/public", m_alice.token, after));
    // A boost of dave by bob is hidden too.
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + before + "/reblog", {}, m_bob.token).status,
             200);
    QVERIFY(!contains("/api/v1/timelines/home", m_alice.token, before));
    // No mention notification from a muted account.
    QVERIFY(!m_server->get("/api/v1/notifications", m_alice.token)
                 .body.contains(m_dave.idString.toUtf8()));
    // dave's own page still shows his posts to alice (Mastodon does the same).
    QVERIFY(contains("/api/v1/accounts/" + m_dave.idString + "/statuses", m_alice.token, after));

    const auto mutes = m_server->get("/api/v1/mutes", m_alice.token);
    QCOMPARE(mutes.array().size(), 1);
    QCOMPARE(mutes.array()[0].toObject().value("id").toString(), m_dave.idString);

    QCOMPARE(act(m_alice, m_dave, "unmute").object().value("muting").toBool(), false);
    QVERIFY(contains("/api/v1/timelines/home", m_alice.token, after));
    QCOMPARE(m_server->get("/api/v1/mutes", m_alice.token).array().size(), 0);
}

void TestServerRelations::muteOptions()
{
    // notifications=false: posts hidden, notifications still come.
    const auto r = act(m_alice, m_bob, "mute", {{"notifications", "false"}, {"duration", "3600"}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value("muting_notifications").toBool(), false);
    const QDateTime expires =
        QDateTime::fromString(r.object().value("muting_expires_at").toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);
    post(m_bob, "@alice hi");
    QCOMPARE(notificationCount(m_alice), 1);

    // A mute that has run out is no mute.
    QCOMPARE(act(m_alice, m_carol, "mute", {{"duration", "1"}}).status, 200);
    QTest::qWait(1100);
    QCOMPARE(relationship(m_alice, m_carol).value("muting").toBool(), false);
    const QString later = post(m_carol, "carol again");
    QVERIFY(contains("/api/v1/timelines/public", m_alice.token, later));
}

void TestServerRelations::mutedAuthorNotStreamed()
{
    QCOMPARE(act(m_alice, m_dave, "mute").status, 200);
    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    QStringList updates;
    connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
        if (frame.value("event").toString() == "update")
            updates.append(QJsonDocument::fromJson(frame.value("payload").toString().toUtf8())
                               .object()
                               .value("id")
                               .toString());
    });
    QUrl url = m_server->url();
    url.setScheme("ws");
    url.setPath("/api/v1/streaming");
    url.setQuery("stream=public&access_token=" + QString::fromLatin1(m_alice.token));
    ws.open(url);
    QVERIFY(connected.wait(5000));
    QTest::qWait(100);
    const QString muted = post(m_dave, "you will not see this");
    const QString shown = post(m_bob, "but this");
    QTRY_VERIFY_WITH_TIMEOUT(updates.contains(shown), 5000);
    QVERIFY(!updates.contains(muted));
    ws.close();
}

void TestServerRelations::conversationMute()
{
    const QString root = post(m_bob, "a thread");
    const QString reply = post(m_alice, "@bob first reply", {{"in_reply_to_id", root}});
    QCOMPARE(notificationCount(m_bob), 1);
    const auto muted = m_server->postForm("/api/v1/statuses/" + reply + "/mute", {}, m_bob.token);
    QCOMPARE(muted.status, 200);
    QCOMPARE(muted.object().value("muted").toBool(), true);
    // The whole thread is muted, from any status in it.
    QCOMPARE(
        m_server->get("/api/v1/statuses/" + root, m_bob.token).object().value("muted").toBool(),
        true);
    QCOMPARE(
        m_server->get("/api/v1/statuses/" + root, m_alice.token).object().value("muted").toBool(),
        false);
    post(m_alice, "@bob second reply", {{"in_reply_to_id", reply}});
    QCOMPARE(
        m_server->postForm("/api/v1/statuses/" + root + "/favourite", {}, m_alice.token).status,
        200);
    QCOMPARE(notificationCount(m_bob), 1);
    // Elsewhere alice still reaches bob.
    post(m_alice, "@bob a new topic");
    QCOMPARE(notificationCount(m_bob), 2);

    QCOMPARE(m_server->postForm("/api/v1/statuses/" + root + "/unmute", {}, m_bob.token)
                 .object()
                 .value("muted")
                 .toBool(),
             false);
    post(m_alice, "@bob third reply", {{"in_reply_to_id", root}});
    QCOMPARE(notificationCount(m_bob), 3);
    // A status bob cannot see cannot be muted.
    const QString secret = post(m_alice, "secret", {{"visibility", "private"}});
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + secret + "/mute", {}, m_bob.token).status,
             404);
}

void TestServerRelations::pins()
{
    const QString a = post(m_alice, "pin one");
    const QString b = post(m_alice, "pin two", {{"visibility", "private"}});
    const auto pinned = m_server->postForm("/api/v1/statuses/" + a + "/pin", {}, m_alice.token);
    QCOMPARE(pinned.status, 200);
    QCOMPARE(pinned.object().value("pinned").toBool(), true);
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + b + "/pin", {}, m_alice.token).status, 200);
    // Newest pin first; the private one only for those who may see it.
    const QString path = "/api/v1/accounts/" + m_alice.idString + "/statuses?pinned=true";
    QJsonArray list = m_server->get(path, m_alice.token).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].toObject().value("id").toString(), b);
    QCOMPARE(list[1].toObject().value("pinned").toBool(), true);
    list = m_server->get(path).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value("id").toString(), a);
    QVERIFY(!list[0].toObject().contains("pinned") || list[0].toObject().value("pinned").isNull());
    // Not someone else's, not direct, not a boost, at most five.
    const QString bobs = post(m_bob, "bob's");
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + bobs + "/pin", {}, m_alice.token).status,
             422);
    const QString direct = post(m_alice, "@bob psst", {{"visibility", "direct"}});
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + direct + "/pin", {}, m_alice.token).status,
             422);
    const auto boost =
        m_server->postForm("/api/v1/statuses/" + bobs + "/reblog", {}, m_alice.token);
    QCOMPARE(m_server
                 ->postForm("/api/v1/statuses/" + boost.object().value("id").toString() + "/pin",
                            {}, m_alice.token)
                 .status,
             422);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            m_server
                ->postForm("/api/v1/statuses/" + post(m_alice, QString("more %1").arg(i)) + "/pin",
                           {}, m_alice.token)
                .status,
            200);
    QCOMPARE(
        m_server->postForm("/api/v1/statuses/" + post(m_alice, "sixth") + "/pin", {}, m_alice.token)
            .status,
        422);
    // Unpin.
    const auto unpinned = m_server->postForm("/api/v1/statuses/" + a + "/unpin", {}, m_alice.token);
    QCOMPARE(unpinned.object().value("pinned").toBool(), false);
    QCOMPARE(m_server->get(path, m_alice.token).array().size(), 4);
    // A deleted status leaves the pins.
    QCOMPARE(m_server->del("/api/v1/statuses/" + b, m_alice.token).status, 200);
    QCOMPARE(m_server->get(path, m_alice.token).array().size(), 3);
}

void TestServerRelations::rules_data()
{
    QTest::addColumn<QString>("action");
    for (const char *a : {"block", "unblock", "mute", "unmute"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestServerRelations::rules()
{
    QFETCH(QString, action);
    QCOMPARE(act(m_alice, m_alice, action).status, 422); // oneself
    QCOMPARE(m_server->postForm("/api/v1/accounts/999999/" + action, {}, m_alice.token).status,
             404);
    // `follow` (legacy) covers blocks and mutes; `read` does not.
    QCOMPARE(m_server
                 ->postForm("/api/v1/accounts/" + m_bob.idString + "/" + action, {},
                            m_server->token("alice", "follow"))
                 .status,
             200);
    QCOMPARE(m_server
                 ->postForm("/api/v1/accounts/" + m_bob.idString + "/" + action, {},
                            m_server->token("alice", "read"))
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestServerRelations)
#include "tst_server_relations.moc"
