// Logins against the real bundled server (in-process), with the test playing the browser, and
// the real keychain (run through packaging/test.sh).
#include "api/requests/accounts.h"
#include "api/requests/oauth.h"
#include "auth/accountmanager.h"
#include "auth/tokenstore.h"
#include "browser.h"
#include "testserver.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tusk;
using namespace tusk::auth;
using namespace tusk::api;

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    if ((type == QtWarningMsg || type == QtCriticalMsg) && g_previousHandler)
        g_previousHandler(type, context, message);
}

// Every category at every level: Tuskline's and Qt's own network logging. Except the in-process
// server's Qt HttpServer category, which dumps request headers (that is the server's side; its
// owner keeps it off — see the report) and is not what this client test is about.
void enableAllLogging(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0)
        return;
    category->setEnabled(QtDebugMsg, true);
    category->setEnabled(QtInfoMsg, true);
}

} // namespace

class TestLogin : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> server;
    std::unique_ptr<QTemporaryDir> configDir;
    QNetworkAccessManager nam;
    TokenStore tokens{QStringLiteral("Tuskline-test")};
    test::TestServer::User alice, bob;
    QUrl opened; // what the login asked the browser to open

    std::unique_ptr<AccountManager> makeManager()
    {
        auto manager = std::make_unique<AccountManager>(
            &nam, &tokens, configDir->filePath(QStringLiteral("accounts.json")));
        manager->setBrowserOpener([this](const QUrl &url) {
            opened = url;
            return true;
        });
        return manager;
    }

    struct LoginResult {
        bool done = false;
        bool ok = false;
        QString message;
        AccountRecord record;
    };
    // Starts a login, lets `browser` act on the page, waits for the end.
    LoginResult runLogin(AccountManager &manager, TestBrowser &browser, OAuthLogin::Mode mode,
                         OAuthLogin **flowOut = nullptr)
    {
        opened.clear();
        auto result = std::make_shared<LoginResult>();
        OAuthLogin *flow = manager.login(server->url(), mode);
        if (flowOut)
            *flowOut = flow;
        connect(flow, &OAuthLogin::succeeded, this,
                [result](const AccountRecord &r, const Account &) {
                    result->done = result->ok = true;
                    result->record = r;
                });
        connect(flow, &OAuthLogin::failed, this, [result](const QString &m) {
            result->done = true;
            result->message = m;
        });
        flow->start();
        if (!QTest::qWaitFor([&] { return opened.isValid() || result->done; }, 20'000))
            return {true, false, QStringLiteral("browser never opened"), {}};
        if (opened.isValid()) {
            browser.visit(opened);
            if (mode == OAuthLogin::Mode::OutOfBand && !result->done)
                flow->submitCode(browser.code);
        }
        if (!QTest::qWaitFor([&] { return result->done; }, 20'000))
            return {true, false, QStringLiteral("login never finished"), {}};
        return *result;
    }

    TestBrowser browserFor(const test::TestServer::User &user)
    {
        TestBrowser b;
        b.username = user.username;
        b.password = user.password;
        return b;
    }

    QString keychainRead(const QString &key)
    {
        std::optional<TokenStore::Outcome> out;
        tokens.read(key, nullptr, [&](const TokenStore::Outcome &o) { out = o; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
            return {};
        return out->ok() ? out->secret : QString();
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<test::TestServer>();
        QVERIFY2(server->isReady(), qPrintable(server->error()));
        configDir = std::make_unique<QTemporaryDir>();
        alice = server->addUser(QStringLiteral("alice"));
        bob = server->addUser(QStringLiteral("bob"));
    }
    void cleanup()
    {
        server.reset();
        configDir.reset();
    }

    void loopbackWithPkce()
    {
        auto manager = makeManager();
        QSignalSpy added(manager.get(), &AccountManager::accountAdded);
        TestBrowser browser = browserFor(alice);
        OAuthLogin *flow = nullptr;
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback, &flow);
        QVERIFY2(r.ok, qPrintable(r.message));

        // What went to the browser: PKCE S256, state, force_login, our loopback redirect.
        const QUrlQuery q(opened);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(q.queryItemValue(QStringLiteral("force_login")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read write follow push"));
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect.path(), QStringLiteral("/callback"));
        QCOMPARE(browser.callbackStatus, 200);
        QVERIFY(browser.callbackPage.contains("close this tab"));

        // The account is there, Ready, with a working token that lives only in the keychain.
        const QString key = AccountRecord::makeKey(QStringLiteral("alice"), server->url());
        QCOMPARE(r.record.key, key);
        QCOMPARE(added.size(), 1);
        QTRY_COMPARE(manager->state(key), AccountManager::State::Ready);
        const QString token = keychainRead(r.record.tokenKey());
        QVERIFY(!token.isEmpty());
        QCOMPARE(server->get(QStringLiteral("/api/v1/accounts/verify_credentials"), token.toUtf8())
                     .status,
                 200);
        QFile file(configDir->filePath(QStringLiteral("accounts.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"alice\""));
        QVERIFY(!saved.contains(token.toUtf8()));

        // The manager's client works for the account.
        std::optional<ApiResult<Account>> me;
        manager->client(key)->call(requests::VerifyCredentials{}, this,
                                   [&](ApiResult<Account> a) { me.emplace(a); });
        QTRY_VERIFY(me.has_value());
        QVERIFY(me->ok());
        QCOMPARE(me->value().username, QStringLiteral("alice"));

        // A second account on the same server reuses the app registration (same port, same id).
        TestBrowser second = browserFor(bob);
        const LoginResult r2 = runLogin(*manager, second, OAuthLogin::Mode::Loopback);
        QVERIFY2(r2.ok, qPrintable(r2.message));
        QCOMPARE(r2.record.clientId, r.record.clientId);
        QCOMPARE(
            QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            redirect.toString());
        QCOMPARE(manager->accountKeys().size(), 2);

        // A fresh start finds both accounts and verifies them.
        auto restarted = makeManager();
        QVERIFY(restarted->load());
        QCOMPARE(restarted->accountKeys().size(), 2);
        QTRY_COMPARE(restarted->state(key), AccountManager::State::Ready);
        QTRY_COMPARE(restarted->state(r2.record.key), AccountManager::State::Ready);
    }

    void outOfBand()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::OutOfBand);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(
            QUrlQuery(opened).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            OAuthLogin::kOobRedirect);
        QVERIFY(!browser.code.isEmpty());
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::Ready);
    }

    void wrongState()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        browser.tamper = [](QUrl url) {
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            url.setQuery(q);
            return url;
        };
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(u"state mismatch"), qPrintable(r.message));
        QCOMPARE(browser.callbackStatus, 400);
        QVERIFY(manager->accountKeys().isEmpty());
    }

    void deniedInBrowser()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        browser.decision = QStringLiteral("deny");
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(u"denied"), qPrintable(r.message));
    }

    // A wrong password keeps the user on the form (401, no code); a code typed wrong is refused
    // by the server with a message.
    void wrongPasswordAndBadCode()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        browser.password = QStringLiteral("wrong");
        opened.clear();
        QString failure;
        OAuthLogin *flow = manager->login(server->url(), OAuthLogin::Mode::OutOfBand);
        connect(flow, &OAuthLogin::failed, this, [&failure](const QString &m) { failure = m; });
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 20'000);
        browser.visit(opened);
        QCOMPARE(browser.formStatus, 401);
        QVERIFY(browser.code.isEmpty());
        flow->submitCode(QStringLiteral("not-a-real-code"));
        QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty(), 20'000);
        QVERIFY2(failure.contains(u"did not accept the login code"), qPrintable(failure));
        QVERIFY(manager->accountKeys().isEmpty());
    }

    void reusedCode()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!browser.code.isEmpty());
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::Ready);
        QSignalSpy reLogin(manager.get(), &AccountManager::reLoginRequired);

        // Replaying the code is refused, and (RFC 6749 §4.1.2) the server revokes what the code
        // gave; the account then needs a new login instead of breaking.
        const auto app = manager->store().app(server->url());
        QVERIFY(app);
        requests::ObtainToken replay;
        replay.clientId = app->clientId;
        replay.clientSecret = keychainRead(app->secretKey());
        replay.redirectUri = app->loopbackRedirect().toString();
        replay.code = browser.code;
        ApiClient anonymous(&nam, server->url());
        std::optional<ApiResult<Token>> second;
        anonymous.call(replay, this, [&](ApiResult<Token> t) { second.emplace(t); });
        QTRY_VERIFY(second.has_value());
        QVERIFY(!second->ok());
        QCOMPARE(second->error().httpStatus, 400);
        QVERIFY(!second->error().message.isEmpty());

        manager->verify(r.record.key);
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::NeedsReLogin);
        QCOMPARE(reLogin.size(), 1);
        QCOMPARE(reLogin.first().at(0).toString(), r.record.key);

        // Logging in again restores the account.
        TestBrowser again = browserFor(alice);
        const LoginResult r2 = runLogin(*manager, again, OAuthLogin::Mode::Loopback);
        QVERIFY2(r2.ok, qPrintable(r2.message));
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::Ready);
        QCOMPARE(manager->accountKeys().size(), 1);
    }

    void revokedTokenAtStartAndInUse()
    {
        QString key, token;
        {
            auto manager = makeManager();
            TestBrowser browser = browserFor(alice);
            const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
            QVERIFY2(r.ok, qPrintable(r.message));
            key = r.record.key;
            token = keychainRead(r.record.tokenKey());
        }
        // Revoked behind our back (another device, the server admin).
        const auto app = AccountStore(configDir->filePath(QStringLiteral("accounts.json")));
        AccountStore store = app;
        QVERIFY(store.load());
        const auto reg = store.app(server->url());
        const auto revoke =
            server->postForm(QStringLiteral("/oauth/revoke"),
                             {{QStringLiteral("client_id"), reg->clientId},
                              {QStringLiteral("client_secret"), keychainRead(reg->secretKey())},
                              {QStringLiteral("token"), token}});
        QCOMPARE(revoke.status, 200);

        auto manager = makeManager();
        QSignalSpy reLogin(manager.get(), &AccountManager::reLoginRequired);
        QVERIFY(manager->load());
        QTRY_COMPARE(manager->state(key), AccountManager::State::NeedsReLogin);
        QCOMPARE(reLogin.size(), 1);
        QVERIFY(!manager->problem(key).isEmpty());
        QVERIFY(manager->client(key)); // still there, just waiting for a login
        QVERIFY(!manager->client(key)->hasAccessToken());
    }

    void logoutRevokes()
    {
        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
        QVERIFY2(r.ok, qPrintable(r.message));
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::Ready);
        const QString token = keychainRead(r.record.tokenKey());
        QSignalSpy removed(manager.get(), &AccountManager::accountRemoved);
        std::optional<std::pair<bool, QString>> done;
        manager->logout(r.record.key, this,
                        [&](bool ok, const QString &m) { done.emplace(ok, m); });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(done->first && done->second.isEmpty(), qPrintable(done->second));
        QCOMPARE(removed.size(), 1);
        QVERIFY(manager->accountKeys().isEmpty());
        QCOMPARE(server->get(QStringLiteral("/api/v1/accounts/verify_credentials"), token.toUtf8())
                     .status,
                 401);
        QVERIFY(keychainRead(r.record.tokenKey()).isEmpty());
    }

    // Accounts on different servers live side by side; logging out of one leaves the other.
    void accountsOnTwoServers()
    {
        test::TestServer other;
        QVERIFY2(other.isReady(), qPrintable(other.error()));
        const auto carol = other.addUser(QStringLiteral("carol"));
        auto manager = makeManager();
        TestBrowser a = browserFor(alice);
        const LoginResult first = runLogin(*manager, a, OAuthLogin::Mode::Loopback);
        QVERIFY2(first.ok, qPrintable(first.message));

        TestBrowser c = browserFor(carol);
        opened.clear();
        std::optional<AccountRecord> second;
        OAuthLogin *flow = manager->login(other.url(), OAuthLogin::Mode::Loopback);
        connect(flow, &OAuthLogin::succeeded, this,
                [&](const AccountRecord &r, const Account &) { second = r; });
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 20'000);
        c.visit(opened);
        QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), 20'000);

        QVERIFY(first.record.instanceUrl != second->instanceUrl);
        QVERIFY(first.record.clientId != second->clientId ||
                first.record.instanceUrl != second->instanceUrl);
        QTRY_COMPARE(manager->state(first.record.key), AccountManager::State::Ready);
        QTRY_COMPARE(manager->state(second->key), AccountManager::State::Ready);
        QVERIFY(manager->client(first.record.key) != manager->client(second->key));
        QCOMPARE(manager->client(second->key)->instanceUrl(), other.url());

        std::optional<bool> done;
        manager->logout(first.record.key, this, [&](bool ok, const QString &) { done = ok; });
        QTRY_VERIFY(done.has_value());
        QCOMPARE(manager->accountKeys(), QStringList{second->key});
        manager->verify(second->key);
        QTest::qWait(200);
        QCOMPARE(manager->state(second->key), AccountManager::State::Ready);
    }

    void noSecretsInLogs()
    {
        g_log.clear();
        g_previousHandler = qInstallMessageHandler(captureLog);
        g_previousFilter = QLoggingCategory::installFilter(enableAllLogging);

        auto manager = makeManager();
        TestBrowser browser = browserFor(alice);
        const LoginResult r = runLogin(*manager, browser, OAuthLogin::Mode::Loopback);
        QTRY_COMPARE(manager->state(r.record.key), AccountManager::State::Ready);
        const QString token = keychainRead(r.record.tokenKey());
        const QString clientSecret = keychainRead(manager->store().app(server->url())->secretKey());
        std::optional<bool> loggedOut;
        manager->logout(r.record.key, this, [&](bool ok, const QString &) { loggedOut = ok; });
        QTRY_VERIFY(loggedOut.has_value());

        QLoggingCategory::installFilter(g_previousFilter);
        qInstallMessageHandler(g_previousHandler);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!token.isEmpty() && !clientSecret.isEmpty() && !browser.code.isEmpty());
        const QString verifier; // never leaves OAuthLogin; the challenge in the URL is public
        QVERIFY2(g_log.size() > 5, qPrintable(g_log.join(u'\n')));
        for (const QString &line : std::as_const(g_log)) {
            QVERIFY2(!line.contains(token), qPrintable(line));
            QVERIFY2(!line.contains(clientSecret), qPrintable(line));
            QVERIFY2(!line.contains(browser.code), qPrintable(line));
            QVERIFY2(!line.contains(alice.password), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
