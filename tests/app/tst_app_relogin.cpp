// "Log in again": with no keychain the local owner's token lives for one session only; after a
// restart the account needs a new login, and AppController::loginAgain brings back the owner's
// login page, whose keyboard submit gives the account a working session again.
#include "apptestutil.h"

#include "tuskline_qml_imports.h"

#include <QQuickStyle>
#include <QSignalSpy>

using namespace tusk;
using namespace tusk::test;

class TestAppRelogin : public QObject {
    Q_OBJECT
    static QString loginStateOf(app::AccountListModel *model, const QString &key)
    {
        const int role = model->roleNames().key("loginState");
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->keyAt(row) == key)
                return model->data(model->index(row, 0), role).toString();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no Secret Service: session-only tokens
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void localAccountLogsInAgainAfterRestart()
    {
        if (!app::AppController::sessionsAvailable())
            QSKIP("built without sessions");
        AppHarness h;
        const app::AppOptions options = h.options();
        QVERIFY(h.start(options));
        QTRY_VERIFY(h.app->keychainChecked());
        QVERIFY(!h.app->keychainAvailable());
        h.app->setSessionOnlyTokens(true);
        const QString password = QStringLiteral("correct horse battery");
        h.app->setUpLocalAccount(QStringLiteral("alice"), QStringLiteral("Alice"), password);
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        const QString key = h.app->currentAccountKey();
        QTRY_VERIFY_WITH_TIMEOUT(h.app->sessionFor(key), 15'000);

        // Restart: the token was for that session only.
        h.stop();
        QVERIFY(h.start(options));
        QTRY_COMPARE_WITH_TIMEOUT(loginStateOf(h.app->accounts(), key), QStringLiteral("relogin"),
                                  15'000);
        QVERIFY(!h.app->sessionFor(key));
        QTRY_VERIFY(h.find<QQuickItem>(QStringLiteral("mainView")));

        QSignalSpy asked(h.app.get(), &app::AppController::localLoginRequested);
        h.app->loginAgain(key);
        QCOMPARE(asked.size(), 1);
        auto *page = h.find<QQuickItem>(QStringLiteral("firstRunPage"));
        QTRY_VERIFY(page = h.find<QQuickItem>(QStringLiteral("firstRunPage")));
        QVERIFY(page->property("loginOnly").toBool());
        QTRY_VERIFY(h.focused());
        h.type(QStringLiteral("alice"));
        h.key(Qt::Key_Return); // to the password (no display name when only logging in)
        h.type(password);
        h.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(h.app->sessionFor(key), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(loginStateOf(h.app->accounts(), key), QStringLiteral("ready"),
                                  15'000);
        QTRY_VERIFY(h.find<QQuickItem>(QStringLiteral("mainView")));
        QCOMPARE(h.app->accounts()->rowCount(), 1); // the same account, not a second one
    }
};

QTEST_MAIN(TestAppRelogin)
#include "tst_app_relogin.moc"
