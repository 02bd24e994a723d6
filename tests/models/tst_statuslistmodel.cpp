// The models over a real SQLite cache, without a server: the cached window, paging, incremental
// changes, pending overlay, drafts, filters, reading positions, the spoken summary, notification
// grouping and thread depth. (Against the bundled server: tst_models_server.)
#include "api/apiclient.h"
#include "cache/notificationgroups.h"
#include "cache/timelineloader.h"
#include "models/notificationsmodel.h"
#include "models/threadmodel.h"
#include "models/timelinemodel.h"
#include "modeltestdata.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace tusk;
using namespace tusk::cache;
using namespace tusk::models;
using namespace tusk::modeltest;
using R = StatusListModel::Role;

Q_DECLARE_METATYPE(FilterVerdict::Action)

namespace {

Status withFilter(Status s, const QString &title, const QString &action,
                  const QStringList &context = {QStringLiteral("home")},
                  std::optional<QDateTime> expires = std::nullopt)
{
    FilterResult r;
    r.filter.id = title;
    r.filter.title = title;
    r.filter.filterAction = action;
    r.filter.context = context;
    r.filter.expiresAt = expires;
    r.keywordMatches = QStringList{QStringLiteral("word")};
    s.filtered.append(r);
    return s;
}

} // namespace

class TestStatusListModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void coldStartShowsCachedRowsBeforeTheNetwork()
    {
        CacheFixture f;
        QVERIFY2(f.open(), qPrintable(f.error));
        QVERIFY(f.fill(QStringLiteral("home"), 2000));
        // A server that accepts connections and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this,
                [&] { held.append(silent.nextPendingConnection()); });
        QNetworkAccessManager nam;
        api::ApiClient client(&nam,
                              QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
        TimelineLoader loader(&client, f.cache.get());

        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), &loader, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        // Synchronously there, before any event (let alone a reply) was processed.
        QCOMPARE(model.rowCount(), 40);
        QVERIFY(model.isLoading());
        QCOMPARE(roleString(model, 0, R::ItemIdRole), QStringLiteral("2000"));
        QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"status 2000"));
        QCOMPARE(roleString(model, 39, R::ItemIdRole), QStringLiteral("1961"));
        QVERIFY(model.canFetchMore({}));
        // The request did go out and is still unanswered.
        QTRY_COMPARE(held.size(), 1);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 40);
    }

    void networkFailureKeepsTheCachedRows()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 100, 41)); // older ones exist on the server
        // A port nobody listens on: connection refused.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager nam;
        api::ApiClient client(&nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        TimelineLoader loader(&client, f.cache.get());
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &StatusListModel::errorChanged);
        model.setSources(f.cache.get(), &loader, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20'000);
        QVERIFY(!model.error().isEmpty());
        QVERIFY(!errors.isEmpty());
        QCOMPARE(model.rowCount(), 40);
        // The cache pages on; past it the server is asked once, and after that failure the view
        // is not invited to retry in a loop.
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 60);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20'000);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.rowCount(), 60);
        // refresh() tries again.
        model.refresh();
        QVERIFY(model.error().isEmpty());
        QVERIFY(model.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20'000);
        QVERIFY(!model.error().isEmpty());
    }

    void pagesThroughTheCache()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("local"), 130));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("local"));
        QCOMPARE(model.rowCount(), 40);
        int pages = 0;
        while (model.canFetchMore({})) {
            QVERIFY(++pages < 10);
            model.fetchMore({});
        }
        QCOMPARE(pages, 3); // 40 + 40 + 40 + 10
        const QStringList ids = statusIds(model);
        QCOMPARE(ids.size(), 130);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 130);
        QCOMPARE(ids.first(), QStringLiteral("130"));
        QCOMPARE(ids.last(), QStringLiteral("1"));
        QCOMPARE(model.count(), 130);
    }

    // Issue #5: only a window of rows is realised. Opening reads one page of a 2,000-item cache;
    // rows past it come only through fetchMore; scrolling through all of them (every row's
    // presentation asked for, as a view would) keeps at most 300 presentations.
    void onlyAWindowIsRealised()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 2000));
        TimelineModel model;
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(model.presentedRowCount(), 0); // nothing shown yet, nothing rendered
        for (int i = 0; i < 40; ++i)
            QVERIFY(!roleString(model, i, R::ContentHtmlRole).isEmpty());
        QCOMPARE(model.presentedRowCount(), 40);
        int seen = 0;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            for (; seen < model.rowCount(); ++seen)
                QVERIFY(!roleString(model, seen, R::AccessibleSummaryRole).isEmpty());
            QVERIFY(model.presentedRowCount() <= 300);
        }
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(model.presentedRowCount(), 300);
        // Scrolling back up renders the top rows again, still within the bound.
        QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"status 2000"));
        QCOMPARE(model.presentedRowCount(), 300);
    }

    void changesAreAppliedIncrementally()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 50));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.rowCount(), 40);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // A streamed status goes in at the top.
        QVERIFY(f.cache->addStreamedStatus(QStringLiteral("home"), cachetest::makeStatus("51")));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(roleString(model, 0, R::ItemIdRole), QStringLiteral("51"));
        // A burst in one batch: each lands in place, still no reset.
        {
            TimelineCache::Batch batch(*f.cache);
            for (int i = 52; i <= 60; ++i)
                f.cache->addStreamedStatus(QStringLiteral("home"),
                                           cachetest::makeStatus(QString::number(i)));
        }
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(statusIds(model).mid(0, 3), (QStringList{"60", "59", "58"}));
        // A boost shows the original with its booster.
        const Status original = cachetest::makeStatus("5", "7", "<p>boosted text</p>");
        QVERIFY(f.cache->addStreamedStatus(QStringLiteral("home"),
                                           cachetest::makeBoost("61", "8", original)));
        QCOMPARE(roleString(model, 0, R::ItemIdRole), QStringLiteral("61"));
        QCOMPARE(roleString(model, 0, R::StatusIdRole), QStringLiteral("5"));
        QCOMPARE(roleString(model, 0, R::AuthorIdRole), QStringLiteral("7"));
        QCOMPARE(roleString(model, 0, R::BoostedByIdRole), QStringLiteral("8"));
        QVERIFY(roleString(model, 0, R::BoostedByDisplayNameRole).contains(u"User 8"));
        QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"boosted text"));

        // An edit changes the row in place.
        Status edited = cachetest::makeStatus("55", "1", "<p>edited text</p>");
        edited.editedAt = QDateTime::currentDateTimeUtc();
        changed.clear();
        QVERIFY(f.cache->updateStatus(edited));
        const int row = model.rowOfStatus(QStringLiteral("55"));
        QVERIFY(row >= 0);
        QVERIFY(!changed.isEmpty());
        QVERIFY(roleString(model, row, R::ContentHtmlRole).contains(u"edited text"));
        QVERIFY(model.data(model.index(row), R::EditedAtRole).toDateTime().isValid());

        // A delete removes the row.
        const int before = model.rowCount();
        QVERIFY(f.cache->deleteStatus(QStringLiteral("55")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(model.rowOfStatus(QStringLiteral("55")), -1);
        QCOMPARE(reset.size(), 0);

        // Items older than the realised window are left for fetchMore; paging on still sees
        // every item exactly once.
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QStringList ids = statusIds(model);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QCOMPARE(ids.size(), f.cache->itemCount(QStringLiteral("home")));
        QCOMPARE(reset.size(), 0);
    }

    void gapRowsSitBetweenRanges()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 100, 61));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A newest page that does not reach what is stored: a gap between 161 and 100.
        QVERIFY(f.cache->insertPage(QStringLiteral("home"), cachetest::range(200, 161), {}));
        QCOMPARE(reset.size(), 0);
        const int gap = firstGapRow(model);
        QCOMPARE(gap, 40);
        QCOMPARE(roleString(model, gap - 1, R::ItemIdRole), QStringLiteral("161"));
        QCOMPARE(roleString(model, gap + 1, R::ItemIdRole), QStringLiteral("100"));
        QCOMPARE(model.data(model.index(gap), R::GapLoadingRole).toBool(), false);
        QVERIFY(!roleString(model, gap, R::AccessibleSummaryRole).isEmpty());
        // Part of it filled from the bottom: the gap shrinks and stays in place.
        PageInfo info;
        info.minId = QStringLiteral("100");
        QVERIFY(f.cache->insertPage(QStringLiteral("home"), cachetest::range(120, 101), info));
        QCOMPARE(firstGapRow(model), 40);
        QCOMPARE(roleString(model, 41, R::ItemIdRole), QStringLiteral("120"));
        // The rest: no gap row left, every id once, in order.
        // The rest from the top, down to a stored item: nothing can be missing any more.
        info = {};
        info.maxId = QStringLiteral("161");
        QVERIFY(f.cache->insertPage(QStringLiteral("home"), cachetest::range(160, 120), info));
        QCOMPARE(f.cache->gaps(QStringLiteral("home")).size(), 0);
        QCOMPARE(firstGapRow(model), -1);
        QStringList expected;
        for (int i = 200; i >= 61; --i)
            expected << QString::number(i);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(statusIds(model), expected);
        QCOMPARE(reset.size(), 0);
    }

    void pendingActionsShowOnTheRow()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 10));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get(), QStringLiteral("1"));
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.data(model.index(2), R::FavouritedRole).toBool(), false);
        QCOMPARE(model.data(model.index(2), R::IsOwnRole).toBool(), true);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.favourite(2, true);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.data(model.index(2), R::FavouritedRole).toBool(), true);
        QCOMPARE(model.data(model.index(2), R::FavouritesCountRole).toInt(), 1);
        QCOMPARE(roleString(model, 2, R::PendingStateRole), QStringLiteral("sending"));
        model.bookmark(3, true);
        QCOMPARE(model.data(model.index(3), R::BookmarkedRole).toBool(), true);
        model.boost(4, true);
        QCOMPARE(model.data(model.index(4), R::RebloggedRole).toBool(), true);
        QCOMPARE(model.data(model.index(4), R::ReblogsCountRole).toInt(), 1);
        // The queued action is what the model said it would be.
        const QList<Action> queued = f.actions->actions();
        QCOMPARE(queued.size(), 3);
        QCOMPARE(queued.at(0).kind, Action::Kind::Favourite);
        QCOMPARE(queued.at(0).targetId, QStringLiteral("8"));
        // A permanent failure: the row says so, with the server's words.
        QVERIFY(f.actions->markSending(queued.at(0).seq));
        QVERIFY(f.actions->markFailed(queued.at(0).seq, QStringLiteral("Record not found")));
        QCOMPARE(roleString(model, 2, R::PendingStateRole), QStringLiteral("failed"));
        QCOMPARE(roleString(model, 2, R::PendingErrorRole), QStringLiteral("Record not found"));
        QCOMPARE(model.data(model.index(2), R::FavouritedRole).toBool(), false);
        // Done: the overlay goes away.
        QVERIFY(f.actions->discard(queued.at(0).seq));
        QCOMPARE(roleString(model, 2, R::PendingStateRole), QString());
        // A vote names the poll; the row shows it as cast while it waits.
        Status polled = cachetest::makeStatus("11");
        Poll poll;
        poll.id = QStringLiteral("poll-11");
        poll.voted = false;
        PollOption yes, no;
        yes.title = QStringLiteral("yes");
        no.title = QStringLiteral("no");
        poll.options = {yes, no};
        polled.poll = poll;
        QVERIFY(f.cache->addStreamedStatus(QStringLiteral("home"), polled));
        QCOMPARE(model.rowOfStatus(QStringLiteral("11")), 0);
        QCOMPARE(model.data(model.index(0), R::PollRole).toMap().value("voted").toBool(), false);
        model.vote(0, {1});
        QCOMPARE(f.actions->actions().last().kind, Action::Kind::PollVote);
        QCOMPARE(f.actions->actions().last().targetId, QStringLiteral("poll-11"));
        const QVariantMap shown = model.data(model.index(0), R::PollRole).toMap();
        QCOMPARE(shown.value("voted").toBool(), true);
        QCOMPARE(shown.value("ownVotes").toList(), QVariantList{1});
        QCOMPARE(roleString(model, 0, R::PendingStateRole), QStringLiteral("sending"));

        // Delete goes through the queue too (rows below the new one moved down by one).
        model.deleteStatus(6);
        QCOMPARE(f.actions->actions().last().kind, Action::Kind::Delete);
        QCOMPARE(f.actions->actions().last().targetId, QStringLiteral("5"));
        QCOMPARE(roleString(model, 6, R::PendingStateRole), QStringLiteral("sending"));
    }

    void draftsOfQueuedPostsOnTop()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 5));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get(), QStringLiteral("1"));
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.rowCount(), 5);
        Action post;
        post.kind = Action::Kind::Post;
        post.text = QStringLiteral("written <offline>");
        const qint64 seq = f.actions->enqueue(post);
        QVERIFY(seq > 0);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(roleString(model, 0, R::ItemIdRole), QStringLiteral("local:%1").arg(seq));
        QCOMPARE(roleString(model, 0, R::PendingStateRole), QStringLiteral("sending"));
        QCOMPARE(roleString(model, 0, R::ContentHtmlRole),
                 QStringLiteral("written &lt;offline&gt;"));
        QCOMPARE(roleString(model, 1, R::ItemIdRole), QStringLiteral("5"));
        QCOMPARE(model.rowOfStatus(QStringLiteral("5")), 1);
        QVERIFY(f.actions->markSending(seq));
        QVERIFY(f.actions->markDone(seq, QStringLiteral("6")));
        QCOMPARE(model.rowCount(), 5);
        // Other timelines do not show drafts.
        TimelineModel local;
        local.setSources(f.cache.get(), nullptr, f.actions.get());
        local.setTimeline(QStringLiteral("local"));
        f.actions->enqueue(post);
        QCOMPARE(local.rowCount(), 0);
        QCOMPARE(model.rowCount(), 6);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QStringList>("context");
        QTest::addColumn<int>("expiresInSecs"); // 0: never
        QTest::addColumn<QString>("expected");  // "hidden", "warn", ""
        QTest::newRow("hide") << "hide" << QStringList{"home"} << 0 << "hidden";
        QTest::newRow("warn") << "warn" << QStringList{"home"} << 0 << "warn";
        QTest::newRow("blur warns") << "blur" << QStringList{"home", "public"} << 0 << "warn";
        QTest::newRow("other context") << "hide" << QStringList{"public"} << 0 << "";
        QTest::newRow("expired") << "hide" << QStringList{"home"} << -60 << "";
        QTest::newRow("not yet expired") << "hide" << QStringList{"home"} << 3600 << "hidden";
    }
    void filters()
    {
        QFETCH(QString, action);
        QFETCH(QStringList, context);
        QFETCH(int, expiresInSecs);
        QFETCH(QString, expected);
        CacheFixture f;
        QVERIFY(f.open());
        std::optional<QDateTime> expires;
        if (expiresInSecs != 0)
            expires = QDateTime::currentDateTimeUtc().addSecs(expiresInSecs);
        QList<Status> page = cachetest::range(10, 1);
        page[3] = withFilter(page[3], QStringLiteral("Spoilers"), action, context, expires); // 7
        PageInfo info;
        info.reachedOldest = true;
        QVERIFY(f.cache->insertPage(QStringLiteral("home"), page, info));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        const int row = model.rowOfStatus(QStringLiteral("7"));
        if (expected == u"hidden") {
            QCOMPARE(row, -1);
            QCOMPARE(model.rowCount(), 9);
            return;
        }
        QCOMPARE(model.rowCount(), 10);
        QVERIFY(row >= 0);
        QCOMPARE(roleString(model, row, R::FilterActionRole), expected);
        QCOMPARE(model.data(model.index(row), R::FilterTitlesRole).toStringList(),
                 expected.isEmpty() ? QStringList() : QStringList{QStringLiteral("Spoilers")});
        QCOMPARE(roleString(model, 0, R::FilterActionRole), QString());
    }

    void filterChangeByUpdate()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 10));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // An edit that a hide filter matches takes the row away; the filter gone brings it back.
        QVERIFY(f.cache->updateStatus(withFilter(
            cachetest::makeStatus("4"), QStringLiteral("Hidden"), QStringLiteral("hide"))));
        QCOMPARE(model.rowOfStatus(QStringLiteral("4")), -1);
        QCOMPARE(model.rowCount(), 9);
        QVERIFY(f.cache->updateStatus(cachetest::makeStatus("4")));
        QCOMPARE(model.rowOfStatus(QStringLiteral("4")), 6);
        QCOMPARE(model.rowCount(), 10);
        // A streamed status a filter hides is never a row.
        QVERIFY(f.cache->addStreamedStatus(
            QStringLiteral("home"), withFilter(cachetest::makeStatus("11"),
                                               QStringLiteral("Hidden"), QStringLiteral("hide"))));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(reset.size(), 0);
    }

    void readingPositionSurvivesRestart()
    {
        CacheFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill(QStringLiteral("home"), 500));
        QString savedId;
        {
            TimelineModel model;
            model.setSources(f.cache.get(), nullptr, f.actions.get());
            model.setTimeline(QStringLiteral("home"));
            while (model.rowCount() < 320)
                model.fetchMore({});
            savedId = model.statusIdAt(300);
            QCOMPARE(savedId, QStringLiteral("200"));
            model.savePosition(300, 25);
        } // written when the model goes away
        // A new cache instance on the same file, as after a restart.
        TimelineCache reopened(&f.db);
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(&reopened, nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        const int row = model.restoredRow();
        QCOMPARE(row, 300);
        QCOMPARE(model.statusIdAt(row), savedId);
        QCOMPARE(model.restoredOffset(), 25);
        QVERIFY(model.rowCount() >= row + 40); // a page below it to scroll on
        // Newer posts meanwhile: the same item, a row further down.
        QVERIFY(reopened.addStreamedStatus(QStringLiteral("home"), cachetest::makeStatus("501")));
        QCOMPARE(model.restoredRow(), 301);
        // No saved position: -1.
        TimelineModel other;
        other.setSources(&reopened, nullptr, f.actions.get());
        other.setTimeline(QStringLiteral("local"));
        QCOMPARE(other.restoredRow(), -1);
    }

    void accessibleSummary_data()
    {
        QTest::addColumn<bool>("boost");
        QTest::addColumn<QString>("spoiler");
        QTest::addColumn<QStringList>("alts");
        QTest::addColumn<bool>("poll");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("plain") << false << "" << QStringList() << false
                               << QStringList{"Alice Example (@alice@example.test) wrote",
                                              "Hello & welcome",
                                              "5 minute",
                                              "3 repl",
                                              "2 boost",
                                              "7 favourite"}
                               << QStringList{"boosted", "attachment", "Poll", "warning"};
        QTest::newRow("boost") << true << "" << QStringList() << false
                               << QStringList{"Bob Booster boosted Alice Example", "Hello"}
                               << QStringList{"wrote"};
        QTest::newRow("content warning")
            << false << "Food" << QStringList() << false << QStringList{"Content warning: Food"}
            << QStringList{"Hello"};
        QTest::newRow("media with alt text")
            << false << "" << QStringList{"A red bicycle", ""} << false
            << QStringList{"2 attachment", "A red bicycle", "no description"} << QStringList();
        QTest::newRow("poll") << false << "" << QStringList() << true
                              << QStringList{"Poll with 2 option", "Tea, Coffee"} << QStringList();
    }
    void accessibleSummary()
    {
        QFETCH(bool, boost);
        QFETCH(QString, spoiler);
        QFETCH(QStringList, alts);
        QFETCH(bool, poll);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, absent);
        CacheFixture f;
        QVERIFY(f.open());
        Status s = cachetest::makeStatus("100", "7", "<p>Hello &amp; welcome</p>");
        s.account.displayName = QStringLiteral("Alice Example");
        s.account.acct = QStringLiteral("alice@example.test");
        s.createdAt = QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 5);
        s.repliesCount = 3;
        s.reblogsCount = 2;
        s.favouritesCount = 7;
        s.spoilerText = spoiler;
        for (int i = 0; i < alts.size(); ++i) {
            MediaAttachment m;
            m.id = QString::number(i);
            m.type = QStringLiteral("image");
            m.url = QStringLiteral("https://example.test/m%1.png").arg(i);
            m.description = alts.at(i);
            s.mediaAttachments.append(m);
        }
        if (poll) {
            Poll p;
            p.id = QStringLiteral("p1");
            p.votesCount = 4;
            PollOption tea, coffee;
            tea.title = QStringLiteral("Tea");
            tea.votesCount = 3;
            coffee.title = QStringLiteral("Coffee");
            coffee.votesCount = 1;
            p.options = {tea, coffee};
            s.poll = p;
        }
        Status item = s;
        if (boost) {
            item = cachetest::makeBoost("200", "8", s);
            item.account.displayName = QStringLiteral("Bob Booster");
        }
        QVERIFY(f.cache->addStreamedStatus(QStringLiteral("home"), item));
        TimelineModel model;
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.rowCount(), 1);
        const QString summary = roleString(model, 0, R::AccessibleSummaryRole);
        for (const QString &e : expected)
            QVERIFY2(summary.contains(e), qPrintable(summary + QStringLiteral(" lacks ") + e));
        for (const QString &a : absent)
            QVERIFY2(!summary.contains(a), qPrintable(summary + QStringLiteral(" has ") + a));
        if (poll) {
            const QVariantMap p = model.data(model.index(0), R::PollRole).toMap();
            QCOMPARE(p.value("options").toList().at(0).toMap().value("percent").toDouble(), 75.0);
        }
        if (!alts.isEmpty()) {
            const QVariantList media = model.data(model.index(0), R::MediaRole).toList();
            QCOMPARE(media.size(), alts.size());
            QCOMPARE(media.at(0).toMap().value("description").toString(), alts.at(0));
        }
    }

    void notificationsGroupByTypeAndStatus()
    {
        CacheFixture f;
        QVERIFY(f.open());
        const Status mine = cachetest::makeStatus("50", "1");
        const Status other = cachetest::makeStatus("51", "1");
        QList<Notification> page = {
            cachetest::makeNotification("110", "favourite", "4", mine),
            cachetest::makeNotification("109", "mention", "5", cachetest::makeStatus("60", "5")),
            cachetest::makeNotification("108", "favourite", "3", mine),
            cachetest::makeNotification("107", "reblog", "3", mine),
            cachetest::makeNotification("106", "favourite", "2", other),
            cachetest::makeNotification("105", "favourite", "2", mine),
            cachetest::makeNotification("104", "follow", "6"),
            cachetest::makeNotification("103", "follow", "7"),
        };
        // A server with real group keys (Mastodon 4.3+) is followed as sent.
        page.append(cachetest::makeNotification("102", "favourite", "8", other));
        page.last().groupKey = QStringLiteral("favourite-51-server");
        PageInfo info;
        info.reachedOldest = true;
        QVERIFY(f.cache->insertNotificationsPage(QStringLiteral("notifications"), page, info));
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get(), QStringLiteral("1"));
        QCOMPARE(model.timeline(), QStringLiteral("notifications"));
        const auto ids = statusIds(model);
        QCOMPARE(ids, (QStringList{"110", "109", "107", "106", "104", "102"}));
        QCOMPARE(roleString(model, 0, R::KindRole), QStringLiteral("notification"));
        QCOMPARE(roleString(model, 0, R::NotificationTypeRole), QStringLiteral("favourite"));
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        const QVariantList accounts = model.data(model.index(0), R::GroupAccountsRole).toList();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toMap().value("id").toString(), QStringLiteral("4"));
        QCOMPARE(accounts.at(2).toMap().value("id").toString(), QStringLiteral("2"));
        QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"status 50"));
        QVERIFY(roleString(model, 0, R::AccessibleSummaryRole).contains(u"User 4 and 2 other"));
        QCOMPARE(model.data(model.index(1), R::GroupCountRole).toInt(), 1); // mention
        QCOMPARE(model.data(model.index(4), R::GroupCountRole).toInt(), 2); // two follows
        QCOMPARE(roleString(model, 5, R::GroupKeyRole), QStringLiteral("favourite-51-server"));
        QCOMPARE(model.rowOfStatus(QStringLiteral("105")), 0); // folded into the first row

        // A new favourite of the same post: the group moves to the top, one more account.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(f.cache->addStreamedNotification(
            QStringLiteral("notifications"),
            cachetest::makeNotification("111", "favourite", "9", mine)));
        QCOMPARE(statusIds(model), (QStringList{"111", "109", "107", "106", "104", "102"}));
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 4);
        // The newest leaves (the status' notification is gone): the next one heads the group.
        QVERIFY(
            f.cache->removeFromTimeline(QStringLiteral("notifications"), {QStringLiteral("111")}));
        QCOMPARE(statusIds(model).first(), QStringLiteral("110"));
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        QCOMPARE(reset.size(), 0);
    }

    // A real v2 page (Mastodon 4.3, bigbone's fixture): one cache entry per group with the
    // server's count and sample accounts; a streamed notification of the group adds one; the
    // newest page again replaces the entries it counts instead of adding to them.
    void groupedNotificationEntries()
    {
        const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
        QFile file(
            (env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : QString::fromLocal8Bit(env)) +
            QStringLiteral("/bigbone/grouped_notifications_get_all_success.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto page =
            GroupedNotificationsResults::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY(page.ok());
        const QList<Notification> entries = notificationsFromGroups(page.value());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, QStringLiteral("196014")); // most_recent_notification_id
        QCOMPARE(entries.at(0).groupKey, QStringLiteral("favourite-113010503322889311-479000"));
        QCOMPARE(entries.at(0).account.id, QStringLiteral("16"));
        QVERIFY(entries.at(0).status);
        const auto info = groupInfoOf(entries.at(0));
        QVERIFY(info);
        QCOMPARE(info->count, 2);
        QCOMPARE(info->sampleAccounts.size(), 2);
        QCOMPARE(info->pageMinId, QStringLiteral("196013"));
        QVERIFY(!groupInfoOf(cachetest::makeNotification("1", "mention", "2")));

        CacheFixture f;
        QVERIFY(f.open());
        const QString timeline = QStringLiteral("notifications");
        PageInfo last;
        last.reachedOldest = true;
        QVERIFY(f.cache->insertNotificationsPage(timeline, entries, last));
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 2);
        QStringList ids;
        for (const QVariant &a : model.data(model.index(1), R::GroupAccountsRole).toList())
            ids << a.toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, (QStringList{"31460", "36509"}));
        QVERIFY(roleString(model, 0, R::AccessibleSummaryRole).contains(u"1 other"));

        // Streamed: another favourite of the second group's post joins that group at the top.
        Notification streamed = entries.at(1);
        streamed.id = QStringLiteral("196020");
        streamed.extra = {};
        streamed.account.id = QStringLiteral("99");
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(f.cache->addStreamedNotification(timeline, streamed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleString(model, 0, R::GroupKeyRole), entries.at(1).groupKey);
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        QCOMPARE(model.data(model.index(0), R::GroupAccountsRole)
                     .toList()
                     .value(0)
                     .toMap()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("99"));

        // The newest page again (the server now counts three): one entry, three, not six.
        QList<Notification> again = entries;
        again[1].id = QStringLiteral("196020");
        QJsonObject group = again[1].extra.value(QStringLiteral("group")).toObject();
        group.insert(QStringLiteral("notifications_count"), 3);
        again[1].extra.insert(QStringLiteral("group"), group);
        std::swap(again[0], again[1]);
        QVERIFY(f.cache->insertNotificationsPage(timeline, again, last));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        QCOMPARE(f.cache->itemCount(timeline), 2);
        QCOMPARE(reset.size(), 0);
    }

    void threadDepthFromReplyChains()
    {
        CacheFixture f;
        QVERIFY(f.open());
        const auto reply = [](const char *id, const char *parent) {
            Status s = cachetest::makeStatus(QString::fromLatin1(id));
            s.inReplyToId = QString::fromLatin1(parent);
            return s;
        };
        // a1 <- a2 <- F <- r1 <- r2, F <- r3, r1 <- r4
        const QList<Status> thread = {
            cachetest::makeStatus("1"), reply("2", "1"),   reply("10", "2"), reply("11", "10"),
            reply("12", "11"),          reply("14", "11"), reply("13", "10")};
        QVERIFY(f.cache->replaceTimeline(QStringLiteral("thread:10"), thread));
        ThreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(f.cache.get(), nullptr, f.actions.get());
        model.setStatusId(QStringLiteral("10"));
        QCOMPARE(statusIds(model), (QStringList{"1", "2", "10", "11", "12", "14", "13"}));
        QList<int> depths;
        for (int i = 0; i < model.rowCount(); ++i)
            depths << model.data(model.index(i), R::DepthRole).toInt();
        QCOMPARE(depths, (QList<int>{0, 0, 0, 1, 2, 2, 1}));
        QCOMPARE(model.focusRow(), 2);
        QCOMPARE(model.data(model.index(2), R::IsFocusRole).toBool(), true);
        QCOMPARE(model.data(model.index(1), R::IsFocusRole).toBool(), false);
        QVERIFY(!model.canFetchMore({}));

        // A thread never fetched shows its status from the cache at once.
        QVERIFY(f.cache->addStreamedStatus(QStringLiteral("home"), cachetest::makeStatus("40")));
        ThreadModel fresh;
        QAbstractItemModelTester freshTester(
            &fresh, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fresh.setSources(f.cache.get(), nullptr, f.actions.get());
        fresh.setStatusId(QStringLiteral("40"));
        QCOMPARE(fresh.rowCount(), 1);
        QCOMPARE(fresh.focusRow(), 0);
        QVERIFY(roleString(fresh, 0, R::ContentHtmlRole).contains(u"status 40"));
        // The context arrives: the thread replaces it.
        QVERIFY(f.cache->replaceTimeline(QStringLiteral("thread:40"),
                                         {cachetest::makeStatus("39"), reply("40", "39")}));
        QCOMPARE(statusIds(fresh), (QStringList{"39", "40"}));
        QCOMPARE(fresh.focusRow(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStatusListModel)
#include "tst_statuslistmodel.moc"
