// AccountSession against the real bundled server: timeline → stream mapping, ref-counted
// subscriptions, streamed events in the cache, and the REST catch-up after (re)connecting.
#include "sessionfixture.h"

#include "api/apiclient.h"
#include "cache/database.h"
#include "server/context.h"
#include "server/streaming/hub.h"
#include "session/streamsync.h"
#include "session/timelinestreams.h"

#include "cache/actionqueue.h"
#include "cache/queuerunner.h"

#include <QSignalSpy>
#include <QTcpServer>

using tusk::session::AccountSession;
using tusk::session::StreamSync;
using tusk::streaming::StreamingClient;
using tusk::test::SessionFixture;
using namespace std::chrono_literals;

class TestSession : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void timelineStreams_data();
    void timelineStreams();
    void cacheFileIsTheAccounts();
    void openTimelineSubscribesRefCounted();
    void streamedUpdatesReachOpenTimelines();
    void deleteRemovesEverywhere();
    void notificationsFromTheUserStream();
    void catchUpOnOpen();
    void catchUpAfterAbsenceFillsHome_data();
    void catchUpAfterAbsenceFillsHome();
    void noFiltersNoChange();
    void failedCatchUpLeavesAGap();
    void filtersFetchedAndRefetchedOnChange();
    void directConversations();
    void listStream();
    void queuedActionWakesIdleRunner();

private:
    std::unique_ptr<SessionFixture> f;
};

void TestSession::init()
{
    f = std::make_unique<SessionFixture>();
    QVERIFY(f->setUp());
}

void TestSession::cleanup()
{
    f.reset();
}

void TestSession::timelineStreams_data()
{
    QTest::addColumn<QString>("timeline");
    QTest::addColumn<QString>("key"); // empty: no stream
    QTest::newRow("home") << "home"
                          << "user";
    QTest::newRow("notifications") << "notifications"
                                   << "user";
    QTest::newRow("local") << "local"
                           << "public:local";
    QTest::newRow("federated") << "federated"
                               << "public";
    QTest::newRow("tag, case folded") << "tag:Rust"
                                      << "hashtag/rust";
    QTest::newRow("list") << "list:42"
                          << "list/42";
    QTest::newRow("direct") << "direct"
                            << "direct";
    QTest::newRow("conversations") << "conversations"
                                   << "direct";
    QTest::newRow("bookmarks") << "bookmarks"
                               << "";
    QTest::newRow("favourites") << "favourites"
                                << "";
    QTest::newRow("account") << "account:7"
                             << "";
    QTest::newRow("thread") << "thread:7"
                            << "";
    QTest::newRow("empty tag") << "tag:"
                               << "";
}

void TestSession::timelineStreams()
{
    QFETCH(QString, timeline);
    QFETCH(QString, key);
    const auto ref = tusk::session::streamForTimeline(timeline);
    QCOMPARE(ref ? ref->key() : QString(), key);
}

void TestSession::cacheFileIsTheAccounts()
{
    auto s = f->session();
    QVERIFY2(s->isCacheOpen(), qPrintable(s->cacheError()));
    QCOMPARE(s->cachePath(),
             tusk::cache::Database::pathForAccount(f->record().key, f->cacheDir.path()));
    QVERIFY(QFile::exists(s->cachePath()));
    QCOMPARE(s->accountKey(), f->record().key);
    QCOMPARE(s->ownAccountId(), f->alice.idString);
}

void TestSession::openTimelineSubscribesRefCounted()
{
    auto s = f->session();
    const auto &hub = *f->server->server().core().hub;
    s->openTimeline("home");
    s->openTimeline("home");
    s->openTimeline("notifications"); // the same user stream
    s->openTimeline("bookmarks");     // no stream
    QCOMPARE(s->streaming()->subscriptions(), QStringList{"user"});
    QCOMPARE(s->streaming()->subscriberCount("user"), 2);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_COMPARE_WITH_TIMEOUT(hub.subscriberCount(), 1, 3000);

    s->closeTimeline("home");
    QCOMPARE(s->openCount("home"), 1);
    s->closeTimeline("home");
    s->closeTimeline("home"); // one close too many is harmless
    QCOMPARE(s->openCount("home"), 0);
    QCOMPARE(s->streaming()->subscriberCount("user"), 1);
    s->closeTimeline("notifications");
    QVERIFY(s->streaming()->subscriptions().isEmpty());
    QCOMPARE(s->openTimelines(), QStringList{"bookmarks"});

    s->openTimeline("local");
    QCOMPARE(s->streaming()->subscriptions(), QStringList{"public:local"});
    s->stop();
    QCOMPARE(s->streaming()->state(), StreamingClient::State::Disconnected);
    QVERIFY(!s->isStarted());

    // Stopped and started again before the server's answer came: still starts once.
    s->start();
    s->stop();
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTest::qWait(200);
    QCOMPARE(s->streaming()->connectionCount(), 2);
}

