#pragma once
// What the cache and model benchmarks share: real statuses from the fixtures, synthetic ids,
// a pre-filled home timeline, medians, CPU time and resident memory.
#include "cache/timelinecache.h"
#include "core/entities/status.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include <sys/resource.h>

namespace tusk::bench {

// Every status object (single or in an array) under `dir` that parses.
inline QList<QJsonObject> fixtureStatuses(const QString &dir)
{
    QList<QJsonObject> out;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.contains(QLatin1String("content")) && Status::fromJson(o).ok())
                out.append(o);
        }
    }
    return out;
}

// The n-th synthetic status: a fixture status with a fresh, increasing snowflake-like id.
inline QByteArray syntheticStatusJson(const QList<QJsonObject> &pool, qint64 n, qint64 idBase)
{
    QJsonObject o = pool.at(int(n % pool.size()));
    o.insert(QStringLiteral("id"), QString::number(idBase + n * 1000));
    if (o.value(u"reblog").isObject()) {
        QJsonObject inner = o.value(u"reblog").toObject();
        inner.insert(QStringLiteral("id"), QString::number(100000000000000000LL + n * 1000));
        o.insert(QStringLiteral("reblog"), inner);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline Status parseStatus(const QByteArray &json)
{
    return Status::fromJson(QJsonDocument::fromJson(json).object()).value();
}

// `count` synthetic statuses in "home", in pages of 40, newest first, as a user scrolling back
// would have fetched them; `markOldest` says the last page reached the end of the timeline.
inline bool fillHome(cache::TimelineCache &cache, const QList<QJsonObject> &pool, int count,
                     qint64 idBase, bool markOldest)
{
    for (int top = count - 1; top >= 0; top -= 40) {
        QList<Status> page;
        for (int i = top; i > top - 40 && i >= 0; --i)
            page.append(parseStatus(syntheticStatusJson(pool, i, idBase)));
        cache::PageInfo info;
        if (top != count - 1)
            info.maxId = QString::number(idBase + (top + 1) * 1000LL);
        info.reachedOldest = markOldest && top < 40;
        if (!cache.insertPage(QStringLiteral("home"), page, info))
            return false;
    }
    return true;
}

template <typename T> T median(QList<T> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// CPU seconds this process used (user + system): on a shared, busy machine the wall clock
// also counts other programs' turns.
inline double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

inline long rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace tusk::bench
