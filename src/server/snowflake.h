#pragma once
#include <QtGlobal>

namespace tusk::server {

// Mastodon-style ids: milliseconds since the Unix epoch shifted left 16 bits, plus a sequence in
// the low bits. Decimal strings of them sort by length then lexically, have no leading zeros and
// round-trip through clients that turn digit strings into integers (Mastodon.py).
class SnowflakeGenerator {
public:
    // Never returns a value <= the last one returned or given to observe().
    qint64 next();
    qint64 next(qint64 msecsSinceEpoch); // for data whose time is given
    // Moves the floor up, e.g. to the largest id in the database after a clock step back.
    void observe(qint64 id);

    static qint64 fromMsecs(qint64 msecsSinceEpoch) { return msecsSinceEpoch << 16; }
    static qint64 toMsecs(qint64 id) { return id >> 16; }

private:
    qint64 m_last = 0;
};

} // namespace tusk::server
