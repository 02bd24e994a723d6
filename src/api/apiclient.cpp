#include "api/apiclient.h"

#include "api/logging.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace std::chrono_literals;

namespace tusk::api {

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

PendingCall::PendingCall(RequestSpec spec, ApiClient *client)
    : QObject(client), m_spec(std::move(spec))
{}

PendingCall::~PendingCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PendingCall::abort()
{
    if (m_finished)
        return;
    m_aborting = true;
    if (m_reply) {
        m_reply->abort(); // finished() follows synchronously; onReplyFinished reports Cancelled
        return;
    }
    // Waiting in the queue or for a retry: the queue skips finished calls.
    finish(ApiError::fromNetwork(QNetworkReply::OperationCanceledError, {}));
}

// Emitted from the event loop, never from inside start(), so callers can always connect first.
void PendingCall::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            deleteLater();
        },
        Qt::QueuedConnection);
}

ApiClient::ApiClient(QNetworkAccessManager *nam, const QUrl &instanceUrl, QObject *parent)
    : QObject(parent), m_nam(nam), m_instanceUrl(instanceUrl.adjusted(QUrl::StripTrailingSlash))
{
    m_resumeTimer.setSingleShot(true);
    connect(&m_resumeTimer, &QTimer::timeout, this, &ApiClient::pump);
}

ApiClient::~ApiClient() = default;

