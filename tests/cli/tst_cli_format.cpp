// The CLI's pieces that need no process: argument splitting, wrapping, relative times and the
// human rendering of statuses (through the real content pipeline).
#include "cli/arguments.h"
#include "cli/formatter.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace tusk;
using namespace tusk::cli;

class TestCliFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arguments_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("positional");
        QTest::addColumn<QString>("options"); // name=value;... in order
        QTest::addColumn<bool>("ok");
        QTest::newRow("global before") << QStringList{"--json", "timeline", "home"} << "timeline"
                                       << QStringList{"home"} << "json=" << true;
        QTest::newRow("global after") << QStringList{"whoami", "--account", "a@b"} << "whoami"
                                      << QStringList{} << "account=a@b" << true;
        QTest::newRow("inline value") << QStringList{"timeline", "home", "--limit=5"} << "timeline"
                                      << QStringList{"home"} << "limit=5" << true;
        QTest::newRow("media pairs")
            << QStringList{"post", "hi", "--media", "a.png", "--alt", "A", "--media", "b.png"}
            << "post" << QStringList{"hi"} << "media=a.png;alt=A;media=b.png" << true;
        QTest::newRow("double dash") << QStringList{"post", "--", "--not an option"} << "post"
                                     << QStringList{"--not an option"} << "" << true;
        QTest::newRow("negative-looking id")
            << QStringList{"thread", "-5"} << "thread" << QStringList{"-5"} << "" << true;
        QTest::newRow("unknown option")
            << QStringList{"whoami", "--bogus"} << "whoami" << QStringList{} << "" << false;
        QTest::newRow("missing value") << QStringList{"timeline", "home", "--limit"} << "timeline"
                                       << QStringList{"home"} << "" << false;
        QTest::newRow("flag with value")
            << QStringList{"--json=yes", "whoami"} << "" << QStringList{} << "" << false;
        QTest::newRow("short unknown")
            << QStringList{"-x", "whoami"} << "" << QStringList{} << "" << false;
        QTest::newRow("-h") << QStringList{"-h"} << "" << QStringList{} << "help=" << true;
    }
    void arguments()
    {
        QFETCH(QStringList, argv);
        QFETCH(QString, command);
        QFETCH(QStringList, positional);
        QFETCH(QString, options);
        QFETCH(bool, ok);
        const Arguments a = Arguments::parse(argv);
        QCOMPARE(a.error.isEmpty(), ok);
        if (!ok)
            return;
        QCOMPARE(a.command, command);
        QCOMPARE(a.positional, positional);
        QStringList got;
        for (const auto &[n, v] : a.options)
            got << n + u'=' + v;
        QCOMPARE(got.join(u';'), options);
    }

    void wrap_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("indent");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no width") << "a b c d" << 0 << ""
                                  << "a b c d";
        QTest::newRow("fits") << "short" << 20 << ""
                              << "short";
        QTest::newRow("words") << "the quick brown fox jumps over" << 10 << ""
                               << "the quick\nbrown fox\njumps over";
        QTest::newRow("keeps breaks") << "one\n\ntwo" << 10 << ""
                                      << "one\n\ntwo";
        QTest::newRow("long word") << "https://example.org/abcdefghij" << 12 << ""
                                   << "https://exam\nple.org/abcd\nefghij";
        QTest::newRow("indent") << "aaa bbb ccc ddd" << 12 << "  "
                                << "  aaa bbb\n  ccc ddd";
    }
    void wrap()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(QString, indent);
        QFETCH(QString, expected);
        QCOMPARE(wrapText(text, width, indent), expected);
        if (width > 0)
            for (const QString &line : wrapText(text, width, indent).split(u'\n'))
                QVERIFY2(line.size() <= std::max(width, 10 + int(indent.size())), qPrintable(line));
    }

    void relative_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(3) << "just now";
        QTest::newRow("seconds") << qint64(42) << "42s ago";
        QTest::newRow("minutes") << qint64(5 * 60 + 7) << "5m ago";
        QTest::newRow("hours") << qint64(3 * 3600) << "3h ago";
        QTest::newRow("days") << qint64(2 * 86400 + 5) << "2d ago";
        QTest::newRow("future") << qint64(-2 * 3600) << "in 2h";
    }
    void relative()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2026-01-10T12:00:00Z"), Qt::ISODate);
        QCOMPARE(relativeTime(now.addSecs(-secondsAgo), now), expected);
        QCOMPARE(relativeTime(now.addDays(-30), now), QStringLiteral("2025-12-11"));
        QCOMPARE(relativeTime(QDateTime(), now), QStringLiteral("unknown time"));
    }

    // The human body goes through the content pipeline: no tags, entities decoded, CW first,
    // media with alt texts, the poll with its options.
    void statusBody()
    {
        QFile file(QStringLiteral(TUSKLINE_SOURCE_DIR "/tests/cli/data/status_with_poll.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        const Result<Status> s = Status::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        Formatter f(false, false, 0);
        const QString body = f.statusBody(s.value());
        QVERIFY2(body.startsWith(QStringLiteral("CW: spoilers & more\n")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Hello @bob & friends")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("second\nline")), qPrintable(body));
        QVERIFY2(!body.contains(u'<'), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("Attachments: 2 (sensitive)")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("[image] A cat")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("[video] (no description)")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("( ) yes — 67%, votes: 2")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("\n  votes: 3")), qPrintable(body));
    }

    // Shortened link texts (Mastodon's "ellipsis" spans) come out as the full address.
    void fullLinks()
    {
        Status s;
        s.id = QStringLiteral("1");
        s.account.acct = QStringLiteral("alice");
        s.content = QStringLiteral(
            "<p>see <a href=\"https://example.org/a/very/long/path/x\" rel=\"nofollow\">"
            "<span class=\"invisible\">https://</span><span class=\"ellipsis\">example.org/a/"
            "very/lo</span><span class=\"invisible\">ng/path/x</span></a> and #<a "
            "href=\"https://x.example/tags/tag\" class=\"mention hashtag\">tag</a></p>");
        Formatter f(false, false, 0);
        const QString body = f.statusBody(s);
        QVERIFY2(body.contains(QStringLiteral("see https://example.org/a/very/long/path/x and")),
                 qPrintable(body));
        QVERIFY2(!body.contains(u'…'), qPrintable(body));
        for (QChar c : body) // no bidi isolates on a terminal
            QVERIFY2(c.unicode() < 0x2066 || c.unicode() > 0x2069, qPrintable(body));
    }
};

QTEST_GUILESS_MAIN(TestCliFormat)
#include "tst_cli_format.moc"
