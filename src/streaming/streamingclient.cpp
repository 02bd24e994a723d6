#include "streaming/streamingclient.h"

#include "api/apiclient.h"
#include "api/capabilities.h"
#include "api/requests/streaming.h"
#include "core/entities/streamingevent.h"
#include "streaming/logging.h"
#include "streaming/sseconnection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QWebSocket>

namespace tusk::streaming {

using namespace std::chrono_literals;

namespace {

// Mastodon-style ids: a longer id is newer, then lexical order. (Other id schemes sort the same
// way as long as they are fixed-width, e.g. ULIDs.)
bool isNewer(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return a.size() > b.size();
    return a > b;
}

QJsonValue parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// Qt 6.4 reports a refused upgrade only in the error text ("Unhandled http status code: 404").
int refusedStatus(const QString &errorString)
{
    static const QRegularExpression re(QStringLiteral("status code:?\\s*(\\d{3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(errorString);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

StreamingClient::StreamingClient(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamingClient::connectNow);
    m_stableTimer.setSingleShot(true);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] {
        qCDebug(lcStreaming) << "connection stable: back-off reset";
        m_backoff.reset();
    });
    connect(&m_tickTimer, &QTimer::timeout, this, &StreamingClient::tick);
    setHeartbeatInterval(m_heartbeatInterval);
    m_monotonic.start();
}

StreamingClient::~StreamingClient()
{
    closeTransport();
}

void StreamingClient::setInstanceUrl(const QUrl &instanceUrl)
{
    m_instanceUrl = instanceUrl;
}

void StreamingClient::setStreamingUrl(const QUrl &streamingUrl)
{
    m_streamingUrl = streamingUrl;
}

void StreamingClient::configure(const QUrl &instanceUrl, const api::Capabilities &capabilities)
{
    m_instanceUrl = instanceUrl;
    m_streamingUrl = capabilities.streamingUrl;
}

QUrl StreamingClient::baseUrl() const
{
    return m_streamingUrl.isValid() && !m_streamingUrl.host().isEmpty() ? m_streamingUrl
                                                                        : m_instanceUrl;
}

void StreamingClient::setHeartbeatInterval(std::chrono::milliseconds interval)
{
    m_heartbeatInterval = std::max(interval, 10ms);
    // Tick often enough to notice a dead link within a quarter interval, at most once a second.
    m_tickTimer.setInterval(std::clamp(m_heartbeatInterval / 4, 5ms, 1000ms));
}

void StreamingClient::setUseSystemReachability(bool use)
{
    m_useSystemReachability = use;
}

void StreamingClient::hookSystemReachability()
{
    if (!m_useSystemReachability || m_reachabilityHooked)
        return;
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return; // no backend on this system: assume online, the watchdog still catches drops
    m_reachabilityHooked = true;
    auto apply = [this](QNetworkInformation::Reachability r) {
        // Local/Site still reach a server on the LAN or this machine: only "none" is offline,
        // and never for a server on this machine (the bundled one).
        const QHostAddress host(baseUrl().host());
        const bool loopback = host.isLoopback() || baseUrl().host() == u"localhost";
        setOnline(loopback || r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

QString StreamingClient::streamKey(const QString &stream, const QString &param)
{
    if (param.isEmpty())
        return stream;
    QString p = param;
    if (stream.startsWith(u"hashtag")) {
        // Tags are case-insensitive; servers echo them in their own case.
        p = p.toLower();
        if (p.startsWith(u'#'))
            p.remove(0, 1);
    }
    return stream + u'/' + p;
}

int StreamingClient::subscriberCount(const QString &key) const
{
    return m_subs.value(key).refs;
}

void StreamingClient::seedNewestStatusId(const QString &key, const QString &id)
{
    const QString current = m_newest.value(key);
    if (current.isEmpty() || isNewer(id, current))
        m_newest.insert(key, id);
}

void StreamingClient::subscribe(const QString &stream, const QString &param)
{
    const QString key = streamKey(stream, param);
    Subscription &sub = m_subs[key];
    if (sub.refs++ > 0)
        return;
    sub.stream = stream;
    sub.param = key.contains(u'/') ? key.section(u'/', 1) : QString();
    qCDebug(lcStreaming) << "subscribe" << key;
    if (m_transport == Transport::WebSocket) {
        if (m_state == State::Connected)
            sendFrame(true, sub);
    } else if (m_state == State::Connected || m_state == State::Connecting) {
        openSse(key);
    }
}

void StreamingClient::unsubscribe(const QString &stream, const QString &param)
{
    const QString key = streamKey(stream, param);
    auto it = m_subs.find(key);
    if (it == m_subs.end())
        return;
    if (--it->refs > 0)
        return;
    const Subscription sub = *it;
    m_subs.erase(it);
    qCDebug(lcStreaming) << "unsubscribe" << key;
    if (m_transport == Transport::WebSocket) {
        if (m_state == State::Connected)
            sendFrame(false, sub);
    } else if (SseConnection *c = m_sse.take(key)) {
        c->abort();
        c->deleteLater();
    }
}

void StreamingClient::start()
{
    if (m_state != State::Disconnected)
        return;
    hookSystemReachability();
    m_backoff.reset();
    m_lastTickWall = m_wallClock();
    m_lastTickMono = m_monotonic.elapsed();
    m_tickTimer.start();
    connectNow();
}

void StreamingClient::stop()
{
    m_reconnectTimer.stop();
    m_stableTimer.stop();
    m_tickTimer.stop();
    closeTransport();
    setState(State::Disconnected);
}

void StreamingClient::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcStreaming) << (online ? "network is back" : "network is gone");
    if (m_state == State::Disconnected)
        return;
    if (!online) {
        // Nothing can work: drop the link and wait without spinning.
        m_reconnectTimer.stop();
        m_stableTimer.stop();
        closeTransport();
        setState(State::WaitingForNetwork);
    } else if (m_state == State::WaitingForNetwork || m_state == State::Backoff) {
        m_reconnectTimer.stop();
        m_backoff.reset();
        connectNow();
    }
}

void StreamingClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    qCDebug(lcStreaming) << "state" << state;
    emit stateChanged(state);
}

void StreamingClient::connectNow()
{
    closeTransport();
    if (!m_online) {
        setState(State::WaitingForNetwork);
        return;
    }
    setState(State::Connecting);
    m_sinceActivity.start();
    if (m_transport == Transport::WebSocket) {
        openWebSocket();
        return;
    }
    if (m_subs.isEmpty()) {
        onConnected(); // SSE has nothing to open until a stream is wanted
        return;
    }
    for (auto it = m_subs.cbegin(); it != m_subs.cend(); ++it)
        openSse(it.key());
}

void StreamingClient::openWebSocket()
{
    const QUrl url = api::requests::streamingSocketUrl(baseUrl());
    qCDebug(lcStreaming).noquote() << "WebSocket" << api::ApiClient::redactedUrl(url);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::connected, this, [this, socket] {
        if (socket == m_socket)
            onConnected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket != m_socket)
            return;
        noteActivity();
        onSocketText(text);
    });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (socket == m_socket)
            noteActivity();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                if (socket != m_socket)
                    return;
                const QString error = socket->errorString();
                const int status = m_state == State::Connecting ? refusedStatus(error) : 0;
                if (status)
                    handleRefusal(status, error);
                else
                    connectionLost(error);
            });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            connectionLost(QStringLiteral("WebSocket closed (%1)").arg(socket->closeCode()));
    });
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("User-Agent",
                         "Tuskline/" + QCoreApplication::applicationVersion().toUtf8());
    socket->open(request);
}

