#pragma once
// A real account cache (SQLite in a temporary directory) for model tests, and small helpers.
#include "cache/actionqueue.h"
#include "cache/database.h"
#include "cache/timelinecache.h"
#include "cachetestdata.h"
#include "models/statuslistmodel.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tusk::modeltest {

struct CacheFixture {
    QTemporaryDir dir;
    cache::Database db;
    std::unique_ptr<cache::TimelineCache> cache;
    std::unique_ptr<cache::ActionQueue> actions;
    QString error;

    bool open()
    {
        if (!db.open(dir.filePath(QStringLiteral("cache.sqlite3")), &error))
            return false;
        cache = std::make_unique<cache::TimelineCache>(&db);
        actions = std::make_unique<cache::ActionQueue>(&db);
        return true;
    }

    // Statuses newest..oldest ("status N" each) as one page that reaches the oldest.
    bool fill(const QString &timeline, int newest, int oldest = 1)
    {
        cache::PageInfo info;
        info.reachedOldest = oldest == 1;
        return cache->insertPage(timeline, cachetest::range(newest, oldest), info);
    }
};

inline QString roleString(const QAbstractItemModel &m, int row, int role)
{
    return m.data(m.index(row, 0), role).toString();
}

// Item ids of the status rows, top to bottom (gap rows left out).
inline QStringList statusIds(const QAbstractItemModel &m)
{
    QStringList out;
    for (int i = 0; i < m.rowCount(); ++i) {
        if (roleString(m, i, models::StatusListModel::KindRole) != u"gap")
            out.append(roleString(m, i, models::StatusListModel::ItemIdRole));
    }
    return out;
}

inline int firstGapRow(const QAbstractItemModel &m)
{
    for (int i = 0; i < m.rowCount(); ++i) {
        if (roleString(m, i, models::StatusListModel::KindRole) == u"gap")
            return i;
    }
    return -1;
}

} // namespace tusk::modeltest
