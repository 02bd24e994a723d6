#include "api/pagination.h"

#include <QTest>

using namespace tusk::api;

class TestPagination : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QUrl>("next");
        QTest::addColumn<QUrl>("prev");
        const QUrl base(QStringLiteral("https://example.social/api/v1/timelines/home?limit=20"));
        const QUrl n(QStringLiteral("https://example.social/api/v1/timelines/home?max_id=100"));
        const QUrl p(QStringLiteral("https://example.social/api/v1/timelines/home?min_id=120"));
        QTest::newRow("mastodon order")
            << QByteArray(
                   "<https://example.social/api/v1/timelines/home?max_id=100>; rel=\"next\", "
                   "<https://example.social/api/v1/timelines/home?min_id=120>; rel=\"prev\"")
            << n << p;
        QTest::newRow("prev first")
            << QByteArray(
                   "<https://example.social/api/v1/timelines/home?min_id=120>; rel=\"prev\", "
                   "<https://example.social/api/v1/timelines/home?max_id=100>; rel=\"next\"")
            << n << p;
        QTest::newRow("relative urls")
            << QByteArray("</api/v1/timelines/home?max_id=100>; rel=\"next\", "
                          "</api/v1/timelines/home?min_id=120>; rel=\"prev\"")
            << n << p;
        QTest::newRow("unquoted rel, extra params, no spaces")
            << QByteArray("</api/v1/timelines/home?max_id=100>;title=\"a, b\";rel=next,"
                          "</api/v1/timelines/home?min_id=120>;rel=prev")
            << n << p;
        QTest::newRow("only next")
            << QByteArray("<https://example.social/api/v1/timelines/home?max_id=100>; rel=\"next\"")
            << n << QUrl();
        QTest::newRow("rel list and case")
            << QByteArray(
                   "<https://example.social/api/v1/timelines/home?max_id=100>; REL=\"last Next\"")
            << n << QUrl();
        QTest::newRow("previous spelled out")
            << QByteArray("</api/v1/timelines/home?min_id=120>; rel=\"previous\"") << QUrl() << p;
        QTest::newRow("comma inside url")
            << QByteArray("</api/v1/timelines/home?max_id=100&types[]=a,b>; rel=\"next\"")
            << QUrl(QStringLiteral(
                   "https://example.social/api/v1/timelines/home?max_id=100&types[]=a,b"))
            << QUrl();
        QTest::newRow("empty") << QByteArray() << QUrl() << QUrl();
        QTest::newRow("garbage") << QByteArray("nonsense; rel=next") << QUrl() << QUrl();
        QTest::newRow("unterminated") << QByteArray("<https://x/a; rel=next") << QUrl() << QUrl();
        QTest::newRow("other rels only")
            << QByteArray("<https://example.social/a>; rel=\"alternate\"") << QUrl() << QUrl();
    }
    void parse()
    {
        QFETCH(QByteArray, header);
        QFETCH(QUrl, next);
        QFETCH(QUrl, prev);
        const QUrl base(QStringLiteral("https://example.social/api/v1/timelines/home?limit=20"));
        const PageLinks links = PageLinks::parse(header, base);
        QCOMPARE(links.next, next);
        QCOMPARE(links.prev, prev);
        QCOMPARE(links.hasNext(), next.isValid());
    }

    void cursors()
    {
        const PageLinks links = PageLinks::parse(
            "<https://a.b/api/v1/timelines/home?limit=40&max_id=01HZX>; rel=\"next\", "
            "<https://a.b/api/v1/timelines/home?limit=40&min_id=01J00>; rel=\"prev\"",
            QUrl(QStringLiteral("https://a.b/api/v1/timelines/home")));
        QVERIFY(links.nextCursor());
        QCOMPARE(links.nextCursor()->maxId, QStringLiteral("01HZX"));
        QCOMPARE(links.nextCursor()->limit, 40);
        QVERIFY(links.nextCursor()->minId.isEmpty());
        QCOMPARE(links.prevCursor()->minId, QStringLiteral("01J00"));
        QVERIFY(!PageLinks{}.nextCursor());
    }

    void applyCursor()
    {
        QUrlQuery query(QStringLiteral("max_id=old&local=true"));
        PageCursor c;
        c.minId = QStringLiteral("5");
        c.limit = 40;
        c.applyTo(query);
        QCOMPARE(query.queryItemValue(QStringLiteral("min_id")), QStringLiteral("5"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("max_id")));
        QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("40"));
        QCOMPARE(query.queryItemValue(QStringLiteral("local")), QStringLiteral("true"));
    }
};

QTEST_GUILESS_MAIN(TestPagination)
#include "tst_pagination.moc"
