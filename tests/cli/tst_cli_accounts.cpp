// tuskline-cli with stored accounts: real logins (OOB and loopback, the test playing the browser
// on the server's real authorize page), the account list and default, acting through a stored
// account, logout with revocation, and a stored token the server no longer accepts. Tokens live
// in the real keychain: run through packaging/test.sh (private D-Bus + gnome-keyring).
#include "auth/accountstore.h"
#include "auth/tokenstore.h"
#include "browser.h"
#include "clirunner.h"
#include "core/entities/registry.h"
#include "server/context.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace tusk;

class TestCliAccounts : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> server;
    std::unique_ptr<CliRunner> cli;
    test::TestServer::User alice, bob;
    // The CLI's keychain entries (the same service name as the app).
    auth::TokenStore tokens{QStringLiteral("Tuskline")};

    QString keychainRead(const QString &key)
    {
        std::optional<auth::TokenStore::Outcome> out;
        tokens.read(key, nullptr, [&](const auth::TokenStore::Outcome &o) { out = o; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10'000))
            return {};
        return out->ok() ? out->secret : QString();
    }
    bool keychainWrite(const QString &key, const QString &secret)
    {
        std::optional<auth::TokenStore::Outcome> out;
        tokens.write(key, secret, nullptr, [&](const auth::TokenStore::Outcome &o) { out = o; });
        return QTest::qWaitFor([&] { return out.has_value(); }, 10'000) && out->ok();
    }

    // Reads stdout until the authorize URL shows up.
    static QUrl waitForAuthorizeUrl(QProcess &p, QByteArray *seen)
    {
        QUrl url;
        (void)QTest::qWaitFor(
            [&] {
                *seen += p.readAllStandardOutput();
                for (const QByteArray &line : seen->split('\n'))
                    if (line.contains("/oauth/authorize?"))
                        url = QUrl::fromEncoded(line.trimmed());
                return url.isValid() || p.state() == QProcess::NotRunning;
            },
            20'000);
        return url;
    }

    // `login URL --oob`: the test opens the printed URL, approves, and pastes the code.
    CliRun loginOob(const test::TestServer::User &user)
    {
        auto p = cli->start(
            {QStringLiteral("login"), server->url().toString(), QStringLiteral("--oob")});
        QByteArray out;
        const QUrl url = waitForAuthorizeUrl(*p, &out);
        TestBrowser browser;
        browser.username = user.username;
        browser.password = user.password;
        if (url.isValid() && browser.visit(url) && !browser.code.isEmpty())
            p->write(browser.code.toUtf8() + '\n');
        p->closeWriteChannel();
        CliRun r = CliRunner::wait(*p);
        r.out.prepend(out);
        return r;
    }

    QList<QJsonObject> accountsJson()
    {
        const CliRun r = cli->run({QStringLiteral("--json"), QStringLiteral("accounts")});
        QList<QJsonObject> list;
        for (const QByteArray &line : r.lines())
            list << QJsonDocument::fromJson(line).object();
        return list;
    }

private Q_SLOTS:
    void init()
    {
        server = std::make_unique<test::TestServer>();
        QVERIFY2(server->isReady(), qPrintable(server->error()));
        cli = std::make_unique<CliRunner>();
        alice = server->addUser(QStringLiteral("alice"));
        bob = server->addUser(QStringLiteral("bob"));
    }
    void cleanup()
    {
        cli.reset();
        server.reset();
    }

    void noAccount()
    {
        CliRun r = cli->run({QStringLiteral("whoami")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.stderrText().contains(QStringLiteral("No account is logged in")), r.describe());
        r = cli->run({QStringLiteral("--account"), QStringLiteral("ghost"),
                      QStringLiteral("timeline"), QStringLiteral("home")});
        QCOMPARE(r.exitCode, 3);
        r = cli->run({QStringLiteral("accounts")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        r = cli->run({QStringLiteral("logout")});
        QCOMPARE(r.exitCode, 3);
    }

    void loginOutOfBandThenUse()
    {
        CliRun r = loginOob(alice);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("Logged in as @alice")), r.describe());
        QVERIFY2(!r.out.contains(alice.token), r.describe());

        const auto list = accountsJson();
        QCOMPARE(list.size(), 1);
        const QString key = auth::AccountRecord::makeKey(QStringLiteral("alice"), server->url());
        QCOMPARE(list[0].value("key").toString(), key);
        QCOMPARE(list[0].value("default").toBool(), true);
        // The token is in the keychain, not in the account file.
        const QString token = keychainRead(QStringLiteral("account:%1:access_token").arg(key));
        QVERIFY(!token.isEmpty());
        QFile file(cli->accountsFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toUtf8()));

        r = cli->run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject me = QJsonDocument::fromJson(r.lines().value(0)).object();
        QVERIFY(entities::parseAs(u"Account", me).ok());
        QCOMPARE(me.value("username").toString(), "alice");

        r = cli->run({QStringLiteral("post"), QStringLiteral("from a stored account")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli->run(
            {QStringLiteral("--json"), QStringLiteral("timeline"), QStringLiteral("home")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.lines().size(), 1);

        // A wrong code: the server refuses it, exit 3.
        auto p = cli->start(
            {QStringLiteral("login"), server->url().toString(), QStringLiteral("--oob")});
        QByteArray out;
        QVERIFY(waitForAuthorizeUrl(*p, &out).isValid());
        p->write("not-the-code\n");
        p->closeWriteChannel();
        r = CliRunner::wait(*p);
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("Login failed")), r.describe());
    }

    void loginLoopbackSecondAccountAndDefault()
    {
        QVERIFY2(loginOob(alice).exitCode == 0, "alice's login");
        auto p = cli->start(
            {QStringLiteral("login"), server->url().toString(), QStringLiteral("--no-browser")});
        QByteArray out;
        const QUrl url = waitForAuthorizeUrl(*p, &out);
        QVERIFY2(url.isValid(), out.constData());
        // Loopback: the browser follows the server's redirect into the CLI's local port.
        TestBrowser browser;
        browser.username = bob.username;
        browser.password = bob.password;
        QVERIFY(browser.visit(url));
        QVERIFY2(browser.redirect.host() == u"127.0.0.1", qPrintable(browser.redirect.toString()));
        QCOMPARE(browser.callbackStatus, 200);
        CliRun r = CliRunner::wait(*p);
        QVERIFY2(r.exitCode == 0, r.describe());

        // The newest login is the default; --account picks another; --set-default switches.
        auto list = accountsJson();
        QCOMPARE(list.size(), 2);
        const QString aliceKey =
            auth::AccountRecord::makeKey(QStringLiteral("alice"), server->url());
        const QString bobKey = auth::AccountRecord::makeKey(QStringLiteral("bob"), server->url());
        for (const QJsonObject &o : list)
            QCOMPARE(o.value("default").toBool(), o.value("key").toString() == bobKey);
        r = cli->run({QStringLiteral("accounts")});
        QVERIFY2(r.stdoutText().contains(QStringLiteral("* ") + bobKey), r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("  ") + aliceKey), r.describe());

        r = cli->run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QCOMPARE(QJsonDocument::fromJson(r.lines().value(0)).object().value("username").toString(),
                 "bob");
        r = cli->run({QStringLiteral("--account"), QStringLiteral("alice"),
                      QStringLiteral("--json"), QStringLiteral("whoami")});
        QCOMPARE(QJsonDocument::fromJson(r.lines().value(0)).object().value("username").toString(),
                 "alice");
        r = cli->run({QStringLiteral("accounts"), QStringLiteral("--set-default"),
                      QStringLiteral("@") + aliceKey});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli->run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QCOMPARE(QJsonDocument::fromJson(r.lines().value(0)).object().value("username").toString(),
                 "alice");

        // Logout revokes the token on the server and forgets the account here.
        const QString bobToken =
            keychainRead(QStringLiteral("account:%1:access_token").arg(bobKey));
        QVERIFY(!bobToken.isEmpty());
        QCOMPARE(
            server->get(QStringLiteral("/api/v1/accounts/verify_credentials"), bobToken.toUtf8())
                .status,
            200);
        r = cli->run({QStringLiteral("logout"), QStringLiteral("bob")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(
            server->get(QStringLiteral("/api/v1/accounts/verify_credentials"), bobToken.toUtf8())
                .status,
            401);
        QVERIFY(keychainRead(QStringLiteral("account:%1:access_token").arg(bobKey)).isEmpty());
        list = accountsJson();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].value("key").toString(), aliceKey);
        QCOMPARE(list[0].value("default").toBool(), true);
    }

    // Seeded through the auth library directly: a stored account whose token the server no
    // longer accepts → exit 3 and a hint to log in again.
    void revokedStoredToken()
    {
        auth::AccountStore store(cli->accountsFile());
        auth::AccountRecord record;
        record.instanceUrl = server->url();
        record.username = QStringLiteral("alice");
        record.acct = QStringLiteral("alice");
        record.accountId = alice.idString;
        record.key = auth::AccountRecord::makeKey(record.username, record.instanceUrl);
        store.upsertAccount(record);
        QVERIFY(QDir().mkpath(QFileInfo(cli->accountsFile()).path()));
        QVERIFY(store.save());
        const QByteArray token =
            server->token(QStringLiteral("alice"), QStringLiteral("read write follow"));
        QVERIFY(keychainWrite(record.tokenKey(), QString::fromLatin1(token)));

        CliRun r = cli->run({QStringLiteral("--json"), QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.describe());
        // Revoked on the server's side (as an admin or another client of the user would).
        auto &tokenRows = server->server().core().store.tokens;
        const std::optional<server::TokenRow> row = tokenRows.byAccessToken(token);
        QVERIFY(row && tokenRows.revoke(row->id));
        r = cli->run({QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("Log in again")), r.describe());
        QVERIFY2(!r.stderrText().contains(QString::fromLatin1(token)), r.describe());

        // Logout with the server down still forgets the account (the revoke is best effort).
        server.reset();
        r = cli->run({QStringLiteral("logout")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(accountsJson().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
