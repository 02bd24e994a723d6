#include "server/responsecache.h"

#include "server/store/database.h"

namespace tusk::server {

void ResponseCache::dropAll()
{
    m_entries.clear();
    m_order.clear();
    m_bytes = 0;
}

const Response *ResponseCache::find(const QByteArray &key)
{
    const quint64 now = Database::writeGeneration();
    if (now != m_generation) {
        // Something was written: every entry may be stale.
        dropAll();
        m_generation = now;
        return nullptr;
    }
    const auto it = m_entries.constFind(key);
    return it == m_entries.constEnd() ? nullptr : &it->response;
}

void ResponseCache::insert(const QByteArray &key, const Response &response)
{
    const quint64 now = Database::writeGeneration();
    if (now != m_generation) {
        dropAll();
        m_generation = now;
    }
    const qsizetype size = response.body.size() + key.size() + 256;
    if (size > m_maxBytes / 4 || m_entries.contains(key))
        return;
    while (m_bytes + size > m_maxBytes && !m_order.isEmpty()) {
        const QByteArray oldest = m_order.takeFirst();
        const auto it = m_entries.constFind(oldest);
        if (it != m_entries.constEnd()) {
            m_bytes -= it->response.body.size() + oldest.size() + 256;
            m_entries.erase(it);
        }
    }
    m_entries.insert(key, {response, now});
    m_order.append(key);
    m_bytes += size;
}

} // namespace tusk::server
