#include "server/snowflake.h"

#include <QDateTime>

namespace tusk::server {

qint64 SnowflakeGenerator::next()
{
    return next(QDateTime::currentMSecsSinceEpoch());
}

qint64 SnowflakeGenerator::next(qint64 msecs)
{
    qint64 id = fromMsecs(msecs);
    if (id <= m_last)
        id = m_last + 1;
    m_last = id;
    return id;
}

void SnowflakeGenerator::observe(qint64 id)
{
    if (id > m_last)
        m_last = id;
}

} // namespace tusk::server
