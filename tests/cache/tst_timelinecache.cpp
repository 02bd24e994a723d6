// TimelineCache on real SQLite files: ordering, gaps, pruning, propagation of edits, deletes and
// relationships, reading positions, change signals.
#include "cache/database.h"
#include "cache/sortkey.h"
#include "cache/timelinecache.h"
#include "cachetestdata.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tusk;
using namespace tusk::cache;
using namespace tusk::cachetest;

Q_DECLARE_METATYPE(QList<tusk::cache::MissingRange>)

namespace {

QStringList numbers(int newest, int oldest)
{
    QStringList out;
    for (int i = newest; i >= oldest; --i)
        out.append(QString::number(i));
    return out;
}

PageInfo olderThan(const QString &id)
{
    PageInfo p;
    p.maxId = id;
    return p;
}

PageInfo newerThan(const QString &id)
{
    PageInfo p;
    p.minId = id;
    return p;
}

QList<TimelineChange> changesOf(const QSignalSpy &spy, TimelineChange::Kind kind,
                                const QString &timeline = {})
{
    QList<TimelineChange> out;
    for (const auto &args : spy) {
        const auto c = args.at(0).value<TimelineChange>();
        if (c.kind == kind && (timeline.isEmpty() || c.timeline == timeline))
            out.append(c);
    }
    return out;
}

} // namespace

class TestTimelineCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineCache> m_cache;
    int m_n = 0;

