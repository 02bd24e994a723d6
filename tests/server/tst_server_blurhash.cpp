// The server's own BlurHash encoder: exact values where they can be worked out by hand, and
// round trips through real hashes Mastodon computed (from the fixtures).
#include "server/media/blurhash.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using tusk::server::media::decodeBlurhash;
using tusk::server::media::encodeBlurhash;

namespace {

constexpr char kDigits[] =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

QString base83(int value, int length)
{
    QString out(length, u'0');
    for (int i = length - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kDigits[value % 83]);
        value /= 83;
    }
    return out;
}

// Every blurhash string in the Mastodon fixtures (statuses, media, cards).
QStringList fixtureHashes()
{
    QSet<QString> out;
    const QDir root(QStringLiteral(TUSKLINE_FIXTURES_DIR));
    static const QRegularExpression re(QStringLiteral("\"blurhash\":\\s*\"([^\"]+)\""));
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &d : dirs) {
        QDirIterator it(root.filePath(d), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(f.readAll());
            auto matches = re.globalMatch(text);
            while (matches.hasNext())
                out.insert(matches.next().captured(1));
        }
    }
    QStringList list(out.begin(), out.end());
    list.sort();
    return list;
}

double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888).scaled(x.size());
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row), *q = y.constScanLine(row);
        for (int i = 0; i < x.width() * 3; ++i)
            sum += std::abs(int(p[i]) - int(q[i]));
    }
    return sum / (x.width() * x.height() * 3);
}

} // namespace

class TestServerBlurhash : public QObject {
    Q_OBJECT

private slots:
    void black()
    {
        // All-zero linear light: every component is zero, so the hash is fully determined:
        // 'L' (4 × 3), max AC '0', DC 0, and each AC the middle value 9/9/9 ("fQ").
        QImage image(37, 23, QImage::Format_RGB32);
        image.fill(Qt::black);
        QCOMPARE(encodeBlurhash(image),
                 QStringLiteral("L00000") + base83(9 * 19 * 19 + 9 * 19 + 9, 2).repeated(11));
        QCOMPARE(base83(9 * 19 * 19 + 9 * 19 + 9, 2), QStringLiteral("fQ"));
    }

