// Editing statuses over real HTTP: PUT /api/v1/statuses/:id (text, spoiler, sensitive, language,
// media, poll, Markdown), /history and /source, the status.update stream event and the update
// notification for those who boosted; Markdown posts; delete-and-redraft.
#include "testserver.h"

#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using tusk::test::TestServer;

class TestServerEdits : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void editText();
    void historyAndSource();
    void editMediaAndPoll();
    void editRules();
    void markdown();
    void streamsStatusUpdate();
    void boostersNotified();

private:
    QString post(const TestServer::User &who, const QJsonObject &body);
    TestServer::Reply put(const QString &id, const QJsonObject &body, const QByteArray &token);
    QString uploadPng(const QByteArray &token);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob;
};

void TestServerEdits::initTestCase()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 100000;
    m_server = std::make_unique<TestServer>(config);
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
}

QString TestServerEdits::post(const TestServer::User &who, const QJsonObject &body)
{
    const auto r = m_server->postJson("/api/v1/statuses", body, who.token);
    if (r.status != 200)
        qWarning("post failed: %d %s", r.status, r.body.constData());
    return r.object().value("id").toString();
}

TestServer::Reply TestServerEdits::put(const QString &id, const QJsonObject &body,
                                       const QByteArray &token)
{
    return m_server->send("PUT", "/api/v1/statuses/" + id,
                          QJsonDocument(body).toJson(QJsonDocument::Compact), token,
                          {{"Content-Type", "application/json"}});
}

