// Behaviour of the API built so far: pagination exactly as Mastodon, posting rules, threads,
// favourites, follows, notifications, instance documents, ids and durability of the store.
#include "server/context.h"
#include "server/snowflake.h"
#include "server/store/database.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>
#include <QUrlQuery>

using tusk::test::LinkHeader;
using tusk::test::TestServer;

class TestServerApi : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }

    void pagination();
    void paginationCursors_data();
    void paginationCursors();
    void createStatusRules();
    void idempotencyKey();
    void jsonBodyAndFormBooleans();
    void mentionsTagsAndLinks();
    void threadAndContext();
    void favouritesAndNotifications();
    void followAndRelationships();
    void accountSearch();
    void deleteReturnsSource();
    void reblogs();
    void lockedAccountFollowRequests();
    void notificationFilters();
    void instanceDocuments();
    void cachedReadsSeeEveryWrite();
    void discovery();
    void snowflakes();
    void dataSurvivesRestart();
    void migrationBackfillsHomeFeed();

private:
    QStringList ids(const TestServer::Reply &r);
    QString post(const TestServer::User &u, const QString &text);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestServerApi::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice", "read write follow push", true);
    m_bob = m_server->addUser("bob");
}

QStringList TestServerApi::ids(const TestServer::Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.array())
        out << v.toObject().value("id").toString();
    return out;
}

QString TestServerApi::post(const TestServer::User &u, const QString &text)
{
    return m_server->postForm("/api/v1/statuses", {{"status", text}}, u.token)
        .object()
        .value("id")
        .toString();
}

void TestServerApi::pagination()
{
    QStringList posted;
    for (int i = 0; i < 7; ++i)
        posted.prepend(post(m_alice, QStringLiteral("post %1").arg(i))); // newest first
    for (const QString &path :
         {QStringLiteral("/api/v1/timelines/home"), QStringLiteral("/api/v1/timelines/public"),
          QStringLiteral("/api/v1/accounts/") + m_alice.idString + "/statuses"}) {
        QStringList seen;
        QString next = path + "?limit=3";
        int pages = 0;
        while (!next.isEmpty()) {
            const auto r = m_server->get(next, m_alice.token);
            QCOMPARE(r.status, 200);
            const QStringList page = ids(r);
            seen += page;
            const LinkHeader link = LinkHeader::parse(r.header("Link"));
            QVERIFY(link.links.contains("prev"));
            QCOMPARE(QUrlQuery(link.links.value("prev")).queryItemValue("min_id"), page.first());
            next.clear();
            if (link.links.contains("next")) {
                QCOMPARE(link.firstRel, QStringLiteral("next")); // toot reads only a leading next
                const QUrl url = link.links.value("next");
                QCOMPARE(url.toString(QUrl::RemovePath | QUrl::RemoveQuery),
                         m_server->url().toString());
                QCOMPARE(QUrlQuery(url).queryItemValue("max_id"), page.last());
                QCOMPARE(QUrlQuery(url).queryItemValue("limit"), QStringLiteral("3"));
                next = url.path() + '?' + url.query();
            }
            QVERIFY(++pages <= 4);
        }
        QCOMPARE(seen, posted);
        QCOMPARE(pages, 3); // 3 + 3 + 1: a short page has no next link
    }
}

void TestServerApi::paginationCursors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected"); // indexes into posts, 0 = oldest
    QTest::newRow("limit") << "limit=2" << QList<int>{6, 5};
    QTest::newRow("max_id exclusive") << "max_id={4}&limit=2" << QList<int>{3, 2};
    QTest::newRow("since_id newest first") << "since_id={2}&limit=2" << QList<int>{6, 5};
    QTest::newRow("min_id just after") << "min_id={2}&limit=2" << QList<int>{4, 3};
    QTest::newRow("max and since") << "max_id={5}&since_id={1}" << QList<int>{4, 3, 2};
    QTest::newRow("max and min") << "max_id={5}&min_id={1}&limit=2" << QList<int>{3, 2};
    QTest::newRow("nothing after newest") << "min_id={6}" << QList<int>{};
    QTest::newRow("limit clamped low") << "limit=0" << QList<int>{6};
}

void TestServerApi::paginationCursors()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);
    QStringList posts;
    for (int i = 0; i < 7; ++i)
        posts << post(m_alice, QStringLiteral("n%1").arg(i));
    for (int i = 0; i < posts.size(); ++i)
        query.replace(QStringLiteral("{%1}").arg(i), posts.at(i));
    QStringList want;
    for (int i : expected)
        want << posts.at(i);
    QCOMPARE(ids(m_server->get("/api/v1/timelines/home?" + query, m_alice.token)), want);
    QCOMPARE(ids(m_server->get("/api/v1/timelines/public?" + query)), want);
}