void TestSession::streamedUpdatesReachOpenTimelines()
{
    auto s = f->session();
    s->openTimeline("home");
    s->openTimeline("local");
    s->openTimeline("tag:Rust");
    QSignalSpy caught(s->streamSync(), &StreamSync::catchUpFinished);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 3, 5000);
    QTest::qWait(100); // subscribe frames read by the server

    const QString plain = f->post(f->bob, "hello");
    const QString tagged = f->post(f->bob, "about #rust");
    const QString own = f->post(f->alice, "mine");
    auto *cache = s->cache();
    QTRY_COMPARE_WITH_TIMEOUT(cache->itemIds("home"), QStringList({own, tagged, plain}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cache->itemIds("local"), QStringList({own, tagged, plain}), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(cache->itemIds("tag:Rust"), QStringList{tagged}, 5000);
    QVERIFY(cache->itemIds("federated").isEmpty()); // not open: not fed
    QVERIFY(cache->gaps("home").isEmpty());
    QVERIFY(s->streamSync()->isCaughtUp("home"));
    QVERIFY(s->streamSync()->eventsApplied() >= 7);
}

void TestSession::deleteRemovesEverywhere()
{
    auto s = f->session();
    s->openTimeline("home");
    s->openTimeline("local");
    QSignalSpy caught(s->streamSync(), &StreamSync::catchUpFinished);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 2, 5000);
    QTest::qWait(100);
    const QString keep = f->post(f->bob, "stays");
    const QString gone = f->post(f->bob, "goes");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home").size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("local").size(), 2, 5000);
    QCOMPARE(f->server->del("/api/v1/statuses/" + gone, f->bob.token).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home"), QStringList{keep}, 5000);
    QCOMPARE(s->cache()->itemIds("local"), QStringList{keep});
    QVERIFY(!s->cache()->status(gone));
}

void TestSession::notificationsFromTheUserStream()
{
    auto s = f->session();
    s->openTimeline("notifications");
    QSignalSpy caught(s->streamSync(), &StreamSync::catchUpFinished);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 1, 5000);
    QTest::qWait(100);
    const QString mention = f->post(f->bob, "@alice hi");
    f->post(f->bob, "no mention");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("notifications").size(), 1, 5000);
    const auto n = s->cache()->notification(s->cache()->itemIds("notifications").first());
    QVERIFY(n);
    QCOMPARE(n->type, "mention");
    QVERIFY(n->status);
    QCOMPARE(n->status->id, mention);
    // Home is not open: its statuses are not written.
    QVERIFY(s->cache()->itemIds("home").isEmpty());
}

void TestSession::catchUpOnOpen()
{
    QStringList before;
    for (int i = 0; i < 5; ++i)
        before.prepend(f->post(f->bob, QStringLiteral("before %1").arg(i)));
    auto s = f->session();
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    // Opened while connected: subscribed and caught up at once.
    QSignalSpy caught(s->streamSync(), &StreamSync::catchUpFinished);
    s->openTimeline("home");
    QTRY_COMPARE_WITH_TIMEOUT(caught.size(), 1, 5000);
    QCOMPARE(caught.first().at(1).toBool(), true);
    QCOMPARE(s->cache()->itemIds("home"), before);
    QTest::qWait(100);
    const QString after = f->post(f->bob, "after");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home"), QStringList{after} + before, 5000);
    QVERIFY(s->cache()->gaps("home").isEmpty());
}

void TestSession::catchUpAfterAbsenceFillsHome_data()
{
    QTest::addColumn<int>("missed");
    QTest::addColumn<bool>("sse");
    QTest::newRow("within one page, WebSocket") << 7 << false;
    QTest::newRow("five pages, WebSocket") << 95 << false;
    QTest::newRow("five pages, SSE") << 95 << true;
}