QString TestServerEdits::uploadPng(const QByteArray &token)
{
    QImage image(12, 12, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray png;
    QBuffer b(&png);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    const QByteArray boundary = "edit-boundary";
    const QByteArray body = "--" + boundary +
                            "\r\nContent-Disposition: form-data; name=\"file\"; "
                            "filename=\"a.png\"\r\n\r\n" +
                            png + "\r\n--" + boundary + "--\r\n";
    const auto r = m_server->send("POST", "/api/v2/media", body, token,
                                  {{"Content-Type", "multipart/form-data; boundary=" + boundary}});
    return r.object().value("id").toString();
}

void TestServerEdits::editText()
{
    const QString id = post(m_alice, {{"status", "frist post"}, {"language", "en"}});
    QVERIFY(!id.isEmpty());
    QVERIFY(m_server->get("/api/v1/statuses/" + id).object().value("edited_at").isNull());

    const auto edited = put(
        id, {{"status", "first post, @bob #fixed"}, {"spoiler_text", "typo"}, {"language", "de"}},
        m_alice.token);
    QVERIFY2(edited.status == 200, edited.body.constData());
    const QJsonObject s = edited.object();
    QCOMPARE(s.value("id").toString(), id); // same status, not a new one
    QVERIFY(s.value("content").toString().contains("first post"));
    QCOMPARE(s.value("spoiler_text").toString(), "typo");
    QCOMPARE(s.value("sensitive").toBool(), true); // a content warning implies it
    QCOMPARE(s.value("language").toString(), "de");
    QVERIFY(!s.value("edited_at").isNull());
    QCOMPARE(s.value("mentions").toArray().size(), 1);
    QCOMPARE(s.value("tags").toArray()[0].toObject().value("name").toString(), "fixed");
    // Keys left out keep their values.
    const auto again = put(id, {{"status", "first post, final"}}, m_alice.token);
    QCOMPARE(again.object().value("spoiler_text").toString(), "typo");
    QCOMPARE(again.object().value("language").toString(), "de");
    // The edit shows wherever the status does.
    QVERIFY(m_server->get("/api/v1/timelines/public").body.contains("first post, final"));
}

void TestServerEdits::historyAndSource()
{
    const QString id = post(m_alice, {{"status", "version one"}});
    // Never edited: one entry.
    auto history = m_server->get("/api/v1/statuses/" + id + "/history");
    QCOMPARE(history.status, 200);
    QCOMPARE(history.array().size(), 1);
    QVERIFY(history.array()[0].toObject().value("content").toString().contains("version one"));

    QCOMPARE(put(id, {{"status", "version two"}}, m_alice.token).status, 200);
    QCOMPARE(put(id, {{"status", "version three"}, {"sensitive", true}}, m_alice.token).status,
             200);
    history = m_server->get("/api/v1/statuses/" + id + "/history", m_bob.token);
    const QJsonArray revisions = history.array();
    QCOMPARE(revisions.size(), 3); // the original plus two edits, oldest first
    QVERIFY(revisions[0].toObject().value("content").toString().contains("version one"));
    QVERIFY(revisions[2].toObject().value("content").toString().contains("version three"));
    QCOMPARE(revisions[2].toObject().value("sensitive").toBool(), true);
    QCOMPARE(revisions[0].toObject().value("account").toObject().value("username").toString(),
             "alice");
    const QDateTime first =
        QDateTime::fromString(revisions[0].toObject().value("created_at").toString(), Qt::ISODate);
    const QDateTime last =
        QDateTime::fromString(revisions[2].toObject().value("created_at").toString(), Qt::ISODate);
    QVERIFY(first <= last);

    const auto source = m_server->get("/api/v1/statuses/" + id + "/source", m_alice.token);
    QCOMPARE(source.status, 200);
    QCOMPARE(source.object().value("text").toString(), "version three");
    QCOMPARE(source.object().value("id").toString(), id);
    QVERIFY(source.object().contains("spoiler_text"));
    // Only the author has the source; the history follows visibility.
    QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/source", m_bob.token).status, 404);
    const QString secret = post(m_alice, {{"status", "private"}, {"visibility", "private"}});
    QCOMPARE(m_server->get("/api/v1/statuses/" + secret + "/history", m_bob.token).status, 404);
    QCOMPARE(m_server->get("/api/v1/statuses/" + secret + "/history").status, 404);
}

void TestServerEdits::editMediaAndPoll()
{
    const QString first = uploadPng(m_alice.token);
    const QString second = uploadPng(m_alice.token);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QString id = post(m_alice, {{"status", "pictures"}, {"media_ids", QJsonArray{first}}});
    auto edited =
        put(id, {{"status", "pictures"}, {"media_ids", QJsonArray{second, first}}}, m_alice.token);
    QCOMPARE(edited.status, 200);
    QJsonArray media = edited.object().value("media_attachments").toArray();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media[0].toObject().value("id").toString(), second);
    // Alt text changes with the edit (media_attributes); only for media in the post.
    edited = put(id,
                 {{"status", "pictures"},
                  {"media_attributes",
                   QJsonArray{QJsonObject{{"id", first}, {"description", "now described"}}}}},
                 m_alice.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(
        edited.object().value("media_attachments").toArray()[1].toObject().value("description"),
        QJsonValue("now described"));
    QCOMPARE(put(id,
                 {{"status", "pictures"},
                  {"media_attributes", QJsonArray{QJsonObject{{"id", uploadPng(m_alice.token)},
                                                              {"description", "x"}}}}},
                 m_alice.token)
                 .status,
             422);
    // Without media_ids the media stay; with an empty list they go.
    edited = put(id, {{"status", "still pictures"}}, m_alice.token);
    QCOMPARE(edited.object().value("media_attachments").toArray().size(), 2);
    edited = put(id, {{"status", "no pictures"}, {"media_ids", QJsonArray()}}, m_alice.token);
    QCOMPARE(edited.object().value("media_attachments").toArray().size(), 0);
    const QJsonArray history = m_server->get("/api/v1/statuses/" + id + "/history").array();
    QCOMPARE(history.first().toObject().value("media_attachments").toArray().size(), 1);
    QCOMPARE(history[1].toObject().value("media_attachments").toArray().size(), 2);

    // Poll: same options keep the votes, new options reset them.
    const QString pollStatus = post(
        m_alice, {{"status", "q"},
                  {"poll", QJsonObject{{"options", QJsonArray{"a", "b"}}, {"expires_in", 600}}}});
    const QString pollId = m_server->get("/api/v1/statuses/" + pollStatus)
                               .object()
                               .value("poll")
                               .toObject()
                               .value("id")
                               .toString();
    QCOMPARE(
        m_server->postForm("/api/v1/polls/" + pollId + "/votes", {{"choices[]", "0"}}, m_bob.token)
            .status,
        200);
    edited = put(pollStatus,
                 {{"status", "q?"},
                  {"poll", QJsonObject{{"options", QJsonArray{"a", "b"}}, {"expires_in", 7200}}}},
                 m_alice.token);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.object().value("poll").toObject().value("votes_count").toInt(), 1);
    edited =
        put(pollStatus,
            {{"status", "q?"},
             {"poll", QJsonObject{{"options", QJsonArray{"a", "b", "c"}}, {"expires_in", 7200}}}},
            m_alice.token);
    QCOMPARE(edited.status, 200);
    const QJsonObject poll = edited.object().value("poll").toObject();
    QCOMPARE(poll.value("options").toArray().size(), 3);
    QCOMPARE(poll.value("votes_count").toInt(), 0);
    const QJsonArray pollHistory =
        m_server->get("/api/v1/statuses/" + pollStatus + "/history").array();
    QCOMPARE(
        pollHistory.last().toObject().value("poll").toObject().value("options").toArray().size(),
        3);
    QCOMPARE(pollHistory.first()
                 .toObject()
                 .value("poll")
                 .toObject()
                 .value("options")
                 .toArray()[0]
                 .toObject(),
             (QJsonObject{{"title", "a"}}));
}

