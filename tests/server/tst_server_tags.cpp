// Hashtags over real HTTP: the tag timeline (any/all/none, local, remote, only_media, paging),
// the Tag entity with its history, and followed tags feeding the home timeline.
#include "testserver.h"

#include <QTest>

using tusk::test::TestServer;

class TestServerTags : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void tagTimeline_data();
    void tagTimeline();
    void tagTimelineShowsOnlyPublicOriginals();
    void tagTimelinePages();
    void tagEntityAndHistory();
    void followedTagsFeedHome();
    void followedTagsList();
    void invalidNames();
    void blockedAndMutedStayOut();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QString &visibility = QStringLiteral("public"));
    QStringList ids(const QString &path, const QByteArray &token = {});

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestServerTags::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
}

QString TestServerTags::post(const TestServer::User &who, const QString &text,
                             const QString &visibility)
{
    const auto r = m_server->postForm("/api/v1/statuses",
                                      {{"status", text}, {"visibility", visibility}}, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

QStringList TestServerTags::ids(const QString &path, const QByteArray &token)
{
    const auto r = m_server->get(path, token);
    if (r.status != 200)
        qWarning("%s: %d %s", qPrintable(path), r.status, r.body.left(200).constData());
    QStringList out;
    for (const QJsonValue &s : r.array())
        out.append(s["id"].toString());
    return out;
}

void TestServerTags::tagTimeline_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // labels, newest first
    QTest::newRow("one tag") << "cats" << QStringList{"cats dogs", "cats"};
    QTest::newRow("case and #") << "%23CATS" << QStringList{"cats dogs", "cats"};
    QTest::newRow("any") << "cats?any[]=birds" << QStringList{"birds", "cats dogs", "cats"};
    QTest::newRow("all") << "cats?all[]=dogs" << QStringList{"cats dogs"};
    QTest::newRow("none") << "cats?none[]=dogs" << QStringList{"cats"};
    QTest::newRow("any and none") << "cats?any[]=birds&none[]=dogs" << QStringList{"birds", "cats"};
    QTest::newRow("local") << "cats?local=true" << QStringList{"cats dogs", "cats"};
    QTest::newRow("remote: nothing here is") << "cats?remote=true" << QStringList{};
    QTest::newRow("only_media: none have") << "cats?only_media=true" << QStringList{};
    QTest::newRow("unknown tag") << "nosuchtag" << QStringList{};
}

void TestServerTags::tagTimeline()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QHash<QString, QString> byLabel;
    byLabel["cats"] = post(m_alice, "I like #cats");
    byLabel["cats dogs"] = post(m_bob, "#Cats and #dogs");
    byLabel["birds"] = post(m_alice, "only #birds");
    post(m_alice, "no tags at all");
    QStringList want;
    for (const QString &label : expected)
        want.append(byLabel.value(label));
    QCOMPARE(ids("/api/v1/timelines/tag/" + query), want);              // anonymous
    QCOMPARE(ids("/api/v1/timelines/tag/" + query, m_bob.token), want); // signed in
}

void TestServerTags::tagTimelineShowsOnlyPublicOriginals()
{
    const QString pub = post(m_alice, "public #fish");
    post(m_alice, "unlisted #fish", "unlisted");
    post(m_alice, "private #fish", "private");
    post(m_alice, "direct #fish @bob", "direct");
    // A boost is not a second entry.
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + pub + "/reblog", {}, m_bob.token).status,
             200);
    for (const QByteArray &token : {QByteArray(), m_alice.token, m_bob.token})
        QCOMPARE(ids("/api/v1/timelines/tag/fish", token), QStringList{pub});
}

void TestServerTags::tagTimelinePages()
{
    QStringList posted;
    for (int i = 0; i < 5; ++i)
        posted.prepend(post(m_alice, QStringLiteral("#paging %1").arg(i)));
    const auto first = m_server->get("/api/v1/timelines/tag/paging?limit=2");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.array().size(), 2);
    const auto links = tusk::test::LinkHeader::parse(first.header("Link"));
    QCOMPARE(links.firstRel, QStringLiteral("next"));
    const QUrl next = links.links.value("next");
    QVERIFY(next.isValid());
    QStringList second = ids(next.path() + '?' + next.query());
    QCOMPARE(second, posted.mid(2, 2));
    QCOMPARE(ids("/api/v1/timelines/tag/paging?min_id=" + posted.at(2) + "&limit=1"),
             QStringList{posted.at(1)});
    QCOMPARE(ids("/api/v1/timelines/tag/paging?since_id=" + posted.at(2)), posted.mid(0, 2));
}

