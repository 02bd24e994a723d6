#include "server/http/response.h"

#include <QJsonDocument>

namespace tusk::server {

Response Response::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(const QJsonArray &array, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::json(QByteArray body, int status)
{
    Response r;
    r.status = status;
    r.body = std::move(body);
    return r;
}

Response Response::error(int status, const QString &error, const QString &description)
{
    QJsonObject o{{QStringLiteral("error"), error}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("error_description"), description);
    return json(o, status);
}

Response Response::html(const QByteArray &page, int status)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = page;
    // The consent page must not be framed (clickjacking) nor load anything foreign.
    r.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                           "frame-ancestors 'none'");
    r.setHeader("X-Frame-Options", "DENY");
    r.setHeader("Cache-Control", "no-store");
    return r;
}

Response Response::text(const QByteArray &text, int status)
{
    Response r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = text;
    return r;
}

Response Response::redirect(const QByteArray &location, int status)
{
    Response r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.setHeader("Location", location);
    r.setHeader("Cache-Control", "no-store");
    return r;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace tusk::server