void TestServerEdits::editRules()
{
    const QString id = post(m_alice, {{"status", "mine"}});
    QCOMPARE(put(id, {{"status", "hijacked"}}, m_bob.token).status, 404);
    QCOMPARE(put(id, {{"status", "x"}}, {}).status, 401);
    QCOMPARE(put(id, {{"status", "x"}}, m_server->token("alice", "read")).status, 403);
    QCOMPARE(put(id, {{"status", "  "}}, m_alice.token).status, 422);
    QCOMPARE(put(id, {{"status", QString(501, u'x')}}, m_alice.token).status, 422);
    QCOMPARE(put(id, {{"status", "x"}, {"content_type", "text/html"}}, m_alice.token).status, 422);
    QCOMPARE(put("999999", {{"status", "x"}}, m_alice.token).status, 404);
    // Someone else's media cannot be smuggled in by an edit.
    const QString bobs = uploadPng(m_bob.token);
    QCOMPARE(put(id, {{"status", "x"}, {"media_ids", QJsonArray{bobs}}}, m_alice.token).status,
             422);
    // Boosts are not editable.
    const auto boost = m_server->postForm("/api/v1/statuses/" + id + "/reblog", {}, m_alice.token);
    QCOMPARE(put(boost.object().value("id").toString(), {{"status", "x"}}, m_alice.token).status,
             404);
}

void TestServerEdits::markdown()
{
    const auto created = m_server->postJson(
        "/api/v1/statuses",
        {{"status", "Some **bold** and a [link](https://example.org)\n\n- one\n- two"},
         {"content_type", "text/markdown"}},
        m_alice.token);
    QCOMPARE(created.status, 200);
    const QString html = created.object().value("content").toString();
    QVERIFY2(html.contains("<strong>bold</strong>"), qPrintable(html));
    QVERIFY2(html.contains("href=\"https://example.org\""), qPrintable(html));
    QVERIFY2(html.contains("<li"), qPrintable(html));
    const QString id = created.object().value("id").toString();
    // Raw HTML is not passed through.
    const auto unsafe =
        m_server->postJson("/api/v1/statuses",
                           {{"status", "<script>alert(1)</script> [x](javascript:alert(1))"},
                            {"content_type", "text/markdown"}},
                           m_alice.token);
    QCOMPARE(unsafe.status, 200);
    QVERIFY(!unsafe.object().value("content").toString().contains("<script"));
    QVERIFY(!unsafe.object().value("content").toString().contains("javascript:"));
    // An edit keeps the content type unless told otherwise; the source is the Markdown.
    const auto edited = put(id, {{"status", "now *italic*"}}, m_alice.token);
    QVERIFY(edited.object().value("content").toString().contains("<em>italic</em>"));
    QCOMPARE(m_server->get("/api/v1/statuses/" + id + "/source", m_alice.token)
                 .object()
                 .value("text")
                 .toString(),
             "now *italic*");
    const auto plain =
        put(id, {{"status", "now *plain*"}, {"content_type", "text/plain"}}, m_alice.token);
    QVERIFY(plain.object().value("content").toString().contains("*plain*"));
    // Plain text stays plain by default.
    const auto text =
        m_server->postJson("/api/v1/statuses", {{"status", "**not bold**"}}, m_alice.token);
    QVERIFY(text.object().value("content").toString().contains("**not bold**"));
}

void TestServerEdits::streamsStatusUpdate()
{
    const QString id = post(m_alice, {{"status", "before"}});
    QWebSocket ws;
    QSignalSpy connected(&ws, &QWebSocket::connected);
    QList<QJsonObject> frames;
    connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
        frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QUrl url = m_server->url();
    url.setScheme("ws");
    url.setPath("/api/v1/streaming");
    url.setQuery("stream=public&access_token=" + QString::fromLatin1(m_bob.token));
    ws.open(url);
    QVERIFY(connected.wait(5000));
    QTest::qWait(100); // the subscription is made on connect

    QCOMPARE(put(id, {{"status", "after"}}, m_alice.token).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 5000);
    const QJsonObject frame = frames.first();
    QCOMPARE(frame.value("event").toString(), "status.update");
    const QJsonObject payload =
        QJsonDocument::fromJson(frame.value("payload").toString().toUtf8()).object();
    QCOMPARE(payload.value("id").toString(), id);
    QVERIFY(payload.value("content").toString().contains("after"));
    QVERIFY(!payload.value("edited_at").isNull());
    ws.close();
}

void TestServerEdits::boostersNotified()
{
    const QString id = post(m_alice, {{"status", "boost me"}});
    QCOMPARE(m_server->postForm("/api/v1/statuses/" + id + "/reblog", {}, m_bob.token).status, 200);
    QCOMPARE(put(id, {{"status", "boost me, edited"}}, m_alice.token).status, 200);
    const QJsonArray notes =
        m_server->get("/api/v1/notifications?types[]=update", m_bob.token).array();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].toObject().value("status").toObject().value("id").toString(), id);
}

QTEST_GUILESS_MAIN(TestServerEdits)
#include "tst_server_edits.moc"
