#include "core/result.h"

#include <QTest>

using tusk::ParseError;
using tusk::Result;

class TestResult : public QObject {
    Q_OBJECT
private slots:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);

        Result<int> bad(ParseError{QStringLiteral("$.id"), QStringLiteral("expected a string")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().toString(), QStringLiteral("$.id: expected a string"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
