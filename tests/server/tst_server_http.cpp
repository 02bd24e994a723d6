// HTTP conventions of the bundled server: body encodings, trailing slash, 404/405, HEAD, body cap,
// slow clients, rate limits, error shape.
#include "server/http/request.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using tusk::server::Params;
using tusk::server::Request;
using tusk::test::TestServer;

class TestServerHttp : public QObject {
    Q_OBJECT

private slots:
    void formParams_data();
    void formParams();
    void jsonAndMultipart();
    void booleans_data();
    void booleans();

    void trailingSlashAndUnknownRoutes();
    void methodNotAllowed();
    void headRequest();
    void malformedJson();
    void bodyCap();
    void slowClientTimesOut();
    void rateLimit();
    void rateLimitPerIpWithoutToken();
};

void TestServerHttp::formParams_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("json");
    QTest::newRow("scalar") << QByteArray("status=hello+world%21")
                            << R"({"status":"hello world!"})";
    QTest::newRow("array") << QByteArray("media_ids[]=1&media_ids[]=2")
                           << R"({"media_ids":["1","2"]})";
    QTest::newRow("nested") << QByteArray("poll[options][]=a&poll[options][]=b&poll[expires_in]=60")
                            << R"({"poll":{"expires_in":"60","options":["a","b"]}})";
    QTest::newRow("indexed hash")
        << QByteArray("fields_attributes[0][name]=a&fields_attributes[0][value]=b"
                      "&fields_attributes[1][name]=c")
        << R"({"fields_attributes":{"0":{"name":"a","value":"b"},"1":{"name":"c"}}})";
    QTest::newRow("array of hashes")
        << QByteArray("x[][n]=1&x[][v]=2&x[][n]=3") << R"({"x":[{"n":"1","v":"2"},{"n":"3"}]})";
    QTest::newRow("utf8 and empty")
        << QByteArray("a=%C3%A9t%C3%A9&b=&c") << R"({"a":"été","b":"","c":""})";
}

void TestServerHttp::formParams()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, json);
    Params p;
    p.addForm(encoded);
    QCOMPARE(QJsonDocument(p.root()).toJson(QJsonDocument::Compact), json.toUtf8());
}

void TestServerHttp::jsonAndMultipart()
{
    Request json;
    json.headers = {{"content-type", "application/json; charset=utf-8"}};
    json.body = R"({"status":"hi","media_ids":["1","2"],"sensitive":true})";
    json.rawQuery = "status=ignored&limit=5";
    QVERIFY(json.parseParameters().isEmpty());
    QCOMPARE(json.params.string(u"status"), QStringLiteral("hi")); // body wins over query
    QCOMPARE(json.params.string(u"limit"), QStringLiteral("5"));
    QCOMPARE(json.params.list(u"media_ids"), QStringList({"1", "2"}));
    QVERIFY(json.params.boolean(u"sensitive"));

    Request multi;
    multi.headers = {{"content-type", "multipart/form-data; boundary=XyZ"}};
    multi.body =
        "--XyZ\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nalt text\r\n"
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n\r\n"
        "\x89PNG\r\n--XyZ\r\nContent-Disposition: form-data; name=\"tags[]\"\r\n\r\nx\r\n"
        "--XyZ--\r\n";
    QVERIFY(multi.parseParameters().isEmpty());
    QCOMPARE(multi.params.string(u"description"), QStringLiteral("alt text"));
    QCOMPARE(multi.params.list(u"tags"), QStringList{"x"});
    QCOMPARE(multi.files.size(), 1);
    QCOMPARE(multi.files.first().fileName, QStringLiteral("a.png"));
    QVERIFY(multi.files.first().contentType.isEmpty()); // as toot sends it: sniffed later
    QCOMPARE(multi.files.first().data, QByteArray("\x89PNG"));

    Request broken;
    broken.headers = {{"content-type", "application/json"}};
    broken.body = "{\"status\":";
    QVERIFY(!broken.parseParameters().isEmpty());
}

void TestServerHttp::booleans_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<bool>("expected");
    for (const char *t : {"true", "1", "on", "TRUE", "t"})
        QTest::newRow(t) << QByteArray("b=") + t << true;
    for (const char *f : {"false", "0", "off", "no"})
        QTest::newRow(f) << QByteArray("b=") + f << false;
}