void TestServerApi::createStatusRules()
{
    auto create = [&](const QList<QPair<QString, QString>> &fields) {
        return m_server->postForm("/api/v1/statuses", fields, m_alice.token);
    };
    QCOMPARE(create({{"status", QString(500, 'a')}}).status, 200);
    const auto tooLong = create({{"status", QString(501, 'a')}});
    QCOMPARE(tooLong.status, 422);
    QVERIFY(tooLong.object().value("error").toString().contains("500"));
    // A URL counts as 23 characters however long it is.
    QCOMPARE(create({{"status", QString(470, 'a') + " https://example.com/" + QString(100, 'p')}})
                 .status,
             200);
    // Characters, not UTF-16 units.
    QCOMPARE(create({{"status", QString::fromUcs4(std::u32string(500, U'😀').c_str(), 500)}}).status,
             200);
    QCOMPARE(create({{"status", QString(480, 'a')}, {"spoiler_text", QString(21, 'b')}}).status,
             422);
    QCOMPARE(create({{"status", "   "}}).status, 422);
    QCOMPARE(create({{"status", "x"}, {"visibility", "everyone"}}).status, 422);
    QCOMPARE(create({{"status", "x"}, {"in_reply_to_id", "999999"}}).status, 404);
    const auto withCw = create({{"status", "x"}, {"spoiler_text", "cw"}, {"language", "de"}});
    QCOMPARE(withCw.object().value("sensitive").toBool(), true);
    QCOMPARE(withCw.object().value("language").toString(), QStringLiteral("de"));
    QCOMPARE(withCw.object().value("application").toObject().value("name").toString(),
             QStringLiteral("tuskline-server"));
    QCOMPARE(create({{"status", "x"}, {"media_ids[]", "1"}}).status, 422); // no media yet
}

void TestServerApi::idempotencyKey()
{
    const TestServer::Headers key{{"Idempotency-Key", "abc-123"}};
    const auto first =
        m_server->postForm("/api/v1/statuses", {{"status", "once"}}, m_alice.token, key);
    const auto retry =
        m_server->postForm("/api/v1/statuses", {{"status", "once"}}, m_alice.token, key);
    QCOMPARE(first.status, 200);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.object().value("id"), first.object().value("id"));
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", m_alice.token)
                 .object()
                 .value("statuses_count")
                 .toInt(),
             1);
    // The same key from another user is another status.
    const auto bob = m_server->postForm("/api/v1/statuses", {{"status", "once"}}, m_bob.token, key);
    QVERIFY(bob.object().value("id") != first.object().value("id"));
}

void TestServerApi::jsonBodyAndFormBooleans()
{
    const auto json = m_server->postJson(
        "/api/v1/statuses",
        QJsonObject{{"status", "json"}, {"sensitive", true}, {"visibility", "unlisted"}},
        m_alice.token);
    QCOMPARE(json.status, 200);
    QCOMPARE(json.object().value("sensitive").toBool(), true);
    QCOMPARE(json.object().value("visibility").toString(), QStringLiteral("unlisted"));
    const auto form = m_server->postForm("/api/v1/statuses",
                                         {{"status", "form"}, {"sensitive", "1"}}, m_alice.token);
    QCOMPARE(form.object().value("sensitive").toBool(), true);
    const auto off = m_server->postForm("/api/v1/statuses",
                                        {{"status", "form"}, {"sensitive", "0"}}, m_alice.token);
    QCOMPARE(off.object().value("sensitive").toBool(), false);
}

void TestServerApi::mentionsTagsAndLinks()
{
    const auto r = m_server->postForm(
        "/api/v1/statuses",
        {{"status", "Hi @bob and @nobody, see https://example.com/a?b=1. #Tusk #tusk <b>x</b>"}},
        m_alice.token);
    const QJsonObject s = r.object();
    const QString html = s.value("content").toString();
    QVERIFY(html.startsWith("<p>"));
    QVERIFY(html.contains("class=\"u-url mention\""));
    QVERIFY(html.contains("@nobody")); // unknown: left as text
    QVERIFY(!html.contains("/@nobody"));
    QVERIFY(html.contains("href=\"https://example.com/a?b=1\""));
    QVERIFY(html.contains("&lt;b&gt;x&lt;/b&gt;"));
    QVERIFY(html.contains("class=\"mention hashtag\""));
    QCOMPARE(s.value("mentions").toArray().size(), 1);
    QCOMPARE(s.value("mentions").toArray().first()["acct"].toString(), QStringLiteral("bob"));
    QCOMPARE(s.value("tags").toArray().size(), 1);
    QCOMPARE(s.value("tags").toArray().first()["name"].toString(), QStringLiteral("tusk"));
    const auto notes = m_server->get("/api/v1/notifications", m_bob.token);
    QCOMPARE(notes.array().size(), 1);
    QCOMPARE(notes.array().first()["type"].toString(), QStringLiteral("mention"));
    QCOMPARE(notes.array().first()["status"]["id"].toString(), s.value("id").toString());
}

