// Search v2 over real HTTP: statuses through the FTS5 index (diacritics folded, words ANDed,
// user syntax neutralised), kept in step with deletes, only what the searcher may see; accounts
// and hashtags; type, account_id, following, limit/offset and Mastodon's anonymous rules.
#include "testserver.h"

#include <QTest>

using tusk::test::TestServer;

class TestServerSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void statusText_data();
    void statusText();
    void visibility_data();
    void visibility();
    void deletedAndBoosted();
    void accountsAndHashtags();
    void filtersAndPaging();
    void anonymous();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QString &visibility = QStringLiteral("public"));
    QStringList statusIds(const QString &query, const QByteArray &token);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol, m_dave;
    QHash<QString, QString> m_posts;
};

QString TestServerSearch::post(const TestServer::User &who, const QString &text,
                               const QString &visibility)
{
    const auto r = m_server->postForm("/api/v1/statuses",
                                      {{"status", text}, {"visibility", visibility}}, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

QStringList TestServerSearch::statusIds(const QString &query, const QByteArray &token)
{
    const auto r = m_server->get("/api/v2/search?type=statuses&q=" + query, token);
    if (r.status != 200)
        qWarning("search %s: %d %s", qPrintable(query), r.status, r.body.constData());
    QStringList out;
    for (const QJsonValue &s : r.object()["statuses"].toArray())
        out.append(s["id"].toString());
    return out;
}

void TestServerSearch::initTestCase()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
    m_dave = m_server->addUser("dave");
    // carol follows alice; dave is mentioned where marked.
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_carol.token)
            .status,
        200);
    m_posts["café"] = post(m_alice, "Meet me at the Café Noir tomorrow");
    m_posts["two words"] = post(m_bob, "the quick brown fox");
    m_posts["other fox"] = post(m_bob, "a fox alone");
    m_posts["spoiler"] =
        m_server
            ->postForm("/api/v1/statuses",
                       {{"status", "hidden text"}, {"spoiler_text", "zebra warning"}}, m_bob.token)
            .object()["id"]
            .toString();
    m_posts["public"] = post(m_alice, "visibility probe public");
    m_posts["unlisted"] = post(m_alice, "visibility probe unlisted", "unlisted");
    m_posts["private"] = post(m_alice, "visibility probe private", "private");
    m_posts["private mentioning dave"] = post(m_alice, "visibility probe private @dave", "private");
    m_posts["direct to dave"] = post(m_alice, "visibility probe direct @dave", "direct");
    m_posts["tagged"] = post(m_bob, "I like #Gardening and #garden tools");
    for (const QString &id : m_posts)
        QVERIFY(!id.isEmpty());
}

void TestServerSearch::statusText_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // labels, newest first
    QTest::newRow("diacritics folded") << "cafe" << QStringList{"café"};
    QTest::newRow("accent in the query") << "CAFÉ" << QStringList{"café"};
    QTest::newRow("words are ANDed") << "quick%20fox" << QStringList{"two words"};
    QTest::newRow("one word, two posts") << "fox" << QStringList{"other fox", "two words"};
    QTest::newRow("content warning indexed") << "zebra" << QStringList{"spoiler"};
    QTest::newRow("hashtag as a word") << "%23gardening" << QStringList{"tagged"};
    QTest::newRow("FTS syntax is just words") << "fox%20OR%20cafe" << QStringList{};
    QTest::newRow("quotes are dropped") << "%22fox%22" << QStringList{"other fox", "two words"};
    QTest::newRow("a star is no prefix query") << "fo*" << QStringList{};
    QTest::newRow("no match") << "nothinglikethis" << QStringList{};
}

void TestServerSearch::statusText()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QStringList want;
    for (const QString &label : expected)
        want.append(m_posts.value(label));
    QCOMPARE(statusIds(query, m_bob.token), want);
}

void TestServerSearch::visibility_data()
{
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<QStringList>("visible");
    QTest::newRow("stranger") << "bob" << QStringList{"public", "unlisted"};
    QTest::newRow("follower") << "carol"
                              << QStringList{"public", "unlisted", "private",
                                             "private mentioning dave"};
    QTest::newRow("mentioned") << "dave"
                               << QStringList{"public", "unlisted", "private mentioning dave",
                                              "direct to dave"};
    QTest::newRow("author") << "alice"
                            << QStringList{"public", "unlisted", "private",
                                           "private mentioning dave", "direct to dave"};
}

void TestServerSearch::visibility()
{
    QFETCH(QString, viewer);
    QFETCH(QStringList, visible);
    const QHash<QString, QByteArray> tokens{{"bob", m_bob.token},
                                            {"carol", m_carol.token},
                                            {"dave", m_dave.token},
                                            {"alice", m_alice.token}};
    const QStringList found = statusIds("visibility%20probe", tokens.value(viewer));
    QStringList labels;
    for (const QString &id : found)
        labels.append(m_posts.key(id));
    std::sort(labels.begin(), labels.end());
    std::sort(visible.begin(), visible.end());
    QCOMPARE(labels, visible);
}

