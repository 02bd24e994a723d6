#pragma once
// Reconnect delays: exponential growth with "full jitter" (a uniform draw from [0, ceiling]) so
// that many clients dropped by one server restart do not come back in lockstep.
#include <QRandomGenerator>

#include <chrono>

namespace tusk::streaming {

class Backoff {
public:
    using ms = std::chrono::milliseconds;
    Backoff(ms base = ms(1000), ms cap = ms(60'000)) : m_base(base), m_cap(cap) {}

    void setBase(ms base) { m_base = base; }
    void setCap(ms cap) { m_cap = cap; }
    ms base() const { return m_base; }
    ms cap() const { return m_cap; }
    int attempts() const { return m_attempts; }
    // Seeds the draws (tests want repeatable delays).
    void seed(quint32 seed) { m_random.seed(seed); }

    // min(cap, base * 2^attempts): the upper bound of the next draw.
    ms ceiling() const;
    // The next delay, drawn from [0, ceiling()]; counts an attempt.
    ms next();
    // A connection stayed up long enough: start from the base again.
    void reset() { m_attempts = 0; }

private:
    ms m_base;
    ms m_cap;
    int m_attempts = 0;
    QRandomGenerator m_random{QRandomGenerator::securelySeeded()};
};

} // namespace tusk::streaming
