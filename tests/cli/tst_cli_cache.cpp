// tuskline-cli sharing the app's cache (issue #5): --cached reads with the server down, the
// offline queue (list, retry, drop), and `stream` on the app's AccountSession, which reconnects
// and catches up by itself and prints every post exactly once. The "app" here is an
// AccountSession in this process writing the same cache directory the CLI reads
// (<XDG_DATA_HOME>/Tuskline/Tuskline, what both get for an empty cache dir).
#include "cache/actionqueue.h"
#include "cache/timelineloader.h"
#include "clirunner.h"
#include "core/entities/registry.h"
#include "session/accountsession.h"
#include "session/streamsync.h"
#include "streaming/streamingclient.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>

using namespace tusk;
using namespace std::chrono_literals;

namespace {
QList<QJsonObject> jsonLines(const CliRun &run, const QString &kind = {})
{
    QList<QJsonObject> out;
    for (const QByteArray &line : run.lines()) {
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            qWarning("not a JSON object: %s", line.left(300).constData());
            return {};
        }
        if (!kind.isEmpty() && !entities::parseAs(kind, doc.object())) {
            qWarning("not a %s: %s", qPrintable(kind), line.left(300).constData());
            return {};
        }
        out << doc.object();
    }
    return out;
}
QStringList ids(const QList<QJsonObject> &objects)
{
    QStringList out;
    for (const QJsonObject &o : objects)
        out << o.value("id").toString();
    return out;
}
} // namespace

class TestCliCache : public QObject {
    Q_OBJECT

    server::ServerConfig config;
    std::unique_ptr<test::TestServer> server;
    std::unique_ptr<CliRunner> cli;
    test::TestServer::User alice, bob;
    QNetworkAccessManager nam;

    QString appCacheDir() const { return cli->home() + QStringLiteral("/data/Tuskline/Tuskline"); }
    // The app's session for alice over the CLI's data directory.
    std::unique_ptr<session::AccountSession> appSession()
    {
        auth::AccountRecord r;
        r.instanceUrl = server->url();
        r.username = alice.username;
        r.accountId = alice.idString;
        r.key = auth::AccountRecord::makeKey(alice.username, server->url());
        auto s = std::make_unique<session::AccountSession>(r, QString::fromLatin1(alice.token),
                                                           &nam, appCacheDir());
        s->streaming()->setUseSystemReachability(false);
        s->streaming()->backoff().setBase(50ms);
        return s;
    }
    QStringList withInstance(QStringList args) const
    {
        return QStringList{QStringLiteral("--instance"), server->url().toString()} + args;
    }
    QStringList as(const test::TestServer::User &u, QStringList args) const
    {
        return withInstance(QStringList{QStringLiteral("--token"), QString::fromLatin1(u.token)} +
                            args);
    }
    QString post(const test::TestServer::User &u, const QString &text,
                 const QString &inReplyTo = {})
    {
        QList<QPair<QString, QString>> fields{{"status", text}};
        if (!inReplyTo.isEmpty())
            fields.append({"in_reply_to_id", inReplyTo});
        return server->postForm("/api/v1/statuses", fields, u.token)
            .object()
            .value("id")
            .toString();
    }
    bool restartServer(std::chrono::milliseconds down)
    {
        const quint16 port = server->server().port();
        server->server().close();
        QTest::qWait(int(down.count()));
        QString error;
        return server->server().open(server->dataDir(), &error, config) &&
               server->server().listen(QHostAddress::LocalHost, port, &error);
    }

private slots:
    void init()
    {
        config.rateLimitRequests = 1'000'000;
        config.streamingHeartbeatMs = 200;
        server = std::make_unique<test::TestServer>(config);
        QVERIFY2(server->isReady(), qPrintable(server->error()));
        cli = std::make_unique<CliRunner>();
        alice = server->addUser("alice");
        bob = server->addUser("bob");
        QCOMPARE(server->postForm("/api/v1/accounts/" + bob.idString + "/follow", {}, alice.token)
                     .status,
                 200);
    }
    void cleanup()
    {
        cli.reset();
        server.reset();
    }

