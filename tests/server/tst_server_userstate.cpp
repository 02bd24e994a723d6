// The signed-in user's own state: profile updates, preferences, markers, bookmarks, favourites.
#include "testserver.h"

#include <QTest>
#include <QUrlQuery>

using tusk::test::LinkHeader;
using tusk::test::TestServer;

class TestServerUserState : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }

    void updateCredentialsForm();
    void updateCredentialsJsonAndValidation_data();
    void updateCredentialsJsonAndValidation();
    void preferencesFollowSource();
    void markers();
    void bookmarksAndFavourites();

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestServerUserState::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
}

void TestServerUserState::updateCredentialsForm()
{
    // Mastodon.py's encoding: form fields, booleans as 1/0, fields_attributes[i][name].
    const QByteArray body = "display_name=Alice+%F0%9F%90%98&note=Hi+%40bob%0A%0Asecond+para"
                            "&locked=1&bot=0&fields_attributes[0][name]=Web"
                            "&fields_attributes[0][value]=https%3A%2F%2Fexample.com"
                            "&fields_attributes[1][name]=&fields_attributes[1][value]="
                            "&source[privacy]=unlisted&source[sensitive]=true&source[language]=de";
    const auto r =
        m_server->send("PATCH", "/api/v1/accounts/update_credentials", body, m_alice.token,
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.object();
    QCOMPARE(a.value("display_name").toString(), QStringLiteral("Alice 🐘"));
    QCOMPARE(a.value("locked").toBool(), true);
    QCOMPARE(a.value("note").toString().count("<p>"), 2);
    QCOMPARE(a.value("source")["note"].toString(), QStringLiteral("Hi @bob\n\nsecond para"));
    QCOMPARE(a.value("fields").toArray().size(), 1); // the blank row is dropped
    QVERIFY(a.value("fields")[0]["value"].toString().contains("<a href=\"https://example.com\""));
    QCOMPARE(a.value("source")["fields"][0]["value"].toString(),
             QStringLiteral("https://example.com"));
    QCOMPARE(a.value("source")["privacy"].toString(), QStringLiteral("unlisted"));
    QCOMPARE(a.value("source")["language"].toString(), QStringLiteral("de"));
    // Others see the new profile; new posts use the new defaults.
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_alice.idString)
                 .object()
                 .value("display_name")
                 .toString(),
             QStringLiteral("Alice 🐘"));
    const auto post =
        m_server->postForm("/api/v1/statuses", {{"status", "defaults"}}, m_alice.token);
    QCOMPARE(post.object().value("visibility").toString(), QStringLiteral("unlisted"));
    QCOMPARE(post.object().value("sensitive").toBool(), true);
    QCOMPARE(post.object().value("language").toString(), QStringLiteral("de"));
    // Omitted keys keep their values.
    const auto partial =
        m_server->send("PATCH", "/api/v1/accounts/update_credentials", "bot=true", m_alice.token,
                       {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(partial.object().value("bot").toBool(), true);
    QCOMPARE(partial.object().value("display_name").toString(), QStringLiteral("Alice 🐘"));
    QCOMPARE(partial.object().value("locked").toBool(), true);
}

void TestServerUserState::updateCredentialsJsonAndValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("status");
    QTest::newRow("json fields array")
        << QByteArray(R"({"fields_attributes":[{"name":"a","value":"b"}],"discoverable":false})")
        << 200;
    QTest::newRow("long display name")
        << QByteArray(R"({"display_name":")" + QByteArray(31, 'x') + "\"}") << 422;
    QTest::newRow("long note") << QByteArray(R"({"note":")" + QByteArray(501, 'x') + "\"}") << 422;
    QTest::newRow("five fields")
        << QByteArray(
               R"({"fields_attributes":[{"name":"1","value":"1"},{"name":"2","value":"2"},{"name":"3","value":"3"},{"name":"4","value":"4"},{"name":"5","value":"5"}]})")
        << 422;
    QTest::newRow("direct default") << QByteArray(R"({"source":{"privacy":"direct"}})") << 422;
}

void TestServerUserState::updateCredentialsJsonAndValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(int, status);
    const auto r = m_server->send("PATCH", "/api/v1/accounts/update_credentials", json,
                                  m_alice.token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.object().value("fields").toArray().size(), 1);
        QCOMPARE(r.object().value("discoverable").toBool(), false);
    }
}

