// Polls over real HTTP: creation in form and JSON shape with Mastodon's validation, the poll
// entity per viewer (voted, own_votes, hidden totals), voting rules and visibility.
#include "testserver.h"

#include <QTest>
#include <QThread>

using tusk::test::TestServer;

class TestServerPolls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void createForm();
    void createJson();
    void validation_data();
    void validation();
    void voting();
    void multipleChoice();
    void hiddenTotals();
    void expiry();
    void visibility();

private:
    QJsonObject createPoll(const TestServer::User &who, const QJsonObject &poll,
                           const QString &visibility = QStringLiteral("public"));
    TestServer::Reply vote(const QString &pollId, const QByteArray &token,
                           const QList<int> &choices);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol;
};

void TestServerPolls::initTestCase()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    config.minPollExpirySecs = 1; // lets expiry() end a poll in a second
    config.pollCheckMs = 100;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
}

QJsonObject TestServerPolls::createPoll(const TestServer::User &who, const QJsonObject &poll,
                                        const QString &visibility)
{
    const auto r = m_server->postJson(
        "/api/v1/statuses", {{"status", "a question"}, {"visibility", visibility}, {"poll", poll}},
        who.token);
    if (r.status != 200)
        qWarning("poll post failed: %d %s", r.status, r.body.constData());
    return r.object();
}

TestServer::Reply TestServerPolls::vote(const QString &pollId, const QByteArray &token,
                                        const QList<int> &choices)
{
    QList<QPair<QString, QString>> fields;
    for (int c : choices)
        fields.append({"choices[]", QString::number(c)});
    return m_server->postForm("/api/v1/polls/" + pollId + "/votes", fields, token);
}

void TestServerPolls::createForm()
{
    // Mastodon.py and the web UI send the Rails form shape.
    const auto r = m_server->postForm("/api/v1/statuses",
                                      {{"status", "Tea or coffee?"},
                                       {"poll[options][]", "tea"},
                                       {"poll[options][]", "coffee"},
                                       {"poll[expires_in]", "3600"},
                                       {"poll[multiple]", "true"},
                                       {"poll[hide_totals]", "0"}},
                                      m_alice.token);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject poll = r.object().value("poll").toObject();
    QVERIFY(!poll.value("id").toString().isEmpty());
    QCOMPARE(poll.value("multiple").toBool(), true);
    QCOMPARE(poll.value("expired").toBool(), false);
    QCOMPARE(poll.value("votes_count").toInt(), 0);
    QCOMPARE(poll.value("voters_count").toInt(), 0);
    const QJsonArray options = poll.value("options").toArray();
    QCOMPARE(options.size(), 2);
    QCOMPARE(options[0].toObject().value("title").toString(), "tea");
    QCOMPARE(options[1].toObject().value("votes_count").toInt(), 0);
    // expires_at about an hour from now.
    const QDateTime expires =
        QDateTime::fromString(poll.value("expires_at").toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);
    // The author counts as having voted and has no own votes.
    QCOMPARE(poll.value("voted").toBool(), true);
    QCOMPARE(poll.value("own_votes").toArray().size(), 0);
}

void TestServerPolls::createJson()
{
    const QJsonObject status = createPoll(
        m_alice, {{"options", QJsonArray{"yes", "no", "maybe"}}, {"expires_in", "86400"}});
    const QJsonObject poll = status.value("poll").toObject();
    QCOMPARE(poll.value("options").toArray().size(), 3);
    QCOMPARE(poll.value("multiple").toBool(), false);
    // Another viewer: not voted; anonymous: no voted/own_votes keys at all.
    const QString id = status.value("id").toString();
    const QJsonObject asBob =
        m_server->get("/api/v1/statuses/" + id, m_bob.token).object().value("poll").toObject();
    QCOMPARE(asBob.value("voted").toBool(true), false);
    const QJsonObject anon =
        m_server->get("/api/v1/statuses/" + id).object().value("poll").toObject();
    QVERIFY(!anon.contains("voted"));
    QVERIFY(!anon.contains("own_votes"));
    QCOMPARE(m_server->get("/api/v1/polls/" + poll.value("id").toString()).status, 200);
}

