#include "streaming/sseconnection.h"

#include "api/apiclient.h"
#include "streaming/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace tusk::streaming {

SseConnection::SseConnection(QNetworkAccessManager *nam, const QUrl &url, const QString &token,
                             const QString &lastEventId, QObject *parent)
    : QObject(parent)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setRawHeader("Cache-Control", "no-cache");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!lastEventId.isEmpty())
        request.setRawHeader("Last-Event-ID", lastEventId.toUtf8());
    // The body never ends: no transfer timeout (the heartbeat watchdog decides liveness).
    request.setTransferTimeout(0);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    qCDebug(lcStreaming).noquote() << "SSE GET" << api::ApiClient::redactedUrl(url);
    m_reply = nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &SseConnection::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SseConnection::onFinished);
}

SseConnection::~SseConnection()
{
    abort();
}

void SseConnection::abort()
{
    m_done = true;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply.clear();
        reply->disconnect(this);
        // Deleting a running reply aborts it. abort() here instead would race an error the
        // network thread may already have queued for it ("must only be called once").
        reply->deleteLater();
    }
}

void SseConnection::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_open) {
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        if (m_status != 200 || !type.startsWith("text/event-stream"))
            return; // not a stream: onFinished reports it with the body read there
        m_open = true;
        emit opened();
    }
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    emit activity();
    const QPointer<SseConnection> self(this);
    for (const SseEvent &e : m_parser.feed(bytes)) {
        emit eventReceived(e);
        if (!self || m_done)
            return; // a receiver tore us down
    }
}

void SseConnection::onFinished()
{
    if (m_done || !m_reply)
        return;
    if (m_open)
        onReadyRead();
    if (m_done)
        return;
    m_done = true;
    if (!m_status)
        m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error = m_reply->error() != QNetworkReply::NoError
                        ? m_reply->errorString()
                        : QStringLiteral("stream ended by the server");
    qCDebug(lcStreaming) << "SSE closed, status" << m_status << error;
    m_reply->deleteLater();
    m_reply.clear();
    emit closed(m_status, error);
}

} // namespace tusk::streaming
