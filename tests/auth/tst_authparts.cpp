// The parts of a login that need no server: PKCE, the account file, the loopback listener.
#include "auth/accountstore.h"
#include "auth/loopbacklistener.h"
#include "auth/pkce.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

using namespace tusk::auth;

class TestAuthParts : public QObject {
    Q_OBJECT

    struct HttpResult {
        int status = 0;
        QByteArray body;
    };
    HttpResult httpGet(const QUrl &url)
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10'000))
            return {};
        HttpResult r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->readAll()};
        delete reply;
        return r;
    }

private Q_SLOTS:
    void pkceRfc7636Vector()
    {
        // RFC 7636 Appendix B.
        QCOMPARE(pkce::challengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }

    void pkceRandomness()
    {
        const QString a = pkce::makeVerifier(), b = pkce::makeVerifier();
        QCOMPARE(a.size(), 43); // 43..128 allowed
        QVERIFY(a != b);
        static const QRegularExpression unreserved(QStringLiteral("^[A-Za-z0-9\\-._~]+$"));
        QVERIFY(unreserved.match(a).hasMatch());
        QVERIFY(pkce::makeState() != pkce::makeState());
        QCOMPARE(pkce::randomUrlSafe(5).size(), 7);
    }

    void accountKeys_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QUrl>("instance");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << "Alice" << QUrl(QStringLiteral("https://Example.Social/"))
                               << "alice@example.social";
        QTest::newRow("port") << "bob" << QUrl(QStringLiteral("http://127.0.0.1:8080"))
                              << "bob@127.0.0.1:8080";
    }
    void accountKeys()
    {
        QFETCH(QString, username);
        QFETCH(QUrl, instance);
        QFETCH(QString, key);
        QCOMPARE(AccountRecord::makeKey(username, instance), key);
    }

    void storeRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/accounts.json"));
        AccountStore store(path);
        QVERIFY(store.load()); // missing file = empty
        QVERIFY(store.accounts().isEmpty());

        AccountRecord a;
        a.key = QStringLiteral("alice@one.example");
        a.instanceUrl = QUrl(QStringLiteral("https://one.example"));
        a.accountId = QStringLiteral("1");
        a.username = QStringLiteral("alice");
        a.acct = QStringLiteral("alice");
        a.displayName = QStringLiteral("Alice ✨");
        a.avatarUrl = QUrl(QStringLiteral("https://one.example/a.png"));
        a.clientId = QStringLiteral("cid1");
        AccountRecord b = a;
        b.key = QStringLiteral("alice@two.example");
        b.instanceUrl = QUrl(QStringLiteral("http://two.example:3000"));
        store.upsertAccount(a);
        store.upsertAccount(b);
        a.displayName = QStringLiteral("Alice renamed");
        store.upsertAccount(a); // replaces, not appends
        AppRegistration app;
        app.instanceUrl = a.instanceUrl;
        app.clientId = QStringLiteral("cid1");
        app.redirectUris = {QStringLiteral("http://127.0.0.1:4711/callback"),
                            QStringLiteral("urn:ietf:wg:oauth:2.0:oob")};
        app.scopes = QStringLiteral("read write follow push");
        store.setApp(app);
        QVERIFY(store.save());

        AccountStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.accounts().size(), 2);
        QCOMPARE(again.account(a.key)->displayName, QStringLiteral("Alice renamed"));
        QCOMPARE(again.account(b.key)->instanceUrl, b.instanceUrl);
        const auto loaded = again.app(QUrl(QStringLiteral("https://ONE.example/some/path")));
        QVERIFY(loaded);
        QCOMPARE(loaded->clientId, QStringLiteral("cid1"));
        QCOMPARE(loaded->loopbackRedirect().port(), 4711);
        QCOMPARE(loaded->secretKey(), QStringLiteral("app:https://one.example:client_secret"));
        QVERIFY(!again.app(b.instanceUrl));
        QVERIFY(again.removeAccount(b.key));
        QVERIFY(!again.removeAccount(b.key));

        // Nothing secret-looking is in the file: only the fields we chose.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("token"));
    }

    void storeDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"accounts\": [");
        f.close();
        AccountStore store(path);
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY(error.contains(u"damaged"));
    }

    void loopbackListener()
    {
        LoopbackListener listener;
        QVERIFY(listener.listen());
        QVERIFY(listener.port() > 0);
        QCOMPARE(listener.redirectUri().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(listener.redirectUri().path(), QStringLiteral("/callback"));
        QUrlQuery seen;
        listener.setHandler([&seen](const QUrlQuery &q) {
            seen = q;
            return LoopbackListener::Page{200, QStringLiteral("Logged in"),
                                          QStringLiteral("You can close <this> tab.")};
        });
        QUrl url = listener.redirectUri();
        url.setQuery(QStringLiteral("code=abc%2Bdef&state=xyz"));
        const HttpResult ok = httpGet(url);
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("You can close &lt;this&gt; tab."));
        QCOMPARE(seen.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
                 QStringLiteral("abc+def"));
        QCOMPARE(seen.queryItemValue(QStringLiteral("state")), QStringLiteral("xyz"));

        seen.clear();
        url.setPath(QStringLiteral("/favicon.ico"));
        QCOMPARE(httpGet(url).status, 404);
        QVERIFY(seen.isEmpty());

        // Taken port → false (a second listener on the same port).
        LoopbackListener second;
        QVERIFY(!second.listen(listener.port()));
        const quint16 port = listener.port();
        listener.close();
        QVERIFY(second.listen(port));
        QCOMPARE(second.port(), port);
    }
};

QTEST_GUILESS_MAIN(TestAuthParts)
#include "tst_authparts.moc"
