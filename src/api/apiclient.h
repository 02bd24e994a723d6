#pragma once
#include "api/apierror.h"
#include "api/pagination.h"
#include "api/ratelimit.h"
#include "api/request.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <variant>

class QNetworkAccessManager;

namespace tusk::api {

class ApiClient;

// One request in flight (or waiting for its turn, or for a retry). Owned by the ApiClient and
// deleted after `finished`. Typed callers use ApiClient::call() with a callback instead.
class PendingCall : public QObject {
    Q_OBJECT
public:
    ~PendingCall() override;

    const RequestSpec &spec() const { return m_spec; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error; }
    // Valid after `finished`.
    const std::optional<ApiError> &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray &body() const { return m_body; }
    const PageLinks &links() const { return m_links; }
    QByteArray header(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    QUrl url() const { return m_url; }
    int attempts() const { return m_attempts; }

    // Stops the request; `finished` follows with a Cancelled error.
    void abort();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    PendingCall(RequestSpec spec, ApiClient *client);
    void finish(std::optional<ApiError> error);

    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    int m_rateLimitWaits = 0;
    bool m_tooLarge = false;
    bool m_aborting = false;
    bool m_finished = false;
    std::optional<ApiError> m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QHash<QByteArray, QByteArray> m_headers;
    PageLinks m_links;
};

// A typed answer: the request's Value or an ApiError, plus the page links.
template <typename T> class ApiResult {
public:
    ApiResult(T value, PageLinks links, int status)
        : m_v(std::move(value)), m_links(std::move(links)), m_status(status)
    {}
    ApiResult(ApiError error) : m_v(std::move(error)), m_status(std::get<1>(m_v).httpStatus) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &value(); }
    const ApiError &error() const { return std::get<1>(m_v); }
    const PageLinks &links() const { return m_links; }
    int httpStatus() const { return m_status; }

private:
    std::variant<T, ApiError> m_v;
    PageLinks m_links;
    int m_status = 0;
};

struct RetryPolicy {
    int maxRetries = 3; // network errors / 5xx, retryable requests only
    std::chrono::milliseconds baseDelay{500};
    std::chrono::milliseconds maxDelay{30'000};
    int maxRateLimitWaits = 5; // 429s a single call sits out before giving up
    std::chrono::milliseconds maxRateLimitWait{15 * 60'000};
};

// The one way to talk to a Mastodon-API server for one account. Owns the base URL, the bearer
// token, User-Agent, bodies, Link pagination, rate limiting (a 429 or an exhausted budget pauses
// the whole client; calls queue until the reset), retries with back-off for idempotent calls,
// timeouts, a response size cap and human error messages. Many clients share one
// QNetworkAccessManager.
//
//   client->call(requests::GetStatus{id}, this, [](ApiResult<Status> r) { ... });
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *nam, const QUrl &instanceUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl instanceUrl() const { return m_instanceUrl; }
    // Never logged. Empty: requests go out unauthenticated.
    void setAccessToken(const QString &token) { m_token = token; }
    bool hasAccessToken() const { return !m_token.isEmpty(); }

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy retryPolicy() const { return m_retry; }
    void setMaxConcurrent(int n) { m_maxConcurrent = std::max(1, n); }

    RateLimit rateLimit() const { return m_rateLimit; }
    // Calls wait until then (invalid: not paused).
    QDateTime pausedUntil() const { return m_pausedUntil; }
    int queuedCount() const { return int(m_queue.size()); }
    // 429 answers received so far (diagnostics; pacing should keep this near zero).
    int rateLimitHits() const { return m_rateLimitHits; }

    // Starts a request; `onDone(ApiResult<R::Value>)` runs once, unless `context` is destroyed
    // first. The returned call can be aborted; it is deleted after it finishes.
    template <ApiRequest R, typename F>
    PendingCall *call(const R &request, QObject *context, F &&onDone)
    {
        PendingCall *pending = start(request.spec());
        QObject::connect(pending, &PendingCall::finished, context ? context : pending,
                         [pending, cb = std::forward<F>(onDone)]() mutable {
                             cb(resultOf<typename R::Value>(*pending));
                         });
        return pending;
    }
    // The untyped entry point: raw body, headers and links on the PendingCall.
    PendingCall *start(const RequestSpec &spec);

    // The full URL a spec addresses (exposed for tests and logs).
    QUrl urlFor(const RequestSpec &spec) const;
    // The URL with any access_token/code/client_secret parameters replaced by "<redacted>".
    static QString redactedUrl(const QUrl &url);

    template <typename T> static ApiResult<T> resultOf(const PendingCall &call)
    {
        if (call.error())
            return ApiResult<T>(*call.error());
        QJsonValue json;
        if (!call.body().trimmed().isEmpty()) {
            QJsonParseError jsonError;
            const QJsonDocument doc = QJsonDocument::fromJson(call.body(), &jsonError);
            if (jsonError.error != QJsonParseError::NoError)
                return ApiResult<T>(parseError(call, jsonError.errorString()));
            json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
        Result<T> parsed = ResponseParser<T>::parse(json);
        if (!parsed)
            return ApiResult<T>(parseError(call, parsed.error().toString()));
        return ApiResult<T>(std::move(parsed).value(), call.links(), call.httpStatus());
    }

Q_SIGNALS:
    // A 401 on an authenticated call: the token is expired or revoked. The account needs a new
    // login; the client keeps working for unauthenticated calls.
    void authenticationFailed(const tusk::api::ApiError &error);
    void rateLimitChanged();

private:
    friend class PendingCall;
    static ApiError parseError(const PendingCall &call, const QString &detail);
    void enqueue(PendingCall *call, bool front);
    void pump();
    void send(PendingCall *call);
    void onReplyFinished(PendingCall *call);
    void retryLater(PendingCall *call, std::chrono::milliseconds delay);
    void pauseUntil(const QDateTime &until);
    void forget(PendingCall *call);

    QPointer<QNetworkAccessManager> m_nam;
    QUrl m_instanceUrl;
    QString m_token;
    RetryPolicy m_retry;
    int m_maxConcurrent = 6;
    int m_running = 0;
    std::deque<QPointer<PendingCall>> m_queue;
    RateLimit m_rateLimit;
    // Requests the server's budget still allows before its reset; -1 = unknown (no headers).
    int m_budgetLeft = -1;
    QDateTime m_budgetReset; // when m_budgetLeft refills; invalid once that window has begun
    int m_rateLimitHits = 0;
    QDateTime m_pausedUntil;
    QTimer m_resumeTimer;
};

} // namespace tusk::api
