#include "server/auth/ratelimiter.h"

namespace tusk::server {

RateLimiter::Verdict RateLimiter::verdict(const Window &w) const
{
    Verdict v;
    v.limit = m_limit;
    v.remaining = qMax(0, m_limit - w.count);
    v.allowed = w.count <= m_limit;
    v.reset = QDateTime::fromSecsSinceEpoch(w.start + m_period, Qt::UTC);
    return v;
}

RateLimiter::Verdict RateLimiter::hit(const QByteArray &key)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 start = windowStart(now);
    if (start != m_lastSweep) {
        // A new window: old counters are worthless, drop them so memory stays bounded.
        m_lastSweep = start;
        m_windows.removeIf([start](const auto &it) { return it.value().start != start; });
    }
    Window &w = m_windows[key];
    if (w.start != start) {
        w.start = start;
        w.count = 0;
    }
    ++w.count;
    return verdict(w);
}

RateLimiter::Verdict RateLimiter::peek(const QByteArray &key) const
{
    const qint64 start = windowStart(QDateTime::currentSecsSinceEpoch());
    Window w = m_windows.value(key);
    if (w.start != start)
        w = {start, 0};
    return verdict(w);
}

} // namespace tusk::server