    void cachedReadsWithTheServerDown()
    {
        QStringList home; // newest first
        for (int i = 0; i < 5; ++i)
            home.prepend(post(bob, QStringLiteral("cached %1").arg(i)));
        const QString question = home.first();
        const QString answer = post(alice, "@bob an answer", question);
        home.prepend(answer);
        post(bob, "@alice a mention");
        home.prepend(server->get("/api/v1/timelines/home?limit=1", alice.token)
                         .array()
                         .first()
                         .toObject()
                         .value("id")
                         .toString());
        {
            // The app runs: home, notifications and a thread end up in its cache.
            auto s = appSession();
            s->openTimeline("home");
            s->openTimeline("notifications");
            QSignalSpy caught(s->streamSync(), &session::StreamSync::catchUpFinished);
            s->start();
            QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 2, 10'000);
            QSignalSpy loaded(s->loader(), &cache::TimelineLoader::finished);
            QVERIFY(s->loader()->fetchThread(answer));
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10'000);
            QCOMPARE(s->cache()->itemIds("home"), home);
        }
        server->server().close(); // from here on nothing answers

        CliRun r = cli->run(as(alice, {"timeline", "home"}));
        QVERIFY2(r.exitCode == 4, r.describe()); // without --cached: the network

        r = cli->run(withInstance({"--json", "timeline", "home", "--cached", "--limit", "40"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(ids(jsonLines(r, "Status")), home);

        r = cli->run(withInstance(
            {"--json", "timeline", "home", "--cached", "--limit", "2", "--max-id", home.at(1)}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(ids(jsonLines(r, "Status")), home.mid(2, 2));

        r = cli->run(withInstance({"timeline", "home", "--cached", "--limit", "1"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().startsWith(QStringLiteral("@bob")), r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("a mention")), r.describe());

        r = cli->run(withInstance({"--json", "notifications", "--cached"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto notifications = jsonLines(r, "Notification");
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().value("type").toString(), "mention");

        r = cli->run(withInstance({"--json", "thread", answer, "--cached"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(ids(jsonLines(r, "Status")), QStringList({question, answer}));

        // Only the post, not its thread: the post and a note.
        r = cli->run(withInstance({"--json", "thread", home.last(), "--cached"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(ids(jsonLines(r, "Status")), QStringList{home.last()});
        QVERIFY2(r.stderrText().contains(QStringLiteral("not its thread")), r.describe());

        r = cli->run(withInstance({"thread", "123456", "--cached"}));
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("not in the cache")), r.describe());

        r = cli->run(withInstance({"timeline", "local", "--cached"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.out.isEmpty() && r.stderrText().contains(QStringLiteral("Nothing cached")),
                 r.describe());

        // Another server: nothing of it is cached.
        r = cli->run({"--instance", "http://127.0.0.1:1", "timeline", "home", "--cached"});
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("cached yet")), r.describe());
    }

    void queueListRetryDrop()
    {
        const QString target = post(bob, "to favourite");
        qint64 fav = 0, bookmark = 0, draft = 0;
        {
            auto s = appSession();
            cache::Action a;
            a.kind = cache::Action::Kind::Favourite;
            a.targetId = target;
            fav = s->actions()->enqueue(a);
            a.kind = cache::Action::Kind::Bookmark;
            bookmark = s->actions()->enqueue(a);
            cache::Action p;
            p.kind = cache::Action::Kind::Post;
            p.text = QStringLiteral("written offline");
            p.visibility = QStringLiteral("public");
            draft = s->actions()->enqueue(p);
            QVERIFY(fav > 0 && bookmark > fav && draft > bookmark);
            // An earlier attempt was refused (as the queue runner records it).
            QVERIFY(s->actions()->markSending(fav));
            QVERIFY(s->actions()->markFailed(fav, QStringLiteral("Try again later")));
        }

        CliRun r = cli->run(withInstance({"--json", "queue"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        auto listed = jsonLines(r);
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed[0].value("seq").toInteger(), fav);
        QCOMPARE(listed[0].value("state").toString(), "failed");
        QCOMPARE(listed[0].value("error").toString(), "Try again later");
        QCOMPARE(listed[0].value("kind").toString(), "favourite");
        QCOMPARE(listed[1].value("state").toString(), "pending");
        QCOMPARE(listed[2].value("text").toString(), "written offline");

        r = cli->run(withInstance({"queue"}));
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("#%1  Favourite  failed").arg(fav)),
                 r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("Try again later")), r.describe());

        r = cli->run(withInstance({"queue", "drop", QString::number(bookmark)}));
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli->run(withInstance({"queue", "drop", QString::number(bookmark)}));
        QVERIFY2(r.exitCode == 1, r.describe()); // gone
        r = cli->run(withInstance({"queue", "retry", "x"}));
        QVERIFY2(r.exitCode == 2, r.describe());
        r = cli->run(withInstance({"queue", "retry", QString::number(fav)}));
        QVERIFY2(r.exitCode == 3, r.describe()); // sending needs the login

        // Server down: the retry cannot go out, and the action stays queued.
        const quint16 port = server->server().port();
        server->server().close();
        r = cli->run(as(alice, {"queue", "retry", QString::number(fav)}));
        QVERIFY2(r.exitCode == 4, r.describe());
        r = cli->run(withInstance({"--json", "queue"}));
        listed = jsonLines(r);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed[0].value("state").toString(), "pending");

        QString error;
        QVERIFY2(server->server().open(server->dataDir(), &error, config) &&
                     server->server().listen(QHostAddress::LocalHost, port, &error),
                 qPrintable(error));
        r = cli->run(as(alice, {"--json", "queue", "retry", QString::number(fav)}));
        QVERIFY2(r.exitCode == 0, r.describe());
        r = cli->run(withInstance({"--json", "queue"}));
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), r.describe());

        // Exactly those effects on the server: the favourite and the post, not the bookmark.
        const QJsonObject status = server->get("/api/v1/statuses/" + target, alice.token).object();
        QCOMPARE(status.value("favourited").toBool(), true);
        QCOMPARE(status.value("bookmarked").toBool(), false);
        const QJsonArray own =
            server->get("/api/v1/accounts/" + alice.idString + "/statuses", alice.token).array();
        QCOMPARE(own.size(), 1);
        QVERIFY(own.first().toObject().value("content").toString().contains("written offline"));
    }

    // `stream user --json` while the server restarts twice: every post once, none missing.
    void streamCatchesUpAcrossRestarts()
    {
        constexpr int kPerRound = 8;
        constexpr int kRounds = 3;
        auto p = cli->start(as(
            alice, {"--json", "stream", "user", "--limit", QString::number(kPerRound * kRounds)}));
        QByteArray err;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += p->readAllStandardError();
                return err.contains("Connected") || p->state() == QProcess::NotRunning;
            },
            20'000));
        QVERIFY2(p->state() == QProcess::Running, err.constData());
        QStringList posted;
        for (int round = 0; round < kRounds; ++round) {
            if (round > 0) {
                QVERIFY(restartServer(100ms));
                // Posted right away: the CLI is still reconnecting, only its catch-up sees these.
            }
            for (int i = 0; i < kPerRound; ++i)
                posted << post(bob, QStringLiteral("round %1 post %2").arg(round).arg(i));
        }
        CliRun r = CliRunner::wait(*p, 30'000);
        r.err.prepend(err);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("Reconnected")), r.describe());
        const auto events = jsonLines(r, "StreamingEvent");
        QStringList seen;
        for (const QJsonObject &e : events) {
            QCOMPARE(e.value("event").toString(), "update");
            seen << QJsonDocument::fromJson(e.value("payload").toString().toUtf8())
                        .object()
                        .value("id")
                        .toString();
        }
        QCOMPARE(seen.size(), posted.size());
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()),
                 QSet<QString>(posted.cbegin(), posted.cend()));
    }
};

QTEST_GUILESS_MAIN(TestCliCache)
#include "tst_cli_cache.moc"