void TestServerTags::tagEntityAndHistory()
{
    post(m_alice, "#History one");
    post(m_alice, "#history two");
    post(m_bob, "#history three");
    post(m_bob, "#history private", "private"); // not counted: only public and unlisted
    auto r = m_server->get("/api/v1/tags/History", m_alice.token);
    QCOMPARE(r.status, 200);
    QJsonObject tag = r.object();
    QCOMPARE(tag["name"].toString(), "history");
    QVERIFY(!tag["id"].toString().isEmpty());
    QVERIFY(tag["url"].toString().endsWith("/tags/history"));
    QCOMPARE(tag["following"].toBool(true), false);
    const QJsonArray history = tag["history"].toArray();
    QCOMPARE(history.size(), 7);
    // Today first, every value a string as Mastodon sends it.
    QVERIFY(history[0]["day"].isString());
    QCOMPARE(history[0]["uses"].toString(), "3");
    QCOMPARE(history[0]["accounts"].toString(), "2");
    QCOMPARE(history[1]["uses"].toString(), "0");
    QCOMPARE(history[0]["day"].toString().toLongLong() - history[1]["day"].toString().toLongLong(),
             86400);
    // Anonymous: no `following`.
    r = m_server->get("/api/v1/tags/history");
    QCOMPARE(r.status, 200);
    QVERIFY(!r.object().contains("following"));
    // An unused but valid name is shown without uses.
    r = m_server->get("/api/v1/tags/neverused", m_alice.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["history"].toArray().first()["uses"].toString(), "0");
}

void TestServerTags::followedTagsFeedHome()
{
    auto r = m_server->postForm("/api/v1/tags/Rust/follow", {}, m_bob.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["following"].toBool(), true);
    QCOMPARE(r.object()["name"].toString(), "rust");
    QCOMPARE(m_server->get("/api/v1/tags/rust", m_bob.token).object()["following"].toBool(), true);

    // bob does not follow alice: her public #rust post reaches his home through the tag only.
    const QString pub = post(m_alice, "learning #RUST today");
    const QString unlisted = post(m_alice, "#rust unlisted", "unlisted");
    const QString priv = post(m_alice, "#rust private", "private");
    const QString other = post(m_alice, "#go is fine");
    const QStringList home = ids("/api/v1/timelines/home", m_bob.token);
    QVERIFY(home.contains(pub));
    QVERIFY(!home.contains(unlisted));
    QVERIFY(!home.contains(priv));
    QVERIFY(!home.contains(other));

    r = m_server->postForm("/api/v1/tags/rust/unfollow", {}, m_bob.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["following"].toBool(true), false);
    const QString later = post(m_alice, "more #rust");
    QVERIFY(!ids("/api/v1/timelines/home", m_bob.token).contains(later));
}

void TestServerTags::followedTagsList()
{
    for (const char *name : {"one", "two", "three"})
        QCOMPARE(
            m_server
                ->postForm(QStringLiteral("/api/v1/tags/%1/follow").arg(name), {}, m_alice.token)
                .status,
            200);
    // Following twice is harmless.
    QCOMPARE(m_server->postForm("/api/v1/tags/two/follow", {}, m_alice.token).status, 200);
    auto r = m_server->get("/api/v1/followed_tags?limit=2", m_alice.token);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &t : r.array()) {
        names.append(t["name"].toString());
        QCOMPARE(t["following"].toBool(), true);
    }
    QCOMPARE(names, (QStringList{"three", "two"})); // newest follow first
    const QUrl next = tusk::test::LinkHeader::parse(r.header("Link")).links.value("next");
    QVERIFY(next.isValid());
    r = m_server->get(next.path() + '?' + next.query(), m_alice.token);
    QCOMPARE(r.array().size(), 1);
    QCOMPARE(r.array().at(0).toObject().value("name").toString(), "one");
    QCOMPARE(m_server->get("/api/v1/followed_tags", m_bob.token).array().size(), 0);
}

void TestServerTags::invalidNames()
{
    QCOMPARE(m_server->get("/api/v1/tags/123", m_alice.token).status, 404); // digits only
    QCOMPARE(m_server->postForm("/api/v1/tags/a-b/follow", {}, m_alice.token).status, 404);
    QCOMPARE(m_server->postForm("/api/v1/tags/unknowntag/unfollow", {}, m_alice.token).status, 404);
}

// Mastodon keeps blocked and muted accounts out of tag timelines and search results.
void TestServerTags::blockedAndMutedStayOut()
{
    const TestServer::User carol = m_server->addUser("carol");
    const QString alices = post(m_alice, "#quiet from alice");
    const QString carols = post(carol, "#quiet from carol");
    auto searchIds = [&](const QByteArray &token) {
        QStringList out;
        for (const QJsonValue &s : m_server->get("/api/v2/search?type=statuses&q=quiet", token)
                                       .object()
                                       .value("statuses")
                                       .toArray())
            out.append(s["id"].toString());
        return out;
    };
    QCOMPARE(ids("/api/v1/timelines/tag/quiet", m_bob.token), (QStringList{carols, alices}));
    QCOMPARE(searchIds(m_bob.token), (QStringList{carols, alices}));
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/block", {}, m_bob.token)
                 .status,
             200);
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + carol.idString + "/mute", {}, m_bob.token).status,
        200);
    QCOMPARE(ids("/api/v1/timelines/tag/quiet", m_bob.token), QStringList{});
    QCOMPARE(searchIds(m_bob.token), QStringList{});
    // Only bob's view changes.
    QCOMPARE(ids("/api/v1/timelines/tag/quiet"), (QStringList{carols, alices}));
    QCOMPARE(searchIds(carol.token), (QStringList{carols, alices}));
}

QTEST_GUILESS_MAIN(TestServerTags)
#include "tst_server_tags.moc"
