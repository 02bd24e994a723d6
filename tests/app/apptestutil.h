#pragma once
// The real app in-process: AppController on temporary dirs, the shell's Main.qml in a
// QQmlApplicationEngine, keyboard input through QTest, and a small synchronous HTTP client for
// checking what the (local or seeded) server saw.
#include "appcontroller.h"

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

} // namespace tusk::test