void TestSession::catchUpAfterAbsenceFillsHome()
{
    QFETCH(int, missed);
    QFETCH(bool, sse);
    QStringList expected;
    {
        auto s = f->session();
        s->loader()->setPageSize(20);
        s->openTimeline("home");
        s->start();
        QVERIFY(SessionFixture::waitConnected(*s));
        QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("home"), 5000);
        QTest::qWait(100);
        for (int i = 0; i < 3; ++i)
            expected.prepend(f->post(f->bob, QStringLiteral("seen %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home"), expected, 5000);
    } // the app quits

    for (int i = 0; i < missed; ++i)
        expected.prepend(f->post(f->bob, QStringLiteral("missed %1").arg(i)));

    // Next run: same cache; the stream resumes and the catch-up plus gap filling bring the rest.
    auto s = f->session();
    if (sse)
        s->streaming()->setTransport(StreamingClient::Transport::ServerSentEvents);
    s->loader()->setPageSize(20);
    QCOMPARE(s->cache()->itemIds("home").size(), 3);
    QSignalSpy filled(s->streamSync(), &StreamSync::gapsFilled);
    s->openTimeline("home");
    s->start();
    QTRY_COMPARE_WITH_TIMEOUT(filled.size(), 1, 10'000);
    QCOMPARE(filled.first().at(1).toBool(), true);
    QCOMPARE(s->cache()->itemIds("home"), expected);
    QVERIFY(s->cache()->gaps("home").isEmpty());
    QCOMPARE(s->streaming()->newestStatusId("user"), expected.at(missed));

    QTest::qWait(100);
    const QString live = f->post(f->bob, "live");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home").value(0), live, 5000);
    QCOMPARE(s->cache()->itemIds("home").size(), expected.size() + 1);
}

void TestSession::noFiltersNoChange()
{
    // No filters: nothing changes and nothing is reported.
    auto s = f->session();
    QSignalSpy errors(s.get(), &AccountSession::error);
    QSignalSpy changed(s.get(), &AccountSession::filtersChanged);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTest::qWait(300);
    QVERIFY(s->filters().isEmpty());
    QCOMPARE(errors.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void TestSession::filtersFetchedAndRefetchedOnChange()
{
    QCOMPARE(f->server
                 ->postJson("/api/v2/filters",
                            {{"title", "Before"}, {"context", QJsonArray{"home"}}}, f->alice.token)
                 .status,
             200);
    auto s = f->session();
    QSignalSpy changed(s.get(), &AccountSession::filtersChanged);
    s->openTimeline("home"); // the user stream carries filters_changed
    s->start();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    QCOMPARE(s->filters().size(), 1);
    QCOMPARE(s->filters().first().title, "Before");
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("home"), 5000);
    QTest::qWait(100);

    // Another client adds one: the stream says so and the session fetches them again.
    QCOMPARE(
        f->server
            ->postJson(
                "/api/v2/filters",
                {{"title", "After"}, {"context", QJsonArray{"public"}}, {"filter_action", "hide"}},
                f->alice.token)
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
    QStringList titles;
    for (const tusk::Filter &filter : s->filters())
        titles << filter.title;
    titles.sort();
    QCOMPARE(titles, QStringList({"After", "Before"}));
}

void TestSession::directConversations()
{
    auto s = f->session();
    s->openTimeline("direct");
    QCOMPARE(s->streaming()->subscriptions(), QStringList{"direct"});
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("direct"), 5000);
    QTest::qWait(100);
    const QString dm = f->post(f->bob, "@alice just us", "direct");
    f->post(f->bob, "for everyone");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("direct"), QStringList{dm}, 5000);
    QCOMPARE(s->cache()->status(dm)->visibility, "direct");
}

void TestSession::listStream()
{
    const auto list =
        f->server->postForm("/api/v1/lists", {{"title", "friends"}}, f->alice.token).object();
    const QString listId = list.value("id").toString();
    QVERIFY(!listId.isEmpty());
    QCOMPARE(f->server
                 ->postForm("/api/v1/lists/" + listId + "/accounts",
                            {{"account_ids[]", f->bob.idString}}, f->alice.token)
                 .status,
             200);
    const QString before = f->post(f->bob, "listed before");
    auto s = f->session();
    s->openTimeline("list:" + listId);
    QCOMPARE(s->streaming()->subscriptions(), QStringList{"list/" + listId});
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("list:" + listId), 5000);
    QCOMPARE(s->cache()->itemIds("list:" + listId), QStringList{before}); // the catch-up
    QTest::qWait(100);
    const QString live = f->post(f->bob, "listed live");
    QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("list:" + listId), QStringList({live, before}),
                              5000);
}