void StreamingClient::openSse(const QString &key)
{
    const Subscription sub = m_subs.value(key);
    const QUrl url = api::requests::StreamingSse{sub.stream, sub.param}.url(baseUrl());
    QString lastId;
    if (SseConnection *old = m_sse.take(key)) {
        lastId = old->lastEventId();
        old->abort();
        old->deleteLater();
    }
    auto *c = new SseConnection(m_nam, url, m_token, lastId, this);
    m_sse.insert(key, c);
    connect(c, &SseConnection::opened, this, [this] {
        noteActivity();
        if (m_state == State::Connecting)
            onConnected();
    });
    connect(c, &SseConnection::activity, this, &StreamingClient::noteActivity);
    connect(c, &SseConnection::eventReceived, this,
            [this, key](const SseEvent &e) { onSseEvent(key, e); });
    connect(c, &SseConnection::closed, this, [this, key, c](int status, const QString &error) {
        if (m_sse.value(key) != c)
            return;
        if (status == 401) {
            handleRefusal(status, error);
            return;
        }
        if (status >= 400 && status < 500 && status != 429) {
            // This stream is not offered to us (unknown stream, missing tag, a scope the token
            // lacks): the others stay up.
            m_sse.remove(key);
            c->deleteLater();
            qCWarning(lcStreaming) << "stream" << key << "refused with HTTP" << status;
            emit serverError(tr("The server refused the stream %1 (HTTP %2)").arg(key).arg(status),
                             status);
            return;
        }
        connectionLost(tr("Stream %1 ended: %2").arg(key, error));
    });
}