void TestServerApi::threadAndContext()
{
    const QString root = post(m_alice, "root");
    auto reply = [&](const TestServer::User &u, const QString &to, const QString &text) {
        return m_server
            ->postForm("/api/v1/statuses", {{"status", text}, {"in_reply_to_id", to}}, u.token)
            .object()
            .value("id")
            .toString();
    };
    const QString a = reply(m_bob, root, "a");
    const QString b = reply(m_alice, root, "b");
    const QString a1 = reply(m_alice, a, "a1");
    const QString a1x = reply(m_bob, a1, "a1x");
    const auto got = m_server->get("/api/v1/statuses/" + root, m_alice.token).object();
    QCOMPARE(got.value("replies_count").toInt(), 2);
    const auto ctx = m_server->get("/api/v1/statuses/" + a1 + "/context").object();
    QStringList anc, desc;
    for (const QJsonValue &v : ctx.value("ancestors").toArray())
        anc << v["id"].toString();
    for (const QJsonValue &v : ctx.value("descendants").toArray())
        desc << v["id"].toString();
    QCOMPARE(anc, QStringList({root, a}));
    QCOMPARE(desc, QStringList{a1x});
    const auto rootCtx = m_server->get("/api/v1/statuses/" + root + "/context").object();
    desc.clear();
    for (const QJsonValue &v : rootCtx.value("descendants").toArray())
        desc << v["id"].toString();
    QCOMPARE(desc, QStringList({a, a1, a1x, b})); // depth first
    QCOMPARE(
        m_server->get("/api/v1/statuses/" + a).object().value("in_reply_to_account_id").toString(),
        m_alice.idString);
}

void TestServerApi::favouritesAndNotifications()
{
    const QString id = post(m_alice, "like me");
    const auto fav = m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, m_bob.token);
    QCOMPARE(fav.object().value("favourited").toBool(), true);
    QCOMPARE(fav.object().value("favourites_count").toInt(), 1);
    // Twice is still once.
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, m_bob.token)
                 .object()
                 .value("favourites_count")
                 .toInt(),
             1);
    QCOMPARE(m_server->get("/api/v1/statuses/" + id, m_alice.token)
                 .object()
                 .value("favourited")
                 .toBool(),
             false);
    QVERIFY(!m_server->get("/api/v1/statuses/" + id).object().contains("favourited")); // anonymous
    const auto by = m_server->get("/api/v1/statuses/" + id + "/favourited_by");
    QCOMPARE(by.array().size(), 1);
    QCOMPARE(by.array().first()["id"].toString(), m_bob.idString);
    auto notes = m_server->get("/api/v1/notifications", m_alice.token).array();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first()["type"].toString(), QStringLiteral("favourite"));
    QCOMPARE(notes.first()["account"]["id"].toString(), m_bob.idString);
    const auto unfav =
        m_server->postForm("/api/v1/statuses/" + id + "/unfavourite", {}, m_bob.token);
    QCOMPARE(unfav.object().value("favourited").toBool(), false);
    QCOMPARE(unfav.object().value("favourites_count").toInt(), 0);
    QCOMPARE(m_server->get("/api/v1/notifications", m_alice.token).array().size(), 0);
    // Own favourites do not notify.
    m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, m_alice.token);
    QCOMPARE(m_server->get("/api/v1/notifications", m_alice.token).array().size(), 0);
}

