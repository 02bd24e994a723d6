// Filters v2 over real HTTP: CRUD with keywords and statuses, validation, ownership, and the
// `filtered` results Mastodon attaches to statuses on every read path (warn, hide and blur all
// come back with the filter so the client can act on context and action), expiry, whole-word
// matching, filters_changed on the user stream, and the read-only v1 view.
#include "streamclients.h"

using tusk::test::SseClient;
using tusk::test::TestServer;
using tusk::test::WsClient;
using tusk::test::wsRequest;

class TestServerFilters : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void crud();
    void validation_data();
    void validation();
    void ownership();
    void keywordsAndStatuses();
    void matching_data();
    void matching();
    void everyReadPath();
    void hideAndBlurStillReturned();
    void expiredFiltersDoNotApply();
    void filtersChangedStreamed();
    void streamedStatusesCarryResults();
    void v1View();

private:
    QString post(const TestServer::User &who, const QString &text,
                 const QString &visibility = QStringLiteral("public"), const QString &replyTo = {});
    QString createFilter(const TestServer::User &who, const QJsonObject &body);
    static QJsonArray filteredOf(const QJsonArray &statuses, const QString &id);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestServerFilters::init()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
}

QString TestServerFilters::post(const TestServer::User &who, const QString &text,
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

QString TestServerFilters::createFilter(const TestServer::User &who, const QJsonObject &body)
{
    const auto r = m_server->postJson("/api/v2/filters", body, who.token);
    if (r.status != 200)
        qWarning("create filter: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

QJsonArray TestServerFilters::filteredOf(const QJsonArray &statuses, const QString &id)
{
    for (const QJsonValue &s : statuses) {
        if (s["id"].toString() == id)
            return s["filtered"].toArray();
    }
    return {};
}

void TestServerFilters::crud()
{
    // Rails-style form: context[] and keywords_attributes[][...].
    auto r = m_server->postForm("/api/v2/filters",
                                {{"title", "Spoilers"},
                                 {"context[]", "home"},
                                 {"context[]", "public"},
                                 {"filter_action", "hide"},
                                 {"expires_in", "3600"},
                                 {"keywords_attributes[][keyword]", "finale"},
                                 {"keywords_attributes[][whole_word]", "false"},
                                 {"keywords_attributes[][keyword]", "ending"}},
                                m_alice.token);
    QCOMPARE(r.status, 200);
    QJsonObject f = r.object();
    const QString id = QJsonValue(f)["id"].toString();
    QCOMPARE(QJsonValue(f)["title"].toString(), "Spoilers");
    QCOMPARE(QJsonValue(f)["context"].toArray(), (QJsonArray{"home", "public"}));
    QCOMPARE(QJsonValue(f)["filter_action"].toString(), "hide");
    const QDateTime expires =
        QDateTime::fromString(QJsonValue(f)["expires_at"].toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 60);
    QJsonArray keywords = QJsonValue(f)["keywords"].toArray();
    QCOMPARE(keywords.size(), 2);
    QCOMPARE(QJsonValue(keywords[0])["keyword"].toString(), "finale");
    QCOMPARE(QJsonValue(keywords[0])["whole_word"].toBool(true), false);
    QCOMPARE(QJsonValue(keywords[1])["whole_word"].toBool(), true); // Mastodon's default
    QCOMPARE(QJsonValue(f)["statuses"].toArray().size(), 0);

    // Update: rename, drop the first keyword, change the second, add a third, clear expiry.
    const QString first = QJsonValue(keywords[0])["id"].toString();
    const QString second = QJsonValue(keywords[1])["id"].toString();
    r = m_server->send(
        "PUT", "/api/v2/filters/" + id,
        QJsonDocument(QJsonObject{{"title", "Show spoilers"},
                                  {"expires_in", ""},
                                  {"filter_action", "warn"},
                                  {"keywords_attributes",
                                   QJsonArray{QJsonObject{{"id", first}, {"_destroy", true}},
                                              QJsonObject{{"id", second}, {"keyword", "end"}},
                                              QJsonObject{{"keyword", "twist"}}}}})
            .toJson(),
        m_alice.token, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 200);
    f = r.object();
    QCOMPARE(QJsonValue(f)["title"].toString(), "Show spoilers");
    QCOMPARE(QJsonValue(f)["filter_action"].toString(), "warn");
    QVERIFY(QJsonValue(f)["expires_at"].isNull());
    QCOMPARE(QJsonValue(f)["context"].toArray(), (QJsonArray{"home", "public"})); // untouched
    keywords = QJsonValue(f)["keywords"].toArray();
    QCOMPARE(keywords.size(), 2);
    QCOMPARE(QJsonValue(keywords[0])["id"].toString(), second);
    QCOMPARE(QJsonValue(keywords[0])["keyword"].toString(), "end");
    QCOMPARE(QJsonValue(keywords[1])["keyword"].toString(), "twist");

    QCOMPARE(m_server->get("/api/v2/filters", m_alice.token).array().size(), 1);
    QCOMPARE(m_server->get("/api/v2/filters/" + id, m_alice.token).object()["title"].toString(),
             "Show spoilers");
    QCOMPARE(m_server->del("/api/v2/filters/" + id, m_alice.token).status, 200);
    QCOMPARE(m_server->get("/api/v2/filters/" + id, m_alice.token).status, 404);
    QCOMPARE(m_server->get("/api/v2/filters/keywords/" + second, m_alice.token).status, 404);
    QCOMPARE(m_server->get("/api/v2/filters", m_alice.token).array().size(), 0);
}

void TestServerFilters::validation_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("no title") << "context[]=home";
    QTest::newRow("no context") << "title=x";
    QTest::newRow("unknown context") << "title=x&context[]=everywhere";
    QTest::newRow("unknown action") << "title=x&context[]=home&filter_action=delete";
    QTest::newRow("blank keyword") << "title=x&context[]=home&keywords_attributes[][keyword]=%20";
}

void TestServerFilters::validation()
{
    QFETCH(QString, query);
    const auto r = m_server->send("POST", "/api/v2/filters?" + query, {}, m_alice.token);
    QCOMPARE(r.status, 422);
    QVERIFY(r.object().contains("error"));
    QCOMPARE(m_server->get("/api/v2/filters", m_alice.token).array().size(), 0);
}

void TestServerFilters::ownership()
{
    const QString id = createFilter(
        m_alice, {{"title", "mine"},
                  {"context", QJsonArray{"home"}},
                  {"keywords_attributes", QJsonArray{QJsonObject{{"keyword", "secret"}}}}});
    const QString keyword = m_server->get("/api/v2/filters/" + id, m_alice.token)
                                .object()["keywords"][0]["id"]
                                .toString();
    const QString status = post(m_bob, "something");
    const QString filterStatus = m_server
                                     ->postForm("/api/v2/filters/" + id + "/statuses",
                                                {{"status_id", status}}, m_alice.token)
                                     .object()["id"]
                                     .toString();
    QVERIFY(!filterStatus.isEmpty());
    for (const auto &[method, path] : QList<QPair<QByteArray, QString>>{
             {"GET", "/api/v2/filters/" + id},
             {"PUT", "/api/v2/filters/" + id + "?title=stolen"},
             {"DELETE", "/api/v2/filters/" + id},
             {"GET", "/api/v2/filters/" + id + "/keywords"},
             {"POST", "/api/v2/filters/" + id + "/keywords?keyword=x"},
             {"GET", "/api/v2/filters/keywords/" + keyword},
             {"PUT", "/api/v2/filters/keywords/" + keyword + "?keyword=x"},
             {"DELETE", "/api/v2/filters/keywords/" + keyword},
             {"GET", "/api/v2/filters/" + id + "/statuses"},
             {"GET", "/api/v2/filters/statuses/" + filterStatus},
             {"DELETE", "/api/v2/filters/statuses/" + filterStatus}}) {
        QCOMPARE(m_server->send(method, path, {}, m_bob.token).status, 404);
    }
    QCOMPARE(m_server->get("/api/v2/filters", m_bob.token).array().size(), 0);
    QCOMPARE(m_server->get("/api/v2/filters/" + id, m_alice.token).object()["title"].toString(),
             "mine");
}

void TestServerFilters::keywordsAndStatuses()
{
    const QString id = createFilter(m_alice, {{"title", "t"}, {"context", QJsonArray{"home"}}});
    auto r = m_server->postForm("/api/v2/filters/" + id + "/keywords",
                                {{"keyword", "Crypto"}, {"whole_word", "false"}}, m_alice.token);
    QCOMPARE(r.status, 200);
    const QString keyword = r.object()["id"].toString();
    QCOMPARE(r.object()["keyword"].toString(), "Crypto");
    QCOMPARE(r.object()["whole_word"].toBool(true), false);
    r = m_server->send("PUT", "/api/v2/filters/keywords/" + keyword + "?whole_word=true", {},
                       m_alice.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object()["whole_word"].toBool(), true);
    QCOMPARE(m_server->get("/api/v2/filters/" + id + "/keywords", m_alice.token).array().size(), 1);

    const QString status = post(m_bob, "a post");
    r = m_server->postForm("/api/v2/filters/" + id + "/statuses", {{"status_id", status}},
                           m_alice.token);
    QCOMPARE(r.status, 200);
    const QString filterStatus = r.object()["id"].toString();
    QCOMPARE(r.object()["status_id"].toString(), status);
    QCOMPARE(m_server
                 ->postForm("/api/v2/filters/" + id + "/statuses", {{"status_id", status}},
                            m_alice.token)
                 .status,
             422); // already in it
    // A status alice cannot see cannot be added.
    const QString hidden = post(m_bob, "private", "private");
    QCOMPARE(m_server
                 ->postForm("/api/v2/filters/" + id + "/statuses", {{"status_id", hidden}},
                            m_alice.token)
                 .status,
             404);
    QCOMPARE(m_server->get("/api/v2/filters/statuses/" + filterStatus, m_alice.token)
                 .object()["status_id"]
                 .toString(),
             status);
    const QJsonObject full = m_server->get("/api/v2/filters/" + id, m_alice.token).object();
    QCOMPARE(full["statuses"].toArray().size(), 1);
    QCOMPARE(full["keywords"].toArray().size(), 1);

    QCOMPARE(m_server->del("/api/v2/filters/keywords/" + keyword, m_alice.token).status, 200);
    QCOMPARE(m_server->del("/api/v2/filters/statuses/" + filterStatus, m_alice.token).status, 200);
    const QJsonObject empty = m_server->get("/api/v2/filters/" + id, m_alice.token).object();
    QCOMPARE(empty["statuses"].toArray().size(), 0);
    QCOMPARE(empty["keywords"].toArray().size(), 0);
}

void TestServerFilters::matching_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<bool>("wholeWord");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched"); // empty: no match
    QTest::newRow("whole word") << "cat" << true << "my Cat sleeps"
                                << "Cat";
    QTest::newRow("whole word, inside a word") << "cat" << true << "concatenate"
                                               << "";
    QTest::newRow("substring") << "cat" << false << "concatenate"
                               << "cat";
    QTest::newRow("case-insensitive") << "ÉTÉ" << true << "un été chaud"
                                      << "été";
    QTest::newRow("hashtag keyword") << "#news" << true << "breaking #news today"
                                     << "#news";
    QTest::newRow("phrase") << "new york" << true << "I love New York"
                            << "New York";
    QTest::newRow("regex characters are literal") << "a.b" << false << "axb"
                                                  << "";
}

void TestServerFilters::matching()
{
    QFETCH(QString, keyword);
    QFETCH(bool, wholeWord);
    QFETCH(QString, text);
    QFETCH(QString, matched);
    const QString id = createFilter(
        m_alice, {{"title", "f"},
                  {"context", QJsonArray{"public"}},
                  {"keywords_attributes",
                   QJsonArray{QJsonObject{{"keyword", keyword}, {"whole_word", wholeWord}}}}});
    const QString status = post(m_bob, text);
    const auto r = m_server->get("/api/v1/statuses/" + status, m_alice.token);
    QCOMPARE(r.status, 200);
    const QJsonArray filtered = r.object()["filtered"].toArray();
    if (matched.isEmpty()) {
        QCOMPARE(filtered.size(), 0);
        return;
    }
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(QJsonValue(filtered[0])["filter"]["id"].toString(), id);
    QCOMPARE(QJsonValue(filtered[0])["keyword_matches"].toArray(), QJsonArray{matched});
    QVERIFY(QJsonValue(filtered[0])["status_matches"].isNull() ||
            QJsonValue(filtered[0])["status_matches"].isUndefined());
}

void TestServerFilters::everyReadPath()
{
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token)
                 .status,
             200);
    const QString id = createFilter(
        m_alice, {{"title", "No politics"},
                  {"context", QJsonArray{"home", "notifications", "public", "thread", "account"}},
                  {"keywords_attributes", QJsonArray{QJsonObject{{"keyword", "election"}}}}});
    const QString root = post(m_alice, "hello");
    const QString status = post(m_bob, "@alice the election is near", "public", root);
    const QString boost =
        m_server->postForm("/api/v1/statuses/" + status + "/reblog", {}, m_bob.token)
            .object()["id"]
            .toString();
    const QString clean = post(m_bob, "nothing to see");
    auto check = [&](const QJsonArray &filtered, const char *where) {
        if (filtered.size() != 1)
            qWarning("%s: %d results", where, int(filtered.size()));
        QCOMPARE(filtered.size(), 1);
        const QJsonObject result = filtered[0].toObject();
        QCOMPARE(result["filter"]["id"].toString(), id);
        QCOMPARE(result["filter"]["title"].toString(), "No politics");
        QCOMPARE(result["filter"]["filter_action"].toString(), "warn");
        QCOMPARE(result["filter"]["context"].toArray().size(), 5);
        QCOMPARE(result["keyword_matches"].toArray(), QJsonArray{"election"});
    };
    const QJsonArray home = m_server->get("/api/v1/timelines/home", m_alice.token).array();
    check(filteredOf(home, status), "home");
    QCOMPARE(filteredOf(home, clean).size(), 0);
    // A boost carries the results on itself and on what it wraps.
    check(filteredOf(home, boost), "home boost");
    for (const QJsonValue &s : home) {
        if (s["id"].toString() == boost)
            check(s["reblog"]["filtered"].toArray(), "boosted original");
    }
    check(filteredOf(m_server->get("/api/v1/timelines/public", m_alice.token).array(), status),
          "public");
    check(
        filteredOf(m_server->get("/api/v1/accounts/" + m_bob.idString + "/statuses", m_alice.token)
                       .array(),
                   status),
        "account");
    check(filteredOf(m_server->get("/api/v1/statuses/" + root + "/context", m_alice.token)
                         .object()["descendants"]
                         .toArray(),
                     status),
          "thread");
    check(m_server->get("/api/v1/statuses/" + status, m_alice.token).object()["filtered"].toArray(),
          "status");
    const QJsonArray notifications = m_server->get("/api/v1/notifications", m_alice.token).array();
    QVERIFY(!notifications.isEmpty());
    check(notifications[0]["status"]["filtered"].toArray(), "notification");
    // Filters are personal: bob's and anonymous views carry none.
    QCOMPARE(m_server->get("/api/v1/statuses/" + status, m_bob.token)
                 .object()["filtered"]
                 .toArray()
                 .size(),
             0);
    QCOMPARE(m_server->get("/api/v1/statuses/" + status).object()["filtered"].toArray().size(), 0);
}