void StreamingClient::closeTransport()
{
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    const auto connections = m_sse;
    m_sse.clear();
    for (SseConnection *c : connections) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
}

void StreamingClient::onConnected()
{
    ++m_connections;
    noteActivity();
    m_sincePing.start();
    setState(State::Connected);
    qCInfo(lcStreaming) << "connected over"
                        << (m_transport == Transport::WebSocket ? "WebSocket" : "SSE") << "with"
                        << m_subs.size() << "streams";
    if (m_transport == Transport::WebSocket) {
        for (const Subscription &sub : std::as_const(m_subs))
            sendFrame(true, sub);
    }
    m_stableTimer.start(m_stableAfter);
    const QStringList keys = m_subs.keys();
    emit reconnected(keys);
    if (m_catchUp) {
        for (const QString &key : keys)
            m_catchUp(key, m_newest.value(key));
    }
}

void StreamingClient::connectionLost(const QString &why)
{
    if (m_state == State::Disconnected || m_state == State::WaitingForNetwork)
        return;
    qCInfo(lcStreaming).noquote() << "connection lost:" << why;
    closeTransport();
    m_stableTimer.stop();
    scheduleReconnect();
}

void StreamingClient::scheduleReconnect()
{
    if (!m_online) {
        setState(State::WaitingForNetwork);
        return;
    }
    const auto delay = m_backoff.next();
    qCDebug(lcStreaming) << "reconnecting in" << delay.count() << "ms (attempt"
                         << m_backoff.attempts() << ")";
    setState(State::Backoff);
    m_reconnectTimer.start(delay);
}

void StreamingClient::handleRefusal(int httpStatus, const QString &error)
{
    qCWarning(lcStreaming).noquote() << "server refused streaming: HTTP" << httpStatus << error;
    if (httpStatus == 401 || httpStatus == 403) {
        stop();
        emit authenticationFailed();
        return;
    }
    if (m_transport == Transport::WebSocket && httpStatus >= 400 && httpStatus < 500 &&
        httpStatus != 429) {
        // No WebSocket here (or not on this path): Server-Sent Events, one request per stream.
        m_transport = Transport::ServerSentEvents;
        emit transportChanged(m_transport);
        closeTransport();
        connectNow();
        return;
    }
    connectionLost(error);
}

void StreamingClient::sendFrame(bool subscribe, const Subscription &sub)
{
    if (!m_socket)
        return;
    const QJsonObject frame = api::requests::streamingFrame(subscribe, sub.stream, sub.param);
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

QString StreamingClient::keyForStream(const QStringList &stream) const
{
    if (!stream.isEmpty())
        return streamKey(stream.first(), stream.value(1));
    // Some servers leave `stream` out; with one subscription there is no doubt which it is.
    return m_subs.size() == 1 ? m_subs.firstKey() : QString();
}

void StreamingClient::onSocketText(const QString &text)
{
    const QJsonValue json = parseJson(text);
    if (!json.isObject()) {
        qCWarning(lcStreaming) << "ignoring a frame that is not a JSON object";
        return;
    }
    QJsonObject frame = json.toObject();
    if (frame.contains(u"error")) {
        const QString message = frame.value(u"error").toString();
        const int status = frame.value(u"status").toInt();
        qCWarning(lcStreaming).noquote() << "server error" << status << message;
        emit serverError(message, status);
        if (status == 401) // the token is bad: reconnecting would only be refused again
            handleRefusal(status, message);
        return;
    }
    // Mastodon double-encodes payloads as a string; tolerate servers that send the object.
    const QJsonValue payload = frame.value(u"payload");
    if (payload.isObject())
        frame.insert(
            QStringLiteral("payload"),
            QString::fromUtf8(QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact)));
    else if (payload.isDouble())
        frame.insert(QStringLiteral("payload"), QString::number(qint64(payload.toDouble())));
    const Result<StreamingEvent> event = StreamingEvent::fromJson(frame);
    if (!event) {
        qCWarning(lcStreaming).noquote() << "bad frame:" << event.error().toString();
        emit serverError(event.error().toString(), 0);
        return;
    }
    dispatch(keyForStream(event->stream), event->event, event->payload.value_or(QString()));
}

