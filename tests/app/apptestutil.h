#pragma once
// The real app in-process: AppController on temporary dirs, the shell's Main.qml in a
// QQmlApplicationEngine, keyboard input through QTest, and a small synchronous HTTP client for
// checking what the (local or seeded) server saw.
#include "appcontroller.h"
#include "localinstance.h"
#include "server/admin.h"
#include "server/context.h"
#include "server/server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace tusk::test {

struct AppHarness {
    QTemporaryDir dir;
    std::unique_ptr<app::AppController> app;
    std::unique_ptr<QQmlApplicationEngine> engine;
    QQuickWindow *window = nullptr;
    QNetworkAccessManager nam;

    app::AppOptions options(bool noLocal = false) const
    {
        app::AppOptions o;
        o.noLocal = noLocal;
        o.dataDir = dir.path() + QStringLiteral("/data");
        o.configDir = dir.path() + QStringLiteral("/config");
        o.cacheDir = dir.path() + QStringLiteral("/cache");
        // A service of its own: a real keychain in the test environment stays untouched.
        o.keychainService = QStringLiteral("tuskline-test-") + QUuid::createUuid().toString();
        return o;
    }

    bool start(bool noLocal = false) { return start(options(noLocal)); }
    bool start(const app::AppOptions &o)
    {
        app = std::make_unique<app::AppController>(o);
        app->start();
        engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Shell/Main.qml")));
        if (engine->rootObjects().isEmpty())
            return false;
        window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        if (!window)
            return false;
        window->requestActivate();
        return QTest::qWaitForWindowExposed(window);
    }
    void stop()
    {
        engine.reset();
        app.reset();
        window = nullptr;
    }

    template <typename T = QObject> T *find(const QString &objectName) const
    {
        return window ? window->findChild<T *>(objectName) : nullptr;
    }
    QQuickItem *focused() const { return window ? window->activeFocusItem() : nullptr; }

    // QTest::keyClicks has no QWindow overload in Qt 6.4.
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    }
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(window, k, mods);
    }
    void key(char c, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(window, c, mods);
    }

    struct Reply {
        int status = 0;
        QByteArray body;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    Reply http(const QByteArray &verb, const QUrl &url, const QByteArray &token = {},
               const QByteArray &body = {})
    {
        QNetworkRequest request(url);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 15'000))
            reply->abort();
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
        reply->deleteLater();
        return r;
    }
};

// Keyboard only: fills the first-run form and creates the local owner account. Without a
// keychain it first agrees to a session-only login (the check box below the form).
inline void firstRun(AppHarness &h, const QString &username, const QString &displayName,
                     const QString &password)
{
    QTRY_VERIFY(h.find<QQuickItem>(QStringLiteral("firstRunPage")));
    QTRY_VERIFY(h.app->keychainChecked());
    QTRY_VERIFY(h.focused());
    h.type(username);
    h.key(Qt::Key_Tab);
    h.type(displayName);
    h.key(Qt::Key_Tab);
    h.type(password);
    h.key(Qt::Key_Tab);
    h.type(password);
    if (!h.app->keychainAvailable()) {
        // No keychain: nothing happens until the user agrees to a session-only login.
        h.key(Qt::Key_Return);
        QTest::qWait(200);
        QVERIFY(!h.app->busy());
        QCOMPARE(h.app->accounts()->count(), 0);
        h.key(Qt::Key_Tab); // the consent check box
        h.key(Qt::Key_Space);
        QTRY_VERIFY(h.app->sessionOnlyTokens());
        h.key(Qt::Key_Backtab);
    }
    h.key(Qt::Key_Return); // Enter in the last field submits
}

// Another user of the app's local instance, made through the server's admin functions (as
// `tuskline-server user add` and `token` do), with a token for its own API calls.
struct LocalUser {
    QString id;
    QByteArray token;
};
inline LocalUser addLocalUser(AppHarness &h, const QString &username)
{
    server::Store &store = h.app->localInstance()->server()->core().store;
    QString error;
    LocalUser user;
    if (!server::admin::addUser(store, username, username + QStringLiteral("@localhost"),
                                QStringLiteral("password123"), false, &error)) {
        qWarning() << "addUser:" << error;
        return user;
    }
    const std::optional<QByteArray> token =
        server::admin::createToken(store, username, QStringLiteral("read write"), &error);
    if (!token) {
        qWarning() << "createToken:" << error;
        return user;
    }
    user.token = *token;
    user.id = h.http("GET", h.app->localInstanceUrl().resolved(
                                QUrl(QStringLiteral("/api/v1/accounts/lookup?acct=") + username)))
                  .object()
                  .value(u"id")
                  .toString();
    return user;
}

// A token for an existing local user (e.g. the owner the first run created).
inline QByteArray localToken(AppHarness &h, const QString &username)
{
    QString error;
    const std::optional<QByteArray> token =
        server::admin::createToken(h.app->localInstance()->server()->core().store, username,
                                   QStringLiteral("read write"), &error);
    return token.value_or(QByteArray());
}

// Posts as `user`; returns the new status' id ("" when the server refused).
inline QString postAs(AppHarness &h, const QByteArray &token, const QString &text)
{
    const auto r =
        h.http("POST", h.app->localInstanceUrl().resolved(QUrl(QStringLiteral("/api/v1/statuses"))),
               token, QJsonDocument(QJsonObject{{QStringLiteral("status"), text}}).toJson());
    return r.status == 200 ? r.object().value(u"id").toString() : QString();
}

} // namespace tusk::test
