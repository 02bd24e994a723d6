// SseParser: the real Mastodon documentation examples, and the framing rules of the
// text/event-stream format (line endings, chunk boundaries, comments, multi-line data, fields).
#include "streaming/sseparser.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using tusk::streaming::SseEvent;
using tusk::streaming::SseParser;

namespace {

QString fixturesDir()
{
    const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
    return QString::fromLocal8Bit(env.isEmpty() ? QByteArray(TUSKLINE_FIXTURES_DIR) : env) +
           QStringLiteral("/mastodon-docs/streaming");
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<SseEvent> feedInChunks(SseParser &parser, const QByteArray &bytes, int chunk)
{
    QList<SseEvent> out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk)
        out += parser.feed(bytes.mid(i, chunk));
    return out;
}

SseEvent ev(const QString &name, const QString &data, const QString &id = {})
{
    SseEvent e;
    e.event = name;
    e.data = data;
    e.lastEventId = id;
    return e;
}

} // namespace

class TestSseParser : public QObject {
    Q_OBJECT
private slots:
    void docsExamples_data();
    void docsExamples();
    void heartbeatComment();
    void framing_data();
    void framing();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void retryAndReset();
    void overlongLineDropped();
};

void TestSseParser::docsExamples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("chunk");
    const QDir dir(fixturesDir());
    const QStringList files = dir.entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable("fixtures missing in " + dir.path()));
    for (const QString &f : files) {
        if (f.contains(u"heartbeat"))
            continue;
        for (int chunk : {1, 7, 1 << 20})
            QTest::addRow("%s/%d", qPrintable(f), chunk) << dir.filePath(f) << chunk;
    }
}

void TestSseParser::docsExamples()
{
    QFETCH(QString, file);
    QFETCH(int, chunk);
    // The docs show one event each, without the blank line that ends it on the wire.
    const QByteArray bytes = readFile(file) + "\n";
    SseParser parser;
    const QList<SseEvent> events = feedInChunks(parser, bytes, chunk);
    QCOMPARE(events.size(), 1);
    // sse_<section>_<event>.sse
    const QString base = QFileInfo(file).completeBaseName();
    const QString expectedEvent = base.section(u'_', 2);
    QCOMPARE(events.first().event, expectedEvent);
    const QString payloadFile = file.chopped(4) + QStringLiteral(".payload.json");
    if (QFile::exists(payloadFile)) {
        // The data line is the payload, byte for byte (the fixture keeps the line's newline).
        QCOMPARE(events.first().data.toUtf8(), readFile(payloadFile).trimmed());
        QVERIFY(QJsonDocument::fromJson(events.first().data.toUtf8()).isObject());
    } else {
        QVERIFY(!events.first().data.isEmpty()); // bare id or "undefined"
        QVERIFY(!events.first().data.contains(u'\n'));
    }
}

void TestSseParser::heartbeatComment()
{
    SseParser parser;
    const QByteArray bytes = readFile(fixturesDir() + QStringLiteral("/sse_heartbeat_comment.sse"));
    QVERIFY(!bytes.isEmpty());
    QVERIFY(parser.feed(bytes + bytes + "\n").isEmpty());
    QCOMPARE(parser.commentCount(), 2);
}

