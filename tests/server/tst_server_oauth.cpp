// OAuth as clients play it: app registration, the authorization page driven like a browser
// (PKCE S256, loopback redirect, OOB), every grant type, revocation, metadata.
#include "testserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using tusk::test::TestServer;

namespace {

// Stands in for a native app's loopback redirect listener: records the request it receives.
class LoopbackListener : public QTcpServer {
public:
    LoopbackListener()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            buffer.clear();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                buffer += s->readAll();
                if (!buffer.contains("\r\n\r\n"))
                    return;
                const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
                received = QUrl(QStringLiteral("http://127.0.0.1") +
                                QString::fromLatin1(line.split(' ').value(1)));
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                s->disconnectFromHost();
            });
        });
    }
    QString redirectUri() const
    {
        return QStringLiteral("http://127.0.0.1:%1/callback").arg(serverPort());
    }
    QByteArray buffer;
    QUrl received;
};

struct App {
    QString clientId;
    QString clientSecret;
};

App registerApp(TestServer &server, const QString &redirectUri,
                const QString &scopes = QStringLiteral("read write follow push"))
{
    const auto r = server.postForm("/api/v1/apps", {{"client_name", "Test App"},
                                                    {"redirect_uris", redirectUri},
                                                    {"scopes", scopes},
                                                    {"website", "https://example.test"}});
    return {r.object().value("client_id").toString(), r.object().value("client_secret").toString()};
}

QString pkceChallenge(const QByteArray &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The hidden inputs of the consent page's form, as a browser would submit them.
QList<QPair<QString, QString>> formFields(const QByteArray &html)
{
    QList<QPair<QString, QString>> fields;
    static const QRegularExpression re(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    auto it = re.globalMatch(QString::fromUtf8(html));
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
        fields.emplaceBack(m.captured(1), value);
    }
    return fields;
}

} // namespace

class TestServerOAuth : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }

    void registerAppValidation_data();
    void registerAppValidation();
    void appVerifyCredentials();
    void authorizationCodeWithPkceAsBrowser();
    void wrongVerifierAndReusedCode();
    void outOfBandCode();
    void denyAndBadRequests();
    void loopbackRedirectAnyPort_data();
    void loopbackRedirectAnyPort();
    void loopbackRedirectFullFlow();
    void wrongPasswordOnPage();
    void passwordGrant_data();
    void passwordGrant();
    void passwordGrantDisabled();
    void clientCredentials();
    void refreshTokenRotates();
    void revoke();
    void loginAttemptsAreLimited();
    void metadata();

private:
    // Runs the browser part; returns the code and state the loopback listener saw.
    QPair<QString, QString> authorize(LoopbackListener &listener, const App &app,
                                      const QString &scope, const QString &challenge);

    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice;
};

void TestServerOAuth::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
}

void TestServerOAuth::registerAppValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("scopes");
    QTest::addColumn<int>("status");
    QTest::newRow("oob") << "A"
                         << "urn:ietf:wg:oauth:2.0:oob"
                         << "read" << 200;
    QTest::newRow("loopback") << "A"
                              << "http://127.0.0.1:1234/cb"
                              << "read write" << 200;
    QTest::newRow("custom scheme") << "A"
                                   << "tuskline://oauth"
                                   << "read:statuses follow" << 200;
    QTest::newRow("two uris") << "A"
                              << "tuskline://a\nhttp://127.0.0.1/b"
                              << "read" << 200;
    QTest::newRow("no name") << ""
                             << "urn:ietf:wg:oauth:2.0:oob"
                             << "read" << 422;
    QTest::newRow("relative uri") << "A"
                                  << "/callback"
                                  << "read" << 422;
    QTest::newRow("no uri") << "A"
                            << ""
                            << "read" << 422;
    QTest::newRow("unknown scope") << "A"
                                   << "urn:ietf:wg:oauth:2.0:oob"
                                   << "read admin:everything" << 422;
}

