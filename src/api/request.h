#pragma once
#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <concepts>
#include <variant>

// What one API call is: verb, path, query, body. Request types (src/api/requests/) only fill this
// in; ApiClient owns everything else (auth, retries, rate limits, errors).
namespace tusk::api {

enum class Verb { Get, Head, Post, Put, Patch, Delete };
QByteArray verbName(Verb verb);

// A request body. Forms and JSON are what Mastodon servers accept everywhere; Raw carries
// pre-built bodies (multipart) so that a retry can send exactly the same bytes again.
struct Body {
    struct Raw {
        QByteArray bytes;
        QByteArray contentType;
    };
    std::variant<std::monostate, QJsonObject, QUrlQuery, Raw> content;

    Body() = default;
    Body(QJsonObject json) : content(std::move(json)) {}
    Body(QUrlQuery form) : content(std::move(form)) {}
    Body(Raw raw) : content(std::move(raw)) {}
    bool isEmpty() const { return content.index() == 0; }
    QByteArray contentType() const;
    QByteArray bytes() const;
};

// Percent-encodes every reserved character including '+', which QUrlQuery leaves alone and
// servers would read as a space.
QByteArray encodeQuery(const QUrlQuery &query);

struct RequestSpec {
    Verb verb = Verb::Get;
    QString path;     // relative to the account's instance URL, e.g. "/api/v1/statuses"
    QUrl absoluteUrl; // only for documents the server points us to (NodeInfo); see ApiClient
    QUrlQuery query;
    Body body;
    // Set on POSTs the server may safely see twice (statuses); also makes them retryable.
    QString idempotencyKey;
    bool authenticated = true; // send the account's bearer token
    std::chrono::milliseconds timeout{30'000};
    qint64 maxResponseBytes = 16 * 1024 * 1024;

    // Safe to send again after a network error or 5xx.
    bool isRetryable() const
    {
        return verb == Verb::Get || verb == Verb::Head || verb == Verb::Put ||
               verb == Verb::Delete || !idempotencyKey.isEmpty();
    }
};

// Shorthand for request types.
inline RequestSpec makeSpec(Verb verb, QString path, QUrlQuery query = {}, Body body = {})
{
    RequestSpec s;
    s.verb = verb;
    s.path = std::move(path);
    s.query = std::move(query);
    s.body = std::move(body);
    return s;
}

// An id or name as one path segment (ids are opaque strings: ULIDs, hex, anything).
inline QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// `base` (an instance URL, maybe with a path prefix or trailing slash) + an encoded API path.
inline QUrl urlWithPath(const QUrl &base, const QString &encodedPath)
{
    QUrl url = base;
    QString prefix = base.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + encodedPath, QUrl::TolerantMode);
    return url;
}

// A request type states `using Value = ...;` and `RequestSpec spec() const`.
template <typename R>
concept ApiRequest = requires(const R &r)
{
    typename R::Value;
    {
        r.spec()
        } -> std::convertible_to<RequestSpec>;
};

// For endpoints whose answer carries nothing we need (e.g. revoke).
struct Empty {};

// A spec built elsewhere (discovered URLs, a CLI's "raw" command). Endpoint types are preferred.
template <typename T = QJsonValue> struct CustomRequest {
    using Value = T;
    RequestSpec request;
    RequestSpec spec() const { return request; }
};

// Turns a response body into the request's Value. Entities provide `static Result<T>
// fromJson(const QJsonValue &)`; lists and raw JSON are handled here.
template <typename T> struct ResponseParser {
    static Result<T> parse(const QJsonValue &json) { return T::fromJson(json); }
};
template <> struct ResponseParser<Empty> {
    static Result<Empty> parse(const QJsonValue &) { return Empty{}; }
};
template <> struct ResponseParser<QJsonValue> {
    static Result<QJsonValue> parse(const QJsonValue &json) { return json; }
};
template <> struct ResponseParser<QJsonObject> {
    static Result<QJsonObject> parse(const QJsonValue &json)
    {
        if (!json.isObject())
            return ParseError{QStringLiteral("$"), QStringLiteral("expected a JSON object")};
        return json.toObject();
    }
};
template <> struct ResponseParser<QJsonArray> {
    static Result<QJsonArray> parse(const QJsonValue &json)
    {
        if (!json.isArray())
            return ParseError{QStringLiteral("$"), QStringLiteral("expected a JSON array")};
        return json.toArray();
    }
};
template <typename T> struct ResponseParser<QList<T>> {
    static Result<QList<T>> parse(const QJsonValue &json)
    {
        if (!json.isArray())
            return ParseError{QStringLiteral("$"), QStringLiteral("expected a JSON array")};
        const QJsonArray array = json.toArray();
        QList<T> out;
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            Result<T> item = ResponseParser<T>::parse(array.at(i));
            if (!item) {
                ParseError e = item.error();
                e.path =
                    QStringLiteral("$[%1]").arg(i) + e.path.mid(e.path.startsWith(u'$') ? 1 : 0);
                return e;
            }
            out.append(std::move(item).value());
        }
        return out;
    }
};

} // namespace tusk::api