void TestServerApi::followAndRelationships()
{
    const QString bobPost = post(m_bob, "bob says");
    QVERIFY(!ids(m_server->get("/api/v1/timelines/home", m_alice.token)).contains(bobPost));
    const auto rel = m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow",
                                        {{"reblogs", "false"}, {"notify", "true"}}, m_alice.token);
    QCOMPARE(rel.status, 200);
    QCOMPARE(rel.object().value("following").toBool(), true);
    QCOMPARE(rel.object().value("showing_reblogs").toBool(), false);
    QCOMPARE(rel.object().value("notifying").toBool(), true);
    // Home is computed at read time, so earlier posts of a new followee appear.
    QVERIFY(ids(m_server->get("/api/v1/timelines/home", m_alice.token)).contains(bobPost));
    const auto rels = m_server->get("/api/v1/accounts/relationships?id[]=" + m_bob.idString +
                                        "&id[]=999&id[]=" + m_alice.idString,
                                    m_bob.token);
    QCOMPARE(rels.array().size(), 2);
    QCOMPARE(rels.array().at(0)["followed_by"].toBool(), false);
    QCOMPARE(rels.array().at(1)["followed_by"].toBool(), true);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString)
                 .object()
                 .value("followers_count")
                 .toInt(),
             1);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_alice.idString + "/following").array().size(),
             1);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString + "/followers")
                 .array()
                 .first()["id"]
                 .toString(),
             m_alice.idString);
    const auto notes = m_server->get("/api/v1/notifications", m_bob.token).array();
    QCOMPARE(notes.first()["type"].toString(), QStringLiteral("follow"));
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_alice.token)
            .status,
        403);
    const auto un =
        m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/unfollow", {}, m_alice.token);
    QCOMPARE(un.object().value("following").toBool(), false);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString)
                 .object()
                 .value("followers_count")
                 .toInt(),
             0);
    QVERIFY(!ids(m_server->get("/api/v1/timelines/home", m_alice.token)).contains(bobPost));
    QCOMPARE(m_server->get("/api/v1/accounts/lookup?acct=@bob@" + m_server->url().authority())
                 .object()
                 .value("id")
                 .toString(),
             m_bob.idString);
    QCOMPARE(m_server->get("/api/v1/accounts/lookup?acct=bob@elsewhere.example").status, 404);
}

void TestServerApi::accountSearch()
{
    const auto alicia = m_server->addUser("alicia");
    m_server->addUser("al_x");
    m_server->send("PATCH", "/api/v1/accounts/update_credentials", "display_name=Wonder+Land",
                   alicia.token, {{"Content-Type", "application/x-www-form-urlencoded"}});
    auto names = [&](const QString &query, const QByteArray &token) {
        QStringList out;
        for (const QJsonValue &a : m_server->get("/api/v1/accounts/search?" + query, token).array())
            out << a["username"].toString();
        return out;
    };
    QCOMPARE(names("q=alice", m_bob.token), QStringList({"alice"}));
    QCOMPARE(names("q=ali", m_bob.token).size(), 2);
    QCOMPARE(names("q=wonder", m_bob.token), QStringList({"alicia"}));
    QCOMPARE(names("q=al_", m_bob.token), QStringList({"al_x"})); // "_" is no wildcard
    QCOMPARE(names("q=%40bob%40" + m_server->url().authority(), m_alice.token),
             QStringList({"bob"}));
    QCOMPARE(names("q=bob%40elsewhere.example", m_alice.token), QStringList());
    QCOMPARE(names("q=al&limit=1", m_bob.token).size(), 1);
    m_server->postForm("/api/v1/accounts/" + alicia.idString + "/follow", {}, m_bob.token);
    QCOMPARE(names("q=ali&following=true", m_bob.token), QStringList({"alicia"}));
    QCOMPARE(m_server->get("/api/v1/accounts/search?q=ali").status, 401);
}

void TestServerApi::deleteReturnsSource()
{
    const QString parent = post(m_alice, "parent");
    const auto child =
        m_server->postForm("/api/v1/statuses",
                           {{"status", "draft *text*"}, {"in_reply_to_id", parent}}, m_alice.token);
    const QString id = child.object().value("id").toString();
    const auto deleted = m_server->del("/api/v1/statuses/" + id, m_alice.token);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.object().value("text").toString(), QStringLiteral("draft *text*"));
    QCOMPARE(m_server->get("/api/v1/statuses/" + id).status, 404);
    QCOMPARE(m_server->get("/api/v1/statuses/" + parent).object().value("replies_count").toInt(),
             0);
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", m_alice.token)
                 .object()
                 .value("statuses_count")
                 .toInt(),
             1);
}