void TestServerOAuth::registerAppValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, redirect);
    QFETCH(QString, scopes);
    QFETCH(int, status);
    const auto r = m_server->postForm(
        "/api/v1/apps", {{"client_name", name}, {"redirect_uris", redirect}, {"scopes", scopes}});
    QCOMPARE(r.status, status);
    if (status == 200) {
        QVERIFY(!r.object().value("client_id").toString().isEmpty());
        QVERIFY(!r.object().value("client_secret").toString().isEmpty());
        QCOMPARE(r.object().value("redirect_uris").toArray().size(), redirect.count('\n') + 1);
    } else {
        QVERIFY(r.object().value("error").toString().startsWith("Validation failed"));
    }
}

void TestServerOAuth::appVerifyCredentials()
{
    // JSON body with an array of redirect URIs, as toot and Mastodon 4.3 clients send it.
    const auto created = m_server->postJson(
        "/api/v1/apps", QJsonObject{{"client_name", "Json App"},
                                    {"redirect_uris", QJsonArray{"urn:ietf:wg:oauth:2.0:oob"}},
                                    {"scopes", "read write"}});
    QCOMPARE(created.status, 200);
    const QString id = created.object().value("client_id").toString();
    const QString secret = created.object().value("client_secret").toString();
    const auto token = m_server->postForm("/oauth/token", {{"grant_type", "client_credentials"},
                                                           {"client_id", id},
                                                           {"client_secret", secret},
                                                           {"scope", "read"}});
    QCOMPARE(token.status, 200);
    const QByteArray appToken = token.object().value("access_token").toString().toLatin1();
    const auto verify = m_server->get("/api/v1/apps/verify_credentials", appToken);
    QCOMPARE(verify.status, 200);
    QCOMPARE(verify.object().value("name").toString(), QStringLiteral("Json App"));
    QVERIFY(!verify.object().contains("client_secret"));
    QCOMPARE(m_server->get("/api/v1/apps/verify_credentials").status, 401);
}

QPair<QString, QString> TestServerOAuth::authorize(LoopbackListener &listener, const App &app,
                                                   const QString &scope, const QString &challenge)
{
    QUrlQuery q;
    q.addQueryItem("response_type", "code");
    q.addQueryItem("client_id", app.clientId);
    q.addQueryItem("redirect_uri", listener.redirectUri());
    q.addQueryItem("scope", scope);
    q.addQueryItem("state", "st&te 1");
    q.addQueryItem("force_login", "true");
    if (!challenge.isEmpty()) {
        q.addQueryItem("code_challenge", challenge);
        q.addQueryItem("code_challenge_method", "S256");
    }
    const auto page = m_server->get("/oauth/authorize/?" + q.toString(QUrl::FullyEncoded));
    if (page.status != 200)
        return {};
    if (!page.header("Content-Type").startsWith("text/html") ||
        !page.body.contains("<label for=\"password\""))
        return {};
    auto fields = formFields(page.body);
    fields.emplaceBack("username", m_alice.username);
    fields.emplaceBack("password", m_alice.password);
    fields.emplaceBack("decision", "approve");
    const auto submitted = m_server->postForm("/oauth/authorize", fields);
    if (submitted.status != 302)
        return {};
    const QUrl location(QString::fromUtf8(submitted.header("Location")));
    if (!location.toString().startsWith(listener.redirectUri()))
        return {};
    // The browser follows the redirect to the app's loopback listener.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(location));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000))
        return {};
    reply->deleteLater();
    const QUrlQuery got(listener.received);
    return {got.queryItemValue("code", QUrl::FullyDecoded),
            got.queryItemValue("state", QUrl::FullyDecoded)};
}

