// The views' C++ helpers: blurhash decoding, time labels, link lists from rich text.
#include "blurhash.h"
#include "richtextlinks.h"
#include "timeformat.h"

#include <QGuiApplication>
#include <QTest>

using namespace tusk::views;

namespace {
const char kAlphabet[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

QString encode83(int value, int length)
{
    QString out(length, QLatin1Char('0'));
    for (int i = length - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kAlphabet[value % 83]);
        value /= 83;
    }
    return out;
}
} // namespace

class TestViewsHelpers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blurhashValidity_data()
    {
        QTest::addColumn<QString>("hash");
        QTest::addColumn<bool>("valid");
        QTest::newRow("mastodon sample") << "LEHV6nWB2yk8pyo0adR*.7kCMdnj" << true;
        QTest::newRow("1x1") << "00" + encode83(0xFF0000, 4) << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("too short") << "LEHV6" << false;
        QTest::newRow("length mismatch") << "LEHV6nWB2yk8pyo0adR*.7kCMdn" << false;
        QTest::newRow("bad char") << "LEHV6nWB2yk8pyo0adR*.7kCMd\"j" << false;
        QTest::newRow("non-latin") << QString::fromUtf8("LEHV6nWB2yk8pyo0adR*.7kCMdé") << false;
    }
    void blurhashValidity()
    {
        QFETCH(QString, hash);
        QFETCH(bool, valid);
        QCOMPARE(isValidBlurhash(hash), valid);
        QCOMPARE(!decodeBlurhash(hash, QSize(8, 8)).isNull(), valid);
    }

    // A hash with only the DC component is a flat image of that colour.
    void blurhashSolidColour_data()
    {
        QTest::addColumn<int>("rgb");
        QTest::newRow("red") << 0xFF0000;
        QTest::newRow("teal") << 0x008080;
        QTest::newRow("grey") << 0x7F7F7F;
    }
    void blurhashSolidColour()
    {
        QFETCH(int, rgb);
        const QImage image = decodeBlurhash("00" + encode83(rgb, 4), QSize(16, 12));
        QCOMPARE(image.size(), QSize(16, 12));
        for (const QPoint p : {QPoint(0, 0), QPoint(15, 11), QPoint(7, 5)}) {
            const QColor c = image.pixelColor(p);
            QVERIFY2(qAbs(c.red() - (rgb >> 16)) <= 1 &&
                         qAbs(c.green() - ((rgb >> 8) & 255)) <= 1 &&
                         qAbs(c.blue() - (rgb & 255)) <= 1,
                     qPrintable(c.name()));
        }
    }

    // The well-known sample hash: a warm image, lighter at the top left than at the bottom.
    void blurhashSampleHasStructure()
    {
        const QImage image = decodeBlurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj", QSize(32, 32));
        QVERIFY(!image.isNull());
        QVERIFY(image.pixelColor(0, 0) != image.pixelColor(31, 31));
        // The first AC component alone makes the halves differ; rows are not all equal.
        QVERIFY(image.pixelColor(0, 16) != image.pixelColor(31, 16));
    }

    void blurhashRejectsHugeSizes()
    {
        QVERIFY(decodeBlurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj", QSize(100000, 10)).isNull());
        QVERIFY(decodeBlurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj", QSize(0, 10)).isNull());
    }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("spoken");
        QTest::newRow("future skew") << qint64(-30) << "now"
                                     << "just now";
        QTest::newRow("3 s") << qint64(3) << "now"
                             << "just now";
        QTest::newRow("42 s") << qint64(42) << "42 s"
                              << "just now";
        QTest::newRow("1 min") << qint64(60) << "1 min"
                               << "1 minute(s) ago";
        QTest::newRow("59 min") << qint64(59 * 60 + 59) << "59 min"
                                << "59 minute(s) ago";
        QTest::newRow("3 h") << qint64(3 * 3600 + 5) << "3 h"
                             << "3 hour(s) ago";
        QTest::newRow("2 d") << qint64(2 * 86400) << "2 d"
                             << "2 day(s) ago";
    }
    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, relative);
        QFETCH(QString, spoken);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        const QDateTime t = now.addSecs(-secondsAgo);
        QCOMPARE(TimeFormat::relativeTo(t, now), relative);
        QCOMPARE(TimeFormat::spokenTo(t, now), spoken);
    }

    void relativeTimeOlderIsADate()
    {
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        const QString sameYear = TimeFormat::relativeTo(now.addDays(-30), now);
        QVERIFY2(sameYear.contains(QLatin1String("Oct")), qPrintable(sameYear));
        QVERIFY(!sameYear.contains(QLatin1String("2026")));
        const QString older =
            TimeFormat::relativeTo(QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC), now);
        QVERIFY2(older.contains(QLatin1String("24")), qPrintable(older));
        QVERIFY(TimeFormat::relativeTo(QDateTime(), now).isEmpty());
    }

    void expiry_data()
    {
        QTest::addColumn<qint64>("secondsAhead");
        QTest::addColumn<QString>("expected");
        QTest::newRow("past") << qint64(-5) << "closed";
        QTest::newRow("20 s") << qint64(20) << "closes in 1 minute(s)";
        QTest::newRow("2 h") << qint64(2 * 3600 + 10) << "closes in 2 hour(s)";
        QTest::newRow("3 d") << qint64(3 * 86400 + 10) << "closes in 3 day(s)";
    }
    void expiry()
    {
        QFETCH(qint64, secondsAhead);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        QCOMPARE(TimeFormat::expiryTo(now.addSecs(secondsAhead), now), expected);
    }

    void links()
    {
        const QString html = QStringLiteral(
            "<p>Hi <a href=\"https://example.social/@bob\" class=\"mention\">@<span>bob</span></a> "
            "see <a href=\"https://example.org/page\">example.org/page</a> and "
            "<a href=\"https://example.social/tags/Caf%C3%A9\">#<span>Café</span></a></p>"
            "<p>second <a href=\"https://x.test/\">x</a></p>");
        const QVariantList links = RichTextLinks::links(html);
        QCOMPARE(links.size(), 4);
        QCOMPARE(links[0].toMap().value("url").toString(), "https://example.social/@bob");
        QCOMPARE(links[0].toMap().value("text").toString(), "@bob");
        QCOMPARE(links[1].toMap().value("text").toString(), "example.org/page");
        QCOMPARE(links[2].toMap().value("text").toString(), QString::fromUtf8("#Café"));
        QCOMPARE(links[3].toMap().value("url").toString(), "https://x.test/");
        QVERIFY(RichTextLinks::links(QStringLiteral("<p>no links</p>")).isEmpty());
    }

    void hashtagOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("tag");
        QTest::newRow("mastodon") << "https://mastodon.social/tags/rust"
                                  << "rust";
        QTest::newRow("encoded") << "https://a.b/tags/Caf%C3%A9" << QString::fromUtf8("Café");
        QTest::newRow("profile") << "https://a.b/@alice"
                                 << "";
        QTest::newRow("deeper") << "https://a.b/tags/x/y"
                                << "";
    }
    void hashtagOf()
    {
        QFETCH(QString, url);
        QFETCH(QString, tag);
        QCOMPARE(RichTextLinks::hashtagOf(url), tag);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    TestViewsHelpers t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_views_helpers.moc"
