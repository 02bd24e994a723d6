#pragma once
#include "core/entities/status.h"

#include <QHash>
#include <QString>

#include <list>
#include <memory>

namespace tusk::cache {

// The parsed statuses a TimelineCache has read recently, most recent first, at most capacity()
// of them. Owned by one cache instance (never shared or static), so accounts and tests do not
// see each other's entries.
class StatusLru {
public:
    explicit StatusLru(int capacity = 1000) : m_capacity(qMax(1, capacity)) {}

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    int size() const { return int(m_entries.size()); }

    // Null when absent; a hit becomes the most recent entry.
    std::shared_ptr<const Status> get(const QString &id);
    void put(const QString &id, std::shared_ptr<const Status> status);
    void remove(const QString &id);
    void clear();

private:
    struct Entry {
        std::shared_ptr<const Status> status;
        std::list<QString>::iterator pos;
    };
    void trim();

    std::list<QString> m_order; // front = most recently used
    QHash<QString, Entry> m_entries;
    int m_capacity;
};

} // namespace tusk::cache