void TestServerOAuth::authorizationCodeWithPkceAsBrowser()
{
    LoopbackListener listener;
    const App app = registerApp(*m_server, listener.redirectUri());
    const QByteArray verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789";
    const auto [code, state] = authorize(listener, app, "read write", pkceChallenge(verifier));
    QVERIFY(!code.isEmpty());
    QCOMPARE(state, QStringLiteral("st&te 1"));

    const auto token = m_server->postForm("/oauth/token", {{"grant_type", "authorization_code"},
                                                           {"code", code},
                                                           {"client_id", app.clientId},
                                                           {"client_secret", app.clientSecret},
                                                           {"redirect_uri", listener.redirectUri()},
                                                           {"code_verifier", verifier}});
    QCOMPARE(token.status, 200);
    const QJsonObject t = token.object();
    QCOMPARE(t.value("token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(t.value("scope").toString(), QStringLiteral("read write"));
    QVERIFY(t.value("created_at").toDouble() > 1.7e9);
    const QByteArray access = t.value("access_token").toString().toLatin1();
    const auto me = m_server->get("/api/v1/accounts/verify_credentials", access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.object().value("username").toString(), QStringLiteral("alice"));
    // The granted scopes are what the token carries.
    QCOMPARE(m_server->postForm("/api/v1/statuses", {{"status", "via oauth"}}, access).status, 200);
}

void TestServerOAuth::wrongVerifierAndReusedCode()
{
    LoopbackListener listener;
    const App app = registerApp(*m_server, listener.redirectUri());
    const QByteArray verifier = "the-right-verifier-0123456789-0123456789-abcdef";
    auto exchange = [&](const QString &code, const QByteArray &v) {
        return m_server->postForm("/oauth/token", {{"grant_type", "authorization_code"},
                                                   {"code", code},
                                                   {"client_id", app.clientId},
                                                   {"client_secret", app.clientSecret},
                                                   {"redirect_uri", listener.redirectUri()},
                                                   {"code_verifier", QString::fromLatin1(v)}});
    };
    const QString code1 = authorize(listener, app, "read", pkceChallenge(verifier)).first;
    QVERIFY(!code1.isEmpty());
    const auto wrong = exchange(code1, "the-wrong-verifier-0123456789-0123456789-abcdef");
    QCOMPARE(wrong.status, 400);
    QCOMPARE(wrong.object().value("error").toString(), QStringLiteral("invalid_grant"));

    const QString code2 = authorize(listener, app, "read", pkceChallenge(verifier)).first;
    const auto first = exchange(code2, verifier);
    QCOMPARE(first.status, 200);
    const QByteArray token = first.object().value("access_token").toString().toLatin1();
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", token).status, 200);
    const auto replay = exchange(code2, verifier);
    QCOMPARE(replay.status, 400);
    // A replayed code revokes what it had issued.
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", token).status, 401);
}

void TestServerOAuth::outOfBandCode()
{
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto page =
        m_server->get("/oauth/authorize?response_type=code&scope=read&client_id=" + app.clientId +
                      "&redirect_uri=urn:ietf:wg:oauth:2.0:oob");
    QCOMPARE(page.status, 200);
    auto fields = formFields(page.body);
    fields += {{"username", "alice@example.test"},
               {"password", m_alice.password},
               {"decision", "approve"}};
    const auto shown = m_server->postForm("/oauth/authorize", fields);
    QCOMPARE(shown.status, 200);
    const auto m =
        QRegularExpression("<code id=\"code\">([^<]+)</code>").match(QString::fromUtf8(shown.body));
    QVERIFY(m.hasMatch());
    const auto token =
        m_server->postForm("/oauth/token", {{"grant_type", "authorization_code"},
                                            {"code", m.captured(1)},
                                            {"client_id", app.clientId},
                                            {"client_secret", app.clientSecret},
                                            {"redirect_uri", "urn:ietf:wg:oauth:2.0:oob"}});
    QCOMPARE(token.status, 200);
    // Without PKCE the secret is required.
    const QString code2 = [&] {
        const auto again = m_server->postForm("/oauth/authorize", fields);
        return QRegularExpression("<code id=\"code\">([^<]+)</code>")
            .match(QString::fromUtf8(again.body))
            .captured(1);
    }();
    const auto noSecret = m_server->postForm(
        "/oauth/token",
        {{"grant_type", "authorization_code"}, {"code", code2}, {"client_id", app.clientId}});
    QCOMPARE(noSecret.status, 401);
}

void TestServerOAuth::denyAndBadRequests()
{
    LoopbackListener listener;
    const App app = registerApp(*m_server, listener.redirectUri(), "read");
    const QString base = "/oauth/authorize?response_type=code&client_id=" + app.clientId +
                         "&redirect_uri=" + QUrl::toPercentEncoding(listener.redirectUri());
    // Unknown client and unregistered redirect URI: an error page, never a redirect.
    QCOMPARE(
        m_server->get("/oauth/authorize?response_type=code&client_id=nope&redirect_uri=x").status,
        400);
    const auto foreign =
        m_server->get("/oauth/authorize?response_type=code&client_id=" + app.clientId +
                      "&redirect_uri=https%3A%2F%2Fevil.example%2F");
    QCOMPARE(foreign.status, 400);
    QVERIFY(foreign.header("Location").isEmpty());
    // A scope beyond the app's: redirect with invalid_scope.
    const auto scope = m_server->get(base + "&scope=read+write&state=s");
    QCOMPARE(scope.status, 302);
    QVERIFY(scope.header("Location").contains("error=invalid_scope"));
    QVERIFY(scope.header("Location").contains("state=s"));
    const auto plain = m_server->get(base + "&code_challenge=abc&code_challenge_method=plain");
    QCOMPARE(plain.status, 302);
    QVERIFY(plain.header("Location").contains("error=invalid_request"));
    // Deny.
    const auto page = m_server->get(base + "&scope=read&state=xyz");
    auto fields = formFields(page.body);
    fields.emplaceBack("decision", "deny");
    const auto denied = m_server->postForm("/oauth/authorize", fields);
    QCOMPARE(denied.status, 302);
    QVERIFY(denied.header("Location").contains("error=access_denied"));
    QVERIFY(denied.header("Location").contains("state=xyz"));
}

void TestServerOAuth::loopbackRedirectAnyPort_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<int>("status");
    QTest::newRow("ipv4 other port") << "http://127.0.0.1/callback"
                                     << "http://127.0.0.1:5555/callback" << 200;
    QTest::newRow("ipv4 registered with port") << "http://127.0.0.1:1/callback"
                                               << "http://127.0.0.1:5555/callback" << 200;
    QTest::newRow("ipv6") << "http://[::1]/cb"
                          << "http://[::1]:61000/cb" << 200;
    QTest::newRow("localhost") << "http://localhost/cb"
                               << "http://localhost:8080/cb" << 200;
    QTest::newRow("other path") << "http://127.0.0.1/callback"
                                << "http://127.0.0.1:5555/other" << 400;
    QTest::newRow("other query") << "http://127.0.0.1/cb?a=1"
                                 << "http://127.0.0.1:5/cb?a=2" << 400;
    QTest::newRow("https loopback") << "http://127.0.0.1/callback"
                                    << "https://127.0.0.1:5555/callback" << 400;
    QTest::newRow("other loopback host") << "http://127.0.0.1/callback"
                                         << "http://localhost:5555/callback" << 400;
    QTest::newRow("not loopback") << "http://example.test/callback"
                                  << "http://example.test:5555/callback" << 400;
    QTest::newRow("user info") << "http://127.0.0.1/callback"
                               << "http://evil@127.0.0.1:5555/callback" << 400;
    QTest::newRow("custom scheme exact") << "tuskline://oauth"
                                         << "tuskline://oauth" << 200;
    QTest::newRow("custom scheme other") << "tuskline://oauth"
                                         << "tuskline://other" << 400;
}

// RFC 8252 7.3: native apps pick a free port at login time, so loopback redirects match on
// everything but the port; any other redirect must match exactly.
void TestServerOAuth::loopbackRedirectAnyPort()
{
    QFETCH(QString, registered);
    QFETCH(QString, requested);
    QFETCH(int, status);
    const App app = registerApp(*m_server, registered, "read");
    QUrlQuery q;
    q.addQueryItem("response_type", "code");
    q.addQueryItem("client_id", app.clientId);
    q.addQueryItem("redirect_uri", requested);
    q.addQueryItem("scope", "read");
    const auto page = m_server->get("/oauth/authorize?" + q.toString(QUrl::FullyEncoded));
    QCOMPARE(page.status, status);
    QVERIFY(page.header("Location").isEmpty());
}

void TestServerOAuth::loopbackRedirectFullFlow()
{
    // Registered without a port, used with the listener's ephemeral one, code exchanged with it.
    LoopbackListener listener;
    const App app = registerApp(*m_server, "http://127.0.0.1/callback");
    const QByteArray verifier = "another-verifier-long-enough-for-pkce-0123456789";
    const auto [code, state] = authorize(listener, app, "read", pkceChallenge(verifier));
    QVERIFY(!code.isEmpty());
    const auto token = m_server->postForm("/oauth/token", {{"grant_type", "authorization_code"},
                                                           {"code", code},
                                                           {"client_id", app.clientId},
                                                           {"redirect_uri", listener.redirectUri()},
                                                           {"code_verifier", verifier}});
    QCOMPARE(token.status, 200);
    // The code is bound to the redirect URI actually used, port included.
    const auto again =
        m_server->postForm("/oauth/token", {{"grant_type", "authorization_code"},
                                            {"code", code},
                                            {"client_id", app.clientId},
                                            {"redirect_uri", "http://127.0.0.1/callback"},
                                            {"code_verifier", verifier}});
    QCOMPARE(again.status, 400);
}

void TestServerOAuth::wrongPasswordOnPage()
{
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto page =
        m_server->get("/oauth/authorize?response_type=code&client_id=" + app.clientId +
                      "&redirect_uri=urn:ietf:wg:oauth:2.0:oob");
    auto fields = formFields(page.body);
    fields += {{"username", "alice"}, {"password", "not-the-password"}, {"decision", "approve"}};
    const auto r = m_server->postForm("/oauth/authorize", fields);
    QCOMPARE(r.status, 401);
    QVERIFY(r.body.contains("role=\"alert\""));
    QVERIFY(!r.body.contains("<code id=\"code\">"));
}

void TestServerOAuth::passwordGrant_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::newRow("username") << "alice"
                              << "password-alice" << 200;
    QTest::newRow("username other case") << "ALICE"
                                         << "password-alice" << 200;
    QTest::newRow("email") << "alice@example.test"
                           << "password-alice" << 200;
    QTest::newRow("wrong password") << "alice"
                                    << "password-bob" << 400;
    QTest::newRow("unknown user") << "nobody"
                                  << "password-alice" << 400;
}