void TestServerFilters::hideAndBlurStillReturned()
{
    // Mastodon returns statuses matched by `hide` filters with the result; clients drop them.
    const QString hideId = createFilter(
        m_alice, {{"title", "hide"},
                  {"context", QJsonArray{"public"}},
                  {"filter_action", "hide"},
                  {"keywords_attributes", QJsonArray{QJsonObject{{"keyword", "spam"}}}}});
    const QString blurId = createFilter(
        m_alice, {{"title", "blur"}, {"context", QJsonArray{"public"}}, {"filter_action", "blur"}});
    const QString spam = post(m_bob, "buy spam now");
    QCOMPARE(m_server
                 ->postForm("/api/v2/filters/" + blurId + "/statuses", {{"status_id", spam}},
                            m_alice.token)
                 .status,
             200);
    const QJsonArray filtered =
        filteredOf(m_server->get("/api/v1/timelines/public", m_alice.token).array(), spam);
    QCOMPARE(filtered.size(), 2);
    QHash<QString, QJsonObject> byFilter;
    for (const QJsonValue &f : filtered)
        byFilter.insert(QJsonValue(f)["filter"]["id"].toString(), f.toObject());
    QCOMPARE(byFilter[hideId].value("filter")["filter_action"].toString(), "hide");
    QCOMPARE(byFilter[hideId]["keyword_matches"].toArray(), QJsonArray{"spam"});
    QCOMPARE(byFilter[blurId].value("filter")["filter_action"].toString(), "blur");
    QCOMPARE(byFilter[blurId]["status_matches"].toArray(), QJsonArray{spam});
}

