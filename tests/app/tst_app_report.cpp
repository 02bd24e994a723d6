// Reporting from the app, by keyboard only, against the in-process bundled server: on another
// account's post the status menu (Menu key) offers "Report", the shell's report form takes a
// category, a comment and "forward", and the server stores exactly that report. While the server
// is down the form stays open and says why in words; sending again once it is back works.
#include "apptestutil.h"

#include "server/store/reports.h"

#include "tuskline_qml_imports.h"

#include <QQuickStyle>

using namespace tusk;
using namespace tusk::test;

class TestAppReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the session-only login path
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void reportByKeyboard()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("alice"), QStringLiteral("Alice"),
                 QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        if (!app::AppController::sessionsAvailable())
            QSKIP("built without sessions");
        QTRY_VERIFY_WITH_TIMEOUT(h.app->currentSession(), 15'000);

        const LocalUser bob = addLocalUser(h, QStringLiteral("bob"));
        QVERIFY(!bob.token.isEmpty());
        const QString postId = postAs(h, bob.token, QStringLiteral("Buy followers, cheap!"));
        QVERIFY(!postId.isEmpty());

        // The local timeline, keyboard on bob's post.
        auto *main = h.find<QQuickItem>(QStringLiteral("mainView"));
        QTRY_VERIFY(main);
        h.key('g');
        h.key('l');
        QTRY_COMPARE(main->property("section").toString(), QStringLiteral("local"));
        QTRY_VERIFY_WITH_TIMEOUT(main->property("rowsShown").toInt() >= 1, 15'000);
        h.key('j');
        h.key('k');

        // Menu key → the status menu; down to "Report @bob…", Enter.
        h.key(Qt::Key_Menu);
        bool onReport = false;
        for (int i = 0; i < 25 && !onReport; ++i) {
            h.key(Qt::Key_Down);
            QQuickItem *item = h.focused();
            onReport = item && item->property("text").toString().startsWith(u"Report ");
        }
        QVERIFY2(onReport, "the status menu of another account's post offers Report");
        h.key(Qt::Key_Return);

        auto *dialog = h.find<QObject>(QStringLiteral("reportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("accountId").toString(), bob.id);
        auto *category = h.find<QQuickItem>(QStringLiteral("reportCategory"));
        QVERIFY(category);
        QTRY_VERIFY(category->hasActiveFocus());
        QCOMPARE(category->property("currentValue").toString(), QStringLiteral("other"));
        // "It is spam" is the first choice.
        for (int i = 0; i < 4; ++i)
            h.key(Qt::Key_Up);
        QCOMPARE(category->property("currentValue").toString(), QStringLiteral("spam"));
        h.key(Qt::Key_Tab);
        QCOMPARE(h.focused(), h.find<QQuickItem>(QStringLiteral("reportComment")));
        h.type(QStringLiteral("Sells followers in every reply."));
        h.key(Qt::Key_Tab); // leaves the text, no tab character
        auto *forward = h.find<QQuickItem>(QStringLiteral("reportForward"));
        QCOMPARE(h.focused(), forward);
        h.key(Qt::Key_Space);
        QVERIFY(forward->property("checked").toBool());
        h.key(Qt::Key_Tab);
        QCOMPARE(h.focused(), h.find<QQuickItem>(QStringLiteral("reportSend")));

        // The server is down: the form stays, with the reason in words.
        h.app->setLocalInstanceEnabled(false);
        QVERIFY(!h.app->localInstanceRunning());
        h.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("error").toString().isEmpty(), 20'000);
        const QString error = dialog->property("error").toString();
        QVERIFY2(error.startsWith(u"The report could not be sent: ") &&
                     error.size() > int(qstrlen("The report could not be sent: ")) + 3,
                 qPrintable(error));
        QVERIFY(dialog->property("opened").toBool());
        QCOMPARE(h.find<QQuickItem>(QStringLiteral("reportComment"))->property("text").toString(),
                 QStringLiteral("Sells followers in every reply."));

        // Back up: Enter on the (focused again) send button; the form closes once it is sent.
        h.app->setLocalInstanceEnabled(true);
        QVERIFY(h.app->localInstanceRunning());
        QTRY_COMPARE(h.focused(), h.find<QQuickItem>(QStringLiteral("reportSend")));
        h.key(Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->property("visible").toBool(), 20'000);
        QVERIFY(dialog->property("error").toString().isEmpty());

        // What the moderators see (the store `tuskline-server reports` prints).
        server::Store &store = h.app->localInstance()->server()->core().store;
        const QList<server::ReportRow> reports = server::ReportRepository(store).list(true, 10);
        QCOMPARE(reports.size(), 1);
        const server::ReportRow &r = reports.constFirst();
        QCOMPARE(QString::number(r.targetAccountId), bob.id);
        QCOMPARE(QString::number(r.accountId), h.app->currentAccountId());
        QCOMPARE(r.category, QStringLiteral("spam"));
        QCOMPARE(r.comment, QStringLiteral("Sells followers in every reply."));
        QVERIFY(r.forward);
    }
};

QTEST_MAIN(TestAppReport)
#include "tst_app_report.moc"