// The stream works but REST does not (the instance URL points at a closed port; the stream is
// pointed at the server): the catch-up fails, and what the stream brings goes in above a gap
// rather than pretending to continue the old top.
void TestSession::failedCatchUpLeavesAGap()
{
    QStringList old;
    {
        auto s = f->session();
        s->openTimeline("home");
        s->start();
        QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("home"), 5000);
        QTest::qWait(100);
        for (int i = 0; i < 3; ++i)
            old.prepend(f->post(f->bob, QStringLiteral("old %1").arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(s->cache()->itemIds("home"), old, 5000);
    }
    const QString missed = f->post(f->bob, "missed while away");

    QTcpServer probe; // a port nobody listens on once closed
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    tusk::auth::AccountRecord record = f->record();
    record.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort()));
    record.key = f->record().key; // the same cache
    probe.close();
    AccountSession s(record, QString::fromUtf8(f->alice.token), &f->nam, f->cacheDir.path());
    s.api()->setRetryPolicy({0, 50ms, 50ms, 0, 0ms});
    s.streaming()->setUseSystemReachability(false);
    s.streaming()->setInstanceUrl(f->server->url());
    s.streamSync()->setRetryDelay(200ms, 2);
    QSignalSpy caught(s.streamSync(), &StreamSync::catchUpFinished);
    s.openTimeline("home");
    s.start();
    QVERIFY(SessionFixture::waitConnected(s, 10'000));
    QTRY_VERIFY_WITH_TIMEOUT(!caught.isEmpty(), 10'000);
    QCOMPARE(caught.first().at(1).toBool(), false);
    QTest::qWait(100);

    const QString live1 = f->post(f->bob, "live 1");
    const QString live2 = f->post(f->bob, "live 2");
    QTRY_COMPARE_WITH_TIMEOUT(s.cache()->itemIds("home"), QStringList({live2, live1}) + old, 5000);
    const QList<tusk::cache::Gap> gaps = s.cache()->gaps("home");
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().maxId, live1);
    QCOMPARE(gaps.first().minId, old.first());
    QVERIFY(!s.cache()->status(missed));
    // Retries (catch-up, then gap filling) fail too and give up after their budget; the gap
    // stays for a model (or the next connection) to fill.
    QTest::qWait(1000);
    QCOMPARE(s.cache()->gaps("home").size(), 1);
    QCOMPARE(s.cache()->itemIds("home").size(), 5);
    // The stream stayed up all along: a later post continues the top, no new gap.
    const QString live3 = f->post(f->bob, "live 3");
    QTRY_COMPARE_WITH_TIMEOUT(s.cache()->itemIds("home").size(), 6, 5000);
    QCOMPARE(s.cache()->itemIds("home"), QStringList({live3, live2, live1}) + old);
    QCOMPARE(s.cache()->gaps("home"), gaps);
}

// An action queued while the runner sits idle with an empty queue is sent without anyone
// calling runner()->start() again.
void TestSession::queuedActionWakesIdleRunner()
{
    auto s = f->session();
    const QString target = f->post(f->bob, "favourite me");
    s->start();
    QTRY_COMPARE_WITH_TIMEOUT(s->runner()->state(), tusk::cache::QueueRunner::State::Idle, 5000);
    QTest::qWait(200); // stays idle: nothing to send
    tusk::cache::Action action;
    action.kind = tusk::cache::Action::Kind::Favourite;
    action.targetId = target;
    QVERIFY(s->actions()->enqueue(action) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        f->server->get("/api/v1/statuses/" + target + "/favourited_by", f->bob.token)
            .body.contains("\"alice\""),
        5000);
    QTRY_VERIFY_WITH_TIMEOUT(s->actions()->actions(tusk::cache::Action::State::Pending).isEmpty(),
                             5000);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