void TestServerApi::reblogs()
{
    const auto carol = m_server->addUser("carol");
    const auto dave = m_server->addUser("dave");
    auto follow = [&](const TestServer::User &who, const TestServer::User &whom,
                      const QString &reblogs) {
        QCOMPARE(m_server
                     ->postForm("/api/v1/accounts/" + whom.idString + "/follow",
                                {{"reblogs", reblogs}}, who.token)
                     .status,
                 200);
    };
    follow(carol, m_bob, "true");
    follow(dave, m_bob, "false");
    follow(m_alice, m_bob, "true");
    const QString original = post(m_alice, "boost me");
    const auto boosted =
        m_server->postForm("/api/v1/statuses/" + original + "/reblog", {}, m_bob.token);
    QCOMPARE(boosted.status, 200);
    const QJsonObject wrapper = boosted.object();
    const QString wrapperId = wrapper.value("id").toString();
    QVERIFY(wrapperId != original);
    QCOMPARE(wrapper.value("reblog")["id"].toString(), original);
    QCOMPARE(wrapper.value("reblog")["reblogged"].toBool(), true);
    QCOMPARE(wrapper.value("reblog")["reblogs_count"].toInt(), 1);
    QCOMPARE(wrapper.value("account")["id"].toString(), m_bob.idString);
    QVERIFY(wrapper.value("url").isNull());
    // Twice is the same reblog.
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + original + "/reblog", {}, m_bob.token)
                 .object()
                 .value("id")
                 .toString(),
             wrapperId);
    QCOMPARE(
        m_server->get("/api/v1/notifications", m_alice.token).array().first()["type"].toString(),
        QStringLiteral("reblog"));
    QCOMPARE(m_server->get("/api/v1/statuses/" + original + "/reblogged_by")
                 .array()
                 .first()["id"]
                 .toString(),
             m_bob.idString);
    QVERIFY(ids(m_server->get("/api/v1/timelines/home", carol.token)).contains(wrapperId));
    QVERIFY(!ids(m_server->get("/api/v1/timelines/home", dave.token))
                 .contains(wrapperId)); // reblogs=false
    QVERIFY(!ids(m_server->get("/api/v1/timelines/home", m_alice.token))
                 .contains(wrapperId)); // own post
    QVERIFY(!ids(m_server->get("/api/v1/timelines/public")).contains(wrapperId));
    QVERIFY(
        ids(m_server->get("/api/v1/accounts/" + m_bob.idString + "/statuses")).contains(wrapperId));
    QVERIFY(
        !ids(m_server->get("/api/v1/accounts/" + m_bob.idString + "/statuses?exclude_reblogs=true"))
             .contains(wrapperId));
    // A new follower of bob gets his earlier reblogs merged in only if they want reblogs.
    const auto erin = m_server->addUser("erin");
    follow(erin, m_bob, "1");
    QVERIFY(ids(m_server->get("/api/v1/timelines/home", erin.token)).contains(wrapperId));

    // Private: only the author may reblog, and the reblog stays private. Direct: never.
    const QString priv = m_server
                             ->postForm("/api/v1/statuses",
                                        {{"status", "p"}, {"visibility", "private"}}, m_alice.token)
                             .object()
                             .value("id")
                             .toString();
    m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_bob.token);
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + priv + "/reblog", {}, m_bob.token).status,
             403);
    const auto self = m_server->postForm("/api/v1/statuses/" + priv + "/reblog", {}, m_alice.token);
    QCOMPARE(self.status, 200);
    QCOMPARE(self.object().value("visibility").toString(), QStringLiteral("private"));
    QCOMPARE(m_server->get("/api/v1/statuses/" + self.object().value("id").toString(), carol.token)
                 .status,
             404);

    // Unreblog undoes everything.
    const auto undone =
        m_server->postForm("/api/v1/statuses/" + original + "/unreblog", {}, m_bob.token);
    QCOMPARE(undone.object().value("id").toString(), original);
    QCOMPARE(undone.object().value("reblogged").toBool(), false);
    QCOMPARE(undone.object().value("reblogs_count").toInt(), 0);
    QCOMPARE(m_server->get("/api/v1/statuses/" + wrapperId).status, 404);
    QVERIFY(!ids(m_server->get("/api/v1/timelines/home", carol.token)).contains(wrapperId));
    QStringList types;
    for (const QJsonValue &n : m_server->get("/api/v1/notifications", m_alice.token).array())
        types << n["type"].toString();
    QVERIFY(!types.contains("reblog"));

    // Deleting the original takes its reblogs along, counters included.
    const QString again =
        m_server->postForm("/api/v1/statuses/" + original + "/reblog", {}, m_bob.token)
            .object()
            .value("id")
            .toString();
    const int before = m_server->get("/api/v1/accounts/" + m_bob.idString)
                           .object()
                           .value("statuses_count")
                           .toInt();
    QCOMPARE(m_server->del("/api/v1/statuses/" + original, m_alice.token).status, 200);
    QCOMPARE(m_server->get("/api/v1/statuses/" + again).status, 404);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString)
                 .object()
                 .value("statuses_count")
                 .toInt(),
             before - 1);
}