void TestServerHttp::booleans()
{
    QFETCH(QByteArray, encoded);
    QFETCH(bool, expected);
    Params p;
    p.addForm(encoded);
    QCOMPARE(p.boolean(u"b", !expected), expected);
}

void TestServerHttp::trailingSlashAndUnknownRoutes()
{
    TestServer server;
    QVERIFY2(server.isReady(), qPrintable(server.error()));
    QCOMPARE(server.get("/api/v1/instance/").status, 200); // Mastodon.py's spelling
    const auto missing = server.get("/api/v1/nothing-here");
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.object().contains("error"));
    QCOMPARE(server.get("/api/v1/instance//").status, 404); // one slash only
}

void TestServerHttp::methodNotAllowed()
{
    TestServer server;
    QVERIFY(server.isReady());
    const auto r = server.send("PUT", "/api/v1/instance");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
    const auto statuses = server.send("PATCH", "/api/v1/statuses/1");
    QCOMPARE(statuses.status, 405);
    QVERIFY(statuses.header("Allow").contains("GET"));
    QVERIFY(statuses.header("Allow").contains("DELETE"));
}

void TestServerHttp::headRequest()
{
    TestServer server;
    QVERIFY(server.isReady());
    const auto get = server.get("/api/v1/instance");
    const auto head = server.send("HEAD", "/api/v1/instance");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(get.body.size()));
}

void TestServerHttp::malformedJson()
{
    TestServer server;
    QVERIFY(server.isReady());
    const auto r = server.send("POST", "/api/v1/apps", "{\"client_name\":", {},
                               {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.object().value("error").toString().isEmpty());
}

void TestServerHttp::bodyCap()
{
    tusk::server::ServerConfig config;
    config.maxBodyBytes = 4096;
    TestServer server(config);
    QVERIFY(server.isReady());
    const QByteArray small = "client_name=x&redirect_uris=urn:ietf:wg:oauth:2.0:oob";
    QCOMPARE(server
                 .send("POST", "/api/v1/apps", small, {},
                       {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             200);
    const QByteArray big = "client_name=" + QByteArray(10000, 'a');
    const auto r = server.send("POST", "/api/v1/apps", big, {},
                               {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(r.status, 413);
    // The server is still serving afterwards.
    QCOMPARE(server.get("/api/v1/instance").status, 200);
}

void TestServerHttp::slowClientTimesOut()
{
    tusk::server::ServerConfig config;
    config.requestTimeoutMs = 300;
    TestServer server(config);
    QVERIFY(server.isReady());
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, server.server().port());
    QVERIFY(socket.waitForConnected(2000));
    socket.write("GET /api/v1/instance HTTP/1.1\r\nHost: x\r\n"); // never finishes
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        socket.state() == QAbstractSocket::UnconnectedState || socket.bytesAvailable() > 0, 3000);
    QVERIFY(timer.elapsed() >= 250);
    QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 3000);
    QVERIFY(socket.readAll().startsWith("HTTP/1.1 408"));
}

void TestServerHttp::rateLimit()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 5;
    TestServer server(config);
    QVERIFY(server.isReady());
    const auto alice = server.addUser("alice");
    for (int i = 0; i < 5; ++i) {
        const auto r = server.get("/api/v1/timelines/home", alice.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("X-RateLimit-Limit"), QByteArray("5"));
        QCOMPARE(r.header("X-RateLimit-Remaining"), QByteArray::number(4 - i));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(r.header("X-RateLimit-Reset")),
                                      Qt::ISODateWithMs)
                    .isValid());
    }
    const auto limited = server.get("/api/v1/timelines/home", alice.token);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    QCOMPARE(limited.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(limited.object().contains("error"));
    // Another user's budget is separate.
    const auto bob = server.addUser("bob");
    QCOMPARE(server.get("/api/v1/timelines/home", bob.token).status, 200);
}

void TestServerHttp::rateLimitPerIpWithoutToken()
{
    tusk::server::ServerConfig config;
    config.rateLimitRequests = 3;
    TestServer server(config);
    QVERIFY(server.isReady());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.get("/api/v1/instance").status, 200);
    QCOMPARE(server.get("/api/v1/instance").status, 429);
}

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_server_http.moc"