void TestServerUserState::preferencesFollowSource()
{
    QCOMPARE(m_server->get("/api/v1/preferences", m_alice.token)
                 .object()
                 .value("posting:default:visibility")
                 .toString(),
             QStringLiteral("public"));
    m_server->send("PATCH", "/api/v1/accounts/update_credentials",
                   R"({"source":{"privacy":"private","sensitive":true}})", m_alice.token,
                   {{"Content-Type", "application/json"}});
    const QJsonObject prefs = m_server->get("/api/v1/preferences", m_alice.token).object();
    QCOMPARE(prefs.value("posting:default:visibility").toString(), QStringLiteral("private"));
    QCOMPARE(prefs.value("posting:default:sensitive").toBool(), true);
    QVERIFY(prefs.contains("reading:expand:spoilers"));
}

void TestServerUserState::markers()
{
    QCOMPARE(m_server->get("/api/v1/markers?timeline[]=home", m_alice.token).object(),
             QJsonObject());
    const auto saved = m_server->postForm(
        "/api/v1/markers", {{"home[last_read_id]", "103194548672408537"}}, m_alice.token);
    QCOMPARE(saved.status, 200);
    QCOMPARE(saved.object().value("home")["last_read_id"].toString(),
             QStringLiteral("103194548672408537"));
    QCOMPARE(saved.object().value("home")["version"].toInt(), 0);
    const auto json =
        m_server->postJson("/api/v1/markers",
                           QJsonObject{{"home", QJsonObject{{"last_read_id", "2"}}},
                                       {"notifications", QJsonObject{{"last_read_id", "7"}}}},
                           m_alice.token);
    QCOMPARE(json.object().value("home")["version"].toInt(), 1);
    const QJsonObject both =
        m_server->get("/api/v1/markers?timeline[]=home&timeline[]=notifications", m_alice.token)
            .object();
    QCOMPARE(both.value("notifications")["last_read_id"].toString(), QStringLiteral("7"));
    QVERIFY(both.value("home")["updated_at"].toString().endsWith("Z"));
    QCOMPARE(
        m_server->get("/api/v1/markers?timeline[]=notifications", m_alice.token).object().size(),
        1);
    QCOMPARE(m_server->get("/api/v1/markers", m_bob.token).object(), QJsonObject()); // per user
    QCOMPARE(m_server->postForm("/api/v1/markers", {}, m_alice.token).status, 400);
}

void TestServerUserState::bookmarksAndFavourites()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << m_server->postForm("/api/v1/statuses", {{"status", QString::number(i)}}, m_bob.token)
                   .object()
                   .value("id")
                   .toString();
    const QString secret =
        m_server
            ->postForm("/api/v1/statuses", {{"status", "private"}, {"visibility", "private"}},
                       m_bob.token)
            .object()
            .value("id")
            .toString();
    QCOMPARE(
        m_server->postForm("/api/v1/statuses/" + secret + "/bookmark", {}, m_alice.token).status,
        404);
    // Bookmark in an order different from posting: the list follows bookmarking time.
    for (int i : {3, 0, 4, 1}) {
        const auto b =
            m_server->postForm("/api/v1/statuses/" + ids[i] + "/bookmark", {}, m_alice.token);
        QCOMPARE(b.object().value("bookmarked").toBool(), true);
        m_server->postForm("/api/v1/statuses/" + ids[i] + "/favourite", {}, m_alice.token);
    }
    QCOMPARE(m_server->get("/api/v1/statuses/" + ids[3], m_bob.token)
                 .object()
                 .value("bookmarked")
                 .toBool(),
             false);
    auto list = [&](const QString &path) {
        QStringList out;
        QString next = path;
        while (!next.isEmpty()) {
            const auto r = m_server->get(next, m_alice.token);
            for (const QJsonValue &v : r.array())
                out << v["id"].toString();
            const QUrl url = LinkHeader::parse(r.header("Link")).links.value("next");
            next = url.isEmpty() ? QString() : url.path() + '?' + url.query();
        }
        return out;
    };
    const QStringList expected{ids[1], ids[4], ids[0], ids[3]};
    QCOMPARE(list("/api/v1/bookmarks?limit=2"), expected);
    QCOMPARE(list("/api/v1/favourites?limit=3"), expected);
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + ids[4] + "/unbookmark", {}, m_alice.token)
                 .object()
                 .value("bookmarked")
                 .toBool(),
             false);
    QCOMPARE(list("/api/v1/bookmarks"), QStringList({ids[1], ids[0], ids[3]}));
    // Deleting a status removes it from every list.
    m_server->del("/api/v1/statuses/" + ids[1], m_bob.token);
    QCOMPARE(list("/api/v1/bookmarks"), QStringList({ids[0], ids[3]}));
    QCOMPARE(m_server->get("/api/v1/bookmarks", m_bob.token).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestServerUserState)
#include "tst_server_userstate.moc"