void TestServerApi::lockedAccountFollowRequests()
{
    const auto carol = m_server->addUser("carol");
    QCOMPARE(m_server
                 ->send("PATCH", "/api/v1/accounts/update_credentials", "locked=true",
                        m_alice.token, {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             200);
    const QString secret =
        m_server
            ->postForm("/api/v1/statuses", {{"status", "locked in"}, {"visibility", "private"}},
                       m_alice.token)
            .object()
            .value("id")
            .toString();
    auto followAlice = [&](const TestServer::User &u) {
        return m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, u.token)
            .object();
    };
    const QJsonObject pending = followAlice(m_bob);
    QCOMPARE(pending.value("following").toBool(), false);
    QCOMPARE(pending.value("requested").toBool(), true);
    QCOMPARE(m_server->get("/api/v1/statuses/" + secret, m_bob.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_alice.idString)
                 .object()
                 .value("followers_count")
                 .toInt(),
             0);
    const auto requests = m_server->get("/api/v1/follow_requests", m_alice.token).array();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first()["id"].toString(), m_bob.idString);
    QCOMPARE(
        m_server->get("/api/v1/notifications", m_alice.token).array().first()["type"].toString(),
        QStringLiteral("follow_request"));
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", m_alice.token)
                 .object()
                 .value("source")["follow_requests_count"]
                 .toInt(),
             1);
    const auto rel =
        m_server->get("/api/v1/accounts/relationships?id[]=" + m_bob.idString, m_alice.token);
    QCOMPARE(rel.array().first()["requested_by"].toBool(), true);
    // Only the target can decide, and only on a pending request.
    QCOMPARE(
        m_server
            ->postForm("/api/v1/follow_requests/" + m_bob.idString + "/authorize", {}, carol.token)
            .status,
        404);
    const auto ok = m_server->postForm("/api/v1/follow_requests/" + m_bob.idString + "/authorize",
                                       {}, m_alice.token);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value("followed_by").toBool(), true);
    QCOMPARE(ok.object().value("requested_by").toBool(), false);
    QCOMPARE(m_server->get("/api/v1/statuses/" + secret, m_bob.token).status, 200);
    QVERIFY(ids(m_server->get("/api/v1/timelines/home", m_bob.token)).contains(secret));
    QCOMPARE(m_server->get("/api/v1/follow_requests", m_alice.token).array().size(), 0);
    // Reject, and withdraw by unfollowing.
    QCOMPARE(followAlice(carol).value("requested").toBool(), true);
    const auto no = m_server->postForm("/api/v1/follow_requests/" + carol.idString + "/reject", {},
                                       m_alice.token);
    QCOMPARE(no.object().value("requested_by").toBool(), false);
    QCOMPARE(m_server->get("/api/v1/statuses/" + secret, carol.token).status, 404);
    QCOMPARE(followAlice(carol).value("requested").toBool(), true);
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/unfollow", {}, carol.token)
            .object()
            .value("requested")
            .toBool(),
        false);
    QCOMPARE(m_server->get("/api/v1/follow_requests", m_alice.token).array().size(), 0);
    QCOMPARE(
        m_server
            ->postForm("/api/v1/follow_requests/" + carol.idString + "/reject", {}, m_alice.token)
            .status,
        404);
}

void TestServerApi::notificationFilters()
{
    const QString id = post(m_alice, "hello");
    m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, m_bob.token);
    m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_bob.token);
    post(m_bob, "@alice hi");
    auto types = [&](const QString &query) {
        QStringList t;
        for (const QJsonValue &v :
             m_server->get("/api/v1/notifications" + query, m_alice.token).array())
            t << v["type"].toString();
        return t;
    };
    QCOMPARE(types(""), QStringList({"mention", "follow", "favourite"}));
    QCOMPARE(types("?types[]=follow&types[]=mention"), QStringList({"mention", "follow"}));
    QCOMPARE(types("?exclude_types[]=mention"), QStringList({"follow", "favourite"}));
    const QString first =
        m_server->get("/api/v1/notifications", m_alice.token).array().first()["id"].toString();
    QCOMPARE(m_server->get("/api/v1/notifications/" + first, m_alice.token)
                 .object()
                 .value("type")
                 .toString(),
             QStringLiteral("mention"));
    QCOMPARE(
        m_server->postForm("/api/v1/notifications/" + first + "/dismiss", {}, m_alice.token).status,
        200);
    QCOMPARE(types(""), QStringList({"follow", "favourite"}));
    m_server->postForm("/api/v1/notifications/clear", {}, m_alice.token);
    QCOMPARE(types(""), QStringList());
}