void TestServerPolls::validation_data()
{
    QTest::addColumn<QJsonObject>("poll");
    QTest::newRow("one option") << QJsonObject{{"options", QJsonArray{"a"}}, {"expires_in", 600}};
    QTest::newRow("five options (limit 4)")
        << QJsonObject{{"options", QJsonArray{"a", "b", "c", "d", "e"}}, {"expires_in", 600}};
    QTest::newRow("duplicate options")
        << QJsonObject{{"options", QJsonArray{"a", "a"}}, {"expires_in", 600}};
    QTest::newRow("blank option") << QJsonObject{{"options", QJsonArray{"a", " "}},
                                                 {"expires_in", 600}};
    QTest::newRow("option too long")
        << QJsonObject{{"options", QJsonArray{"a", QString(51, u'x')}}, {"expires_in", 600}};
    QTest::newRow("no expiry") << QJsonObject{{"options", QJsonArray{"a", "b"}}};
    QTest::newRow("expiry beyond a month")
        << QJsonObject{{"options", QJsonArray{"a", "b"}}, {"expires_in", 3000000}};
    QTest::newRow("expiry not a number")
        << QJsonObject{{"options", QJsonArray{"a", "b"}}, {"expires_in", "soon"}};
}

void TestServerPolls::validation()
{
    QFETCH(QJsonObject, poll);
    const auto r =
        m_server->postJson("/api/v1/statuses", {{"status", "q"}, {"poll", poll}}, m_alice.token);
    QCOMPARE(r.status, 422);
    QVERIFY(r.object().value("error").toString().contains("Poll"));
}

void TestServerPolls::voting()
{
    const QJsonObject status =
        createPoll(m_alice, {{"options", QJsonArray{"red", "green", "blue"}}, {"expires_in", 600}});
    const QString pollId = status.value("poll").toObject().value("id").toString();
    QVERIFY(!pollId.isEmpty());

    QCOMPARE(vote(pollId, m_alice.token, {0}).status, 422); // own poll
    QCOMPARE(vote(pollId, m_bob.token, {3}).status, 422);   // no such option
    QCOMPARE(vote(pollId, m_bob.token, {-1}).status, 422);
    QCOMPARE(vote(pollId, m_bob.token, {}).status, 422);
    QCOMPARE(vote(pollId, m_bob.token, {0, 1}).status, 422); // single choice
    const auto voted = vote(pollId, m_bob.token, {1});
    QVERIFY2(voted.status == 200, voted.body.constData());
    const QJsonObject poll = voted.object();
    QCOMPARE(poll.value("voted").toBool(), true);
    QCOMPARE(poll.value("own_votes").toArray(), QJsonArray{1});
    QCOMPARE(poll.value("votes_count").toInt(), 1);
    QCOMPARE(poll.value("options").toArray()[1].toObject().value("votes_count").toInt(), 1);
    QCOMPARE(vote(pollId, m_bob.token, {2}).status, 422); // already voted

    // The JSON shape of the vote works too, and everyone sees the count.
    QCOMPARE(m_server
                 ->postJson("/api/v1/polls/" + pollId + "/votes", {{"choices", QJsonArray{"1"}}},
                            m_carol.token)
                 .status,
             200);
    const QJsonObject seen =
        m_server->get("/api/v1/statuses/" + status.value("id").toString(), m_bob.token)
            .object()
            .value("poll")
            .toObject();
    QCOMPARE(seen.value("votes_count").toInt(), 2);
    QCOMPARE(seen.value("voters_count").toInt(), 2);
    QCOMPARE(seen.value("own_votes").toArray(), QJsonArray{1});

    // Scopes: voting needs write:statuses; reading the poll read:statuses.
    QCOMPARE(vote(pollId, m_server->token("carol", "read"), {0}).status, 403);
    QCOMPARE(m_server->get("/api/v1/polls/" + pollId, m_server->token("carol", "write")).status,
             403);
    QCOMPARE(vote(pollId, {}, {0}).status, 401);
    QCOMPARE(m_server->get("/api/v1/polls/999999").status, 404);
}

