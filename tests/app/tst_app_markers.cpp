// Quitting pushes the reading position: markers are paced (one push, then at most one per
// interval), so a position read just before quitting is still only local; the app's quit
// (AppController::shutDown, as main() does after the event loop) must get it to the server.
#include "apptestutil.h"

#include "tuskline_qml_imports.h"

#include <QQuickStyle>

using namespace tusk;
using namespace tusk::test;

namespace {

QString homeMarker(AppHarness &h, const QUrl &server, const QByteArray &token)
{
    const auto r = h.http(
        "GET", server.resolved(QUrl(QStringLiteral("/api/v1/markers?timeline[]=home"))), token);
    return r.object().value(u"home").toObject().value(u"last_read_id").toString();
}

} // namespace

class TestAppMarkers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the session-only login path
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void quitPushesTheLastReadPosition()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("alice"), QStringLiteral("Alice"),
                 QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        if (!app::AppController::sessionsAvailable())
            QSKIP("built without sessions");
        QTRY_VERIFY_WITH_TIMEOUT(h.app->currentSession(), 15'000);
        const QUrl server = h.app->localInstanceUrl();

        // alice follows bob, who has written 30 posts.
        const QByteArray alice = localToken(h, QStringLiteral("alice"));
        QVERIFY(!alice.isEmpty());
        const LocalUser bob = addLocalUser(h, QStringLiteral("bob"));
        QVERIFY(!bob.token.isEmpty());
        QCOMPARE(
            h.http("POST",
                   server.resolved(QUrl(QStringLiteral("/api/v1/accounts/%1/follow").arg(bob.id))),
                   alice)
                .status,
            200);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(!postAs(h, bob.token, QStringLiteral("Bob's post %1").arg(i)).isEmpty());

        // Home, read down a few posts: the first position goes to the server at once.
        auto *main = h.find<QQuickItem>(QStringLiteral("mainView"));
        QTRY_VERIFY(main);
        QCOMPARE(main->property("section").toString(), QStringLiteral("home"));
        QTRY_VERIFY_WITH_TIMEOUT(main->property("rowsShown").toInt() >= 30, 20'000);
        for (int i = 0; i < 12; ++i)
            h.key('j');
        QTRY_VERIFY_WITH_TIMEOUT(!homeMarker(h, server, alice).isEmpty(), 15'000);
        const QString first = homeMarker(h, server, alice);

        // Five newer posts; back up to the newest by keyboard.
        QString newest;
        for (int i = 31; i <= 35; ++i)
            newest = postAs(h, bob.token, QStringLiteral("Bob's post %1").arg(i));
        QVERIFY(!newest.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(main->property("rowsShown").toInt() >= 35, 20'000);
        for (int i = 0; i < 40; ++i)
            h.key('k');
        QVERIFY(first != newest);
        // Paced: the server still has the first position a moment later.
        QTest::qWait(300);
        QCOMPARE(homeMarker(h, server, alice), first);

        // Quit right away, as a user would.
        h.app->shutDown();
        // The local instance lives in the app: read the marker before it goes.
        QCOMPARE(homeMarker(h, server, alice), newest);
        h.stop();
    }
};

QTEST_MAIN(TestAppMarkers)
#include "tst_app_markers.moc"