void TestServerApi::instanceDocuments()
{
    const QJsonObject v1 = m_server->get("/api/v1/instance").object();
    QCOMPARE(v1.value("version").toString(), QStringLiteral("4.3.0 (compatible; Tuskline 0.1.0)"));
    QCOMPARE(v1.value("urls")["streaming_api"].toString(),
             QStringLiteral("ws://") + m_server->url().authority());
    QCOMPARE(v1.value("configuration")["statuses"]["max_characters"].toInt(), 500);
    QCOMPARE(v1.value("stats")["user_count"].toInt(), 2);
    QCOMPARE(v1.value("contact_account")["username"].toString(), QStringLiteral("alice"));
    const QJsonObject v2 = m_server->get("/api/v2/instance").object();
    QCOMPARE(v2.value("api_versions")["mastodon"].toInt(), 2);
    QCOMPARE(v2.value("configuration")["statuses"]["max_media_attachments"].toInt(), 4);
    QCOMPARE(v2.value("configuration")["polls"]["max_options"].toInt(), 4);
    QCOMPARE(v2.value("registrations")["enabled"].toBool(), false);
    QCOMPARE(m_server->get("/api/v1/custom_emojis").array().size(), 0);
}

void TestServerApi::cachedReadsSeeEveryWrite()
{
    // Reads are cached between writes; writes that bypass HTTP (admin, CLI in-process) count too.
    QCOMPARE(m_server->get("/api/v1/instance").object().value("stats")["user_count"].toInt(), 2);
    QCOMPARE(m_server->get("/api/v1/instance").object().value("stats")["user_count"].toInt(), 2);
    m_server->addUser("zed");
    QCOMPARE(m_server->get("/api/v1/instance").object().value("stats")["user_count"].toInt(), 3);
    m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token);
    const auto first = m_server->get("/api/v1/timelines/home", m_alice.token);
    QCOMPARE(m_server->get("/api/v1/timelines/home", m_alice.token).body, first.body);
    const QString id = post(m_bob, "fresh");
    QCOMPARE(ids(m_server->get("/api/v1/timelines/home", m_alice.token)).value(0), id);
    // Per token: bob's view of the same URL is his own.
    m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, m_alice.token);
    QCOMPARE(m_server->get("/api/v1/statuses/" + id, m_alice.token)
                 .object()
                 .value("favourited")
                 .toBool(),
             true);
    QCOMPARE(
        m_server->get("/api/v1/statuses/" + id, m_bob.token).object().value("favourited").toBool(),
        false);
    // Rate-limit headers stay live on cached answers.
    const auto a = m_server->get("/api/v1/statuses/" + id, m_bob.token);
    QCOMPARE(a.header("X-RateLimit-Remaining").toInt() + 1,
             m_server->get("/api/v1/statuses/" + id, m_bob.token)
                     .header("X-RateLimit-Remaining")
                     .toInt() +
                 2);
}

void TestServerApi::discovery()
{
    const auto links = m_server->get("/.well-known/nodeinfo").object();
    const QUrl href(links.value("links").toArray().first()["href"].toString());
    const auto nodeinfo = m_server->get(href.path()).object();
    QCOMPARE(nodeinfo.value("software")["name"].toString(), QStringLiteral("tuskline"));
    QCOMPARE(nodeinfo.value("usage")["users"]["total"].toInt(), 2);
    const QString domain = m_server->url().authority();
    const auto finger = m_server->get("/.well-known/webfinger?resource=acct:alice@" + domain);
    QCOMPARE(finger.status, 200);
    QVERIFY(finger.header("Content-Type").startsWith("application/jrd+json"));
    QCOMPARE(finger.object().value("subject").toString(), "acct:alice@" + domain);
    QCOMPARE(m_server->get("/.well-known/webfinger?resource=acct:alice@other.example").status, 404);
    QCOMPARE(m_server->get("/.well-known/webfinger?resource=acct:nobody@" + domain).status, 404);
    QVERIFY(m_server->get("/.well-known/host-meta")
                .body.contains("/.well-known/webfinger?resource={uri}"));
    const auto avatar = m_server->get("/avatars/original/missing.png");
    QCOMPARE(avatar.header("Content-Type"), QByteArray("image/png"));
}

