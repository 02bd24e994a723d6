// TimelineCache figures, with real statuses from the fixtures folder (cycled, given fresh
// Mastodon-style ids):
//   1. cold open of a 2,000-status cached timeline to the first 40 parsed statuses (new
//      connection, empty LRU; the OS file cache is warm), median of 7, ms;
//   2. ingest of streamed status events: JSON payload text → Status → cache, in batches of 50
//      events per transaction (as a stream burst is), pruning at 2,000; events/s, median of 3;
//   3. resident memory with 5,000 statuses cached and all of them read once through the LRU.
// Usage: bench_cache [fixtures-dir]
#include "benchsupport.h"
#include "cache/database.h"
#include "cache/timelinecache.h"

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

namespace {

QByteArray statusJson(const QList<QJsonObject> &pool, qint64 i)
{
    return bench::syntheticStatusJson(pool, i, 110000000000000000LL);
}

bool fill(TimelineCache &cache, const QList<QJsonObject> &pool, int count)
{
    return bench::fillHome(cache, pool, count, 110000000000000000LL, false);
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
    std::printf("bench_cache: %lld fixture statuses cycled\n", qlonglong(pool.size()));
    QTemporaryDir tmp;
    QString error;

    // 1. Cold open to the first 40 rows.
    const QString coldPath = tmp.filePath(QStringLiteral("cold/cache.sqlite3"));
    {
        Database db;
        if (!db.open(coldPath, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        TimelineCache cache(&db);
        if (!fill(cache, pool, 2000) || cache.itemCount(QStringLiteral("home")) != 2000) {
            std::fprintf(stderr, "filling the cache failed\n");
            return 1;
        }
    }
    QList<double> openMs, openCpuMs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        const double cpu0 = bench::cpuSeconds();
        t.start();
        Database db;
        if (!db.open(coldPath, &error))
            return 1;
        TimelineCache cache(&db);
        const auto rows = cache.rows(QStringLiteral("home"), 40);
        openMs.append(double(t.nsecsElapsed()) / 1e6);
        openCpuMs.append((bench::cpuSeconds() - cpu0) * 1e3);
        if (rows.size() != 40 || !rows.last().status)
            return 1;
    }
    std::printf("cold open, 2000-status timeline -> first 40 parsed statuses: median %.2f ms "
                "(min %.2f, max %.2f); CPU median %.2f ms\n",
                bench::median(openMs), *std::min_element(openMs.begin(), openMs.end()),
                *std::max_element(openMs.begin(), openMs.end()), bench::median(openCpuMs));

    // 2. Ingest of streamed events.
    constexpr int kEvents = 10'000;
    constexpr int kBatch = 50;
    QList<QByteArray> payloads;
    for (int i = 0; i < kEvents; ++i)
        payloads.append(statusJson(pool, 5000 + i));
    QList<double> rates, cpuRates;
    for (int run = 0; run < 3; ++run) {
        Database db;
        if (!db.open(tmp.filePath(QStringLiteral("ingest%1/cache.sqlite3").arg(run)), &error))
            return 1;
        TimelineCache cache(&db);
        if (!fill(cache, pool, 2000)) // a full timeline: every event also prunes one
            return 1;
        QElapsedTimer t;
        const double cpu0 = bench::cpuSeconds();
        t.start();
        for (int i = 0; i < kEvents; i += kBatch) {
            TimelineCache::Batch batch(cache);
            for (int j = i; j < i + kBatch; ++j) {
                auto parsed = Status::fromJson(QJsonDocument::fromJson(payloads.at(j)).object());
                if (!parsed || !cache.addStreamedStatus(QStringLiteral("home"), parsed.value()))
                    return 1;
            }
        }
        rates.append(kEvents / (double(t.nsecsElapsed()) / 1e9));
        cpuRates.append(kEvents / (bench::cpuSeconds() - cpu0));
        if (cache.itemCount(QStringLiteral("home")) != 2000)
            return 1;
    }
    std::printf("ingest of streamed status events (parse + store + prune, %d per transaction): "
                "median %.0f events/s wall clock, %.0f events per CPU second\n",
                kBatch, bench::median(rates), bench::median(cpuRates));

    // 3. Memory with 5,000 statuses cached.
    const long before = bench::rssKiB();
    {
        Database db;
        if (!db.open(tmp.filePath(QStringLiteral("rss/cache.sqlite3")), &error))
            return 1;
        TimelineCache cache(&db);
        cache.setMaxItemsPerTimeline(5000);
        if (!fill(cache, pool, 5000))
            return 1;
        const long filled = bench::rssKiB();
        qsizetype shown = 0;
        QString key;
        for (;;) {
            const auto rows = cache.rows(QStringLiteral("home"), 100, key);
            if (rows.isEmpty())
                break;
            shown += rows.size();
            key = rows.last().sortKey;
        }
        const long read = bench::rssKiB();
        std::printf("RSS: %ld KiB before; %ld KiB with 5000 statuses cached (+%ld); %ld KiB after "
                    "reading all %lld rows through the LRU (+%ld); file %lld KiB\n",
                    before, filled, filled - before, read, qlonglong(shown), read - before,
                    QFileInfo(db.path()).size() / 1024);
    }
    return 0;
}
