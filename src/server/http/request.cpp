#include "server/http/request.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace tusk::server {

const char *methodName(Method m)
{
    switch (m) {
    case Method::Get:
        return "GET";
    case Method::Head:
        return "HEAD";
    case Method::Post:
        return "POST";
    case Method::Put:
        return "PUT";
    case Method::Patch:
        return "PATCH";
    case Method::Delete:
        return "DELETE";
    case Method::Options:
        return "OPTIONS";
    case Method::Other:
        break;
    }
    return "OTHER";
}

namespace {

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::trunc(d) == d && std::abs(d) < 9.2e18)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    default:
        return {};
    }
}

// "a[b][]" -> {"a", "b", ""}; an empty segment means "append to an array".
QStringList splitKey(const QString &key)
{
    QStringList segs;
    const qsizetype open = key.indexOf(u'[');
    if (open <= 0 || !key.endsWith(u']')) {
        segs << key;
        return segs;
    }
    segs << key.left(open);
    qsizetype i = open;
    while (i < key.size() && key.at(i) == u'[') {
        const qsizetype close = key.indexOf(u']', i);
        if (close < 0)
            break;
        segs << key.mid(i + 1, close - i - 1);
        i = close + 1;
    }
    return segs;
}

QJsonValue insertAt(const QJsonValue &node, const QStringList &segs, int i, const QString &value)
{
    if (i == segs.size())
        return value;
    const QString &seg = segs.at(i);
    if (seg.isEmpty()) {
        QJsonArray arr = node.isArray() ? node.toArray() : QJsonArray();
        if (i + 1 == segs.size()) {
            arr.append(value);
        } else {
            // x[][name]=a&x[][value]=b: fill the last element until a key repeats (Rails' rule).
            const QString &next = segs.at(i + 1);
            if (!arr.isEmpty() && arr.last().isObject() && !arr.last().toObject().contains(next))
                arr.replace(arr.size() - 1, insertAt(arr.last(), segs, i + 1, value));
            else
                arr.append(insertAt(QJsonObject(), segs, i + 1, value));
        }
        return arr;
    }
    QJsonObject obj = node.isObject() ? node.toObject() : QJsonObject();
    obj.insert(seg, insertAt(obj.value(seg), segs, i + 1, value));
    return obj;
}

QString formDecode(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

QByteArray headerParam(QByteArrayView header, QByteArrayView name)
{
    // Finds name="value" or name=value in a header such as Content-Disposition.
    const QByteArray lower = header.toByteArray().toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype at = lower.indexOf(name.toByteArray().toLower() + '=', from);
        if (at < 0)
            return {};
        // Must start a parameter, not end another (filename= vs name=).
        if (at > 0 && lower.at(at - 1) != ';' && lower.at(at - 1) != ' ') {
            from = at + 1;
            continue;
        }
        qsizetype v = at + name.size() + 1;
        if (v < header.size() && header.at(v) == '"') {
            const qsizetype end = header.toByteArray().indexOf('"', v + 1);
            return header.toByteArray().mid(v + 1, end < 0 ? -1 : end - v - 1);
        }
        qsizetype end = lower.indexOf(';', v);
        return header.toByteArray().mid(v, end < 0 ? -1 : end - v).trimmed();
    }
}

bool parseMultipart(const QByteArray &body, const QByteArray &boundary, Params &params,
                    QList<UploadedFile> &files)
{
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headEnd = body.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            return false;
        const QByteArray head = body.mid(pos, headEnd - pos);
        const qsizetype dataStart = headEnd + 4;
        const qsizetype next = body.indexOf("\r\n" + delimiter, dataStart);
        if (next < 0)
            return false;
        QByteArray disposition, type;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (name == "content-type")
                type = line.mid(colon + 1).trimmed();
        }
        const QString field = QString::fromUtf8(headerParam(disposition, "name"));
        const bool isFile = disposition.toLower().contains("filename");
        if (isFile) {
            files.append({field, QString::fromUtf8(headerParam(disposition, "filename")), type,
                          body.mid(dataStart, next - dataStart)});
        } else if (!field.isEmpty()) {
            params.addField(field, QString::fromUtf8(body.mid(dataStart, next - dataStart)));
        }
        pos = next + 2;
    }
}

} // namespace

QString Params::string(QStringView key) const
{
    return scalarText(m_root.value(key));
}

bool Params::truthy(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    const QString s = v.toString().toLower();
    return s == u"1" || s == u"true" || s == u"on" || s == u"t";
}

bool Params::boolean(QStringView key, bool fallback) const
{
    const QJsonValue v = m_root.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return fallback;
    return truthy(v);
}

std::optional<qint64> Params::integer(QStringView key) const
{
    bool ok = false;
    const qint64 n = string(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

QStringList Params::list(QStringView key) const
{
    QStringList out;
    const QJsonValue v = m_root.value(key);
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out << scalarText(e);
    } else if (v.isObject()) {
        // x[0]=a&x[1]=b: order by numeric index.
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
        for (const QString &k : keys)
            out << scalarText(o.value(k));
    } else if (!v.isUndefined() && !v.isNull()) {
        out << scalarText(v);
    }
    return out;
}

void Params::addField(const QString &name, const QString &value)
{
    const QStringList segs = splitKey(name);
    if (segs.first().isEmpty())
        return;
    if (segs.size() == 1) {
        m_root.insert(name, value);
        return;
    }
    m_root.insert(segs.first(), insertAt(m_root.value(segs.first()), segs, 1, value));
}

void Params::addForm(QByteArrayView encoded)
{
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype amp = encoded.indexOf('&', start);
        if (amp < 0)
            amp = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, amp - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                addField(formDecode(pair), QString());
            else
                addField(formDecode(pair.first(eq)), formDecode(pair.sliced(eq + 1)));
        }
        start = amp + 1;
    }
}

void Params::addJson(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        m_root.insert(it.key(), it.value());
}

QByteArray Request::header(QByteArrayView lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

QString Request::parseParameters()
{
    if (!rawQuery.isEmpty())
        params.addForm(rawQuery);
    if (body.isEmpty())
        return {};
    const QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    const QByteArray mime = (semicolon < 0 ? type : type.first(semicolon)).trimmed().toLower();
    if (mime == "application/json" || mime.endsWith("+json")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return QStringLiteral("Malformed JSON body: %1").arg(error.errorString());
        if (!doc.isObject())
            return QStringLiteral("The JSON body must be an object");
        params.addJson(doc.object());
    } else if (mime == "multipart/form-data") {
        const QByteArray boundary = headerParam(type, "boundary");
        if (boundary.isEmpty() || !parseMultipart(body, boundary, params, files))
            return QStringLiteral("Malformed multipart body");
    } else if (mime == "application/x-www-form-urlencoded" || mime.isEmpty()) {
        params.addForm(body);
    }
    return {};
}

} // namespace tusk::server
