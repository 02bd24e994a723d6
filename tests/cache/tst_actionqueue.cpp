// The offline action queue: durable before sending, pending state for models, and QueueRunner
// against the real bundled server: an outage, a SIGKILL mid-send, permanent failures and 401.
#include "api/apiclient.h"
#include "cache/actionqueue.h"
#include "cache/database.h"
#include "cache/queuerunner.h"
#include "cache/timelinecache.h"
#include "testserver.h"

// For 5xx and 429 answers on demand, which the bundled server does not give.
#include "../api/scriptedpeer.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace tusk;
using namespace tusk::cache;
using Kind = Action::Kind;

namespace {

server::ServerConfig roomyConfig()
{
    server::ServerConfig c;
    c.rateLimitRequests = 100'000;
    return c;
}

Action make(Kind kind, const QString &target = {})
{
    Action a;
    a.kind = kind;
    a.targetId = target;
    return a;
}

Action makePost(const QString &text, const QString &inReplyTo = {})
{
    Action a;
    a.kind = Kind::Post;
    a.text = text;
    a.inReplyToId = inReplyTo;
    return a;
}

api::RetryPolicy quickRetries()
{
    api::RetryPolicy p;
    p.maxRetries = 1;
    p.baseDelay = std::chrono::milliseconds(50);
    p.maxDelay = std::chrono::milliseconds(200);
    return p;
}

// Everything one client needs: cache file, queue, API client, runner.
struct Client {
    Database db;
    std::unique_ptr<ActionQueue> queue;
    std::unique_ptr<TimelineCache> cache;
    QNetworkAccessManager nam;
    std::unique_ptr<api::ApiClient> api;
    std::unique_ptr<QueueRunner> runner;

    bool open(const QString &path, const QUrl &url, const QByteArray &token)
    {
        QString error;
        if (!db.open(path, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        queue = std::make_unique<ActionQueue>(&db);
        cache = std::make_unique<TimelineCache>(&db);
        api = std::make_unique<api::ApiClient>(&nam, url);
        api->setAccessToken(QString::fromLatin1(token));
        api->setRetryPolicy(quickRetries());
        runner = std::make_unique<QueueRunner>(queue.get(), api.get(), cache.get());
        runner->setBackoff(std::chrono::milliseconds(100), std::chrono::milliseconds(800));
        return true;
    }
};

QStringList postAs(test::TestServer &server, const test::TestServer::User &user, int n,
                   const QString &prefix)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const auto r = server.postJson(
            QStringLiteral("/api/v1/statuses"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("%1 %2").arg(prefix).arg(i)}},
            user.token);
        ids.append(r.object().value(u"id").toString());
    }
    return ids;
}

// The user's own statuses (no boosts) as plain texts, oldest first.
QStringList ownTexts(test::TestServer &server, const test::TestServer::User &user)
{
    QStringList texts;
    QString maxId;
    for (int page = 0; page < 10; ++page) {
        QString path = QStringLiteral("/api/v1/accounts/%1/statuses?limit=40&exclude_reblogs=true")
                           .arg(user.idString);
        if (!maxId.isEmpty())
            path += QStringLiteral("&max_id=") + maxId;
        const QJsonArray list = server.get(path, user.token).array();
        if (list.isEmpty())
            break;
        for (const QJsonValue &v : list) {
            QString html = v.toObject().value(u"content").toString();
            html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            texts.prepend(html);
            maxId = v.toObject().value(u"id").toString();
        }
    }
    return texts;
}

QJsonObject statusAs(test::TestServer &server, const test::TestServer::User &user,
                     const QString &id)
{
    return server.get(QStringLiteral("/api/v1/statuses/") + id, user.token).object();
}

QStringList listIds(test::TestServer &server, const test::TestServer::User &user,
                    const QString &path)
{
    QStringList ids;
    for (const QJsonValue &v : server.get(path + QStringLiteral("?limit=40"), user.token).array())
        ids.append(v.toObject().value(u"id").toString());
    ids.sort();
    return ids;
}