void TestServerSearch::deletedAndBoosted()
{
    const QString id = post(m_carol, "ephemeral marmalade");
    QCOMPARE(statusIds("marmalade", m_carol.token), QStringList{id});
    // A boost is not a second hit.
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/reblog", {}, m_bob.token).status, 200);
    QCOMPARE(statusIds("marmalade", m_carol.token), QStringList{id});
    QCOMPARE(m_server->del("/api/v1/statuses/" + id, m_carol.token).status, 200);
    QCOMPARE(statusIds("marmalade", m_carol.token), QStringList{});
    // The index still answers for the rest.
    QCOMPARE(statusIds("cafe", m_carol.token), QStringList{m_posts["café"]});
}

void TestServerSearch::accountsAndHashtags()
{
    auto r = m_server->get("/api/v2/search?q=ali", m_bob.token);
    QCOMPARE(r.status, 200);
    QJsonObject o = r.object();
    QCOMPARE(o["accounts"].toArray().size(), 1);
    QCOMPARE(o["accounts"].toArray().at(0).toObject().value("username").toString(), "alice");
    QVERIFY(o["hashtags"].isArray());
    QVERIFY(o["statuses"].isArray());

    r = m_server->get("/api/v2/search?type=accounts&q=%40alice%40" +
                          QUrl::toPercentEncoding(m_server->url().authority()),
                      m_bob.token);
    QCOMPARE(r.object()["accounts"].toArray().size(), 1);
    QCOMPARE(r.object()["statuses"].toArray().size(), 0);
    QCOMPARE(m_server->get("/api/v2/search?type=accounts&q=alice%40elsewhere.example", m_bob.token)
                 .object()["accounts"]
                 .toArray()
                 .size(),
             0);

    r = m_server->get("/api/v2/search?type=hashtags&q=%23garden", m_bob.token);
    QCOMPARE(r.status, 200);
    QStringList names;
    for (const QJsonValue &t : r.object()["hashtags"].toArray()) {
        names.append(t["name"].toString());
        QVERIFY(t["history"].isArray());
        QVERIFY(t.toObject().contains("following"));
    }
    names.sort();
    QCOMPARE(names, (QStringList{"garden", "gardening"}));
    QCOMPARE(r.object()["accounts"].toArray().size(), 0);

    // `following`: only accounts the searcher follows.
    QCOMPARE(m_server->get("/api/v2/search?type=accounts&following=true&q=a", m_carol.token)
                 .object()["accounts"]
                 .toArray()
                 .size(),
             1);
    QCOMPARE(m_server->get("/api/v2/search?type=accounts&following=true&q=a", m_bob.token)
                 .object()["accounts"]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_server->get("/api/v2/search?type=people&q=a", m_bob.token).status, 422);
    QCOMPARE(m_server->get("/api/v2/search", m_bob.token).status, 400);
}

void TestServerSearch::filtersAndPaging()
{
    QCOMPARE(statusIds("fox&account_id=" + m_alice.idString, m_bob.token), QStringList{});
    QCOMPARE(statusIds("fox&account_id=" + m_bob.idString, m_bob.token).size(), 2);
    QCOMPARE(statusIds("fox&limit=1", m_bob.token), QStringList{m_posts["other fox"]});
    QCOMPARE(statusIds("fox&limit=1&offset=1", m_bob.token), QStringList{m_posts["two words"]});
    // A status URL finds that status.
    const QString url = m_server->url().toString() + "/@bob/" + m_posts["two words"];
    QCOMPARE(statusIds(QUrl::toPercentEncoding(url), m_carol.token),
             QStringList{m_posts["two words"]});
}

void TestServerSearch::anonymous()
{
    auto r = m_server->get("/api/v2/search?q=fox");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["statuses"].toArray().size(), 0); // statuses need a signed-in user
    QCOMPARE(m_server->get("/api/v2/search?q=alice").object()["accounts"].toArray().size(), 1);
    QCOMPARE(m_server->get("/api/v2/search?q=fox&offset=1").status, 401);
    QCOMPARE(m_server->get("/api/v2/search?q=fox&resolve=true").status, 401);
    QCOMPARE(m_server->get("/api/v2/search?q=fox&resolve=true", m_bob.token).status, 200);
    // A token without read:search is refused.
    QCOMPARE(m_server->get("/api/v2/search?q=fox", m_server->token("bob", "read:statuses")).status,
             403);
    QCOMPARE(m_server->get("/api/v2/search?q=fox", m_server->token("bob", "read:search")).status,
             200);
}

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
