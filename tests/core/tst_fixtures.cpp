// Every file under the shared fixtures folder (real JSON from real servers and client libraries)
// must be accounted for by tests/core/fixtures-manifest.json and behave as it says: entities parse
// (and round-trip) or are rejected, SSE examples decode, documents that we do not model are at
// least valid JSON. A file the manifest does not know fails the test, so new fixtures cannot be
// silently ignored.
#include "core/entities/registry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

namespace {

QString fixturesDir()
{
    const QString env = qEnvironmentVariable("TUSKLINE_FIXTURES");
    return QDir::cleanPath(env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : env);
}

QJsonObject loadManifest()
{
    QFile f(QStringLiteral(TUSKLINE_SOURCE_DIR "/tests/core/fixtures-manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("files")).toObject();
}

// Which entity a streaming event's payload carries (Mastodon's streaming documentation).
QString payloadKindForEvent(const QString &event)
{
    static const QMap<QString, QString> kinds{
        {QStringLiteral("update"), QStringLiteral("Status")},
        {QStringLiteral("status.update"), QStringLiteral("Status")},
        {QStringLiteral("notification"), QStringLiteral("Notification")},
        {QStringLiteral("conversation"), QStringLiteral("Conversation")},
        {QStringLiteral("announcement"), QStringLiteral("Announcement")},
    };
    return kinds.value(event);
}

struct Counts {
    QMap<QString, int> byKind;
    int valid = 0, rejected = 0, jsonOnly = 0, sse = 0, docs = 0, mutations = 0;
};
Counts g_counts;

} // namespace

class TestFixtures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QDir(fixturesDir()).exists(),
                 qPrintable(QStringLiteral("fixtures folder not found: ") + fixturesDir()));
        QVERIFY2(!loadManifest().isEmpty(), "tests/core/fixtures-manifest.json missing or empty");
    }

    void everyFileIsAccountedFor()
    {
        const QJsonObject manifest = loadManifest();
        QStringList unaccounted;
        QSet<QString> seen;
        QDirIterator it(fixturesDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString rel = QDir(fixturesDir()).relativeFilePath(it.next());
            seen.insert(rel);
            if (!manifest.contains(rel))
                unaccounted << rel;
        }
        QStringList stale;
        for (auto e = manifest.begin(); e != manifest.end(); ++e)
            if (!seen.contains(e.key()))
                stale << e.key();
        QVERIFY2(unaccounted.isEmpty(), qPrintable(QStringLiteral("not in the manifest: ") +
                                                   unaccounted.join(QStringLiteral(", "))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("in the manifest but missing: ") +
                                             stale.join(QStringLiteral(", "))));
        QVERIFY(seen.size() > 1000);
    }

    void file_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("entry");
        const QJsonObject manifest = loadManifest();
        for (auto e = manifest.begin(); e != manifest.end(); ++e)
            QTest::newRow(qPrintable(e.key())) << e.key() << e.value().toObject();
    }

    void file()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, entry);
        const QString kind = entry.value(QLatin1String("kind")).toString();
        const bool expectValid =
            entry.value(QLatin1String("expect")).toString() != QStringLiteral("invalid");
        g_counts.byKind[kind]++;

        if (kind == QStringLiteral("doc")) {
            g_counts.docs++;
            return;
        }
        QFile f(fixturesDir() + QLatin1Char('/') + path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();

        if (kind == QStringLiteral("sse")) {
            checkSse(bytes);
            g_counts.sse++;
            return;
        }

        QJsonParseError jerr{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &jerr);
        QVERIFY2(jerr.error == QJsonParseError::NoError,
                 qPrintable(path + QStringLiteral(": ") + jerr.errorString()));
        const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());

        if (kind == QStringLiteral("json") || kind == QStringLiteral("index")) {
            g_counts.jsonOnly++;
            return;
        }
        QString entityKind = kind;
        if (kind == QStringLiteral("payload")) {
            entityKind = entry.value(QLatin1String("payload_of")).toString();
            if (entityKind.isEmpty() || entityKind == QStringLiteral("json")) {
                g_counts.jsonOnly++;
                return;
            }
        }
        QVERIFY2(tusk::entities::isKnownKind(entityKind),
                 qPrintable(QStringLiteral("unknown kind in manifest: ") + entityKind));

        const auto parsed = tusk::entities::parseAs(entityKind, json);
        if (!expectValid) {
            QVERIFY2(!parsed.ok(),
                     qPrintable(path + QStringLiteral(" was accepted as ") + entityKind +
                                QStringLiteral(" but must be rejected: ") +
                                entry.value(QLatin1String("why")).toString()));
            QVERIFY(!parsed.error().message.isEmpty());
            g_counts.rejected++;
            return;
        }
        QVERIFY2(parsed.ok(),
                 qPrintable(path + QStringLiteral(" as ") + entityKind + QStringLiteral(": ") +
                            (parsed.ok() ? QString() : parsed.error().toString())));
        const auto rt = tusk::entities::roundTrip(entityKind, json);
        QVERIFY2(rt.ok(), qPrintable(path + QStringLiteral(" round trip: ") +
                                     (rt.ok() ? QString() : rt.error().toString())));
        g_counts.valid++;

        // Wrong types in every top-level field must never crash the parser; what it still
        // accepts must round-trip.
        if (json.isObject())
            mutateFields(entityKind, json.toObject());
    }

    void cleanupTestCase()
    {
        QStringList kinds;
        for (auto it = g_counts.byKind.cbegin(); it != g_counts.byKind.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        qInfo().noquote() << QStringLiteral(
                                 "fixtures: %1 entity documents parsed and round-tripped, %2 "
                                 "rejected as expected, %3 JSON-only, %4 SSE examples, %5 docs; "
                                 "%6 mutated documents survived")
                                 .arg(g_counts.valid)
                                 .arg(g_counts.rejected)
                                 .arg(g_counts.jsonOnly)
                                 .arg(g_counts.sse)
                                 .arg(g_counts.docs)
                                 .arg(g_counts.mutations);
        qInfo().noquote() << "by kind:" << kinds.join(QStringLiteral(", "));
    }

private:
    void checkSse(const QByteArray &bytes)
    {
        // An SSE example: "event: NAME" then "data: PAYLOAD" (raw JSON, or a bare id for delete).
        QString event;
        int events = 0;
        int comments = 0;
        for (const QByteArray &rawLine : bytes.split('\n')) {
            const QByteArray line = rawLine.trimmed();
            if (line.startsWith(':')) {
                ++comments; // a heartbeat or other comment
            } else if (line.startsWith("event:")) {
                event = QString::fromUtf8(line.mid(6).trimmed());
            } else if (line.startsWith("data:")) {
                const QByteArray data = line.mid(5).trimmed();
                ++events;
                const QString kind = payloadKindForEvent(event);
                if (kind.isEmpty())
                    continue; // delete (an id), filters_changed (no payload), ...
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
                QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
                const auto parsed = tusk::entities::parseAs(kind, doc.object());
                QVERIFY2(parsed.ok(),
                         qPrintable(event + QStringLiteral(": ") +
                                    (parsed.ok() ? QString() : parsed.error().toString())));
            }
        }
        QVERIFY2(events > 0 || comments > 0, "no data or comment line in SSE example");
    }

    void mutateFields(const QString &kind, const QJsonObject &obj)
    {
        static const QJsonValue wrongTypes[] = {
            QJsonValue(),
            QJsonValue(42),
            QJsonValue(-1.5),
            QJsonValue(true),
            QJsonValue(QStringLiteral("\u202e<script>x</script>")),
            QJsonValue(QJsonArray{1, QStringLiteral("a")}),
            QJsonValue(QJsonObject{{QStringLiteral("id"), 7}})};
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            for (const QJsonValue &wrong : wrongTypes) {
                QJsonObject mutated = obj;
                mutated.insert(it.key(), wrong);
                const auto parsed = tusk::entities::parseAs(kind, mutated);
                if (parsed.ok()) {
                    const auto rt = tusk::entities::roundTrip(kind, mutated);
                    QVERIFY2(rt.ok(), qPrintable(kind + QStringLiteral(".") + it.key() +
                                                 QStringLiteral(" mutated: ") +
                                                 (rt.ok() ? QString() : rt.error().toString())));
                } else {
                    QVERIFY(!parsed.error().message.isEmpty());
                }
                ++g_counts.mutations;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