    void solidColour_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::newRow("white") << QColor(255, 255, 255);
        QTest::newRow("mastodon blue") << QColor(99, 100, 255);
        QTest::newRow("dark red") << QColor(120, 10, 20);
    }
    void solidColour()
    {
        // The DC component is the average colour in linear light, which for a flat image is the
        // colour itself: digits 3-6 are exactly its sRGB value. One component has no AC part.
        QFETCH(QColor, colour);
        QImage image(37, 23, QImage::Format_RGB32);
        image.fill(colour);
        const int dc = (colour.red() << 16) + (colour.green() << 8) + colour.blue();
        const QString hash = encodeBlurhash(image);
        QCOMPARE(hash.mid(2, 4), base83(dc, 4));
        QCOMPARE(encodeBlurhash(image, 1, 1), QStringLiteral("00") + base83(dc, 4));
        const QImage decoded = decodeBlurhash(encodeBlurhash(image, 1, 1), 8, 8);
        QCOMPARE(decoded.pixelColor(3, 5).rgb(), colour.rgb());
        // With cosines the decoded picture stays close to the colour everywhere.
        QVERIFY2(meanDifference(image, decodeBlurhash(hash, 37, 23)) < 8, qPrintable(hash));
    }

    void shapeAndComponents()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::gray);
        QCOMPARE(encodeBlurhash(image, 9, 9).size(), 4 + 2 * 81);
        QCOMPARE(encodeBlurhash(image, 9, 9).at(0), QLatin1Char(kDigits[80]));
        QCOMPARE(encodeBlurhash(image, 1, 9).at(0), QLatin1Char(kDigits[72]));
        QVERIFY(encodeBlurhash(image, 0, 3).isEmpty());
        QVERIFY(encodeBlurhash(image, 4, 10).isEmpty());
        QVERIFY(encodeBlurhash(QImage()).isEmpty());
        QVERIFY(decodeBlurhash(QStringLiteral("L0"), 4, 4).isNull());
        QVERIFY(decodeBlurhash(QStringLiteral("L00000"), 4, 4).isNull());  // 4 × 3 needs 28
        QVERIFY(decodeBlurhash(QStringLiteral("0\"0000"), 4, 4).isNull()); // not base 83
    }

    void gradientRoundTrip()
    {
        // A smooth picture survives encode → decode closely (a blur loses only detail).
        QImage image(120, 80, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(x * 2, 60 + y, 200 - x));
        }
        const QString hash = encodeBlurhash(image);
        QCOMPARE(hash.size(), 28);
        const QImage decoded = decodeBlurhash(hash, 120, 80);
        QVERIFY2(meanDifference(image, decoded) < 12, qPrintable(hash));
        // Orientation is kept: left is darker red than right.
        QVERIFY(qRed(decoded.pixel(5, 40)) < qRed(decoded.pixel(114, 40)));
        // Large images are hashed from a small copy: the same picture at 4× gives (nearly) the
        // same blurred picture.
        const QString big =
            encodeBlurhash(image.scaled(480, 320, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        QVERIFY2(meanDifference(decodeBlurhash(hash, 60, 40), decodeBlurhash(big, 60, 40)) < 4,
                 qPrintable(hash + u' ' + big));
    }

    void mastodonHashes()
    {
        // Hashes Mastodon computed for real images: decoding then encoding again must give
        // nearly the same hash (sampling and quantisation move a component by a step at most).
        const QStringList hashes = fixtureHashes();
        QVERIFY2(hashes.size() >= 10, "expected blurhash values in the fixtures");
        int exact = 0, total = 0, invalid = 0; // digits that came back identical
        for (const QString &hash : hashes) {
            const int flag = QByteArray(kDigits).indexOf(hash.at(0).toLatin1());
            const int nx = flag % 9 + 1, ny = flag / 9 + 1;
            if (hash.size() != 4 + 2 * nx * ny) {
                // The documentation has one mangled value ("…${'$'}"): it must be refused.
                QVERIFY(decodeBlurhash(hash, 8, 8).isNull());
                ++invalid;
                continue;
            }
            const QImage decoded = decodeBlurhash(hash, 64, 64);
            QVERIFY2(!decoded.isNull(), qPrintable(hash));
            const QString again = encodeBlurhash(decoded, nx, ny);
            QCOMPARE(again.size(), hash.size());
            QCOMPARE(again.left(1), hash.left(1));
            // The average colour (DC, 4 digits) comes back within a couple of levels per channel.
            bool ok = true;
            auto dcOf = [&](const QString &h) {
                int v = 0;
                for (int i = 2; i < 6; ++i)
                    v = v * 83 + int(QByteArray(kDigits).indexOf(h.at(i).toLatin1()));
                return v;
            };
            const int a = dcOf(hash), b = dcOf(again);
            for (int shift : {16, 8, 0})
                ok = ok && std::abs(((a >> shift) & 255) - ((b >> shift) & 255)) <= 3;
            QVERIFY2(ok, qPrintable(hash + QStringLiteral(" -> ") + again));
            // And the new hash stands for nearly the same picture: decoded pixels are clamped to
            // sRGB and re-sampled, so components move, but only by little.
            const double diff =
                meanDifference(decodeBlurhash(hash, 32, 32), decodeBlurhash(again, 32, 32));
            QVERIFY2(diff < 12, qPrintable(hash + QStringLiteral(" -> ") + again));
            int same = 0;
            for (int i = 0; i < hash.size(); ++i)
                same += hash.at(i) == again.at(i);
            exact += same;
            total += hash.size();
        }
        QVERIFY(invalid <= 1);
        QVERIFY2(exact * 5 >= total * 2,
                 qPrintable(QStringLiteral("%1 of %2 digits identical").arg(exact).arg(total)));
    }
};

QTEST_GUILESS_MAIN(TestServerBlurhash)
#include "tst_server_blurhash.moc"