bool restart(test::TestServer &server, quint16 port)
{
    QString error;
    if (!server.server().open(server.dataDir(), &error, roomyConfig()) ||
        !server.server().listen(QHostAddress::LocalHost, port, &error)) {
        qWarning("restart failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

// The child process of killedMidSending: enqueue, send, and stop dead at the chosen moment.
//   argv: --queue-child <db> <url> <token> <bob's ids, comma-separated> <ack|send> <n>
int runQueueChild(const QStringList &args)
{
    Database db;
    QString error;
    if (args.size() < 8 || !db.open(args.at(2), &error)) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error));
        return 2;
    }
    ActionQueue queue(&db);
    const QStringList bobIds = args.at(5).split(u',');
    for (int i = 0; i < 10; ++i)
        queue.enqueue(makePost(QStringLiteral("kill post %1").arg(i)));
    for (const QString &id : bobIds)
        queue.enqueue(make(Kind::Favourite, id));
    for (int i = 0; i < 4; ++i)
        queue.enqueue(make(Kind::Reblog, bobIds.at(i)));
    std::printf("ENQUEUED\n");
    std::fflush(stdout);

    QNetworkAccessManager nam;
    api::ApiClient client(&nam, QUrl(args.at(3)));
    client.setAccessToken(args.at(4));
    QueueRunner runner(&queue, &client);
    const bool atAck = args.at(6) == u"ack";
    const int stopAt = args.at(7).toInt();
    int count = 0;
    const auto freeze = [](qint64 seq) {
        std::printf("FROZEN %lld\n", seq);
        std::fflush(stdout);
        QThread::sleep(3600); // the parent sends SIGKILL now
    };
    if (atAck) {
        // The server has done it; the Done row is not written yet.
        QObject::connect(&runner, &QueueRunner::aboutToAcknowledge, [&](qint64 seq) {
            if (++count == stopAt)
                freeze(seq);
        });
    } else {
        // Sending is committed; the request has not left yet.
        QObject::connect(&runner, &QueueRunner::stateChanged, [&](QueueRunner::State s) {
            if (s == QueueRunner::State::Sending && ++count == stopAt)
                freeze(queue.head()->seq);
        });
    }
    QObject::connect(&runner, &QueueRunner::drained, [] {
        std::printf("DRAINED\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    runner.start();
    return QCoreApplication::exec();
}

} // namespace

class TestActionQueue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("q%1/cache.sqlite3").arg(++m_n)); }

