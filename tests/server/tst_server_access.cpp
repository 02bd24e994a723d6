// Who may call what: every route × {no token, token without the scope, another user's token, the
// owner's token}, granular scopes, and the visibility matrix on every read path.
#include "testserver.h"

#include <QTest>

using tusk::test::TestServer;

class TestServerAccess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void routeMatrix_data();
    void routeMatrix();
    void granularScopes();
    void visibility_data();
    void visibility();

private:
    QString post(const TestServer::User &who, const QString &text, const QString &visibility);
    QString expand(QString path);
    void expandSocial(QString &path); // fresh lists, filters, conversations, groups of alice's
    TestServer::User m_groupie;       // follows alice afresh for notification groups

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol, m_dave, m_erin;
    QString m_media, m_mediaPath; // alice's upload and its file
    QByteArray m_alicePushOnly;
    QString m_public, m_direct;
    QHash<QString, QString> m_visible; // visibility label → status id
};

QString TestServerAccess::post(const TestServer::User &who, const QString &text,
                               const QString &visibility)
{
    const auto r = m_server->postForm("/api/v1/statuses",
                                      {{"status", text}, {"visibility", visibility}}, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

void TestServerAccess::initTestCase()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
    m_dave = m_server->addUser("dave");
    m_erin = m_server->addUser("erin"); // target of blocks and mutes in the matrix
    m_alicePushOnly = m_server->token("alice", "push");
    m_public = post(m_alice, "hello world", "public");
    m_direct = post(m_alice, "a secret for nobody", "direct");
    QVERIFY(!m_public.isEmpty() && !m_direct.isEmpty());

    // Visibility fixtures: carol follows alice; dave is mentioned in some.
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {}, m_carol.token)
            .status,
        200);
    // An upload of alice's (a 1 × 1 PNG) for the media rows.
    const QByteArray boundary = "access-boundary";
    const QByteArray body =
        "--" + boundary +
        "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n" +
        QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+"
                               "M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==") +
        "\r\n--" + boundary + "--\r\n";
    const auto upload =
        m_server->send("POST", "/api/v2/media", body, m_alice.token,
                       {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    QCOMPARE(upload.status, 200);
    m_media = upload.object().value("id").toString();
    m_mediaPath = QUrl(upload.object().value("url").toString()).path();

    m_visible["public"] = post(m_alice, "public post", "public");
    m_visible["unlisted"] = post(m_alice, "unlisted post", "unlisted");
    m_visible["private"] = post(m_alice, "followers only", "private");
    m_visible["private mentioning dave"] = post(m_alice, "followers and @dave", "private");
    m_visible["direct to dave"] = post(m_alice, "just for @dave", "direct");
    for (const QString &id : m_visible)
        QVERIFY(!id.isEmpty());
}

QString TestServerAccess::expand(QString path)
{
    if (path.contains("{fresh}"))
        path.replace("{fresh}", post(m_alice, "to be deleted", "public"));
    if (path.contains("{notification}")) {
        const QString target = post(m_alice, "to be favourited", "public");
        m_server->postForm("/api/v1/statuses/" + target + "/favourite", {}, m_bob.token);
        const auto list = m_server->get("/api/v1/notifications?limit=1", m_alice.token);
        path.replace("{notification}", list.array().first().toObject().value("id").toString());
    }
    if (path.contains("{poll}")) {
        const auto r = m_server->postJson(
            "/api/v1/statuses",
            {{"status", "a poll"},
             {"poll", QJsonObject{{"options", QJsonArray{"a", "b"}}, {"expires_in", 600}}}},
            m_alice.token);
        path.replace("{poll}", r.object().value("poll").toObject().value("id").toString());
    }
    path.replace("{media}", m_media);
    path.replace("{mediafile}", m_mediaPath);
    path.replace("{erin}", m_erin.idString);
    expandSocial(path);
    path.replace("{alice}", m_alice.idString);
    path.replace("{bob}", m_bob.idString);
    path.replace("{carol}", m_carol.idString);
    path.replace("{public}", m_public);
    path.replace("{direct}", m_direct);
    return path;
}

void TestServerAccess::routeMatrix_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("noToken");
    QTest::addColumn<int>("wrongScope");
    QTest::addColumn<int>("otherUser");
    QTest::addColumn<int>("owner");

    auto row = [](const char *name, QByteArray m, QString p, int a, int b, int c, int d) {
        QTest::newRow(name) << m << p << a << b << c << d;
    };
    row("instance", "GET", "/api/v1/instance", 200, 200, 200, 200);
    row("instance v2", "GET", "/api/v2/instance", 200, 200, 200, 200);
    row("app verify", "GET", "/api/v1/apps/verify_credentials", 401, 200, 200, 200);
    row("verify_credentials", "GET", "/api/v1/accounts/verify_credentials", 401, 403, 200, 200);
    row("account", "GET", "/api/v1/accounts/{alice}", 200, 403, 200, 200);
    row("account missing", "GET", "/api/v1/accounts/12345", 404, 403, 404, 404);
    row("lookup", "GET", "/api/v1/accounts/lookup?acct=alice", 200, 403, 200, 200);
    row("account search", "GET", "/api/v1/accounts/search?q=al", 401, 403, 200, 200);
    row("account statuses", "GET", "/api/v1/accounts/{alice}/statuses", 200, 403, 200, 200);
    row("followers", "GET", "/api/v1/accounts/{alice}/followers", 200, 403, 200, 200);
    row("following", "GET", "/api/v1/accounts/{alice}/following", 200, 403, 200, 200);
    row("follow", "POST", "/api/v1/accounts/{carol}/follow", 401, 403, 200, 200);
    row("unfollow", "POST", "/api/v1/accounts/{carol}/unfollow", 401, 403, 200, 200);
    row("follow_requests", "GET", "/api/v1/follow_requests", 401, 403, 200, 200);
    row("authorize unknown request", "POST", "/api/v1/follow_requests/{bob}/authorize", 401, 403,
        404, 404);
    row("reject unknown request", "POST", "/api/v1/follow_requests/{bob}/reject", 401, 403, 404,
        404);
    row("relationships", "GET", "/api/v1/accounts/relationships?id[]={bob}", 401, 403, 200, 200);
    row("create status", "POST", "/api/v1/statuses?status=hi", 401, 403, 200, 200);
    row("public status", "GET", "/api/v1/statuses/{public}", 200, 403, 200, 200);
    row("direct status", "GET", "/api/v1/statuses/{direct}", 404, 403, 404, 200);
    row("delete status", "DELETE", "/api/v1/statuses/{fresh}", 401, 403, 404, 200);
    row("context", "GET", "/api/v1/statuses/{public}/context", 200, 403, 200, 200);
    row("direct context", "GET", "/api/v1/statuses/{direct}/context", 404, 403, 404, 200);
    row("favourite", "POST", "/api/v1/statuses/{public}/favourite", 401, 403, 200, 200);
    row("unfavourite", "POST", "/api/v1/statuses/{public}/unfavourite", 401, 403, 200, 200);
    row("favourite direct", "POST", "/api/v1/statuses/{direct}/favourite", 401, 403, 404, 200);
    row("favourited_by", "GET", "/api/v1/statuses/{public}/favourited_by", 200, 403, 200, 200);
    row("update_credentials", "PATCH", "/api/v1/accounts/update_credentials?note=x", 401, 403, 200,
        200);
    row("preferences", "GET", "/api/v1/preferences", 401, 403, 200, 200);
    row("markers", "GET", "/api/v1/markers", 401, 403, 200, 200);
    row("save markers", "POST", "/api/v1/markers?home[last_read_id]=1", 401, 403, 200, 200);
    row("reblog", "POST", "/api/v1/statuses/{public}/reblog", 401, 403, 200, 200);
    row("unreblog", "POST", "/api/v1/statuses/{public}/unreblog", 401, 403, 200, 200);
    row("reblog direct", "POST", "/api/v1/statuses/{direct}/reblog", 401, 403, 404, 403);
    row("reblogged_by", "GET", "/api/v1/statuses/{public}/reblogged_by", 200, 403, 200, 200);
    row("bookmark", "POST", "/api/v1/statuses/{public}/bookmark", 401, 403, 200, 200);
    row("unbookmark", "POST", "/api/v1/statuses/{public}/unbookmark", 401, 403, 200, 200);
    row("bookmark direct", "POST", "/api/v1/statuses/{direct}/bookmark", 401, 403, 404, 200);
    row("bookmarks", "GET", "/api/v1/bookmarks", 401, 403, 200, 200);
    row("favourites", "GET", "/api/v1/favourites", 401, 403, 200, 200);
    row("home", "GET", "/api/v1/timelines/home", 401, 403, 200, 200);
    row("public timeline", "GET", "/api/v1/timelines/public", 200, 403, 200, 200);
    // Media, polls, edits, pins, status and account mutes, blocks.
    row("upload media (no file)", "POST", "/api/v2/media", 401, 403, 422, 422);
    row("upload media v1 (no file)", "POST", "/api/v1/media", 401, 403, 422, 422);
    row("media", "GET", "/api/v1/media/{media}", 401, 403, 404, 200);
    row("update media", "PUT", "/api/v1/media/{media}?description=alt", 401, 403, 404, 200);
    row("media missing", "GET", "/api/v1/media/12345", 401, 403, 404, 404);
    row("media file", "GET", "{mediafile}", 200, 200, 200, 200);
    row("poll", "GET", "/api/v1/polls/{poll}", 200, 403, 200, 200);
    row("vote", "POST", "/api/v1/polls/{poll}/votes?choices[]=1", 401, 403, 200, 422);
    row("vote missing poll", "POST", "/api/v1/polls/12345/votes?choices[]=0", 401, 403, 404, 404);
    row("edit", "PUT", "/api/v1/statuses/{fresh}?status=edited", 401, 403, 404, 200);
    row("edit direct", "PUT", "/api/v1/statuses/{direct}?status=a%20secret", 401, 403, 404, 200);
    row("history", "GET", "/api/v1/statuses/{public}/history", 200, 403, 200, 200);
    row("direct history", "GET", "/api/v1/statuses/{direct}/history", 404, 403, 404, 200);
    row("source", "GET", "/api/v1/statuses/{public}/source", 401, 403, 404, 200);
    row("pin", "POST", "/api/v1/statuses/{fresh}/pin", 401, 403, 422, 200);
    row("pin direct", "POST", "/api/v1/statuses/{direct}/pin", 401, 403, 404, 422);
    row("unpin", "POST", "/api/v1/statuses/{public}/unpin", 401, 403, 200, 200);
    row("pinned statuses", "GET", "/api/v1/accounts/{alice}/statuses?pinned=true", 200, 403, 200,
        200);
    row("mute status", "POST", "/api/v1/statuses/{public}/mute", 401, 403, 200, 200);
    row("unmute status", "POST", "/api/v1/statuses/{public}/unmute", 401, 403, 200, 200);
    row("mute direct status", "POST", "/api/v1/statuses/{direct}/mute", 401, 403, 404, 200);
    row("block", "POST", "/api/v1/accounts/{erin}/block", 401, 403, 200, 200);
    row("unblock", "POST", "/api/v1/accounts/{erin}/unblock", 401, 403, 200, 200);
    row("mute", "POST", "/api/v1/accounts/{erin}/mute", 401, 403, 200, 200);
    row("unmute", "POST", "/api/v1/accounts/{erin}/unmute", 401, 403, 200, 200);
    row("block missing", "POST", "/api/v1/accounts/12345/block", 401, 403, 404, 404);
    row("blocks", "GET", "/api/v1/blocks", 401, 403, 200, 200);
    row("mutes", "GET", "/api/v1/mutes", 401, 403, 200, 200);
    row("notifications", "GET", "/api/v1/notifications", 401, 403, 200, 200);
    row("notification", "GET", "/api/v1/notifications/{notification}", 401, 403, 404, 200);
    row("dismiss", "POST", "/api/v1/notifications/{notification}/dismiss", 401, 403, 404, 200);
    row("clear", "POST", "/api/v1/notifications/clear", 401, 403, 200, 200);
    // Tags, lists, filters, search, conversations, grouped notifications ({list}, {filter},
    // {keyword}, {filterstatus}, {conversation}, {groupkey} are fresh ones of alice's).
    row("tag timeline", "GET", "/api/v1/timelines/tag/cats", 200, 403, 200, 200);
    row("tag", "GET", "/api/v1/tags/cats", 200, 200, 200, 200);
    row("follow tag", "POST", "/api/v1/tags/cats/follow", 401, 403, 200, 200);
    row("unfollow tag", "POST", "/api/v1/tags/cats/unfollow", 401, 403, 200, 200);
    row("followed_tags", "GET", "/api/v1/followed_tags", 401, 403, 200, 200);
    row("lists", "GET", "/api/v1/lists", 401, 403, 200, 200);
    row("create list", "POST", "/api/v1/lists?title=x", 401, 403, 200, 200);
    row("list", "GET", "/api/v1/lists/{list}", 401, 403, 404, 200);
    row("update list", "PUT", "/api/v1/lists/{list}?title=y", 401, 403, 404, 200);
    row("delete list", "DELETE", "/api/v1/lists/{list}", 401, 403, 404, 200);
    row("list accounts", "GET", "/api/v1/lists/{list}/accounts", 401, 403, 404, 200);
    row("add list accounts", "POST", "/api/v1/lists/{list}/accounts?account_ids[]={followed}",
        401, 403, 404, 200);
    row("remove list accounts", "DELETE", "/api/v1/lists/{list}/accounts?account_ids[]={bob}",
        401, 403, 404, 200);
    row("list timeline", "GET", "/api/v1/timelines/list/{list}", 401, 403, 404, 200);
    row("account lists", "GET", "/api/v1/accounts/{bob}/lists", 401, 403, 200, 200);
    row("filters", "GET", "/api/v2/filters", 401, 403, 200, 200);
    row("create filter", "POST", "/api/v2/filters?title=x&context[]=home", 401, 403, 200, 200);
    row("filter", "GET", "/api/v2/filters/{filter}", 401, 403, 404, 200);
    row("update filter", "PUT", "/api/v2/filters/{filter}?title=y", 401, 403, 404, 200);
    row("delete filter", "DELETE", "/api/v2/filters/{filter}", 401, 403, 404, 200);
    row("filter keywords", "GET", "/api/v2/filters/{filter}/keywords", 401, 403, 404, 200);
    row("add filter keyword", "POST", "/api/v2/filters/{filter}/keywords?keyword=k", 401, 403,
        404, 200);
    row("filter keyword", "GET", "/api/v2/filters/keywords/{keyword}", 401, 403, 404, 200);
    row("update filter keyword", "PUT", "/api/v2/filters/keywords/{keyword}?keyword=z", 401, 403,
        404, 200);
    row("delete filter keyword", "DELETE", "/api/v2/filters/keywords/{keyword}", 401, 403, 404,
        200);
    row("filter statuses", "GET", "/api/v2/filters/{filter}/statuses", 401, 403, 404, 200);
    row("add filter status", "POST", "/api/v2/filters/{filter}/statuses?status_id={public}", 401,
        403, 404, 200);
    row("filter status", "GET", "/api/v2/filters/statuses/{filterstatus}", 401, 403, 404, 200);
    row("delete filter status", "DELETE", "/api/v2/filters/statuses/{filterstatus}", 401, 403,
        404, 200);
    row("filters v1", "GET", "/api/v1/filters", 401, 403, 200, 200);
    row("filter v1", "GET", "/api/v1/filters/{keyword}", 401, 403, 404, 200);
    row("search", "GET", "/api/v2/search?q=hello", 200, 403, 200, 200);
    row("conversations", "GET", "/api/v1/conversations", 401, 403, 200, 200);
    row("read conversation", "POST", "/api/v1/conversations/{conversation}/read", 401, 403, 404,
        200);
    row("delete conversation", "DELETE", "/api/v1/conversations/{conversation}", 401, 403, 404,
        200);
    row("grouped notifications", "GET", "/api/v2/notifications", 401, 403, 200, 200);
    row("unread count", "GET", "/api/v1/notifications/unread_count", 401, 403, 200, 200);
    row("grouped unread count", "GET", "/api/v2/notifications/unread_count", 401, 403, 200, 200);
    row("notification group", "GET", "/api/v2/notifications/{groupkey}", 401, 403, 404, 200);
    row("notification group accounts", "GET", "/api/v2/notifications/{groupkey}/accounts", 401,
        403, 404, 200);
    row("dismiss notification group", "POST", "/api/v2/notifications/{groupkey}/dismiss", 401,
        403, 404, 200);
}

