#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QHash>

namespace tusk::server {

// Fixed-window counters like Mastodon's rack-attack throttles: `limit` hits per `period`, windows
// aligned to multiples of the period since the epoch (so Reset is the same for every key).
class RateLimiter {
public:
    struct Verdict {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        QDateTime reset; // end of the current window
    };

    RateLimiter(int limit, int periodSecs) : m_limit(limit), m_period(qMax(1, periodSecs)) {}
    Verdict hit(const QByteArray &key);
    Verdict peek(const QByteArray &key) const;
    int limit() const { return m_limit; }

private:
    struct Window {
        qint64 start = 0;
        int count = 0;
    };
    qint64 windowStart(qint64 nowSecs) const { return nowSecs - nowSecs % m_period; }
    Verdict verdict(const Window &w) const;

    int m_limit;
    int m_period;
    QHash<QByteArray, Window> m_windows;
    qint64 m_lastSweep = 0;
};

} // namespace tusk::server
