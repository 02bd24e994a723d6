// writeJsonBytes(): the entity written straight to bytes must be byte for byte what
// QJsonDocument(toJson()).toJson(Compact) gives, for every fixture of the common kinds and for
// the corner cases of strings, numbers and `extra` members.
#include "core/entities/entities.h"
#include "core/entities/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace tusk;

namespace {

QString fixturesDir()
{
    const QString env = qEnvironmentVariable("TUSKLINE_FIXTURES");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : env);
}

template <typename E> QByteArray viaQt(const E &e)
{
    return QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
}

template <typename E> QByteArray viaBytes(const E &e)
{
    json::JsonOut out;
    writeJsonBytes(out, e);
    return out.take();
}

// Compares both writers for one JSON object parsed as E; "" when equal or not an E.
template <typename E> QString compareAs(const QJsonValue &v)
{
    const auto parsed = E::fromJson(v);
    if (!parsed)
        return {};
    const QByteArray a = viaQt(*parsed), b = viaBytes(*parsed);
    if (a == b)
        return {};
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i])
        ++i;
    return QStringLiteral("differs at %1: Qt …%2… bytes …%3…")
        .arg(i)
        .arg(QString::fromUtf8(a.mid(qMax<qsizetype>(0, i - 40), 80)),
             QString::fromUtf8(b.mid(qMax<qsizetype>(0, i - 40), 80)));
}

using Comparer = std::function<QString(const QJsonValue &)>;

const QHash<QString, Comparer> &comparers()
{
    static const QHash<QString, Comparer> c{
        {QStringLiteral("Status"), compareAs<Status>},
        {QStringLiteral("Account"), compareAs<Account>},
        {QStringLiteral("CredentialAccount"), compareAs<Account>},
        {QStringLiteral("Notification"), compareAs<Notification>},
        {QStringLiteral("MediaAttachment"), compareAs<MediaAttachment>},
        {QStringLiteral("Relationship"), compareAs<Relationship>},
        {QStringLiteral("Tag"), compareAs<Tag>},
        {QStringLiteral("PreviewCard"), compareAs<PreviewCard>},
        {QStringLiteral("ScheduledStatus"), compareAs<ScheduledStatus>},
        {QStringLiteral("StatusEdit"), compareAs<StatusEdit>},
        {QStringLiteral("StatusSource"), compareAs<StatusSource>},
        {QStringLiteral("Conversation"), compareAs<Conversation>},
        {QStringLiteral("Search"), compareAs<Search>},
        {QStringLiteral("Filter"), compareAs<Filter>},
        {QStringLiteral("InstanceV1"), compareAs<InstanceV1>},
        {QStringLiteral("InstanceV2"), compareAs<InstanceV2>},
        {QStringLiteral("Application"), compareAs<Application>},
        {QStringLiteral("Translation"), compareAs<Translation>},
        {QStringLiteral("Token"), compareAs<Token>},
        {QStringLiteral("List"), compareAs<List>},
    };
    return c;
}

} // namespace

class TestJsonBytes : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("file");
        QFile f(QStringLiteral(TUSKLINE_SOURCE_DIR "/tests/core/fixtures-manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject files = QJsonDocument::fromJson(f.readAll())["files"].toObject();
        int rows = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            QString kind = it.value()[QStringLiteral("kind")].toString();
            if (kind.endsWith(QStringLiteral("[]")))
                kind.chop(2);
            if (!comparers().contains(kind))
                continue;
            QTest::newRow(qPrintable(it.key())) << kind << it.key();
            ++rows;
        }
        QVERIFY2(rows > 200, "the manifest lists fewer fixtures than expected");
    }

    void fixtures()
    {
        QFETCH(QString, kind);
        QFETCH(QString, file);
        QFile f(fixturesDir() + u'/' + file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : items) {
            const QString difference = comparers().value(kind)(v);
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }

    void corners_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("spoiler");
        QTest::addColumn<QJsonObject>("extra");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<double>("focus");
        QString controls;
        for (char16_t c = 0; c < 0x30; ++c)
            controls += QChar(c);
        QTest::newRow("control characters") << controls + QStringLiteral("\\\"\x7f") << QString()
                                            << QJsonObject() << qint64(0) << 0.0;
        QTest::newRow("unicode") << QString::fromUtf8("é ß ありがとう 😀 \u2028 ") + QChar(0x202e)
                                 << QString(QChar(0xd800)) + u'x' + QChar(0xdc00) << QJsonObject()
                                 << qint64(1) << 0.5;
        QTest::newRow("extra members between and over fields")
            << QStringLiteral("<p>x</p>") << QStringLiteral("cw")
            << QJsonObject{{"aaa", 1},
                           {"content", "from extra"},
                           {"content_x", QJsonArray{1.5, true, QJsonValue()}},
                           {"zzz", QJsonObject{{"k", 1e21}}},
                           {"Z", -0.25},
                           {"é", 9007199254740993.0}}
            << Q_INT64_C(1234567890123) << -1.0;
        QTest::newRow("negative and fractional")
            << QString() << QString() << QJsonObject() << qint64(-1) << 0.1234567890123;
    }

    void corners()
    {
        QFETCH(QString, content);
        QFETCH(QString, spoiler);
        QFETCH(QJsonObject, extra);
        QFETCH(qint64, count);
        QFETCH(double, focus);
        Status s;
        s.id = QStringLiteral("1");
        s.content = content;
        s.spoilerText = spoiler;
        s.extra = extra;
        s.reblogsCount = count;
        s.account.id = QStringLiteral("2");
        s.account.displayName = content;
        MediaAttachment m;
        m.id = QStringLiteral("3");
        m.description = spoiler;
        MediaFocus f;
        f.x = focus;
        f.y = -focus;
        MediaMeta meta;
        meta.focus = f;
        m.meta = meta;
        s.mediaAttachments.append(m);
        Status inner = s;
        inner.id = QStringLiteral("4");
        s.reblog = Box<Status>(inner);
        QCOMPARE(viaBytes(s), viaQt(s));
    }

    void writerCommas()
    {
        json::JsonOut out;
        out.beginArray();
        for (int i = 0; i < 3; ++i) {
            out.element();
            out.beginObject();
            out.key(QStringLiteral("a"));
            out.beginArray();
            out.endArray();
            out.key(QStringLiteral("b"));
            out.beginObject();
            out.endObject();
            out.key(QStringLiteral("c"));
            out.integer(-i);
            out.endObject();
        }
        out.endArray();
        QCOMPARE(out.bytes(), QByteArray(R"([{"a":[],"b":{},"c":0},{"a":[],"b":{},"c":-1},)"
                                         R"({"a":[],"b":{},"c":-2}])"));
    }
};

QTEST_GUILESS_MAIN(TestJsonBytes)
#include "tst_jsonbytes.moc"