void TestServerAccess::routeMatrix()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, noToken);
    QFETCH(int, wrongScope);
    QFETCH(int, otherUser);
    QFETCH(int, owner);
    // Each column gets its own expansion (fresh statuses / notifications where the path asks).
    const struct {
        QByteArray token;
        int expected;
        const char *who;
    } cases[] = {{{}, noToken, "no token"},
                 {m_alicePushOnly, wrongScope, "token without the scope"},
                 {m_bob.token, otherUser, "another user"},
                 {m_alice.token, owner, "owner"}};
    for (const auto &c : cases) {
        const QString expanded = expand(path);
        const auto r = m_server->send(method, expanded, {}, c.token);
        if (r.status != c.expected)
            qWarning("%s %s as %s: %s", method.constData(), qPrintable(expanded), c.who,
                     r.body.left(200).constData());
        QCOMPARE(r.status, c.expected);
        if (r.status >= 400 && !expanded.startsWith("/system/"))
            QVERIFY(r.object().contains("error"));
        if (expanded.startsWith("/api/")) // every API answer carries the three headers
            QVERIFY(!r.header("X-RateLimit-Limit").isEmpty() &&
                    !r.header("X-RateLimit-Remaining").isEmpty() &&
                    !r.header("X-RateLimit-Reset").isEmpty());
    }
}