void TestSseParser::framing_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<SseEvent>>("expected");
    QTest::addColumn<int>("comments");

    QTest::newRow("lf") << QByteArray("event: update\ndata: {}\n\n")
                        << QList<SseEvent>{ev("update", "{}")} << 0;
    QTest::newRow("crlf") << QByteArray("event: update\r\ndata: {}\r\n\r\n")
                          << QList<SseEvent>{ev("update", "{}")} << 0;
    QTest::newRow("cr") << QByteArray("event: update\rdata: {}\r\r")
                        << QList<SseEvent>{ev("update", "{}")} << 0;
    QTest::newRow("no space after colon")
        << QByteArray("event:delete\ndata:123\n\n") << QList<SseEvent>{ev("delete", "123")} << 0;
    QTest::newRow("only one space stripped")
        << QByteArray("data:  x\n\n") << QList<SseEvent>{ev("message", " x")} << 0;
    QTest::newRow("multi-line data") << QByteArray("data: line one\ndata: line two\ndata\n\n")
                                     << QList<SseEvent>{ev("message", "line one\nline two\n")} << 0;
    QTest::newRow("comments between events")
        << QByteArray(":)\n:thump\nevent: a\ndata: 1\n\n:thump\nevent: b\ndata: 2\n\n")
        << QList<SseEvent>{ev("a", "1"), ev("b", "2")} << 3;
    QTest::newRow("event without data is dropped")
        << QByteArray("event: filters_changed\n\nevent: x\ndata: y\n\n")
        << QList<SseEvent>{ev("x", "y")} << 0;
    QTest::newRow("event name does not leak into the next event")
        << QByteArray("event: update\ndata: 1\n\ndata: 2\n\n")
        << QList<SseEvent>{ev("update", "1"), ev("message", "2")} << 0;
    QTest::newRow("id carries over")
        << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
        << QList<SseEvent>{ev("message", "a", "7"), ev("message", "b", "7"), ev("message", "c")}
        << 0;
    QTest::newRow("unknown fields ignored")
        << QByteArray("foo: bar\ndata: ok\nbaz\n\n") << QList<SseEvent>{ev("message", "ok")} << 0;
    QTest::newRow("incomplete event is held back")
        << QByteArray("event: update\ndata: {}\n") << QList<SseEvent>{} << 0;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                   "data: x\n\n")
                                     << QList<SseEvent>{ev("message", "x")} << 0;
    QTest::newRow("utf-8 payload")
        << QByteArray("data: {\"content\":\"gr\xC3\xBC\xC3\x9F \xF0\x9F\x90\x98\"}\n\n")
        << QList<SseEvent>{ev("message", QString::fromUtf8("{\"content\":\"grüß 🐘\"}"))} << 0;
}

void TestSseParser::framing()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<SseEvent>, expected);
    QFETCH(int, comments);
    // Whole, and one byte at a time: the result must not depend on how TCP cut the bytes.
    for (int chunk : {int(input.size()), 1, 2, 3}) {
        SseParser parser;
        const QList<SseEvent> got = feedInChunks(parser, input, std::max(chunk, 1));
        QCOMPARE(got, expected);
        QCOMPARE(parser.commentCount(), comments);
    }
}

void TestSseParser::chunkBoundaries_data()
{
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::newRow("CRLF split") << QList<QByteArray>{"data: a\r", "\n\r", "\n"};
    QTest::newRow("CR then CR") << QList<QByteArray>{"data: a\r", "\r"};
    QTest::newRow("field split") << QList<QByteArray>{"da", "ta", ": ", "a\n", "\n"};
    QTest::newRow("BOM split") << QList<QByteArray>{"\xEF", "\xBB",
                                                    "\xBF"
                                                    "data: a\n\n"};
}

void TestSseParser::chunkBoundaries()
{
    QFETCH(QList<QByteArray>, chunks);
    SseParser parser;
    QList<SseEvent> got;
    for (const QByteArray &c : chunks)
        got += parser.feed(c);
    QCOMPARE(got, QList<SseEvent>{ev("message", "a")});
}

void TestSseParser::retryAndReset()
{
    SseParser parser;
    QCOMPARE(parser.retryMs(), -1);
    parser.feed("retry: 2500\nretry: soon\nid: 42\ndata: half");
    QCOMPARE(parser.retryMs(), 2500);
    parser.reset(); // a new connection: the half event is gone, the last id stays
    QCOMPARE(parser.feed("\n\ndata: new\n\n"), QList<SseEvent>{ev("message", "new", "42")});
}

void TestSseParser::overlongLineDropped()
{
    SseParser parser;
    const QByteArray big(1024 * 1024, 'x');
    QList<SseEvent> got = parser.feed("event: update\ndata: ");
    for (int i = 0; i < 17; ++i) // 17 MiB without a line end
        got += parser.feed(big);
    got += parser.feed("\n\ndata: after\n\n");
    // The huge data line is gone (so the first event has no data and is not dispatched); the
    // stream goes on.
    QCOMPARE(got, QList<SseEvent>{ev("message", "after")});
}

QTEST_APPLESS_MAIN(TestSseParser)
#include "tst_sseparser.moc"
