#include "api/request.h"

namespace tusk::api {

QByteArray verbName(Verb verb)
{
    switch (verb) {
    case Verb::Get:
        return QByteArrayLiteral("GET");
    case Verb::Head:
        return QByteArrayLiteral("HEAD");
    case Verb::Post:
        return QByteArrayLiteral("POST");
    case Verb::Put:
        return QByteArrayLiteral("PUT");
    case Verb::Patch:
        return QByteArrayLiteral("PATCH");
    case Verb::Delete:
        return QByteArrayLiteral("DELETE");
    }
    return {};
}

QByteArray encodeQuery(const QUrlQuery &query)
{
    QByteArray out;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key, "[]") + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QByteArray Body::contentType() const
{
    if (std::holds_alternative<QJsonObject>(content))
        return QByteArrayLiteral("application/json");
    if (const auto *raw = std::get_if<Raw>(&content))
        return raw->contentType;
    return QByteArrayLiteral("application/x-www-form-urlencoded");
}

QByteArray Body::bytes() const
{
    if (const auto *json = std::get_if<QJsonObject>(&content))
        return QJsonDocument(*json).toJson(QJsonDocument::Compact);
    if (const auto *form = std::get_if<QUrlQuery>(&content))
        return encodeQuery(*form);
    if (const auto *raw = std::get_if<Raw>(&content))
        return raw->bytes;
    return {};
}

} // namespace tusk::api