void TestServerAccess::granularScopes()
{
    const QByteArray readStatuses = m_server->token("bob", "read:statuses");
    QCOMPARE(m_server->get("/api/v1/timelines/home", readStatuses).status, 200);
    QCOMPARE(m_server->get("/api/v1/notifications", readStatuses).status, 403);
    QCOMPARE(m_server->postForm("/api/v1/statuses", {{"status", "x"}}, readStatuses).status, 403);
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", readStatuses).status, 403);

    // The deprecated `follow` scope still grants follows, not statuses.
    const QByteArray follow = m_server->token("bob", "follow");
    QCOMPARE(
        m_server->postForm("/api/v1/accounts/" + m_dave.idString + "/follow", {}, follow).status,
        200);
    QCOMPARE(m_server->get("/api/v1/accounts/relationships?id=" + m_dave.idString, follow).status,
             200);
    QCOMPARE(m_server->get("/api/v1/timelines/home", follow).status, 403);

    // `profile` is enough for verify_credentials (Mastodon 4.3).
    const QByteArray profile = m_server->token("bob", "profile");
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", profile).status, 200);
    QCOMPARE(m_server->get("/api/v1/accounts/" + m_bob.idString, profile).status, 403);

    // write:statuses allows posting but not favouriting.
    const QByteArray writeStatuses = m_server->token("bob", "write:statuses");
    QCOMPARE(m_server->postForm("/api/v1/statuses", {{"status", "granular"}}, writeStatuses).status,
             200);
    QCOMPARE(
        m_server->postForm("/api/v1/statuses/" + m_public + "/favourite", {}, writeStatuses).status,
        403);

    QCOMPARE(m_server->get("/api/v1/timelines/home", "not-a-token").status, 401);
}