void TestServerOAuth::passwordGrant()
{
    QFETCH(QString, login);
    QFETCH(QString, password);
    QFETCH(int, status);
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto r = m_server->postForm("/oauth/token", {{"grant_type", "password"},
                                                       {"username", login},
                                                       {"password", password},
                                                       {"client_id", app.clientId},
                                                       {"client_secret", app.clientSecret},
                                                       {"scope", "read write"}});
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.object().value("scope").toString(), QStringLiteral("read write"));
    else
        QCOMPARE(r.object().value("error").toString(), QStringLiteral("invalid_grant"));
}

void TestServerOAuth::passwordGrantDisabled()
{
    tusk::server::ServerConfig config;
    config.passwordGrant = false;
    TestServer server(config);
    QVERIFY(server.isReady());
    server.addUser("carol");
    const App app = registerApp(server, "urn:ietf:wg:oauth:2.0:oob");
    const auto r = server.postForm("/oauth/token", {{"grant_type", "password"},
                                                    {"username", "carol"},
                                                    {"password", "password-carol"},
                                                    {"client_id", app.clientId},
                                                    {"client_secret", app.clientSecret}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value("error").toString(), QStringLiteral("unsupported_grant_type"));
}

void TestServerOAuth::clientCredentials()
{
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto bad = m_server->postForm("/oauth/token", {{"grant_type", "client_credentials"},
                                                         {"client_id", app.clientId},
                                                         {"client_secret", "wrong"}});
    QCOMPARE(bad.status, 401);
    QCOMPARE(bad.object().value("error").toString(), QStringLiteral("invalid_client"));
    // HTTP Basic client authentication works too.
    const QByteArray basic = (app.clientId + ':' + app.clientSecret).toUtf8().toBase64();
    const auto ok =
        m_server->send("POST", "/oauth/token", "grant_type=client_credentials&scope=read", {},
                       {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Authorization", "Basic " + basic}});
    QCOMPARE(ok.status, 200);
    const QByteArray token = ok.object().value("access_token").toString().toLatin1();
    // An app token may read public data but not act as a user.
    QCOMPARE(m_server->get("/api/v1/timelines/public", token).status, 200);
    const auto home = m_server->get("/api/v1/timelines/home", token);
    QCOMPARE(home.status, 422);
}

void TestServerOAuth::refreshTokenRotates()
{
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto first = m_server->postForm("/oauth/token", {{"grant_type", "password"},
                                                           {"username", "alice"},
                                                           {"password", m_alice.password},
                                                           {"client_id", app.clientId},
                                                           {"client_secret", app.clientSecret}});
    const QString refresh = first.object().value("refresh_token").toString();
    const QByteArray oldToken = first.object().value("access_token").toString().toLatin1();
    QVERIFY(!refresh.isEmpty());
    const auto second = m_server->postForm("/oauth/token", {{"grant_type", "refresh_token"},
                                                            {"refresh_token", refresh},
                                                            {"client_id", app.clientId},
                                                            {"client_secret", app.clientSecret}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.object().value("scope").toString(), QStringLiteral("read"));
    const QByteArray newToken = second.object().value("access_token").toString().toLatin1();
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", newToken).status, 200);
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", oldToken).status, 401);
    const auto again = m_server->postForm("/oauth/token", {{"grant_type", "refresh_token"},
                                                           {"refresh_token", refresh},
                                                           {"client_id", app.clientId},
                                                           {"client_secret", app.clientSecret}});
    QCOMPARE(again.status, 400);
}

void TestServerOAuth::revoke()
{
    const App app = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    const auto t = m_server->postForm("/oauth/token", {{"grant_type", "password"},
                                                       {"username", "alice"},
                                                       {"password", m_alice.password},
                                                       {"client_id", app.clientId},
                                                       {"client_secret", app.clientSecret}});
    const QString token = t.object().value("access_token").toString();
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", token.toLatin1()).status, 200);
    // Another app cannot revoke it.
    const App other = registerApp(*m_server, "urn:ietf:wg:oauth:2.0:oob");
    QCOMPARE(m_server
                 ->postForm("/oauth/revoke", {{"client_id", other.clientId},
                                              {"client_secret", other.clientSecret},
                                              {"token", token}})
                 .status,
             200);
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", token.toLatin1()).status, 200);
    QCOMPARE(
        m_server
            ->postForm("/oauth/revoke",
                       {{"client_id", app.clientId}, {"client_secret", "wrong"}, {"token", token}})
            .status,
        403);
    QCOMPARE(m_server
                 ->postForm("/oauth/revoke", {{"client_id", app.clientId},
                                              {"client_secret", app.clientSecret},
                                              {"token", token}})
                 .status,
             200);
    QCOMPARE(m_server->get("/api/v1/accounts/verify_credentials", token.toLatin1()).status, 401);
}

void TestServerOAuth::loginAttemptsAreLimited()
{
    tusk::server::ServerConfig config;
    config.loginAttempts = 3;
    TestServer server(config);
    QVERIFY(server.isReady());
    const auto dave = server.addUser("dave");
    const App app = registerApp(server, "urn:ietf:wg:oauth:2.0:oob");
    auto attempt = [&](const QString &password) {
        return server
            .postForm("/oauth/token", {{"grant_type", "password"},
                                       {"username", "dave"},
                                       {"password", password},
                                       {"client_id", app.clientId},
                                       {"client_secret", app.clientSecret}})
            .status;
    };
    QCOMPARE(attempt("wrong-1"), 400);
    QCOMPARE(attempt("wrong-2"), 400);
    QCOMPARE(attempt("wrong-3"), 400);
    QCOMPARE(attempt(dave.password), 429); // even the right password waits
}

void TestServerOAuth::metadata()
{
    const auto r = m_server->get("/.well-known/oauth-authorization-server");
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QCOMPARE(o.value("authorization_endpoint").toString(),
             m_server->urlFor("/oauth/authorize").toString());
    QCOMPARE(o.value("token_endpoint").toString(), m_server->urlFor("/oauth/token").toString());
    QVERIFY(o.value("code_challenge_methods_supported").toArray().contains("S256"));
    QVERIFY(o.value("grant_types_supported").toArray().contains("password"));
    QVERIFY(o.value("scopes_supported").toArray().contains("read:statuses"));
}

QTEST_GUILESS_MAIN(TestServerOAuth)
#include "tst_server_oauth.moc"