QUrl ApiClient::urlFor(const RequestSpec &spec) const
{
    QUrl url;
    if (spec.absoluteUrl.isValid()) {
        url = spec.absoluteUrl;
    } else {
        url = urlWithPath(m_instanceUrl, spec.path);
    }
    QUrlQuery merged(url);
    for (const auto &[key, value] : spec.query.queryItems(QUrl::FullyDecoded))
        merged.addQueryItem(key, value);
    const QByteArray query = encodeQuery(merged);
    url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString ApiClient::redactedUrl(const QUrl &url)
{
    static const QStringList secrets = {
        QStringLiteral("access_token"),  QStringLiteral("code"),
        QStringLiteral("client_secret"), QStringLiteral("refresh_token"),
        QStringLiteral("password"),      QStringLiteral("code_verifier"),
        QStringLiteral("token")};
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    QUrlQuery redacted;
    for (const auto &[key, value] : items)
        redacted.addQueryItem(key, secrets.contains(key) ? QStringLiteral("<redacted>") : value);
    copy.setQuery(redacted);
    return copy.toString();
}

ApiError ApiClient::parseError(const PendingCall &call, const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Parse;
    e.httpStatus = call.httpStatus();
    e.message =
        ApiError::tr("The server sent an answer Tuskline does not understand (%1).").arg(detail);
    qCWarning(lcApi).noquote() << "parse error for" << redactedUrl(call.url()) << detail;
    return e;
}

PendingCall *ApiClient::start(const RequestSpec &spec)
{
    auto *call = new PendingCall(spec, this);
    call->m_url = urlFor(spec);
    enqueue(call, false);
    pump();
    return call;
}

void ApiClient::enqueue(PendingCall *call, bool front)
{
    if (front)
        m_queue.emplace_front(call);
    else
        m_queue.emplace_back(call);
}

void ApiClient::pauseUntil(const QDateTime &until)
{
    if (!m_pausedUntil.isValid() || until > m_pausedUntil) {
        m_pausedUntil = until;
        qCInfo(lcApi).noquote() << "rate limited by" << m_instanceUrl.host() << "until"
                                << until.toString(Qt::ISODate);
    }
}

void ApiClient::pump()
{
    if (m_pausedUntil.isValid()) {
        const qint64 wait = nowUtc().msecsTo(m_pausedUntil);
        if (wait > 0) {
            if (!m_queue.empty())
                m_resumeTimer.start(int(std::min<qint64>(wait, INT_MAX)));
            return;
        }
        m_pausedUntil = {};
    }
    while (m_running < m_maxConcurrent && !m_queue.empty()) {
        QPointer<PendingCall> call = m_queue.front();
        if (!call || call->m_finished) {
            m_queue.pop_front();
            continue;
        }
        // Spend the server's remaining budget, then wait for its reset instead of collecting 429s.
        if (m_budgetLeft == 0) {
            const QDateTime now = nowUtc();
            if (m_budgetReset.isValid() && m_budgetReset > now) {
                if (now.msecsTo(m_budgetReset) > m_retry.maxRateLimitWait.count()) {
                    m_budgetLeft = -1; // an absurd reset: stop pacing, let 429s decide
                } else {
                    pauseUntil(m_budgetReset);
                    m_resumeTimer.start(int(now.msecsTo(m_budgetReset)));
                    return;
                }
            } else if (m_budgetReset.isValid()) {
                m_budgetLeft = m_rateLimit.limit > 0 ? m_rateLimit.limit : -1; // a new window
                m_budgetReset = {};
            } else if (m_running > 0) {
                return; // their answers will say what is left
            } else {
                m_budgetLeft = 1; // nothing known: one probe
            }
        }
        m_queue.pop_front();
        send(call);
    }
}

void ApiClient::send(PendingCall *call)
{
    const RequestSpec &spec = call->m_spec;
    const QUrl &url = call->m_url;
    if (!m_nam) {
        call->finish(
            ApiError{ApiError::Kind::Refused, 0, ApiError::tr("The network is not available.")});
        return;
    }
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        call->finish(ApiError{ApiError::Kind::Refused, 0,
                              ApiError::tr("The server address is not a valid web address.")});
        return;
    }
    const bool withToken = spec.authenticated && !m_token.isEmpty();
    if (withToken && !sameOrigin(url, m_instanceUrl)) {
        // The token belongs to this instance only.
        call->finish(ApiError{ApiError::Kind::Refused, 0,
                              ApiError::tr("Refused to send the login to another server.")});
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("User-Agent", QByteArrayLiteral("Tuskline/" TUSKLINE_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (withToken)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!spec.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", spec.idempotencyKey.toUtf8());
    request.setTransferTimeout(int(spec.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         withToken ? QNetworkRequest::SameOriginRedirectPolicy
                                   : QNetworkRequest::NoLessSafeRedirectPolicy);

    QByteArray body;
    const bool hasBodyVerb =
        spec.verb == Verb::Post || spec.verb == Verb::Put || spec.verb == Verb::Patch;
    if (!spec.body.isEmpty() || hasBodyVerb) {
        body = spec.body.bytes();
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.body.contentType());
    }

    QNetworkReply *reply = nullptr;
    switch (spec.verb) {
    case Verb::Get:
        reply = m_nam->get(request);
        break;
    case Verb::Head:
        reply = m_nam->head(request);
        break;
    case Verb::Delete:
        reply = spec.body.isEmpty() ? m_nam->deleteResource(request)
                                    : m_nam->sendCustomRequest(request, "DELETE", body);
        break;
    default:
        reply = m_nam->sendCustomRequest(request, verbName(spec.verb), body);
        break;
    }

    ++m_running;
    ++call->m_attempts;
    if (m_budgetLeft > 0)
        --m_budgetLeft;
    call->m_reply = reply;
    call->m_tooLarge = false;
    call->m_elapsed.start();
    const qint64 cap = spec.maxResponseBytes;
    connect(reply, &QNetworkReply::metaDataChanged, call, [call, reply, cap] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (cap > 0 && length > cap) {
            call->m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::downloadProgress, call,
            [call, reply, cap](qint64 received, qint64) {
                if (cap > 0 && received > cap && !call->m_tooLarge) {
                    call->m_tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, call, [this, call] { onReplyFinished(call); });
}

void ApiClient::retryLater(PendingCall *call, std::chrono::milliseconds delay)
{
    qCDebug(lcApi).noquote() << "retrying" << verbName(call->m_spec.verb)
                             << redactedUrl(call->m_url) << "in" << delay.count() << "ms";
    QTimer::singleShot(delay, call, [this, call] {
        if (call->m_finished)
            return;
        enqueue(call, true);
        pump();
    });
}

void ApiClient::onReplyFinished(PendingCall *call)
{
    --m_running;
    QNetworkReply *reply = call->m_reply;
    call->m_reply = nullptr;
    reply->disconnect(call);
    reply->deleteLater();

    const QDateTime now = nowUtc();
    const RequestSpec &spec = call->m_spec;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray reason =
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QNetworkReply::NetworkError netError = reply->error();
    call->m_httpStatus = status;
    call->m_headers.clear();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        call->m_headers.insert(name.toLower(), value);
    call->m_body = call->m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();

    qCDebug(lcApi).noquote() << verbName(spec.verb) << redactedUrl(call->m_url) << "->" << status
                             << netError << call->m_elapsed.elapsed() << "ms, attempt"
                             << call->m_attempts;

    if (const auto rl = RateLimit::fromHeaders(call->header("x-ratelimit-limit"),
                                               call->header("x-ratelimit-remaining"),
                                               call->header("x-ratelimit-reset"), now)) {
        m_rateLimit = *rl;
        // Calls still in flight will spend from what the server just reported.
        m_budgetLeft = std::max(0, rl->remaining - m_running);
        m_budgetReset = rl->reset;
        Q_EMIT rateLimitChanged();
    }

    const auto retryable = [&] {
        return spec.isRetryable() && call->m_attempts <= m_retry.maxRetries;
    };
    const auto backoff = [&] {
        return backoffDelay(call->m_attempts - 1, m_retry.baseDelay, m_retry.maxDelay,
                            QRandomGenerator::global()->generateDouble());
    };

    std::optional<ApiError> error;
    if (call->m_aborting) {
        error = ApiError::fromNetwork(QNetworkReply::OperationCanceledError, {});
    } else if (call->m_tooLarge) {
        error = ApiError{ApiError::Kind::TooLarge, status,
                         ApiError::tr("The server's answer was larger than %1 MB, so it was not "
                                      "loaded.")
                             .arg(double(spec.maxResponseBytes) / (1024 * 1024), 0, 'f', 1)};
    } else if (netError != QNetworkReply::NoError &&
               (status == 0 || int(netError) < 200 || netError == QNetworkReply::ProtocolFailure)) {
        // No complete HTTP answer (connection dropped mid-response counts, even after a status
        // line). Qt reports a transfer timeout as a cancel we did not ask for.
        error = ApiError::fromNetwork(netError == QNetworkReply::OperationCanceledError
                                          ? QNetworkReply::TimeoutError
                                          : netError,
                                      reply->errorString());
        if (error->isTransient() && retryable()) {
            retryLater(call, backoff());
            pump();
            return;
        }
    } else if (status == 429) {
        ++m_rateLimitHits;
        QDateTime until;
        if (const auto ra = parseRetryAfter(call->header("retry-after"), now))
            until = *ra;
        else if (m_rateLimit.reset.isValid() && m_rateLimit.reset > now)
            until = m_rateLimit.reset;
        else
            until = now.addMSecs(backoff().count());
        if (call->m_rateLimitWaits < m_retry.maxRateLimitWaits &&
            now.msecsTo(until) <= m_retry.maxRateLimitWait.count()) {
            // Not processed by the server, so sending it again is safe for any verb.
            ++call->m_rateLimitWaits;
            --call->m_attempts;
            pauseUntil(until);
            enqueue(call, true);
            pump();
            return;
        }
        error = ApiError::fromHttp(status, reason, call->m_body);
    } else if (status >= 400) {
        error = ApiError::fromHttp(status, reason, call->m_body);
        if (error->isTransient() && retryable()) {
            retryLater(call, backoff());
            pump();
            return;
        }
        if (status == 401 && spec.authenticated && !m_token.isEmpty()) {
            qCInfo(lcApi).noquote() << "token rejected by" << m_instanceUrl.host();
            Q_EMIT authenticationFailed(*error);
        }
    } else {
        call->m_links = PageLinks::parse(call->header("link"), call->m_url);
    }

    if (error)
        qCDebug(lcApi).noquote() << "failed:" << error->kindName() << error->message;
    call->finish(std::move(error));
    pump();
}

} // namespace tusk::api
