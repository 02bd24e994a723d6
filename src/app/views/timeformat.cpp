#include "timeformat.h"

#include <QLocale>

namespace tusk::views {

TimeFormat::TimeFormat(QObject *parent) : QObject(parent), m_now(QDateTime::currentDateTimeUtc())
{
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        Q_EMIT nowChanged();
    });
    m_tick.start();
}

QString TimeFormat::absolute(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

QString TimeFormat::relativeTo(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    // Clocks disagree a little between server and client: a time slightly ahead is "now".
    const qint64 secs = std::max<qint64>(0, time.secsTo(now));
    if (secs < 10)
        return tr("now");
    if (secs < 60)
        return tr("%n s", "seconds, short", int(secs));
    if (secs < 3600)
        return tr("%n min", "minutes, short", int(secs / 60));
    if (secs < 86400)
        return tr("%n h", "hours, short", int(secs / 3600));
    if (secs < 7 * 86400)
        return tr("%n d", "days, short", int(secs / 86400));
    const QDate date = time.toLocalTime().date();
    if (date.year() == now.toLocalTime().date().year())
        return QLocale().toString(date, tr("MMM d", "date format within this year"));
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString TimeFormat::spokenTo(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 secs = std::max<qint64>(0, time.secsTo(now));
    if (secs < 60)
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", "", int(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s) ago", "", int(secs / 3600));
    if (secs < 7 * 86400)
        return tr("%n day(s) ago", "", int(secs / 86400));
    return QLocale().toString(time.toLocalTime().date(), QLocale::LongFormat);
}

QString TimeFormat::expiryTo(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 secs = now.secsTo(time);
    if (secs <= 0)
        return tr("closed");
    if (secs < 3600)
        return tr("closes in %n minute(s)", "", int(std::max<qint64>(1, secs / 60)));
    if (secs < 86400)
        return tr("closes in %n hour(s)", "", int(secs / 3600));
    return tr("closes in %n day(s)", "", int(secs / 86400));
}

} // namespace tusk::views
