#pragma once
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace tusk::api {

// Why a request did not produce a value, in words a person understands. `message` is what the
// UI shows: the server's own explanation when it gave one, else the HTTP status in plain words,
// else the network cause.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        Network,     // no usable answer: refused, unreachable, connection dropped, DNS
        Timeout,     // the transfer stalled longer than the request allows
        Tls,         // the secure connection could not be set up
        Http,        // the server answered with an error status (400, 403, 404, 422, 5xx, ...)
        Auth,        // 401: the token is missing, expired or revoked; the account needs a new login
        RateLimited, // 429 and the client gave up waiting
        Parse,       // the body was not the JSON we expected
        TooLarge,    // the response exceeded the request's size cap
        Cancelled,   // the caller aborted the request
        Refused,     // the client refused to send it (e.g. a token to a foreign origin)
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; // 0 when there was no HTTP answer
    QString message;

    QString kindName() const;
    // Network errors, timeouts and 5xx are worth trying again (if the request is idempotent).
    bool isTransient() const;

    // The server's explanation from a Mastodon/OAuth error body, empty if there is none.
    // OAuth errors put the code in `error` and the sentence in `error_description`.
    static QString serverMessage(const QByteArray &body);
    static QString statusText(int httpStatus, const QByteArray &reasonPhrase = {});
    static ApiError fromHttp(int httpStatus, const QByteArray &reasonPhrase,
                             const QByteArray &body);
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &qtMessage);
};

} // namespace tusk::api