private Q_SLOTS:
    void init()
    {
        m_cache.reset();
        m_db = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_db->open(m_dir.filePath(QStringLiteral("c%1.sqlite3").arg(++m_n)), &error),
                 qPrintable(error));
        m_cache = std::make_unique<TimelineCache>(m_db.get());
    }
    void cleanup()
    {
        m_cache.reset();
        m_db.reset();
    }

    void idOrder_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::newRow("longer is newer") << "99"
                                         << "100";
        QTest::newRow("snowflakes") << "109372843234567890"
                                    << "109372843234567891";
        QTest::newRow("snowflake vs old short id") << "987654"
                                                   << "100000000000000000";
        QTest::newRow("same length lexical") << "abc"
                                             << "abd";
        QTest::newRow("ULIDs") << "01ARZ3NDEKTSV4RRFFQ69G5FAV"
                               << "01BX5ZZKBKACTAV9WEVGEMMVRZ";
        QTest::newRow("Misskey aid") << "9gsqnq1r5x"
                                     << "9gsqnq1r6a";
        QTest::newRow("Pleroma flake") << "AHkVYyeSoAtuZAo5Hs"
                                       << "AHkVYzK3y5qQ7MTkpc";
    }
    void idOrder()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QVERIFY(compareIds(older, newer) < 0);
        QVERIFY(compareIds(newer, older) > 0);
        QCOMPARE(compareIds(newer, newer), 0);
        QVERIFY(idSortKey(older) < idSortKey(newer)); // the stored key agrees with the rule
    }

    void subtract_data()
    {
        QTest::addColumn<QList<MissingRange>>("missing");
        QTest::addColumn<QString>("lo");
        QTest::addColumn<QString>("hi");
        QTest::addColumn<QList<MissingRange>>("expected");
        const QList<MissingRange> gap{{QStringLiteral("b"), QStringLiteral("k")}};
        QTest::newRow("page below") << gap << "a"
                                    << "b" << gap;
        QTest::newRow("page above") << gap << "k"
                                    << "" << gap;
        QTest::newRow("from the top")
            << gap << "f"
            << "k" << QList<MissingRange>{{QStringLiteral("b"), QStringLiteral("f")}};
        QTest::newRow("from the bottom")
            << gap << "b"
            << "f" << QList<MissingRange>{{QStringLiteral("f"), QStringLiteral("k")}};
        QTest::newRow("middle splits")
            << gap << "d"
            << "f"
            << QList<MissingRange>{{QStringLiteral("b"), QStringLiteral("d")},
                                   {QStringLiteral("f"), QStringLiteral("k")}};
        QTest::newRow("covers all") << gap << "a"
                                    << "z" << QList<MissingRange>{};
        QTest::newRow("to the end") << gap << ""
                                    << "k" << QList<MissingRange>{};
        QTest::newRow("everything") << gap << ""
                                    << "" << QList<MissingRange>{};
    }
    void subtract()
    {
        QFETCH(QList<MissingRange>, missing);
        QFETCH(QString, lo);
        QFETCH(QString, hi);
        QFETCH(QList<MissingRange>, expected);
        QCOMPARE(subtractCovered(missing, lo, hi), expected);
    }

    void pagesAndGaps()
    {
        // 160..121 cached; then the newest page 200..181 → one gap between 181 and 160.
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(160, 121), {}));
        QVERIFY(m_cache->gaps(QStringLiteral("home")).isEmpty());
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(200, 181), {}));
        auto gaps = m_cache->gaps(QStringLiteral("home"));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].maxId, QStringLiteral("181"));
        QCOMPARE(gaps[0].minId, QStringLiteral("160"));

        // The gap row sits right below 181 when reading.
        const auto rows = m_cache->rows(QStringLiteral("home"), 20);
        QCOMPARE(rows.size(), 21);
        QCOMPARE(rows[19].id, QStringLiteral("181"));
        QCOMPARE(rows[20].kind, TimelineRow::Kind::Gap);
        QCOMPARE(rows[20].gap, gaps[0]);

        // From the top: 180..171 → the gap shrinks to (160, 171).
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(180, 171), olderThan("181")));
        gaps = m_cache->gaps(QStringLiteral("home"));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].maxId, QStringLiteral("171"));
        QCOMPARE(gaps[0].minId, QStringLiteral("160"));
        // From the bottom: 161..165 (this server sends min_id pages oldest first) → (165, 171).
        QList<Status> ascending = range(165, 161);
        std::reverse(ascending.begin(), ascending.end());
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), ascending, newerThan("160")));
        QCOMPARE(m_cache->ordering(QStringLiteral("home")), TimelineCache::Ordering::ById);
        gaps = m_cache->gaps(QStringLiteral("home"));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].minId, QStringLiteral("165"));
        QCOMPARE(gaps[0].maxId, QStringLiteral("171"));
        // The last piece, overlapping the upper edge: closed.
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(172, 166), newerThan("165")));
        QVERIFY(m_cache->gaps(QStringLiteral("home")).isEmpty());
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), numbers(200, 121));
    }

    void pageInsideAGapSplitsIt()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(100, 91), {}));
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(200, 191), {}));
        QCOMPARE(m_cache->gaps(QStringLiteral("home")).size(), 1);
        // A page from the middle (max_id=150 is not stored): two gaps remain around it.
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(149, 140), olderThan("150")));
        const auto gaps = m_cache->gaps(QStringLiteral("home"));
        QCOMPARE(gaps.size(), 2);
        QCOMPARE(gaps[0].maxId, QStringLiteral("191"));
        QCOMPARE(gaps[0].minId, QStringLiteral("149"));
        QCOMPARE(gaps[1].maxId, QStringLiteral("140"));
        QCOMPARE(gaps[1].minId, QStringLiteral("100"));
    }

    void olderPagesAndTheEnd()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("local"), range(50, 41), {}));
        QCOMPARE(m_cache->olderCursor(QStringLiteral("local")), QStringLiteral("41"));
        QVERIFY(m_cache->insertPage(QStringLiteral("local"), range(40, 31), olderThan("41")));
        QVERIFY(m_cache->gaps(QStringLiteral("local")).isEmpty());
        QVERIFY(!m_cache->reachedOldest(QStringLiteral("local")));
        PageInfo end = olderThan("31");
        end.reachedOldest = true;
        QVERIFY(m_cache->insertPage(QStringLiteral("local"), {}, end));
        QVERIFY(m_cache->reachedOldest(QStringLiteral("local")));
        QCOMPARE(m_cache->itemCount(QStringLiteral("local")), 20);
    }

    void overlappingNewestPageLeavesNoGap()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(100, 61), {}));
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(110, 95), {}));
        QVERIFY(m_cache->gaps(QStringLiteral("home")).isEmpty());
        const auto inserted = changesOf(spy, TimelineChange::Kind::Inserted);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0].ids, numbers(110, 101)); // 100..95 were already there
        QCOMPARE(changesOf(spy, TimelineChange::Kind::Updated).value(0).ids, numbers(100, 95));
    }

    void pruning()
    {
        m_cache->setMaxItemsPerTimeline(50);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(300, 261), {}));
        // One status also in another timeline must survive pruning of home.
        QVERIFY(
            m_cache->insertPage(QStringLiteral("tag:x"), {makeStatus(QStringLiteral("262"))}, {}));
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(260, 221), olderThan("261")));
        QCOMPARE(m_cache->itemCount(QStringLiteral("home")), 50);
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), numbers(300, 251));
        const auto removed = changesOf(spy, TimelineChange::Kind::Removed);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0].ids.size(), 30);
        QVERIFY(!m_cache->status(QStringLiteral("240")));
        QVERIFY(m_cache->status(QStringLiteral("262")));
        QCOMPARE(m_cache->statusCount(), 50); // 300..251; 262 is among them
        QVERIFY(!m_cache->reachedOldest(QStringLiteral("home")));

        // A gap whose lower edge is pruned away disappears with it.
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(400, 371), {}));
        QCOMPARE(m_cache->itemCount(QStringLiteral("home")), 50);
        QVERIFY(m_cache->gaps(QStringLiteral("home")).isEmpty() ||
                m_cache->gaps(QStringLiteral("home"))[0].minId >= QStringLiteral("281"));
    }

    void prunedBoostKeepsNothingBehind()
    {
        m_cache->setMaxItemsPerTimeline(3);
        const Status original = makeStatus(QStringLiteral("5"), QStringLiteral("9"));
        QVERIFY(m_cache->insertPage(
            QStringLiteral("home"),
            {makeBoost(QStringLiteral("10"), QStringLiteral("2"), original)}, {}));
        QCOMPARE(m_cache->statusCount(), 2);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(13, 11), {}));
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), numbers(13, 11));
        QVERIFY(!m_cache->status(QStringLiteral("10")));
        QVERIFY(!m_cache->status(QStringLiteral("5"))); // the original went with its boost
        QVERIFY(!m_cache->account(QStringLiteral("9")));
    }

    void clearingATimelineFreesWhatOnlyItShowed()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(20, 11), {}));
        QVERIFY(m_cache->insertPage(QStringLiteral("local"), range(12, 11), {}));
        QVERIFY(m_cache->savePosition(QStringLiteral("home"), {QStringLiteral("15"), 3}));
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        QVERIFY(m_cache->clearTimeline(QStringLiteral("home")));
        QCOMPARE(changesOf(spy, TimelineChange::Kind::Reset).size(), 1);
        QCOMPARE(m_cache->itemCount(QStringLiteral("home")), 0);
        QVERIFY(!m_cache->position(QStringLiteral("home")));
        QVERIFY(!m_cache->timelines().contains(QStringLiteral("home")));
        QCOMPARE(m_cache->statusCount(), 2); // 12 and 11 are still in "local"
        QVERIFY(!m_cache->status(QStringLiteral("20")));
    }

    void editShowsEverywhere()
    {
        const Status original = makeStatus(QStringLiteral("5"), QStringLiteral("9"));
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), {original}, {}));
        QVERIFY(m_cache->insertPage(
            QStringLiteral("local"),
            {makeBoost(QStringLiteral("300"), QStringLiteral("2"), original)}, {}));
        QVERIFY(m_cache->insertNotificationsPage(
            QStringLiteral("notifications"),
            {makeNotification(QStringLiteral("77"), QStringLiteral("favourite"),
                              QStringLiteral("3"), original)},
            {}));
        // Parse everything once so the LRU holds the old versions.
        QCOMPARE(m_cache->rows(QStringLiteral("local"), 10).size(), 1);

        Status edited = original;
        edited.content = QStringLiteral("<p>edited</p>");
        edited.editedAt = QDateTime::currentDateTimeUtc();
        edited.favourited = true;
        edited.favouritesCount = 1;
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        QVERIFY(m_cache->updateStatus(edited));

        const auto home = m_cache->rows(QStringLiteral("home"), 10);
        QCOMPARE(home[0].status->content, QStringLiteral("<p>edited</p>"));
        const auto local = m_cache->rows(QStringLiteral("local"), 10);
        QCOMPARE(local[0].id, QStringLiteral("300"));
        QCOMPARE(local[0].status->reblog->content, QStringLiteral("<p>edited</p>"));
        QCOMPARE(local[0].status->reblog->favourited, std::optional<bool>(true));
        const auto notes = m_cache->rows(QStringLiteral("notifications"), 10);
        QCOMPARE(notes[0].kind, TimelineRow::Kind::Notification);
        QCOMPARE(notes[0].notification->status->content, QStringLiteral("<p>edited</p>"));

        QCOMPARE(changesOf(spy, TimelineChange::Kind::Updated, QStringLiteral("home"))[0].ids,
                 QStringList{QStringLiteral("5")});
        QCOMPARE(changesOf(spy, TimelineChange::Kind::Updated, QStringLiteral("local"))[0].ids,
                 QStringList{QStringLiteral("300")});
        QCOMPARE(
            changesOf(spy, TimelineChange::Kind::Updated, QStringLiteral("notifications"))[0].ids,
            QStringList{QStringLiteral("77")});

        // A status nobody shows is not stored by an update.
        QVERIFY(m_cache->updateStatus(makeStatus(QStringLiteral("999"))));
        QVERIFY(!m_cache->status(QStringLiteral("999")));
    }

    void deleteRemovesBoostsAndNotifications()
    {
        const Status original = makeStatus(QStringLiteral("5"), QStringLiteral("9"));
        QVERIFY(m_cache->insertPage(
            QStringLiteral("home"),
            {makeStatus(QStringLiteral("6")), original, makeStatus(QStringLiteral("4"))}, {}));
        QVERIFY(m_cache->insertPage(
            QStringLiteral("local"),
            {makeBoost(QStringLiteral("300"), QStringLiteral("2"), original)}, {}));
        QVERIFY(m_cache->insertNotificationsPage(
            QStringLiteral("notifications"),
            {makeNotification(QStringLiteral("77"), QStringLiteral("reblog"), QStringLiteral("3"),
                              original)},
            {}));
        QVERIFY(m_cache->status(QStringLiteral("300"))); // in the LRU now
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        QVERIFY(m_cache->deleteStatus(QStringLiteral("5")));
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")),
                 (QStringList{QStringLiteral("6"), QStringLiteral("4")}));
        QVERIFY(m_cache->itemIds(QStringLiteral("local")).isEmpty());
        QVERIFY(m_cache->itemIds(QStringLiteral("notifications")).isEmpty());
        QVERIFY(!m_cache->status(QStringLiteral("5")));
        QVERIFY(!m_cache->status(QStringLiteral("300")));
        QVERIFY(!m_cache->notification(QStringLiteral("77")));
        QCOMPARE(changesOf(spy, TimelineChange::Kind::Removed).size(), 3);

        // Deleting a boost (unboost) leaves the original alone.
        QVERIFY(m_cache->insertPage(QStringLiteral("local"),
                                    {makeBoost(QStringLiteral("301"), QStringLiteral("2"),
                                               makeStatus(QStringLiteral("6")))},
                                    {}));
        QVERIFY(m_cache->deleteStatus(QStringLiteral("301")));
        QVERIFY(m_cache->status(QStringLiteral("6")));
        QCOMPARE(m_cache->itemCount(QStringLiteral("home")), 2);
    }

    void deleteReanchorsAGap()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(100, 91), {}));
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(200, 191), {}));
        QCOMPARE(m_cache->gaps(QStringLiteral("home")).value(0).maxId, QStringLiteral("191"));
        QVERIFY(m_cache->deleteStatus(QStringLiteral("191")));
        const auto gaps = m_cache->gaps(QStringLiteral("home"));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].maxId, QStringLiteral("192"));
        QCOMPARE(gaps[0].minId, QStringLiteral("100"));
    }

    void relationships()
    {
        const Status byB = makeStatus(QStringLiteral("10"), QStringLiteral("B"));
        const Status byC = makeStatus(QStringLiteral("11"), QStringLiteral("C"));
        const Status byD = makeStatus(QStringLiteral("12"), QStringLiteral("D"));
        const Status dBoostsB = makeBoost(QStringLiteral("13"), QStringLiteral("D"), byB);
        for (const char *t : {"home", "local"})
            QVERIFY(m_cache->insertPage(QLatin1String(t), {dBoostsB, byD, byC, byB}, {}));
        QVERIFY(m_cache->insertPage(QStringLiteral("account:B"), {byB}, {}));

        Relationship unfollowC;
        unfollowC.id = QStringLiteral("C");
        QVERIFY(m_cache->applyRelationship(unfollowC));
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")),
                 (QStringList{QStringLiteral("13"), QStringLiteral("12"), QStringLiteral("10")}));
        QCOMPARE(m_cache->itemCount(QStringLiteral("local")), 4); // unfollow only touches home
        QCOMPARE(m_cache->relationship(QStringLiteral("C"))->following, false);

        Relationship blockB;
        blockB.id = QStringLiteral("B");
        blockB.following = true;
        blockB.blocking = true;
        QVERIFY(m_cache->applyRelationship(blockB));
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), QStringList{QStringLiteral("12")});
        QCOMPARE(m_cache->itemIds(QStringLiteral("local")),
                 (QStringList{QStringLiteral("12"), QStringLiteral("11")}));
        QCOMPARE(m_cache->itemIds(QStringLiteral("account:B")), QStringList{QStringLiteral("10")});
        QVERIFY(m_cache->relationship(QStringLiteral("B"))->blocking);
    }

    void positionSurvivesReopen()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(50, 11), {}));
        QVERIFY(!m_cache->position(QStringLiteral("home")));
        const ReadingPosition pos{QStringLiteral("37"), 123};
        QVERIFY(m_cache->savePosition(QStringLiteral("home"), pos));
        QVERIFY(m_cache->savePosition(QStringLiteral("tag:cats"), {QStringLiteral("9"), -4}));
        const QString path = m_db->path();
        m_cache.reset();
        m_db.reset();

        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        TimelineCache cache(&db);
        QCOMPARE(cache.position(QStringLiteral("home")), std::optional<ReadingPosition>(pos));
        QCOMPARE(cache.position(QStringLiteral("tag:cats"))->pixelOffset, -4);
        // Reading resumes at the saved item: the rows from it down.
        const QString key = cache.sortKeyOf(QStringLiteral("home"), pos.itemId);
        QCOMPARE(cache.rows(QStringLiteral("home"), 50)[13].sortKey, key);
        QCOMPARE(cache.rows(QStringLiteral("home"), 2, key).first().id, QStringLiteral("36"));
        QCOMPARE(cache.rowsNewerThan(QStringLiteral("home"), key, 3).size(), 3);
        QCOMPARE(cache.rowsNewerThan(QStringLiteral("home"), key, 3).last().id,
                 QStringLiteral("38"));
    }

    void serverOrderedTimelines()
    {
        // Bookmarks come in the order the user bookmarked, not by id.
        PageInfo first;
        first.olderCursor = QStringLiteral("cursor-1");
        QVERIFY(
            m_cache->insertPage(QStringLiteral("bookmarks"),
                                {makeStatus(QStringLiteral("5")), makeStatus(QStringLiteral("90")),
                                 makeStatus(QStringLiteral("7"))},
                                first));
        QCOMPARE(m_cache->olderCursor(QStringLiteral("bookmarks")), QStringLiteral("cursor-1"));
        PageInfo older;
        older.maxId = QStringLiteral("cursor-1");
        older.olderCursor = QStringLiteral("cursor-2");
        QVERIFY(m_cache->insertPage(
            QStringLiteral("bookmarks"),
            {makeStatus(QStringLiteral("100")), makeStatus(QStringLiteral("1"))}, older));
        QCOMPARE(m_cache->itemIds(QStringLiteral("bookmarks")),
                 (QStringList{"5", "90", "7", "100", "1"}));
        // A newest page that reaches stored items replaces what is above them.
        QVERIFY(
            m_cache->insertPage(QStringLiteral("bookmarks"),
                                {makeStatus(QStringLiteral("3")), makeStatus(QStringLiteral("90")),
                                 makeStatus(QStringLiteral("7"))},
                                {}));
        QCOMPARE(m_cache->itemIds(QStringLiteral("bookmarks")),
                 (QStringList{"3", "90", "7", "100", "1"}));
        QVERIFY(m_cache->gaps(QStringLiteral("bookmarks")).isEmpty());

        // A by-id timeline whose server contradicts the id rule switches to server order.
        QVERIFY(m_cache->insertPage(QStringLiteral("list:1"), range(20, 18), {}));
        QVERIFY(
            m_cache->insertPage(QStringLiteral("list:1"),
                                {makeStatus(QStringLiteral("40")), makeStatus(QStringLiteral("60")),
                                 makeStatus(QStringLiteral("50"))},
                                {}));
        QCOMPARE(m_cache->ordering(QStringLiteral("list:1")), TimelineCache::Ordering::ServerOrder);
        QCOMPARE(m_cache->itemIds(QStringLiteral("list:1")), (QStringList{"40", "60", "50"}));

        // Threads: the given order, whole.
        QVERIFY(m_cache->replaceTimeline(QStringLiteral("thread:7"),
                                         {makeStatus(QStringLiteral("7")),
                                          makeStatus(QStringLiteral("12")),
                                          makeStatus(QStringLiteral("9"))}));
        QCOMPARE(m_cache->itemIds(QStringLiteral("thread:7")), (QStringList{"7", "12", "9"}));
    }

    void batchDeliversAfterCommit()
    {
        QSignalSpy spy(m_cache.get(), &TimelineCache::changed);
        {
            TimelineCache::Batch batch(*m_cache);
            for (int i = 1; i <= 100; ++i)
                QVERIFY(m_cache->addStreamedStatus(QStringLiteral("home"),
                                                   makeStatus(QString::number(i))));
            QCOMPARE(spy.size(), 0); // nothing announced before the commit
        }
        QCOMPARE(changesOf(spy, TimelineChange::Kind::Inserted).size(), 100);
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), numbers(100, 1));
        QVERIFY(m_cache->gaps(QStringLiteral("home")).isEmpty());
    }

    void lateStreamedStatusBelowTheBottomLeavesAGap()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("federated"), range(1000, 961), {}));
        // A remote status whose id (from its creation time) is older than the whole page.
        QVERIFY(m_cache->addStreamedStatus(QStringLiteral("federated"),
                                           makeStatus(QStringLiteral("500"))));
        const auto gaps = m_cache->gaps(QStringLiteral("federated"));
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].maxId, QStringLiteral("961"));
        QCOMPARE(gaps[0].minId, QStringLiteral("500"));
        // Streamed items above the top connect without a gap.
        QVERIFY(m_cache->addStreamedStatus(QStringLiteral("federated"),
                                           makeStatus(QStringLiteral("1001"))));
        QCOMPARE(m_cache->gaps(QStringLiteral("federated")).size(), 1);
        // Notifications behave the same.
        QVERIFY(m_cache->insertNotificationsPage(
            QStringLiteral("notifications"),
            {makeNotification(QStringLiteral("90"), QStringLiteral("follow"), QStringLiteral("4")),
             makeNotification(QStringLiteral("80"), QStringLiteral("follow"), QStringLiteral("5"))},
            {}));
        QVERIFY(m_cache->addStreamedNotification(
            QStringLiteral("notifications"),
            makeNotification(QStringLiteral("95"), QStringLiteral("mention"), QStringLiteral("6"),
                             makeStatus(QStringLiteral("7")))));
        QCOMPARE(m_cache->itemIds(QStringLiteral("notifications")),
                 (QStringList{"95", "90", "80"}));
        QVERIFY(m_cache->gaps(QStringLiteral("notifications")).isEmpty());
        QCOMPARE(m_cache->rows(QStringLiteral("notifications"), 1)[0].notification->status->id,
                 QStringLiteral("7"));
    }

    void lruIsPerInstance()
    {
        Database other;
        QString error;
        QVERIFY(other.open(m_dir.filePath(QStringLiteral("other.sqlite3")), &error));
        TimelineCache second(&other);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"),
                                    {makeStatus(QStringLiteral("1"), "1", "<p>first</p>")}, {}));
        QVERIFY(second.insertPage(QStringLiteral("home"),
                                  {makeStatus(QStringLiteral("1"), "1", "<p>second</p>")}, {}));
        QCOMPARE(m_cache->status(QStringLiteral("1"))->content, QStringLiteral("<p>first</p>"));
        QCOMPARE(second.status(QStringLiteral("1"))->content, QStringLiteral("<p>second</p>"));
        // A small LRU still answers every read (from SQLite when evicted).
        m_cache->setStatusLruCapacity(2);
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(30, 1), {}));
        const auto rows = m_cache->rows(QStringLiteral("home"), 40);
        QCOMPARE(rows.size(), 30);
        QCOMPARE(rows.last().status->content, QStringLiteral("<p>status 1</p>"));
    }

    void fullDiskIsReportedNotFatal()
    {
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), range(10, 1), {}));
        QVERIFY(m_cache->status(QStringLiteral("5"))); // parsed into the LRU
        // SQLite's page limit gives the same SQLITE_FULL a full disk does.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        QList<Status> big;
        for (int i = 200; i > 10; --i)
            big.append(makeStatus(QString::number(i), QStringLiteral("1"),
                                  QStringLiteral("<p>%1</p>").arg(QString(8000, u'x'))));
        QSignalSpy failed(m_cache.get(), &TimelineCache::failed);
        QSignalSpy changed(m_cache.get(), &TimelineCache::changed);
        QVERIFY(!m_cache->insertPage(QStringLiteral("home"), big, {}));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.at(0).at(0).toString().contains(u"full"),
                 qPrintable(failed.at(0).at(0).toString()));
        QCOMPARE(changed.size(), 0); // nothing announced: nothing happened
        QCOMPARE(m_cache->itemIds(QStringLiteral("home")), numbers(10, 1));
        QVERIFY(!m_cache->status(QStringLiteral("200")));
        // Space again: the cache carries on.
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), big, {}));
        QCOMPARE(m_cache->itemCount(QStringLiteral("home")), 200);
    }

    void roundTripKeepsTheEntity()
    {
        Status s = makeStatus(QStringLiteral("42"), QStringLiteral("7"));
        s.spoilerText = QStringLiteral("cw");
        s.tags.append(Tag{});
        s.tags[0].name = QStringLiteral("cats");
        s.tags[0].url = QStringLiteral("https://example.test/tags/cats");
        s.extra.insert(QStringLiteral("x_custom"), QStringLiteral("kept"));
        QVERIFY(m_cache->insertPage(QStringLiteral("home"), {s}, {}));
        Database again;
        QString error;
        QVERIFY(again.open(m_db->path(), &error));
        TimelineCache fresh(&again); // no LRU: parsed from the stored JSON
        QCOMPARE(*fresh.status(QStringLiteral("42")), s);
    }
};

QTEST_GUILESS_MAIN(TestTimelineCache)
#include "tst_timelinecache.moc"
