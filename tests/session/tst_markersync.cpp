// Markers sync against the bundled server: read at start, pushed at once when nothing was pushed
// for an interval, otherwise once at the end of it with the newest position, only forward, and
// on stop.
#include "sessionfixture.h"

#include "session/markersync.h"

#include <QSignalSpy>

using tusk::session::MarkerSync;
using tusk::test::SessionFixture;
using namespace std::chrono_literals;

class TestMarkerSync : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void debounced();
    void positionsFromTheCacheAndStop();
    void readAtStart();

private:
    QString serverMarker(const QString &timeline)
    {
        const QJsonObject o =
            f->server
                ->get("/api/v1/markers?timeline[]=home&timeline[]=notifications", f->alice.token)
                .object();
        return o.value(timeline).toObject().value("last_read_id").toString();
    }
    std::unique_ptr<SessionFixture> f;
    QStringList ids; // bob's statuses, oldest first
};

void TestMarkerSync::init()
{
    f = std::make_unique<SessionFixture>();
    QVERIFY(f->setUp());
    ids.clear();
    for (int i = 0; i < 5; ++i)
        ids << f->post(f->bob, QStringLiteral("status %1").arg(i));
}

void TestMarkerSync::cleanup()
{
    f.reset();
}

void TestMarkerSync::debounced()
{
    auto s = f->session();
    MarkerSync *m = s->markers();
    m->setInterval(600ms);
    QSignalSpy pushed(m, &MarkerSync::pushed);

    // Leading edge: nothing pushed yet, so the first position goes out at once.
    m->noteRead("home", ids[1]);
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 3000);
    QCOMPARE(pushed.first().at(0).toBool(), true);
    QCOMPARE(serverMarker("home"), ids[1]);

    // Within the interval: held, then one push with the newest.
    QElapsedTimer since;
    since.start();
    m->noteRead("home", ids[2]);
    m->noteRead("home", ids[3]);
    m->noteRead("notifications", "1"); // ids are opaque; any newer one goes
    m->noteRead("home", ids[0]);       // older than what is read: ignored
    QTest::qWait(200);
    QCOMPARE(m->pushCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 2, 3000);
    QVERIFY2(since.elapsed() >= 350, qPrintable(QString::number(since.elapsed())));
    QCOMPARE(m->pushCount(), 2);
    QCOMPARE(serverMarker("home"), ids[3]);
    QCOMPARE(serverMarker("notifications"), "1");

    // Nothing new: nothing pushed.
    m->noteRead("home", ids[3]);
    QTest::qWait(800);
    QCOMPARE(m->pushCount(), 2);
    QCOMPARE(m->serverMarker("home")->lastReadId, ids[3]);
}

void TestMarkerSync::positionsFromTheCacheAndStop()
{
    auto s = f->session();
    s->markers()->setInterval(60'000ms); // far away: only stop() may push
    QSignalSpy fetched(s->markers(), &MarkerSync::fetched);
    s->start();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 3000);
    QVERIFY(!s->markers()->serverMarker("home")); // none yet
    QSignalSpy pushed(s->markers(), &MarkerSync::pushed);
    s->savePosition("home", {ids[2], 12}); // the leading push
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 3000);
    QCOMPARE(serverMarker("home"), ids[2]);
    // A model writing straight into the cache, then the app quits.
    s->cache()->savePosition("home", {ids[4], 0});
    QTest::qWait(200);
    QCOMPARE(pushed.size(), 1);
    QSignalSpy stopped(s.get(), &tusk::session::AccountSession::stopped);
    s->stop();
    QVERIFY(s->markers()->isPushing());
    QCOMPARE(stopped.size(), 0); // not before the server has the positions
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 3000);
    QCOMPARE(pushed.size(), 2);
    QCOMPARE(serverMarker("home"), ids[4]);
}

void TestMarkerSync::readAtStart()
{
    QCOMPARE(f->server
                 ->postJson("/api/v1/markers",
                            {{"home", QJsonObject{{"last_read_id", ids[3]}}},
                             {"notifications", QJsonObject{{"last_read_id", "9"}}}},
                            f->alice.token)
                 .status,
             200);
    auto s = f->session();
    QSignalSpy fetched(s->markers(), &MarkerSync::fetched);
    s->start();
    QTRY_COMPARE_WITH_TIMEOUT(fetched.size(), 1, 3000);
    QVERIFY(s->markers()->serverMarker("home"));
    QCOMPARE(s->markers()->serverMarker("home")->lastReadId, ids[3]);
    QCOMPARE(s->markers()->serverMarker("notifications")->lastReadId, "9");
    // Reading older than the server's marker does not move it back, even on stop.
    s->savePosition("home", {ids[1], 0});
    QSignalSpy stopped(s.get(), &tusk::session::AccountSession::stopped);
    s->stop();
    QCOMPARE(stopped.size(), 1); // nothing to push
    QTest::qWait(300);
    QCOMPARE(serverMarker("home"), ids[3]);
}

QTEST_GUILESS_MAIN(TestMarkerSync)
#include "tst_markersync.moc"
