#include "streaming/backoff.h"

#include <algorithm>

namespace tusk::streaming {

Backoff::ms Backoff::ceiling() const
{
    // Doubling stops once past the cap, so no shift overflows however long a server is away.
    qint64 c = std::max<qint64>(1, m_base.count());
    for (int i = 0; i < m_attempts && c < m_cap.count(); ++i)
        c *= 2;
    return ms(std::min<qint64>(c, m_cap.count()));
}

Backoff::ms Backoff::next()
{
    const qint64 c = ceiling().count();
    ++m_attempts;
    return ms(qint64(m_random.bounded(quint64(c) + 1)));
}

} // namespace tusk::streaming