void TestServerAccess::visibility_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("viewer");
    QTest::addColumn<bool>("canSee");        // GET /statuses/:id, context, favourite
    QTest::addColumn<bool>("inAccountList"); // GET /accounts/:alice/statuses
    QTest::addColumn<bool>("inHome");
    QTest::addColumn<bool>("inPublic");

    struct Expect {
        const char *status;
        bool anon[3], bob[3], carol[3], dave[3], alice[3]; // get, account list, home
        bool inPublic;
    };
    const Expect table[] = {
        {"public", {1, 1, 0}, {1, 1, 0}, {1, 1, 1}, {1, 1, 0}, {1, 1, 1}, true},
        {"unlisted", {1, 1, 0}, {1, 1, 0}, {1, 1, 1}, {1, 1, 0}, {1, 1, 1}, false},
        {"private", {0, 0, 0}, {0, 0, 0}, {1, 1, 1}, {0, 0, 0}, {1, 1, 1}, false},
        {"private mentioning dave", {0, 0, 0}, {0, 0, 0}, {1, 1, 1}, {1, 0, 0}, {1, 1, 1}, false},
        {"direct to dave", {0, 0, 0}, {0, 0, 0}, {0, 0, 0}, {1, 0, 0}, {1, 1, 1}, false},
    };
    for (const Expect &e : table) {
        const std::pair<const char *, const bool *> viewers[] = {{"anonymous", e.anon},
                                                                 {"bob", e.bob},
                                                                 {"carol", e.carol},
                                                                 {"dave", e.dave},
                                                                 {"alice", e.alice}};
        for (const auto &[viewer, v] : viewers) {
            QTest::addRow("%s / %s", e.status, viewer)
                << QString::fromLatin1(e.status) << QString::fromLatin1(viewer) << v[0] << v[1]
                << (v[2] && QByteArray(viewer) != "anonymous") << e.inPublic;
        }
    }
}