void TestServerApi::snowflakes()
{
    tusk::server::SnowflakeGenerator gen;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 last = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 id = gen.next(now); // same millisecond: the sequence part grows
        QVERIFY(id > last);
        last = id;
    }
    QCOMPARE(tusk::server::SnowflakeGenerator::toMsecs(last), now + 1000 / 65536);
    gen.observe(last + 100);
    QCOMPARE(gen.next(now - 5000), last + 101); // clock went back: still increasing
    const QString id = post(m_alice, "x");
    QVERIFY(QRegularExpression("^[1-9][0-9]{15,18}$").match(id).hasMatch());
}

void TestServerApi::dataSurvivesRestart()
{
    const QString id = post(m_alice, "durable");
    const QString dir = m_server->dataDir();
    QTemporaryDir keep;
    // Copy is not needed: reopen the same directory after closing the first server.
    m_server->server().close();
    tusk::server::Server second;
    QString error;
    QVERIFY2(second.open(dir, &error, tusk::server::ServerConfig()), qPrintable(error));
    QCOMPARE(second.core().store.db().schemaVersion(),
             tusk::server::Database::latestSchemaVersion());
    QVERIFY(second.core().store.statuses.byId(id.toLongLong()).has_value());
    QVERIFY(second.core().store.accounts.byUsername("bob").has_value());
    QSqlQuery q(second.core().store.db().connection());
    QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec("PRAGMA foreign_keys") && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    q.finish();
    second.close();
}

void TestServerApi::migrationBackfillsHomeFeed()
{
    // A database as schema 1 left it (no home_feed table): opening it runs migrateTo2, which must
    // rebuild every home feed from follows, visibility and mentions.
    m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token);
    post(m_bob, "public from bob");
    m_server->postForm("/api/v1/statuses", {{"status", "dm to @alice"}, {"visibility", "direct"}},
                       m_bob.token);
    m_server->postForm("/api/v1/statuses", {{"status", "dm to nobody"}, {"visibility", "direct"}},
                       m_bob.token);
    post(m_alice, "own post");
    const QStringList before = ids(m_server->get("/api/v1/timelines/home", m_alice.token));
    QCOMPARE(before.size(), 3);
    const QString dir = m_server->dataDir();
    m_server->server().close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "downgrade");
        db.setDatabaseName(dir + "/server.sqlite3");
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const char *drop :
             {// schema 6 first: its triggers refer to older tables
              "DROP TRIGGER status_tags_follow", "DROP TRIGGER follows_unlist",
              "DROP TRIGGER home_feed_exclusive", "DROP TRIGGER statuses_search_insert",
              "DROP TRIGGER statuses_search_delete", "DROP TRIGGER statuses_search_update",
              "DROP TRIGGER conversation_statuses_delete", "DROP TRIGGER notifications_group_key",
              "DROP INDEX notifications_group", "ALTER TABLE notifications DROP COLUMN group_key",
              "DROP TABLE reports", "DROP TABLE tag_follows", "DROP TABLE tags",
              "DROP TABLE list_accounts",
              "DROP TABLE lists", "DROP TABLE filter_keywords", "DROP TABLE filter_statuses",
              "DROP TABLE filters", "DROP TABLE status_search", "DROP TABLE conversation_statuses",
              "DROP TABLE conversations", "DROP TABLE home_feed", "DROP TABLE bookmarks",
              "DROP TABLE markers", "DROP INDEX favourites_account", "DROP TABLE follow_requests",
              // schema 5
              "DROP TABLE media_attachments", "DROP TABLE poll_votes", "DROP TABLE polls",
              "DROP TABLE status_edits", "DROP TABLE status_pins", "DROP TABLE conversation_mutes",
              "DROP TABLE blocks", "DROP TABLE mutes",
              "ALTER TABLE statuses DROP COLUMN content_type"})
            QVERIFY2(q.exec(drop),
                     qPrintable(QString::fromLatin1(drop) + ": " + q.lastError().text()));
        QVERIFY(q.exec("PRAGMA user_version = 1"));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("downgrade");
    tusk::server::Server reopened;
    QString error;
    QVERIFY2(reopened.open(dir, &error, tusk::server::ServerConfig()), qPrintable(error));
    QCOMPARE(reopened.core().store.db().schemaVersion(),
             tusk::server::Database::latestSchemaVersion());
    QStringList after;
    for (const auto &s : reopened.core().store.statuses.home(m_alice.id, tusk::server::PageQuery()))
        after << QString::number(s.id);
    QCOMPARE(after, before);
    reopened.close();
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
