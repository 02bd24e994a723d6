#include "core/entities/jsonreader.h"

#include "core/entities/jsonwriter.h"

#include <QCoreApplication>
#include <QList>

#include <cmath>

namespace tusk::json {

namespace {

// Seconds since the epoch of 0001-01-01 and 9999-12-31T23:59:59: outside that a timestamp
// cannot round-trip through the 4-digit ISO 8601 text Mastodon uses.
constexpr qint64 kMinSeconds = -62135596800LL;
constexpr qint64 kMaxSeconds = 253402300799LL;

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

constexpr bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

bool readDigits(QStringView s, qsizetype pos, int count, int &value)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = s[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    value = v;
    return true;
}

QDateTime fromSeconds(double seconds)
{
    if (!std::isfinite(seconds) || seconds < double(kMinSeconds) || seconds > double(kMaxSeconds))
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

// The formats real servers send, without QDateTime::fromString's generality (and cost):
// YYYY-MM-DD[(T| )HH:MM[:SS[(.|,)fraction]][Z|(+|-)HH[[:]MM]]]; no zone means UTC.
bool parseIsoFast(QStringView s, qint64 &msecs)
{
    int year, month, day;
    if (!readDigits(s, 0, 4, year) || s.size() < 10 || s[4] != u'-' ||
        !readDigits(s, 5, 2, month) || s[7] != u'-' || !readDigits(s, 8, 2, day))
        return false;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return false;
    qint64 ms = daysFromCivil(year, unsigned(month), unsigned(day)) * 86400000LL;
    if (s.size() == 10) {
        msecs = ms;
        return true;
    }
    const char16_t sep = s[10].unicode();
    if (sep != u'T' && sep != u't' && sep != u' ')
        return false;
    int hour, minute, second = 0, milli = 0;
    if (!readDigits(s, 11, 2, hour) || s.size() < 16 || s[13] != u':' ||
        !readDigits(s, 14, 2, minute) || hour > 23 || minute > 59)
        return false;
    qsizetype pos = 16;
    if (pos < s.size() && s[pos] == u':') {
        if (!readDigits(s, pos + 1, 2, second) || second > 59)
            return false;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            int digits = 0;
            while (pos < s.size() && s[pos].isDigit() && s[pos].unicode() < 128) {
                if (digits < 3)
                    milli = milli * 10 + (s[pos].unicode() - u'0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return false;
            for (int i = digits; i < 3; ++i)
                milli *= 10;
        }
    }
    ms += ((hour * 60LL + minute) * 60 + second) * 1000 + milli;
    if (pos < s.size()) {
        const char16_t z = s[pos].unicode();
        if (z == u'Z' || z == u'z') {
            ++pos;
        } else if (z == u'+' || z == u'-') {
            int oh, om = 0;
            if (!readDigits(s, pos + 1, 2, oh) || oh > 23)
                return false;
            pos += 3;
            if (pos < s.size() && s[pos] == u':')
                ++pos;
            if (pos < s.size()) {
                if (!readDigits(s, pos, 2, om) || om > 59)
                    return false;
                pos += 2;
            }
            const qint64 offset = (oh * 60LL + om) * 60000;
            ms += z == u'+' ? -offset : offset;
        } else {
            return false;
        }
    }
    if (pos != s.size())
        return false;
    if (ms < kMinSeconds * 1000 || ms > kMaxSeconds * 1000 + 999)
        return false;
    msecs = ms;
    return true;
}

bool looksNumeric(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!(c.isDigit() || c == u'.' || c == u'-' || c == u'+') || c.unicode() >= 128)
            return false;
    }
    return !s.contains(u'-') || s.lastIndexOf(u'-') == 0;
}

} // namespace

QString Path::toString() const
{
    QList<const Path *> chain;
    for (const Path *p = this; p; p = p->parent)
        chain.prepend(p);
    QString out = QStringLiteral("$");
    for (const Path *p : chain) {
        if (!p->parent)
            continue;
        if (p->index >= 0)
            out += u'[' + QString::number(p->index) + u']';
        else
            out += u'.' + p->key.toString();
    }
    return out;
}

ParseError makeError(const Path &path, const QString &message)
{
    return ParseError{path.toString(), message};
}

QString describeType(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("tusk::json", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("tusk::json", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("tusk::json", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("tusk::json", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("tusk::json", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("tusk::json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("tusk::json", "nothing");
}

ReadStatus readString(const QJsonValue &v, QString &out)
{
    switch (v.type()) {
    case QJsonValue::String:
        out = v.toString();
        return ReadStatus::Ok;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ReadStatus::Ok;
    case QJsonValue::Double: {
        // Ids sent as numbers (Pleroma once, Mastodon.py-shaped fixtures): keep exact digits.
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (i != 0 || d == 0.0)
            out = QString::number(i);
        else if (std::floor(d) == d && std::fabs(d) < 1e300)
            out = QString::number(d, 'f', 0);
        else
            out = QString::number(d, 'g', 17);
        return ReadStatus::Ok;
    }
    default:
        return ReadStatus::Unusable;
    }
}

ReadStatus readCount(const QJsonValue &v, qint64 &out)
{
    switch (v.type()) {
    case QJsonValue::Double: {
        const qint64 i = v.toInteger();
        if (i == 0 && v.toDouble() != 0.0)
            return ReadStatus::Unusable; // fractional or out of range
        out = i;
        return ReadStatus::Ok;
    }
    case QJsonValue::String: {
        bool ok = false;
        const qint64 i = QStringView(v.toString()).trimmed().toLongLong(&ok);
        if (!ok)
            return ReadStatus::Unusable;
        out = i;
        return ReadStatus::Ok;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ReadStatus::Ok;
    default:
        return ReadStatus::Unusable;
    }
}

ReadStatus readBool(const QJsonValue &v, bool &out)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        out = v.toBool();
        return ReadStatus::Ok;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d != 0.0 && d != 1.0)
            return ReadStatus::Unusable;
        out = d == 1.0;
        return ReadStatus::Ok;
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        if (s == u"true" || s == u"1" || s.compare(u"true", Qt::CaseInsensitive) == 0) {
            out = true;
            return ReadStatus::Ok;
        }
        if (s == u"false" || s == u"0" || s.compare(u"false", Qt::CaseInsensitive) == 0) {
            out = false;
            return ReadStatus::Ok;
        }
        return ReadStatus::Unusable;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ReadStatus::Ok;
    default:
        return ReadStatus::Unusable;
    }
}

ReadStatus readDouble(const QJsonValue &v, double &out)
{
    switch (v.type()) {
    case QJsonValue::Double:
        out = v.toDouble();
        return ReadStatus::Ok;
    case QJsonValue::String: {
        bool ok = false;
        const double d = QStringView(v.toString()).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return ReadStatus::Unusable;
        out = d;
        return ReadStatus::Ok;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ReadStatus::Ok;
    default:
        return ReadStatus::Unusable;
    }
}

QDateTime parseTimestamp(QStringView text)
{
    qint64 ms = 0;
    if (parseIsoFast(text, ms))
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QStringView t = text.trimmed();
    if (looksNumeric(t)) {
        bool ok = false;
        const double seconds = t.toDouble(&ok);
        return ok ? fromSeconds(seconds) : QDateTime();
    }
    if (t.size() < 10 || t.size() > 64)
        return {};
    // Rarer spellings (e.g. "2019-12-08T03:48Z" variants Qt knows, RFC 2822 from old servers).
    const QString s = t.toString();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!dt.isValid())
        return {};
    dt = dt.toUTC();
    const qint64 secs = dt.toSecsSinceEpoch();
    if (secs < kMinSeconds || secs > kMaxSeconds)
        return {};
    return QDateTime::fromMSecsSinceEpoch(dt.toMSecsSinceEpoch(), Qt::UTC);
}

ReadStatus readTimestamp(const QJsonValue &v, QDateTime &out)
{
    switch (v.type()) {
    case QJsonValue::String: {
        QDateTime dt = parseTimestamp(v.toString());
        if (!dt.isValid())
            return ReadStatus::Unusable;
        out = std::move(dt);
        return ReadStatus::Ok;
    }
    case QJsonValue::Double: {
        QDateTime dt = fromSeconds(v.toDouble());
        if (!dt.isValid())
            return ReadStatus::Unusable;
        out = std::move(dt);
        return ReadStatus::Ok;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return ReadStatus::Ok;
    default:
        return ReadStatus::Unusable;
    }
}

ReadStatus readDate(const QJsonValue &v, QDate &out)
{
    QDateTime dt;
    const ReadStatus s = readTimestamp(v, dt);
    if (s == ReadStatus::Ok && dt.isValid())
        out = dt.date();
    return s;
}

// --- writers ---------------------------------------------------------------------------------

namespace {

void civilFromDays(qint64 z, int &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = int(doy - (153 * mp + 2) / 5 + 1);
    m = int(mp < 10 ? mp + 3 : mp - 9);
    y = int(qint64(yoe) + era * 400 + (m <= 2));
}

void putDigits(char16_t *&p, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        p[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    p += count;
}

} // namespace

QString formatTimestamp(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const qint64 ms = dt.toMSecsSinceEpoch();
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    int y, m, d;
    civilFromDays(days, y, m, d);
    if (y < 1 || y > 9999)
        return dt.toUTC().toString(Qt::ISODateWithMs);
    QString out(24, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    const int msOfDay = int(rest);
    putDigits(p, y, 4);
    *p++ = u'-';
    putDigits(p, m, 2);
    *p++ = u'-';
    putDigits(p, d, 2);
    *p++ = u'T';
    putDigits(p, msOfDay / 3600000, 2);
    *p++ = u':';
    putDigits(p, msOfDay / 60000 % 60, 2);
    *p++ = u':';
    putDigits(p, msOfDay / 1000 % 60, 2);
    *p++ = u'.';
    putDigits(p, msOfDay % 1000, 3);
    *p++ = u'Z';
    return out;
}

QJsonValue writeTimestamp(const QDateTime &dt)
{
    if (!dt.isValid())
        return QJsonValue::Null;
    return formatTimestamp(dt);
}

QJsonValue writeDate(const QDate &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toString(Qt::ISODate);
}

} // namespace tusk::json