void TestServerFilters::expiredFiltersDoNotApply()
{
    const QString id = createFilter(
        m_alice, {{"title", "short"},
                  {"context", QJsonArray{"public"}},
                  {"expires_in", 1},
                  {"keywords_attributes", QJsonArray{QJsonObject{{"keyword", "soon"}}}}});
    const QString status = post(m_bob, "soon gone");
    QCOMPARE(m_server->get("/api/v1/statuses/" + status, m_alice.token)
                 .object()["filtered"]
                 .toArray()
                 .size(),
             1);
    QTest::qWait(1100);
    post(m_bob, "a write so no cached answer is reused");
    QCOMPARE(m_server->get("/api/v1/statuses/" + status, m_alice.token)
                 .object()["filtered"]
                 .toArray()
                 .size(),
             0);
    // Still listed (with its expiry) until deleted.
    QCOMPARE(m_server->get("/api/v2/filters/" + id, m_alice.token).status, 200);
}

void TestServerFilters::filtersChangedStreamed()
{
    SseClient sse(*m_server, "/api/v1/streaming/user", m_alice.token);
    QVERIFY(sse.waitOpen());
    SseClient notificationsOnly(*m_server, "/api/v1/streaming/user/notification", m_alice.token);
    QVERIFY(notificationsOnly.waitOpen());
    WsClient ws(wsRequest(*m_server, "/api/v1/streaming?stream=user", m_alice.token));
    QVERIFY(ws.waitConnected());
    SseClient bobs(*m_server, "/api/v1/streaming/user", m_bob.token);
    QVERIFY(bobs.waitOpen());
    QTest::qWait(100);

    const QString id = createFilter(m_alice, {{"title", "x"}, {"context", QJsonArray{"home"}}});
    QVERIFY(QTest::qWaitFor([&] { return !sse.events.isEmpty() && !ws.frames.isEmpty(); }, 5000));
    QCOMPARE(sse.events[0].name, "filters_changed");
    QCOMPARE(sse.events[0].data, "null"); // every SSE event has a data line
    QCOMPARE(ws.frames[0]["event"].toString(), "filters_changed");
    QCOMPARE(ws.frames[0]["stream"].toArray(), QJsonArray{"user"});

    QCOMPARE(
        m_server->postForm("/api/v2/filters/" + id + "/keywords", {{"keyword", "k"}}, m_alice.token)
            .status,
        200);
    QCOMPARE(m_server->del("/api/v2/filters/" + id, m_alice.token).status, 200);
    QVERIFY(QTest::qWaitFor([&] { return sse.events.size() == 3; }, 5000));
    QTest::qWait(100);
    QCOMPARE(bobs.events.size(), 0);
    QCOMPARE(notificationsOnly.events.size(), 0);
}