void TestServerPolls::multipleChoice()
{
    const QJsonObject status = createPoll(
        m_alice, {{"options", QJsonArray{"a", "b", "c"}}, {"expires_in", 600}, {"multiple", true}});
    const QString pollId = status.value("poll").toObject().value("id").toString();
    const auto voted = vote(pollId, m_bob.token, {2, 0});
    QCOMPARE(voted.status, 200);
    QCOMPARE(voted.object().value("own_votes").toArray(), (QJsonArray{0, 2}));
    QCOMPARE(voted.object().value("votes_count").toInt(), 2);  // choices
    QCOMPARE(voted.object().value("voters_count").toInt(), 1); // people
}

void TestServerPolls::hiddenTotals()
{
    const QJsonObject status = createPoll(
        m_alice, {{"options", QJsonArray{"a", "b"}}, {"expires_in", 600}, {"hide_totals", true}});
    const QString pollId = status.value("poll").toObject().value("id").toString();
    QCOMPARE(vote(pollId, m_bob.token, {0}).status, 200);
    const QJsonObject poll = m_server->get("/api/v1/polls/" + pollId, m_carol.token).object();
    // Per-option counts are null until the poll ends.
    QVERIFY(poll.value("options").toArray()[0].toObject().value("votes_count").isNull());
}

void TestServerPolls::expiry()
{
    const QJsonObject status = createPoll(
        m_alice,
        {{"options", QJsonArray{"now", "later"}}, {"expires_in", 1}, {"hide_totals", true}});
    const QString pollId = status.value("poll").toObject().value("id").toString();
    QCOMPARE(vote(pollId, m_bob.token, {0}).status, 200);
    QThread::msleep(1200);
    const auto late = vote(pollId, m_carol.token, {1});
    QCOMPARE(late.status, 422);
    QVERIFY(late.object().value("error").toString().contains("ended"));
    const QJsonObject poll = m_server->get("/api/v1/polls/" + pollId, m_carol.token).object();
    QCOMPARE(poll.value("expired").toBool(), true);
    // Ended: hidden totals are revealed.
    QCOMPARE(poll.value("options").toArray()[0].toObject().value("votes_count").toInt(), 1);

    // The author and the voter hear that it ended, once; carol (no vote) does not.
    const QString statusId = status.value("id").toString();
    auto pollNotes = [&](const QByteArray &token) {
        int n = 0;
        for (const QJsonValue &v :
             m_server->get("/api/v1/notifications?types[]=poll", token).array()) {
            const QJsonObject o = v.toObject();
            if (o.value("status").toObject().value("id").toString() == statusId &&
                o.value("type").toString() == "poll")
                ++n;
        }
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(pollNotes(m_bob.token), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pollNotes(m_alice.token), 1, 5000);
    QTest::qWait(300);
    QCOMPARE(pollNotes(m_bob.token), 1);
    QCOMPARE(pollNotes(m_carol.token), 0);
    const QJsonObject note =
        m_server->get("/api/v1/notifications?types[]=poll", m_bob.token).array().first().toObject();
    QCOMPARE(note.value("account").toObject().value("id").toString(), m_alice.idString);
    QCOMPARE(note.value("status").toObject().value("poll").toObject().value("expired").toBool(),
             true);
}

void TestServerPolls::visibility()
{
    // A poll in a followers-only post is invisible (404) to others, even by its poll id.
    const QJsonObject status =
        createPoll(m_alice, {{"options", QJsonArray{"x", "y"}}, {"expires_in", 600}},
                   QStringLiteral("private"));
    const QString pollId = status.value("poll").toObject().value("id").toString();
    QVERIFY(!pollId.isEmpty());
    QCOMPARE(m_server->get("/api/v1/polls/" + pollId, m_bob.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/polls/" + pollId).status, 404);
    QCOMPARE(vote(pollId, m_bob.token, {0}).status, 404);
    QCOMPARE(m_server->get("/api/v1/polls/" + pollId, m_alice.token).status, 200);
}

QTEST_GUILESS_MAIN(TestServerPolls)
#include "tst_server_polls.moc"