private Q_SLOTS:
    void durableAndPendingState()
    {
        const QString path = newPath();
        qint64 postSeq = 0;
        QString key;
        {
            Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            ActionQueue queue(&db);
            QSignalSpy changed(&queue, &ActionQueue::actionChanged);
            Action post = makePost(QStringLiteral("hello"));
            post.spoilerText = QStringLiteral("cw");
            post.media.append({QStringLiteral("/tmp/a.png"), QStringLiteral("a cat"), {}});
            postSeq = queue.enqueue(post);
            QVERIFY(postSeq > 0);
            QCOMPARE(changed.size(), 1);
            QVERIFY(queue.enqueue(make(Kind::Favourite, QStringLiteral("5"))) > postSeq);
            queue.enqueue(make(Kind::Bookmark, QStringLiteral("5")));
            queue.enqueue(make(Kind::Unfavourite, QStringLiteral("5")));
            queue.enqueue(make(Kind::Reblog, QStringLiteral("6")));
            queue.enqueue(make(Kind::Follow, QStringLiteral("acct9")));
            key = queue.action(postSeq)->idempotencyKey;
            QVERIFY(!key.isEmpty());
            // Nothing more is needed for it to be on disk: no close, no flush.
        }
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        ActionQueue queue(&db);
        const auto all = queue.actions();
        QCOMPARE(all.size(), 6);
        QCOMPARE(all[0].kind, Kind::Post);
        QCOMPARE(all[0].text, QStringLiteral("hello"));
        QCOMPARE(all[0].spoilerText, QStringLiteral("cw"));
        QCOMPARE(all[0].media.value(0).description, QStringLiteral("a cat"));
        QCOMPARE(all[0].idempotencyKey, key); // the same key for every attempt, across restarts
        QCOMPARE(all[0].describe(), QStringLiteral("Post"));
        QCOMPARE(queue.outstandingCount(), 6);
        QCOMPARE(queue.pendingPosts().size(), 1);

        PendingState five = queue.pendingFor(QStringLiteral("5"));
        QCOMPARE(five.favourited, std::optional<bool>(false)); // the later unfavourite wins
        QCOMPARE(five.bookmarked, std::optional<bool>(true));
        QVERIFY(!five.reblogged);
        QCOMPARE(queue.pendingFor(QStringLiteral("6")).reblogged, std::optional<bool>(true));
        QVERIFY(queue.pendingFor(QStringLiteral("7")).isEmpty());
        QCOMPARE(queue.pendingFollow(QStringLiteral("acct9")), std::optional<bool>(true));

        // Failed → shown as failed, retry → pending again, discard → gone.
        const qint64 fav = all[1].seq;
        QVERIFY(queue.markFailed(fav, QStringLiteral("Record not found")));
        QVERIFY(queue.pendingFor(QStringLiteral("5")).failed);
        QCOMPARE(queue.actions(Action::State::Failed).value(0).error,
                 QStringLiteral("Record not found"));
        QVERIFY(queue.retry(fav));
        QCOMPARE(queue.action(fav)->state, Action::State::Pending);
        QVERIFY(queue.discard(fav));
        QVERIFY(!queue.action(fav));
        // "local:<seq>" resolves once that post is done.
        QCOMPARE(queue.resolve(QStringLiteral("local:%1").arg(postSeq)), QString());
        QVERIFY(queue.markSending(postSeq));
        QVERIFY(!queue.discard(postSeq)); // outcome unknown: cannot be dropped
        QVERIFY(queue.markDone(postSeq, QStringLiteral("1234")));
        QCOMPARE(queue.resolve(QStringLiteral("local:%1").arg(postSeq)), QStringLiteral("1234"));
        QCOMPARE(queue.action(postSeq)->attempts, 1);
    }

    void fullDiskRefusesToEnqueue()
    {
        Database db;
        QString error;
        QVERIFY(db.open(newPath(), &error));
        ActionQueue queue(&db);
        QVERIFY(queue.enqueue(makePost(QStringLiteral("fits"))) > 0);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        QSignalSpy failed(&queue, &ActionQueue::failed);
        // The user is told at once; nothing half-written is left to be sent later.
        QCOMPARE(queue.enqueue(makePost(QString(20'000, u'y'))), 0);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"full"),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(queue.actions().size(), 1);
    }

    void fiftyActionsThroughAnOutage()
    {
        test::TestServer server(roomyConfig());
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        const auto bob = server.addUser(QStringLiteral("bob"));
        const auto carol = server.addUser(QStringLiteral("carol"));
        const auto dave = server.addUser(QStringLiteral("dave"));
        const QStringList b = postAs(server, bob, 20, QStringLiteral("bob"));
        const QStringList own = postAs(server, alice, 3, QStringLiteral("own"));
        QCOMPARE(server
                     .postForm(QStringLiteral("/api/v1/accounts/%1/follow").arg(dave.idString), {},
                               alice.token)
                     .status,
                 200);
        const quint16 port = server.url().port();

        Client c;
        QVERIFY(c.open(newPath(), server.url(), alice.token));
        server.server().close(); // offline from here on

        QList<Action> actions;
        for (int i = 0; i < 12; ++i)
            actions.append(makePost(QStringLiteral("queued post %1").arg(i)));
        for (int i = 0; i < 4; ++i)
            actions.append(makePost(QStringLiteral("reply %1").arg(i), b.at(i)));
        for (int i = 0; i < 10; ++i)
            actions.append(make(Kind::Favourite, b.at(i)));
        actions.append(make(Kind::Unfavourite, b.at(8)));
        actions.append(make(Kind::Unfavourite, b.at(9)));
        actions.append(make(Kind::Favourite, b.at(0))); // twice: the second is already so
        for (int i = 10; i < 15; ++i)
            actions.append(make(Kind::Reblog, b.at(i)));
        actions.append(make(Kind::Unreblog, b.at(14)));
        actions.append(make(Kind::Reblog, b.at(10)));
        for (int i = 15; i < 20; ++i)
            actions.append(make(Kind::Bookmark, b.at(i)));
        actions.append(make(Kind::Unbookmark, b.at(19)));
        actions.append(make(Kind::Follow, bob.idString));
        actions.append(make(Kind::Follow, carol.idString));
        actions.append(make(Kind::Unfollow, dave.idString));
        actions.append(make(Kind::Delete, own.at(0)));
        actions.append(make(Kind::Delete, own.at(1)));
        QList<qint64> seqs;
        for (const Action &a : std::as_const(actions))
            seqs.append(c.queue->enqueue(a));
        // Your own drafts: a reply to the first queued post, a favourite and bookmark of it.
        const QString firstPost = QStringLiteral("local:%1").arg(seqs.first());
        seqs.append(c.queue->enqueue(makePost(QStringLiteral("self reply"), firstPost)));
        seqs.append(c.queue->enqueue(make(Kind::Favourite, firstPost)));
        seqs.append(c.queue->enqueue(make(Kind::Bookmark, firstPost)));
        QCOMPARE(seqs.size(), 50);
        QVERIFY(!seqs.contains(0));

        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        QSignalSpy states(c.runner.get(), &QueueRunner::stateChanged);
        c.runner->start();
        const auto backedOff = [&] {
            return std::any_of(states.begin(), states.end(), [](const QList<QVariant> &args) {
                return args.at(0).value<QueueRunner::State>() == QueueRunner::State::Waiting;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(backedOff(), 10'000);
        QTest::qWait(500);
        QCOMPARE(c.queue->outstandingCount(), 50);
        QVERIFY(c.queue->head()->attempts >= 1);
        QVERIFY(!c.queue->head()->error.isEmpty());

        QVERIFY(restart(server, port));
        QVERIFY(drained.wait(60'000));
        QCOMPARE(c.queue->actions(Action::State::Failed).size(), 0);
        QCOMPARE(c.queue->actions(Action::State::Done).size(), 50);

        // Exactly these effects, once each.
        QStringList expectedTexts{QStringLiteral("own 2")};
        for (int i = 0; i < 12; ++i)
            expectedTexts.append(QStringLiteral("queued post %1").arg(i));
        for (int i = 0; i < 4; ++i)
            expectedTexts.append(QStringLiteral("reply %1").arg(i));
        expectedTexts.append(QStringLiteral("self reply"));
        QCOMPARE(ownTexts(server, alice), expectedTexts);

        const QString firstId = c.queue->action(seqs.first())->resultId;
        QVERIFY(!firstId.isEmpty());
        const QJsonObject selfReply =
            statusAs(server, alice, c.queue->action(seqs.at(47))->resultId);
        QCOMPARE(selfReply.value(u"in_reply_to_id").toString(), firstId);
        QCOMPARE(statusAs(server, alice, c.queue->action(seqs.at(12))->resultId)
                     .value(u"in_reply_to_id")
                     .toString(),
                 b.at(0));

        QStringList favourites = b.mid(0, 8);
        favourites.append(firstId);
        favourites.sort();
        QCOMPARE(listIds(server, alice, QStringLiteral("/api/v1/favourites")), favourites);
        QStringList bookmarks = b.mid(15, 4);
        bookmarks.append(firstId);
        bookmarks.sort();
        QCOMPARE(listIds(server, alice, QStringLiteral("/api/v1/bookmarks")), bookmarks);
        for (int i = 10; i < 15; ++i) {
            const QJsonObject s = statusAs(server, alice, b.at(i));
            QCOMPARE(s.value(u"reblogged").toBool(), i != 14);
            QCOMPARE(s.value(u"reblogs_count").toInt(), i != 14 ? 1 : 0);
        }
        const QJsonArray rel = server
                                   .get(QStringLiteral("/api/v1/accounts/relationships?id[]=%1&"
                                                       "id[]=%2&id[]=%3")
                                            .arg(bob.idString, carol.idString, dave.idString),
                                        alice.token)
                                   .array();
        QCOMPARE(rel.size(), 3);
        for (const QJsonValue &r : rel) {
            const bool wanted = r.toObject().value(u"id").toString() != dave.idString;
            QCOMPARE(r.toObject().value(u"following").toBool(), wanted);
        }
        QCOMPARE(server.get(QStringLiteral("/api/v1/statuses/") + own.at(0), alice.token).status,
                 404);
        QCOMPARE(server.get(QStringLiteral("/api/v1/statuses/") + own.at(1), alice.token).status,
                 404);
        QCOMPARE(statusAs(server, bob, b.at(0)).value(u"favourites_count").toInt(), 1);
    }

    void rateLimitedServer()
    {
        server::ServerConfig tight = roomyConfig();
        tight.rateLimitRequests = 3; // per token and second: the client has to pace itself
        tight.rateLimitPeriodSecs = 1;
        test::TestServer server(tight);
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        const auto bob = server.addUser(QStringLiteral("bob"));
        const QStringList b = postAs(server, bob, 3, QStringLiteral("bob"));
        Client c;
        QVERIFY(c.open(newPath(), server.url(), alice.token));
        for (const QString &id : b)
            c.queue->enqueue(make(Kind::Favourite, id));
        c.queue->enqueue(makePost(QStringLiteral("paced")));
        c.queue->enqueue(make(Kind::Bookmark, b.at(0)));
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->start();
        QVERIFY(drained.wait(30'000));
        QCOMPARE(c.queue->actions(Action::State::Done).size(), 5);
        QTest::qWait(1100); // a fresh window for the checks below
        QCOMPARE(ownTexts(server, alice), QStringList{QStringLiteral("paced")});
        for (const QString &id : b)
            QCOMPARE(statusAs(server, bob, id).value(u"favourites_count").toInt(), 1);
    }

    void transientAnswersBackOffAndKeepTheKey()
    {
        ScriptedPeer peer;
        const QByteArray status = R"({"id":"77","created_at":"2024-01-01T00:00:00.000Z",
            "account":{"id":"1","username":"a","acct":"a"},"content":"<p>x</p>",
            "visibility":"public","favourited":false})";
        int posts = 0, gets = 0;
        peer.handler = [&](const RecordedRequest &r) {
            if (r.method == "POST" && r.target == "/api/v1/statuses")
                return ++posts <= 2 ? ScriptedReply::json(503, R"({"error":"busy"})")
                                    : ScriptedReply::json(200, status);
            if (r.method == "GET" && r.target == "/api/v1/statuses/77")
                return ++gets == 1 ? ScriptedReply::json(429, R"({"error":"slow down"})",
                                                         {{"Retry-After", "0"}})
                                   : ScriptedReply::json(200, status);
            if (r.method == "POST" && r.target == "/api/v1/statuses/77/favourite")
                return ScriptedReply::json(200, status);
            return ScriptedReply::json(404, R"({"error":"Record not found"})");
        };
        Client c;
        QVERIFY(c.open(newPath(), peer.url(), "token"));
        api::RetryPolicy none;
        none.maxRetries = 0; // the runner's own back-off is under test
        none.maxRateLimitWaits = 0;
        c.api->setRetryPolicy(none);
        const qint64 post = c.queue->enqueue(makePost(QStringLiteral("hello")));
        const qint64 fav =
            c.queue->enqueue(make(Kind::Favourite, QStringLiteral("local:%1").arg(post)));
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->start();
        QVERIFY(drained.wait(20'000));
        QCOMPARE(c.queue->action(post)->state, Action::State::Done);
        QCOMPARE(c.queue->action(post)->attempts, 3); // 503, 503, 200
        QCOMPARE(c.queue->action(post)->resultId, QStringLiteral("77"));
        QCOMPARE(c.queue->action(fav)->state, Action::State::Done);
        QCOMPARE(c.queue->action(fav)->attempts, 2); // 429 on the check, then check + send
        QStringList keys;
        QList<qint64> postTimes;
        for (const RecordedRequest &r : std::as_const(peer.requests)) {
            if (r.target == "/api/v1/statuses") {
                keys.append(QString::fromLatin1(r.header("Idempotency-Key")));
                postTimes.append(r.atMs);
            }
        }
        QCOMPARE(keys.size(), 3);
        QVERIFY(!keys[0].isEmpty());
        QCOMPARE(keys[1], keys[0]);
        QCOMPARE(keys[2], keys[0]);
        // Backed off (100 ms minimum, doubling, ±20%) rather than hammering.
        QVERIFY2(postTimes[1] - postTimes[0] >= 70,
                 qPrintable(QString::number(postTimes[1] - postTimes[0])));
        QVERIFY2(postTimes[2] - postTimes[1] >= 150,
                 qPrintable(QString::number(postTimes[2] - postTimes[1])));
        QCOMPARE(gets, 2);
    }

    void killedMidSending_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::addColumn<int>("n");
        // ack: the server has done it, the acknowledgement is not written.
        QTest::newRow("after the 1st post, before its ack") << "ack" << 1;
        QTest::newRow("after the 6th post, before its ack") << "ack" << 6;
        QTest::newRow("after a favourite, before its ack") << "ack" << 13;
        QTest::newRow("after a boost, before its ack") << "ack" << 22;
        // send: Sending is on disk, the request never left.
        QTest::newRow("3rd post marked sending, not sent") << "send" << 3;
        QTest::newRow("a boost marked sending, not sent") << "send" << 21;
    }
    void killedMidSending()
    {
        QFETCH(QString, moment);
        QFETCH(int, n);
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        const auto bob = server.addUser(QStringLiteral("bob"));
        const QStringList b = postAs(server, bob, 10, QStringLiteral("bob"));
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());

        QProcess child;
        QByteArray out;
        connect(&child, &QProcess::readyReadStandardOutput, this,
                [&] { out += child.readAllStandardOutput(); });
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--queue-child"), path, server.url().toString(),
                     QString::fromLatin1(alice.token), b.join(u','), moment, QString::number(n)});
        QVERIFY(child.waitForStarted());
        // The server runs in this process: keep its event loop turning while the child works.
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("FROZEN"), 30'000);
        QVERIFY(!out.contains("DRAINED"));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5'000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Client c;
        QVERIFY(c.open(path, server.url(), alice.token));
        const auto sending = c.queue->actions(Action::State::Sending);
        QCOMPARE(sending.size(), 1); // the action whose outcome the child never learned
        QCOMPARE(c.queue->outstandingCount(), 24 - (n - 1));
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->start();
        QVERIFY(drained.wait(30'000));
        QCOMPARE(c.queue->actions(Action::State::Done).size(), 24);

        QStringList expected;
        for (int i = 0; i < 10; ++i)
            expected.append(QStringLiteral("kill post %1").arg(i));
        QCOMPARE(ownTexts(server, alice), expected); // each post exactly once
        QCOMPARE(listIds(server, alice, QStringLiteral("/api/v1/favourites")), [&] {
            QStringList s = b;
            s.sort();
            return s;
        }());
        for (int i = 0; i < 10; ++i) {
            const QJsonObject s = statusAs(server, bob, b.at(i));
            QCOMPARE(s.value(u"favourites_count").toInt(), 1);
            QCOMPARE(s.value(u"reblogs_count").toInt(), i < 4 ? 1 : 0);
        }
    }

    void permanentFailureKeepsTheDraft()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        const auto bob = server.addUser(QStringLiteral("bob"));
        const QStringList b = postAs(server, bob, 1, QStringLiteral("bob"));
        const QString tooLong(600, u'x'); // the server allows 500
        const auto direct =
            server.postJson(QStringLiteral("/api/v1/statuses"),
                            QJsonObject{{QStringLiteral("status"), tooLong}}, alice.token);
        QCOMPARE(direct.status, 422);
        const QString serverMessage = direct.object().value(u"error").toString();
        QVERIFY(!serverMessage.isEmpty());

        Client c;
        QVERIFY(c.open(newPath(), server.url(), alice.token));
        Action draft = makePost(tooLong);
        draft.spoilerText = QStringLiteral("long one");
        const qint64 seq = c.queue->enqueue(draft);
        const qint64 reply = c.queue->enqueue(
            makePost(QStringLiteral("reply to it"), QStringLiteral("local:%1").arg(seq)));
        const qint64 missing = c.queue->enqueue(make(Kind::Favourite, QStringLiteral("999999")));
        const qint64 fav = c.queue->enqueue(make(Kind::Favourite, b.at(0)));
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->start();
        QVERIFY(drained.wait(20'000));

        const Action failed = *c.queue->action(seq);
        QCOMPARE(failed.state, Action::State::Failed);
        QCOMPARE(failed.error, serverMessage);
        QCOMPARE(failed.text, tooLong); // the draft is kept for the user
        QCOMPARE(failed.spoilerText, QStringLiteral("long one"));
        QCOMPARE(failed.attempts, 1); // not retried
        QCOMPARE(c.queue->action(reply)->state, Action::State::Failed);
        QVERIFY(c.queue->action(reply)->error.contains(u"refers to"));
        QCOMPARE(c.queue->action(missing)->state, Action::State::Failed);
        QVERIFY(!c.queue->action(missing)->error.isEmpty());
        QCOMPARE(c.queue->action(fav)->state, Action::State::Done); // the queue moved on
        QVERIFY(ownTexts(server, alice).isEmpty());

        // The user shortens it and tries again.
        QVERIFY(c.queue->discard(seq));
        c.queue->enqueue(makePost(QStringLiteral("short now")));
        c.runner->start();
        QVERIFY(drained.wait(20'000));
        QCOMPARE(ownTexts(server, alice), QStringList{QStringLiteral("short now")});
    }

    void unauthorizedPausesTheQueue()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        Client c;
        QVERIFY(c.open(newPath(), server.url(), "revoked-or-wrong-token"));
        const qint64 seq = c.queue->enqueue(makePost(QStringLiteral("after login")));
        QSignalSpy auth(c.runner.get(), &QueueRunner::authenticationRequired);
        c.runner->start();
        QVERIFY(auth.wait(10'000));
        QCOMPARE(c.runner->state(), QueueRunner::State::AuthPaused);
        QTest::qWait(300); // paused: no retries meanwhile
        QCOMPARE(c.queue->action(seq)->state, Action::State::Pending);
        QCOMPARE(c.queue->action(seq)->attempts, 1);

        c.api->setAccessToken(QString::fromLatin1(alice.token)); // the new login
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->resume();
        QVERIFY(drained.wait(10'000));
        QCOMPARE(c.queue->action(seq)->state, Action::State::Done);
        QCOMPARE(ownTexts(server, alice), QStringList{QStringLiteral("after login")});
    }

    void unreadableMediaFailsWithoutSending()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        Client c;
        QVERIFY(c.open(newPath(), server.url(), alice.token));
        Action post = makePost(QStringLiteral("with a picture"));
        post.media.append(
            {m_dir.filePath(QStringLiteral("no-such.png")), QStringLiteral("alt"), {}});
        const qint64 seq = c.queue->enqueue(post);
        QSignalSpy drained(c.runner.get(), &QueueRunner::drained);
        c.runner->start();
        QVERIFY(drained.wait(10'000));
        QCOMPARE(c.queue->action(seq)->state, Action::State::Failed);
        QVERIFY2(c.queue->action(seq)->error.contains(u"no-such.png"),
                 qPrintable(c.queue->action(seq)->error));
        QCOMPARE(c.queue->action(seq)->media.value(0).description, QStringLiteral("alt"));
        QVERIFY(ownTexts(server, alice).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--queue-child") == 0)
        return runQueueChild(app.arguments());
    TestActionQueue test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_actionqueue.moc"
