#include "cache/statuslru.h"

namespace tusk::cache {

void StatusLru::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trim();
}

std::shared_ptr<const Status> StatusLru::get(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return {};
    m_order.splice(m_order.begin(), m_order, it->pos);
    return it->status;
}

void StatusLru::put(const QString &id, std::shared_ptr<const Status> status)
{
    auto it = m_entries.find(id);
    if (it != m_entries.end()) {
        it->status = std::move(status);
        m_order.splice(m_order.begin(), m_order, it->pos);
        return;
    }
    m_order.push_front(id);
    m_entries.insert(id, {std::move(status), m_order.begin()});
    trim();
}

void StatusLru::remove(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    m_order.erase(it->pos);
    m_entries.erase(it);
}

void StatusLru::clear()
{
    m_entries.clear();
    m_order.clear();
}

void StatusLru::trim()
{
    while (m_entries.size() > m_capacity) {
        m_entries.remove(m_order.back());
        m_order.pop_back();
    }
}

} // namespace tusk::cache
