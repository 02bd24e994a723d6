#include "api/ratelimit.h"

#include <QTest>
#include <QTimeZone>

using namespace tusk::api;
using namespace std::chrono_literals;

class TestRateLimit : public QObject {
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0), QTimeZone::utc());

private Q_SLOTS:
    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected"); // invalid: no value
        QTest::newRow("seconds") << QByteArray("120") << now.addSecs(120);
        QTest::newRow("seconds padded") << QByteArray(" 5 ") << now.addSecs(5);
        QTest::newRow("zero") << QByteArray("0") << now;
        QTest::newRow("imf-fixdate")
            << QByteArray("Thu, 26 Nov 2026 10:05:00 GMT") << now.addSecs(300);
        QTest::newRow("rfc850") << QByteArray("Thursday, 26-Nov-26 10:01:00 GMT")
                                << now.addSecs(60);
        QTest::newRow("asctime") << QByteArray("Thu Nov 26 10:00:30 2026") << now.addSecs(30);
        QTest::newRow("past date means now") << QByteArray("Wed, 25 Nov 2026 10:00:00 GMT") << now;
        QTest::newRow("negative") << QByteArray("-5") << QDateTime();
        QTest::newRow("garbage") << QByteArray("soon") << QDateTime();
        QTest::newRow("empty") << QByteArray() << QDateTime();
    }
    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const auto parsed = parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(parsed->toUTC(), expected);
    }

    void reset_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("iso ms Z") << QByteArray("2026-11-26T10:05:00.000Z") << now.addSecs(300);
        QTest::newRow("iso offset") << QByteArray("2026-11-26T11:05:00+01:00") << now.addSecs(300);
        QTest::newRow("unix") << QByteArray::number(now.addSecs(60).toSecsSinceEpoch())
                              << now.addSecs(60);
        QTest::newRow("delta") << QByteArray("30") << now.addSecs(30);
        QTest::newRow("garbage") << QByteArray("tomorrow") << QDateTime();
    }
    void reset()
    {
        QFETCH(QByteArray, value);
        QFETCH(QDateTime, expected);
        const auto parsed = parseResetTime(value, now);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed)
            QCOMPARE(parsed->toUTC(), expected);
    }

    void headers()
    {
        auto rl = RateLimit::fromHeaders("300", "299", "2026-11-26T10:05:00.000Z", now);
        QVERIFY(rl);
        QCOMPARE(rl->limit, 300);
        QCOMPARE(rl->remaining, 299);
        QCOMPARE(rl->reset, now.addSecs(300));
        QVERIFY(!rl->isExhausted());
        rl = RateLimit::fromHeaders("300", "0", "", now);
        QVERIFY(rl && rl->isExhausted() && !rl->reset.isValid());
        QVERIFY(!RateLimit::fromHeaders("", "5", "", now));
        QVERIFY(!RateLimit::fromHeaders("300", "many", "", now));
        QVERIFY(!RateLimit{}.isKnown());
    }

    void backoff()
    {
        // Doubles per attempt, capped, and jitter keeps it within [d/2, d].
        QCOMPARE(backoffDelay(0, 500ms, 30s, 1.0), 500ms);
        QCOMPARE(backoffDelay(0, 500ms, 30s, 0.0), 250ms);
        QCOMPARE(backoffDelay(3, 500ms, 30s, 1.0), 4000ms);
        QCOMPARE(backoffDelay(20, 500ms, 30s, 1.0), 30s);
        QCOMPARE(backoffDelay(20, 500ms, 30s, 0.0), 15s);
        const auto mid = backoffDelay(2, 500ms, 30s, 0.5);
        QVERIFY(mid > 1000ms && mid < 2000ms);
    }
};

QTEST_GUILESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