void TestServerAccess::visibility()
{
    QFETCH(QString, status);
    QFETCH(QString, viewer);
    QFETCH(bool, canSee);
    QFETCH(bool, inAccountList);
    QFETCH(bool, inHome);
    QFETCH(bool, inPublic);
    const QString id = m_visible.value(status);
    QVERIFY(!id.isEmpty());
    const QHash<QString, QByteArray> tokens{{"bob", m_bob.token},
                                            {"carol", m_carol.token},
                                            {"dave", m_dave.token},
                                            {"alice", m_alice.token}};
    const QByteArray token = tokens.value(viewer);

    QCOMPARE(m_server->get("/api/v1/statuses/" + id, token).status, canSee ? 200 : 404);
    QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/context", token).status,
             canSee ? 200 : 404);
    QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/favourited_by", token).status,
             canSee ? 200 : 404);
    QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/history", token).status,
             canSee ? 200 : 404);
    // Only the author has the source, and may edit or pin.
    const bool author = viewer == u"alice";
    if (!token.isEmpty()) {
        QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/source", token).status,
                 author ? 200 : 404);
        QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/mute", {}, token).status,
                 canSee ? 200 : 404);
        QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/unmute", {}, token).status,
                 canSee ? 200 : 404);
        QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/unpin", {}, token).status,
                 canSee ? 200 : 404);
    }
    if (!token.isEmpty()) {
        QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/favourite", {}, token).status,
                 canSee ? 200 : 404);
        QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/unfavourite", {}, token).status,
                 canSee ? 200 : 404);
        // Replying needs the parent to be visible too.
        QCOMPARE(
            m_server
                ->postForm("/api/v1/statuses",
                           {{"status", "re"}, {"in_reply_to_id", id}, {"visibility", "direct"}},
                           token)
                .status,
            canSee ? 200 : 404);
    }

    // Walks up to five pages by the Link header: the route matrix posts a lot before this runs.
    auto contains = [&](const QString &first) {
        QString path = first;
        for (int page = 0; page < 5 && !path.isEmpty(); ++page) {
            const auto r = m_server->get(path, token);
            for (const QJsonValue &s : r.array()) {
                if (s.toObject().value("id").toString() == id)
                    return true;
            }
            const QUrl next = tusk::test::LinkHeader::parse(r.header("Link")).links.value("next");
            path = next.isValid() ? next.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                                  : QString();
        }
        return false;
    };
    QCOMPARE(contains("/api/v1/accounts/" + m_alice.idString + "/statuses?limit=40"),
             inAccountList);
    if (!token.isEmpty())
        QCOMPARE(contains("/api/v1/timelines/home?limit=40"), inHome);
    QCOMPARE(contains("/api/v1/timelines/public?limit=40"), inPublic);

    // Search finds exactly what the viewer may see, and nothing for anonymous viewers.
    const QHash<QString, QString> words{{"public", "public post"},
                                        {"unlisted", "unlisted post"},
                                        {"private", "followers only"},
                                        {"private mentioning dave", "followers and"},
                                        {"direct to dave", "just for"}};
    bool found = false;
    for (const QJsonValue &s : m_server
                                   ->get("/api/v2/search?type=statuses&limit=40&q=" +
                                             QUrl::toPercentEncoding(words.value(status)),
                                         token)
                                   .object()
                                   .value("statuses")
                                   .toArray())
        found = found || s.toObject().value("id").toString() == id;
    QCOMPARE(found, canSee && !token.isEmpty());
    // Conversations hold direct statuses for their author and the mentioned.
    if (!token.isEmpty()) {
        bool inConversations = false;
        for (const QJsonValue &c : m_server->get("/api/v1/conversations?limit=40", token).array())
            inConversations = inConversations ||
                              c.toObject().value("last_status").toObject().value("id").toString() ==
                                  id;
        QCOMPARE(inConversations, canSee && status.startsWith(u"direct"));
    }
}

