#include "core/entities/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace tusk::json {

void JsonOut::beginObject()
{
    m_out.append('{');
    m_first = true;
}

void JsonOut::endObject()
{
    m_out.append('}');
    m_first = false; // the enclosing container now has at least this value
}

void JsonOut::beginArray()
{
    m_out.append('[');
    m_first = true;
}

void JsonOut::endArray()
{
    m_out.append(']');
    m_first = false;
}

void JsonOut::key(const QString &key)
{
    element();
    string(key);
    m_out.append(':');
}

void JsonOut::element()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonOut::string(QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    m_out.append('"');
    const char16_t *p = s.utf16();
    const char16_t *end = p + s.size();
    while (p < end) {
        // Runs of plain ASCII in one append.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        if (p > run) {
            const qsizetype n = p - run;
            const qsizetype at = m_out.size();
            m_out.resize(at + n);
            char *dst = m_out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                dst[i] = char(run[i]);
        }
        if (p == end)
            break;
        const char16_t c = *p++;
        if (c < 0x80) {
            switch (c) {
            case u'"':
                m_out.append("\\\"", 2);
                break;
            case u'\\':
                m_out.append("\\\\", 2);
                break;
            case u'\b':
                m_out.append("\\b", 2);
                break;
            case u'\f':
                m_out.append("\\f", 2);
                break;
            case u'\n':
                m_out.append("\\n", 2);
                break;
            case u'\r':
                m_out.append("\\r", 2);
                break;
            case u'\t':
                m_out.append("\\t", 2);
                break;
            default: {
                const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
                m_out.append(esc, 6);
            }
            }
        } else if (c < 0x800) {
            m_out.append(char(0xc0 | (c >> 6)));
            m_out.append(char(0x80 | (c & 0x3f)));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            const char utf8[4] = {char(0xf0 | (u >> 18)), char(0x80 | ((u >> 12) & 0x3f)),
                                  char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f))};
            m_out.append(utf8, 4);
        } else if (QChar::isSurrogate(c)) {
            // A lone surrogate cannot be UTF-8; Qt escapes it, so do we.
            const char esc[6] = {
                '\\', 'u', hex[c >> 12], hex[(c >> 8) & 0xf], hex[(c >> 4) & 0xf], hex[c & 0xf]};
            m_out.append(esc, 6);
        } else {
            const char utf8[3] = {char(0xe0 | (c >> 12)), char(0x80 | ((c >> 6) & 0x3f)),
                                  char(0x80 | (c & 0x3f))};
            m_out.append(utf8, 3);
        }
    }
    m_out.append('"');
}

void JsonOut::integer(qint64 n)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    quint64 u = n < 0 ? 0 - quint64(n) : quint64(n);
    do {
        *--p = char('0' + u % 10);
        u /= 10;
    } while (u);
    if (n < 0)
        *--p = '-';
    m_out.append(p, end - p);
}

void JsonOut::number(double d)
{
    if (!std::isfinite(d)) {
        null();
        return;
    }
    // QJsonValue keeps an integral double that fits a qint64 as an integer.
    if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        integer(qint64(d));
        return;
    }
    m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonOut::boolean(bool b)
{
    if (b)
        m_out.append("true", 4);
    else
        m_out.append("false", 5);
}

void JsonOut::null()
{
    m_out.append("null", 4);
}

void JsonOut::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        // Integer or double inside; let Qt decide how it prints (rare: `extra` members only).
        const QByteArray one = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        m_out.append(one.constData() + 1, one.size() - 2);
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array:
        raw(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Object:
        raw(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        break;
    }
}

void JsonOut::raw(const QByteArray &json)
{
    m_out.append(json);
    m_first = false;
}

} // namespace tusk::json