void StreamingClient::onSseEvent(const QString &key, const SseEvent &event)
{
    dispatch(key, event.event, event.data);
}

void StreamingClient::dispatch(const QString &key, const QString &event, const QString &payload)
{
    // Returns the entity, or reports why the payload is not one.
    auto decode = [&](auto result) -> decltype(result) {
        if (!result) {
            qCWarning(lcStreaming).noquote()
                << "undecodable" << event << "payload:" << result.error().toString();
            emit serverError(tr("Undecodable %1 event: %2").arg(event, result.error().toString()),
                             0);
        }
        return result;
    };
    if (event == u"update" || event == u"status.update") {
        const Result<Status> status = decode(Status::fromJson(parseJson(payload)));
        if (!status)
            return;
        if (event == u"update") {
            seedNewestStatusId(key, status->id);
            emit statusReceived(key, *status);
        } else {
            emit statusUpdated(key, *status);
        }
    } else if (event == u"delete") {
        QString id = payload.trimmed();
        if (id.startsWith(u'"')) // servers with non-numeric ids may JSON-quote them
            id = QJsonDocument::fromJson("[" + id.toUtf8() + "]").array().at(0).toString();
        if (!id.isEmpty())
            emit statusDeleted(key, id);
    } else if (event == u"notification") {
        if (const Result<Notification> n = decode(Notification::fromJson(parseJson(payload))))
            emit notificationReceived(key, *n);
    } else if (event == u"conversation") {
        if (const Result<Conversation> c = decode(Conversation::fromJson(parseJson(payload))))
            emit conversationReceived(key, *c);
    } else if (event == u"filters_changed") {
        emit filtersChanged();
    } else {
        emit otherEvent(key, event, payload);
    }
}

void StreamingClient::noteActivity()
{
    m_sinceActivity.start();
}

void StreamingClient::tick()
{
    const qint64 wall = m_wallClock();
    const qint64 mono = m_monotonic.elapsed();
    const qint64 wallStep = wall - m_lastTickWall;
    const qint64 monoStep = mono - m_lastTickMono;
    m_lastTickWall = wall;
    m_lastTickMono = mono;
    // The monotonic clock stands still while the machine sleeps; the wall clock does not.
    const qint64 sleepThreshold = std::max<qint64>(m_heartbeatInterval.count() / 2, 200);
    if (wallStep - monoStep > sleepThreshold) {
        qCInfo(lcStreaming) << "clock jumped" << (wallStep - monoStep)
                            << "ms: assuming the machine slept";
        if (m_state == State::Connected || m_state == State::Connecting ||
            m_state == State::Backoff) {
            m_reconnectTimer.stop();
            m_stableTimer.stop();
            m_backoff.reset();
            connectNow();
        }
        return;
    }
    const bool watching = m_state == State::Connecting ||
                          (m_state == State::Connected && (m_socket || !m_sse.isEmpty()));
    if (watching && m_sinceActivity.isValid() &&
        m_sinceActivity.elapsed() > heartbeatTimeout().count()) {
        connectionLost(tr("no heartbeat for %1 ms").arg(m_sinceActivity.elapsed()));
        return;
    }
    if (m_state == State::Connected && m_socket &&
        m_sincePing.elapsed() >= m_heartbeatInterval.count()) {
        m_socket->ping();
        m_sincePing.start();
    }
}

} // namespace tusk::streaming
