#pragma once
#include "server/http/response.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace tusk::server {

// Rendered answers of GET requests, keyed by token and URL, valid while no write has happened
// since (Database::writeGeneration()). Reading a timeline again costs a hash lookup instead of
// SQL and JSON. Bounded by bytes; oldest entries go first.
class ResponseCache {
public:
    explicit ResponseCache(qsizetype maxBytes = 2 * 1024 * 1024) : m_maxBytes(maxBytes) {}

    const Response *find(const QByteArray &key);
    void insert(const QByteArray &key, const Response &response);
    qsizetype bytes() const { return m_bytes; }

private:
    struct Entry {
        Response response;
        quint64 generation = 0;
    };
    void dropAll();

    QHash<QByteArray, Entry> m_entries;
    QList<QByteArray> m_order;
    qsizetype m_bytes = 0;
    qsizetype m_maxBytes;
    quint64 m_generation = 0;
};

} // namespace tusk::server