// Live `update` events are rendered per subscriber, with that subscriber's filter results.
void TestServerFilters::streamedStatusesCarryResults()
{
    QCOMPARE(m_server->postForm("/api/v1/accounts/" + m_bob.idString + "/follow", {}, m_alice.token)
                 .status,
             200);
    const QString id = createFilter(
        m_alice, {{"title", "quiet"},
                  {"context", QJsonArray{"home"}},
                  {"filter_action", "hide"},
                  {"keywords_attributes", QJsonArray{QJsonObject{{"keyword", "election"}}}}});
    SseClient alices(*m_server, "/api/v1/streaming/user", m_alice.token);
    QVERIFY(alices.waitOpen());
    SseClient bobs(*m_server, "/api/v1/streaming/user", m_bob.token);
    QVERIFY(bobs.waitOpen());
    QTest::qWait(100);
    const QString status = post(m_bob, "the election results");
    QVERIFY(
        QTest::qWaitFor([&] { return !alices.events.isEmpty() && !bobs.events.isEmpty(); }, 5000));
    QCOMPARE(alices.events[0].name, "update");
    const QJsonObject seenByAlice = alices.events[0].json();
    QCOMPARE(seenByAlice["id"].toString(), status);
    const QJsonArray filtered = seenByAlice["filtered"].toArray();
    QCOMPARE(filtered.size(), 1);
    QCOMPARE(QJsonValue(filtered[0])["filter"]["id"].toString(), id);
    QCOMPARE(QJsonValue(filtered[0])["filter"]["filter_action"].toString(), "hide");
    QCOMPARE(bobs.events[0].json()["filtered"].toArray().size(), 0);
}

