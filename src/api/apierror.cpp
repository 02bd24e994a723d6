#include "api/apierror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tusk::api {

QString ApiError::kindName() const
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

bool ApiError::isTransient() const
{
    return kind == Kind::Network || kind == Kind::Timeout ||
           (kind == Kind::Http && httpStatus >= 500 && httpStatus != 501);
}

QString ApiError::serverMessage(const QByteArray &body)
{
    const QJsonObject obj = QJsonDocument::fromJson(body).object();
    const QString description = obj.value(QLatin1String("error_description")).toString().trimmed();
    if (!description.isEmpty())
        return description;
    return obj.value(QLatin1String("error")).toString().trimmed();
}

QString ApiError::statusText(int status, const QByteArray &reasonPhrase)
{
    switch (status) {
    case 400:
        return tr("The server did not accept the request (400 Bad Request).");
    case 401:
        return tr("You are not logged in, or your login has expired. Please log in again.");
    case 403:
        return tr("You are not allowed to do this (403 Forbidden).");
    case 404:
        return tr("Not found: it may have been deleted (404).");
    case 408:
        return tr("The server gave up waiting for the request (408).");
    case 410:
        return tr("This is gone from the server (410).");
    case 413:
        return tr("That is too large for the server (413).");
    case 422:
        return tr("The server could not process this (422).");
    case 429:
        return tr("Too many requests: the server asks to slow down. Try again in a moment.");
    case 500:
        return tr("The server had an internal error (500). Try again later.");
    case 502:
        return tr("The server is unreachable behind its gateway (502). Try again later.");
    case 503:
        return tr("The server is temporarily unavailable (503). Try again later.");
    case 504:
        return tr("The server took too long behind its gateway (504). Try again later.");
    default:
        break;
    }
    if (!reasonPhrase.isEmpty())
        return tr("The server answered %1 %2.").arg(status).arg(QString::fromUtf8(reasonPhrase));
    return tr("The server answered with HTTP status %1.").arg(status);
}

ApiError ApiError::fromHttp(int status, const QByteArray &reasonPhrase, const QByteArray &body)
{
    ApiError e;
    e.httpStatus = status;
    e.kind = status == 401 ? Kind::Auth : status == 429 ? Kind::RateLimited : Kind::Http;
    e.message = serverMessage(body);
    if (e.message.isEmpty())
        e.message = statusText(status, reasonPhrase);
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &qtMessage)
{
    ApiError e;
    e.kind = Kind::Network;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        e.message =
            tr("The server refused the connection. It may be down or the address is wrong.");
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.message = tr("The server closed the connection before answering.");
        break;
    case QNetworkReply::HostNotFoundError:
        e.message = tr("The server name could not be found. Check the address and your internet "
                       "connection.");
        break;
    case QNetworkReply::TimeoutError:
        e.kind = Kind::Timeout;
        e.message = tr("The server took too long to answer.");
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Cancelled;
        e.message = tr("The request was cancelled.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = Kind::Tls;
        e.message = tr("A secure connection to the server could not be established.");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        e.message = tr("The network connection was lost.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.message = tr("The network proxy could not be used: %1").arg(qtMessage);
        break;
    case QNetworkReply::TooManyRedirectsError:
        e.message = tr("The server redirected too many times.");
        break;
    default:
        e.message = tr("A network error occurred: %1").arg(qtMessage);
        break;
    }
    return e;
}

} // namespace tusk::api
