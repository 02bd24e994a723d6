// TimelineModel figures, with real statuses from the fixtures folder (cycled, given fresh
// Mastodon-style ids), on a real SQLite cache:
//   1. resident memory of a process holding a model open on a 5,000-status cache (first 40 rows
//      realised, then 400 rows scrolled through), KiB;
//   2. model ready with its first 40 rows from a 2,000-status cache: new connection, new model,
//      rich text and spoken summary of all 40 rows computed; median of 7, ms;
//   3. ingest of streamed status events into cache + open model (JSON → Status → cache in
//      batches of 50 per transaction, the model applying each change and realising the top row
//      as a view would); median of 3, events/s.
// Usage: bench_models [fixtures-dir]
#include "cache/actionqueue.h"
#include "cache/database.h"
#include "cache/timelinecache.h"
#include "models/timelinemodel.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace tusk;
using namespace tusk::cache;
using tusk::models::StatusListModel;
using tusk::models::TimelineModel;

namespace {

QByteArray payload(const QList<QJsonObject> &pool, qint64 n)
{
    return bench::syntheticStatusJson(pool, n, 120000000000000000LL);
}

bool fill(TimelineCache &cache, const QList<QJsonObject> &pool, int count)
{
    return bench::fillHome(cache, pool, count, 120000000000000000LL, true);
}

// Reads what a delegate shows, so the rich text of the rows is really computed.
qsizetype realise(const TimelineModel &model, int first, int last)
{
    qsizetype chars = 0;
    for (int i = first; i <= last && i < model.rowCount(); ++i) {
        const QModelIndex at = model.index(i);
        chars += model.data(at, StatusListModel::ContentHtmlRole).toString().size();
        chars += model.data(at, StatusListModel::AuthorDisplayNameRole).toString().size();
        chars += model.data(at, StatusListModel::AccessibleSummaryRole).toString().size();
        chars += model.data(at, StatusListModel::MediaRole).toList().size();
    }
    return chars;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
    const QString dir = argc > 1         ? QString::fromLocal8Bit(argv[1])
                        : !env.isEmpty() ? QString::fromLocal8Bit(env)
                                         : QStringLiteral(TUSKLINE_FIXTURES_DIR);
    const QList<QJsonObject> pool = bench::fixtureStatuses(dir);
    if (pool.isEmpty()) {
        std::fprintf(stderr, "no statuses found under %s\n", qPrintable(dir));
        return 1;
    }
    std::printf("bench_models: %lld fixture statuses cycled\n", qlonglong(pool.size()));
    QTemporaryDir tmp;
    QString error;

    // 1. Memory first, before the other runs grow the heap.
    {
        const QString path = tmp.filePath(QStringLiteral("rss/cache.sqlite3"));
        {
            Database db;
            if (!db.open(path, &error))
                return 1;
            TimelineCache cache(&db);
            cache.setMaxItemsPerTimeline(5000);
            if (!fill(cache, pool, 5000) || cache.itemCount(QStringLiteral("home")) != 5000)
                return 1;
        }
        const long before = bench::rssKiB();
        Database db;
        if (!db.open(path, &error))
            return 1;
        TimelineCache cache(&db);
        cache.setMaxItemsPerTimeline(5000);
        ActionQueue actions(&db);
        TimelineModel model;
        model.setSources(&cache, nullptr, &actions);
        model.setTimeline(QStringLiteral("home"));
        realise(model, 0, 39);
        const long open = bench::rssKiB();
        while (model.rowCount() < 400 && model.canFetchMore({}))
            model.fetchMore({});
        realise(model, 0, 399);
        const long scrolled = bench::rssKiB();
        std::printf("RSS: %ld KiB before opening; %ld KiB with the model open on 5000 cached "
                    "statuses, 40 rows shown (+%ld); %ld KiB after scrolling through %d rows "
                    "(+%ld)\n",
                    before, open, open - before, scrolled, model.rowCount(), scrolled - before);
    }

    // 2. Ready with the first 40 rows.
    const QString coldPath = tmp.filePath(QStringLiteral("cold/cache.sqlite3"));
    {
        Database db;
        if (!db.open(coldPath, &error))
            return 1;
        TimelineCache cache(&db);
        if (!fill(cache, pool, 2000))
            return 1;
    }
    QList<double> readyMs, readyCpuMs;
    for (int run = 0; run < 7; ++run) {
        const double cpu0 = bench::cpuSeconds();
        QElapsedTimer t;
        t.start();
        Database db;
        if (!db.open(coldPath, &error))
            return 1;
        TimelineCache cache(&db);
        ActionQueue actions(&db);
        TimelineModel model;
        model.setSources(&cache, nullptr, &actions);
        model.setTimeline(QStringLiteral("home"));
        const qsizetype chars = realise(model, 0, 39);
        readyMs.append(double(t.nsecsElapsed()) / 1e6);
        readyCpuMs.append((bench::cpuSeconds() - cpu0) * 1e3);
        if (model.rowCount() < 40 || chars == 0)
            return 1;
    }
    std::printf("model ready with its first 40 rows (rich text + summary) from a 2000-status "
                "cache: median %.2f ms (min %.2f, max %.2f); CPU median %.2f ms\n",
                bench::median(readyMs), *std::min_element(readyMs.begin(), readyMs.end()),
                *std::max_element(readyMs.begin(), readyMs.end()), bench::median(readyCpuMs));

    // 3. Ingest with the model open.
    constexpr int kEvents = 5000;
    constexpr int kBatch = 50;
    QList<QByteArray> events;
    for (int i = 0; i < kEvents; ++i)
        events.append(payload(pool, 10'000 + i));
    QList<double> rates, cpuRates;
    for (int run = 0; run < 3; ++run) {
        Database db;
        if (!db.open(tmp.filePath(QStringLiteral("ingest%1/cache.sqlite3").arg(run)), &error))
            return 1;
        TimelineCache cache(&db);
        ActionQueue actions(&db);
        if (!fill(cache, pool, 2000))
            return 1;
        TimelineModel model;
        model.setSources(&cache, nullptr, &actions);
        model.setTimeline(QStringLiteral("home"));
        realise(model, 0, 39);
        const double cpu0 = bench::cpuSeconds();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kEvents; i += kBatch) {
            {
                TimelineCache::Batch batch(cache);
                for (int j = i; j < i + kBatch; ++j) {
                    auto parsed = Status::fromJson(QJsonDocument::fromJson(events.at(j)).object());
                    if (!parsed || !cache.addStreamedStatus(QStringLiteral("home"), parsed.value()))
                        return 1;
                }
            }
            realise(model, 0, 0); // the view shows the newest
        }
        rates.append(kEvents / (double(t.nsecsElapsed()) / 1e9));
        cpuRates.append(kEvents / (bench::cpuSeconds() - cpu0));
        if (model.statusIdAt(0).isEmpty() ||
            model.rowCount() != cache.itemCount(QStringLiteral("home"))) {
            std::fprintf(stderr, "the model missed events (%d rows)\n", model.rowCount());
            return 1;
        }
    }
    std::printf("ingest of streamed status events into cache + open model (%d per transaction): "
                "median %.0f events/s wall clock, %.0f events per CPU second\n",
                kBatch, bench::median(rates), bench::median(cpuRates));
    return 0;
}
