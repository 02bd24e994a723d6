// Backoff: full jitter inside an exponentially growing, capped ceiling; reset starts over.
#include "streaming/backoff.h"

#include <QTest>

using tusk::streaming::Backoff;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT
private slots:
    void ceilingGrowsAndCaps_data();
    void ceilingGrowsAndCaps();
    void drawsAreJitteredWithinCeiling();
    void reset();
};

void TestBackoff::ceilingGrowsAndCaps_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<qint64>("ceiling");
    QTest::newRow("first") << 0 << qint64(1000);
    QTest::newRow("second") << 1 << qint64(2000);
    QTest::newRow("fifth") << 4 << qint64(16000);
    QTest::newRow("capped") << 6 << qint64(60000);
    QTest::newRow("far past the cap") << 200 << qint64(60000);
}

void TestBackoff::ceilingGrowsAndCaps()
{
    QFETCH(int, attempts);
    QFETCH(qint64, ceiling);
    Backoff b(1000ms, 60'000ms);
    for (int i = 0; i < attempts; ++i)
        b.next();
    QCOMPARE(b.attempts(), attempts);
    QCOMPARE(b.ceiling().count(), ceiling);
}

void TestBackoff::drawsAreJitteredWithinCeiling()
{
    Backoff b(100ms, 800ms);
    b.seed(1);
    QSet<qint64> seen;
    for (int round = 0; round < 200; ++round) {
        const qint64 ceiling = b.ceiling().count();
        const qint64 d = b.next().count();
        QVERIFY(d >= 0 && d <= ceiling);
        seen.insert(d);
        if (b.attempts() > 5)
            b.reset();
    }
    // Full jitter: spread over the range, not a fixed schedule.
    QVERIFY(seen.size() > 50);
    QVERIFY(*std::min_element(seen.begin(), seen.end()) < 50);
}

void TestBackoff::reset()
{
    Backoff b(10ms, 1000ms);
    for (int i = 0; i < 10; ++i)
        b.next();
    QCOMPARE(b.ceiling().count(), 1000);
    b.reset();
    QCOMPARE(b.attempts(), 0);
    QCOMPARE(b.ceiling().count(), 10);
}

QTEST_APPLESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