void TestServerAccess::expandSocial(QString &path)
{
    if (path.contains("{followed}")) {
        m_server->postForm("/api/v1/accounts/" + m_dave.idString + "/follow", {}, m_alice.token);
        path.replace("{followed}", m_dave.idString);
    }
    if (path.contains("{list}"))
        path.replace("{list}", m_server->postForm("/api/v1/lists", {{"title", "matrix"}},
                                                  m_alice.token)
                                   .object()
                                   .value("id")
                                   .toString());
    if (path.contains("{filter}") || path.contains("{keyword}") ||
        path.contains("{filterstatus}")) {
        const QJsonObject filter =
            m_server
                ->postForm("/api/v2/filters",
                           {{"title", "matrix"},
                            {"context[]", "home"},
                            {"keywords_attributes[][keyword]", "matrix"}},
                           m_alice.token)
                .object();
        const QString id = filter.value("id").toString();
        path.replace("{filter}", id);
        path.replace("{keyword}", filter.value("keywords")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value("id")
                                      .toString());
        if (path.contains("{filterstatus}"))
            path.replace("{filterstatus}",
                         m_server
                             ->postForm("/api/v2/filters/" + id + "/statuses",
                                        {{"status_id", m_public}}, m_alice.token)
                             .object()
                             .value("id")
                             .toString());
    }
    if (path.contains("{conversation}")) {
        // carol writes, so alice's own statuses (the visibility fixtures) stay on one page.
        m_server->postForm("/api/v1/statuses",
                           {{"status", "@alice matrix dm"}, {"visibility", "direct"}},
                           m_carol.token);
        path.replace("{conversation}", m_server->get("/api/v1/conversations?limit=1", m_alice.token)
                                           .array()
                                           .at(0)
                                           .toObject()
                                           .value("id")
                                           .toString());
    }
    if (path.contains("{groupkey}")) {
        // A fresh follow of alice's by an account no other row uses: a "follow-<hour>" group.
        if (m_groupie.token.isEmpty())
            m_groupie = m_server->addUser("groupie");
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/unfollow", {},
                           m_groupie.token);
        m_server->postForm("/api/v1/accounts/" + m_alice.idString + "/follow", {},
                           m_groupie.token);
        path.replace("{groupkey}", m_server->get("/api/v1/notifications?limit=1", m_alice.token)
                                       .array()
                                       .at(0)
                                       .toObject()
                                       .value("group_key")
                                       .toString());
    }
}

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
