#include "api/ratelimit.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tusk::api {

namespace {

std::optional<qint64> parseInteger(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

// IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") plus the two obsolete forms RFC 9110 still
// asks recipients to accept.
std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // The weekday is redundant and would make two-digit years fail Qt's consistency check.
    QString text = QString::fromLatin1(value.trimmed());
    const qsizetype comma = text.indexOf(u',');
    text = comma >= 0 ? text.mid(comma + 1).trimmed()
                      : text.section(u' ', 1, -1, QString::SectionSkipEmpty);
    const QLocale c = QLocale::c();
    static const char *const formats[] = {
        "dd MMM yyyy HH:mm:ss 'GMT'", // IMF-fixdate
        "dd-MMM-yy HH:mm:ss 'GMT'",   // RFC 850
        "MMM d HH:mm:ss yyyy",        // asctime
    };
    for (const char *format : formats) {
        QDateTime dt = c.toDateTime(text.simplified(), QLatin1String(format));
        if (dt.isValid()) {
            dt.setTimeZone(QTimeZone::utc());
            if (dt.date().year() < 1970)
                dt = dt.addYears(100);
            return dt;
        }
    }
    // Qt's RFC 2822 parser takes numeric offsets ("+0000").
    const QDateTime dt =
        QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (dt.isValid())
        return dt.toUTC();
    return std::nullopt;
}

} // namespace

std::optional<QDateTime> parseResetTime(const QByteArray &value, const QDateTime &now)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    if (const auto n = parseInteger(value)) {
        // Large numbers are Unix timestamps; small ones a delay.
        if (*n > 1'000'000'000)
            return QDateTime::fromSecsSinceEpoch(*n, QTimeZone::utc());
        return now.addSecs(*n);
    }
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::ISODateWithMs);
    if (!dt.isValid())
        return parseHttpDate(value);
    return dt.toUTC();
}

std::optional<QDateTime> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    if (const auto n = parseInteger(value))
        return now.addSecs(*n);
    const auto date = parseHttpDate(value);
    if (!date)
        return std::nullopt;
    return std::max(*date, now);
}

std::optional<RateLimit> RateLimit::fromHeaders(const QByteArray &limit,
                                                const QByteArray &remaining,
                                                const QByteArray &reset, const QDateTime &now)
{
    const auto l = parseInteger(limit);
    const auto r = parseInteger(remaining);
    if (!l || !r)
        return std::nullopt;
    RateLimit rl;
    rl.limit = int(std::min<qint64>(*l, INT_MAX));
    rl.remaining = int(std::min<qint64>(*r, INT_MAX));
    if (const auto t = parseResetTime(reset, now))
        rl.reset = *t;
    return rl;
}

std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base,
                                       std::chrono::milliseconds cap, double jitter01)
{
    const double full =
        std::min(double(cap.count()), double(base.count()) * std::pow(2.0, std::max(0, attempt)));
    const double jitter = std::clamp(jitter01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(full / 2 + full / 2 * jitter));
}

} // namespace tusk::api