void TestServerFilters::v1View()
{
    const QString id = createFilter(
        m_alice, {{"title", "t"},
                  {"context", QJsonArray{"home", "thread"}},
                  {"filter_action", "hide"},
                  {"keywords_attributes",
                   QJsonArray{QJsonObject{{"keyword", "one"}},
                              QJsonObject{{"keyword", "two"}, {"whole_word", false}}}}});
    QVERIFY(!id.isEmpty());
    const auto r = m_server->get("/api/v1/filters", m_alice.token);
    QCOMPARE(r.status, 200);
    const QJsonArray v1 = r.array();
    QCOMPARE(v1.size(), 2);
    QCOMPARE(QJsonValue(v1[0])["phrase"].toString(), "one");
    QCOMPARE(QJsonValue(v1[0])["irreversible"].toBool(), true);
    QCOMPARE(QJsonValue(v1[0])["context"].toArray(), (QJsonArray{"home", "thread"}));
    QCOMPARE(QJsonValue(v1[1])["whole_word"].toBool(true), false);
    const QString keywordId = QJsonValue(v1[1])["id"].toString();
    QCOMPARE(
        m_server->get("/api/v1/filters/" + keywordId, m_alice.token).object()["phrase"].toString(),
        "two");
    QCOMPARE(m_server->get("/api/v1/filters/" + keywordId, m_bob.token).status, 404);
    // Read-only: writes through v1 are not offered.
    QCOMPARE(
        m_server
            ->postForm("/api/v1/filters", {{"phrase", "x"}, {"context[]", "home"}}, m_alice.token)
            .status,
        405);
}

QTEST_GUILESS_MAIN(TestServerFilters)
#include "tst_server_filters.moc"
