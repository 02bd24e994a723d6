#include "server/http/httpadapter.h"

#include "server/logging.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QtGlobal>

namespace tusk::server {

namespace {

Method fromQt(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return Method::Get;
    case M::Head:
        return Method::Head;
    case M::Post:
        return Method::Post;
    case M::Put:
        return Method::Put;
    case M::Patch:
        return Method::Patch;
    case M::Delete:
        return Method::Delete;
    case M::Options:
        return Method::Options;
    default:
        return Method::Other;
    }
}

// RFC 7231 date, computed at most once per second.
QByteArray httpDate()
{
    static qint64 cachedSecond = -1;
    static QByteArray cached;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (now != cachedSecond) {
        cachedSecond = now;
        cached = QLocale::c()
                     .toString(QDateTime::fromSecsSinceEpoch(now, Qt::UTC),
                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                     .toLatin1();
    }
    return cached;
}

QByteArray serialize(const Response &r, bool headRequest, bool closing)
{
    QByteArray out;
    out.reserve(256 + r.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(r.status);
    out += ' ';
    out += reasonPhrase(r.status);
    out += "\r\nDate: ";
    out += httpDate();
    if (!r.contentType.isEmpty() && r.status != 204 && r.status != 304) {
        out += "\r\nContent-Type: ";
        out += r.contentType;
    }
    out += "\r\nContent-Length: ";
    out += QByteArray::number(r.status == 204 || r.status == 304 ? 0 : r.body.size());
    for (const auto &h : r.headers) {
        out += "\r\n";
        out += h.first;
        out += ": ";
        out += h.second;
    }
    if (closing)
        out += "\r\nConnection: close";
    out += "\r\n\r\n";
    if (!headRequest && r.status != 204 && r.status != 304)
        out += r.body;
    return out;
}

} // namespace

// Watches one connection before Qt's parser sees its bytes: rejects oversized headers and bodies
// (Qt 6.4 buffers any body whole) and closes connections that send a request too slowly or idle
// too long. Relies on 6.4's reader: a socket transaction is open while a request is incomplete.
class ConnectionGuard : public QObject {
public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, QObject *httpServer)
        : QObject(socket), m_socket(socket), m_limits(limits), m_httpServer(httpServer)
    {
        setObjectName(QStringLiteral("tusk-connection-guard"));
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { onTimeout(); });
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        // A written response ends the request: from then on the idle limit applies.
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this] {
            if (!m_socket->isTransactionStarted() && m_socket->bytesToWrite() == 0) {
                m_inRequest = false;
                m_timer.start(m_limits.idleTimeoutMs);
            }
        });
        m_timer.start(m_limits.idleTimeoutMs);
    }

private:
    void onReadyRead()
    {
        if (m_rejected)
            return;
        if (!m_socket->isTransactionStarted()) {
            // Qt's parser has no partial request: these bytes start a new one.
            m_head.clear();
            m_seen = 0;
            m_headDone = false;
            m_inRequest = true;
            m_timer.start(m_limits.requestTimeoutMs);
        }
        const qint64 available = m_socket->bytesAvailable();
        m_seen += available;
        if (!m_headDone) {
            m_head += m_socket->peek(qMin<qint64>(available, m_limits.maxHeaderBytes + 4));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    reject(431, "Request headers too large");
                return;
            }
            m_headDone = true;
            m_cap = m_limits.maxBodyBytes;
            if (m_limits.maxUploadBytes > m_cap && isUpload(m_head.left(m_head.indexOf('\r'))))
                m_cap = m_limits.maxUploadBytes;
            const QByteArray head = m_head.left(end).toLower();
            const qsizetype cl = head.indexOf("\ncontent-length:");
            if (cl >= 0) {
                const qsizetype eol = head.indexOf('\r', cl + 1);
                bool ok = false;
                const qint64 length = head.mid(cl + 16, eol - cl - 16).trimmed().toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, "Bad Content-Length");
                    return;
                }
                if (length > m_cap) {
                    reject(413, "Request body too large");
                    return;
                }
            }
            if (head.contains("\nexpect: 100-continue"))
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_seen > m_limits.maxHeaderBytes + (m_headDone ? m_cap : m_limits.maxBodyBytes))
            reject(413, "Request body too large"); // chunked bodies have no Content-Length
    }

    // "POST /api/v2/media?x HTTP/1.1" → whether the path is one of the upload paths.
    bool isUpload(const QByteArray &requestLine) const
    {
        const QList<QByteArray> parts = requestLine.split(' ');
        if (parts.size() < 2 || parts.at(0) != "POST")
            return false;
        QByteArray path = parts.at(1);
        if (const qsizetype q = path.indexOf('?'); q >= 0)
            path.truncate(q);
        if (path.size() > 1 && path.endsWith('/'))
            path.chop(1);
        return m_limits.uploadPaths.contains(QString::fromLatin1(path));
    }

    void onTimeout()
    {
        if (m_inRequest && !m_rejected)
            reject(408, "Request timeout");
        else
            m_socket->disconnectFromHost();
    }

    void reject(int status, const char *message)
    {
        qCInfo(lcServer) << "rejecting request from" << m_socket->peerAddress().toString()
                         << status;
        m_rejected = true;
        // Qt's reader must not parse the rest; the socket is ours to finish.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
        Response r = Response::error(status, QString::fromLatin1(message));
        m_socket->write(serialize(r, false, true));
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    HttpLimits m_limits;
    QObject *m_httpServer;
    QTimer m_timer;
    QByteArray m_head;
    qint64 m_seen = 0;
    qint64 m_cap = 0; // body cap of the current request
    bool m_headDone = false;
    bool m_inRequest = false;
    bool m_rejected = false;
};

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
// A streaming body on a Qt 6.4 socket, in HTTP/1.1 chunked framing.
class SocketStreamSink : public StreamSink {
public:
    explicit SocketStreamSink(QTcpSocket *socket) : StreamSink(socket), m_socket(socket)
    {
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this] { finish(); });
    }
    void write(const QByteArray &data) override
    {
        if (m_done || data.isEmpty())
            return;
        m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    }
    void close() override
    {
        if (m_done)
            return;
        m_socket->write("0\r\n\r\n");
        m_socket->disconnectFromHost();
        finish();
    }

private:
    void finish()
    {
        if (m_done)
            return;
        m_done = true;
        emit closed();
    }
    QTcpSocket *m_socket;
    bool m_done = false;
};
#endif

class HttpAdapter::TcpServer : public QTcpServer {
public:
    TcpServer(HttpAdapter *adapter) : m_adapter(adapter) {}
    QObject *httpServer = nullptr;
    int open = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = nullptr;
        if (m_adapter->m_tls) {
            auto *ssl = new QSslSocket(this);
            ssl->setSslConfiguration(*m_adapter->m_tls);
            socket = ssl;
        } else {
            socket = new QTcpSocket(this);
        }
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            // A failed handshake (plain HTTP to the TLS port, an untrusting client) just ends
            // the connection; Qt HttpServer only ever sees decrypted bytes.
            QObject::connect(ssl, &QSslSocket::sslErrors, ssl, [ssl] { ssl->abort(); });
            QObject::connect(ssl, &QAbstractSocket::errorOccurred, ssl, [ssl] {
                if (!ssl->isEncrypted())
                    ssl->abort();
            });
            ssl->startServerEncryption();
        }
        if (open >= m_adapter->m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        ++open;
        QObject::connect(socket, &QObject::destroyed, this, [this] { --open; });
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Connected before Qt's own readyRead handler (added in addPendingConnection), so the
        // guard sees every chunk first.
        new ConnectionGuard(socket, m_adapter->m_limits, httpServer);
        addPendingConnection(socket);
    }

private:
    HttpAdapter *m_adapter;
};

class HttpAdapter::Backend : public QAbstractHttpServer {
public:
    explicit Backend(HttpAdapter *adapter) : m_adapter(adapter) {}

protected:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        if (request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
            // Qt hands the socket to its WebSocket server if this returns true and writes
            // nothing; the connection's HTTP limits no longer apply from here on.
            QString path = request.url().path();
            if (path.endsWith(u'/'))
                path.chop(1);
            if (!m_adapter->m_webSocketHandler || !m_adapter->m_webSocketPaths.contains(path))
                return false;
            delete socket->findChild<QObject *>(QStringLiteral("tusk-connection-guard"));
            return true;
        }
        std::unique_ptr<Request> req = toRequest(request);
        Response r = m_adapter->m_handler(*req);
        if (r.onOpen) {
            // Streaming: headers now, the body as events arrive, until one side closes.
            QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                              reasonPhrase(r.status) + "\r\nDate: " + httpDate() +
                              "\r\nContent-Type: " + r.contentType +
                              "\r\nTransfer-Encoding: chunked\r\nCache-Control: no-store";
            for (const auto &h : r.headers)
                head += "\r\n" + h.first + ": " + h.second;
            socket->write(head + "\r\n\r\n");
            auto *sink = new SocketStreamSink(socket);
            sink->write(r.body);
            r.onOpen(sink);
            return true;
        }
        const bool closing = req->header("connection").toLower() == "close";
        socket->write(serialize(r, req->method == Method::Head, closing));
        if (closing)
            socket->disconnectFromHost();
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        // Only reached for WebSocket upgrades, which no route accepts yet.
        socket->write(serialize(Response::error(404, QStringLiteral("Not Found")), false, true));
        socket->disconnectFromHost();
    }
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // 6.5-6.7: untested here (Debian 12 has 6.4). The responder owns the socket.
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        Response r = m_adapter->m_handler(*toRequest(request));
        if (r.onOpen) // streaming is only wired for 6.4's socket access so far
            r = Response::error(501, QStringLiteral("Streaming is not available on this Qt"));
        responder.writeStatusLine(QHttpServerResponder::StatusCode(r.status));
        if (!r.contentType.isEmpty())
            responder.writeHeader("Content-Type", r.contentType);
        responder.writeHeader("Content-Length", QByteArray::number(r.body.size()));
        for (const auto &h : r.headers)
            responder.writeHeader(h.first, h.second);
        responder.writeBody(request.method() == QHttpServerRequest::Method::Head ? QByteArray()
                                                                                 : r.body);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#else
    // 6.8+: untested here. Headers travel as QHttpHeaders; the responder is passed by reference.
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        Response r = m_adapter->m_handler(*toRequest(request));
        if (r.onOpen) // streaming is only wired for 6.4's socket access so far
            r = Response::error(501, QStringLiteral("Streaming is not available on this Qt"));
        QHttpHeaders headers;
        if (!r.contentType.isEmpty())
            headers.append(QHttpHeaders::WellKnownHeader::ContentType, r.contentType);
        for (const auto &h : r.headers)
            headers.append(h.first, h.second);
        responder.write(request.method() == QHttpServerRequest::Method::Head ? QByteArray()
                                                                             : r.body,
                        headers, QHttpServerResponder::StatusCode(r.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#endif

private:
    std::unique_ptr<Request> toRequest(const QHttpServerRequest &in)
    {
        auto req = std::make_unique<Request>();
        req->method = fromQt(in.method());
        const QUrl url = in.url();
        req->path = url.path();
        if (req->path.size() > 1 && req->path.endsWith(u'/'))
            req->path.chop(1); // clients add one (Mastodon.py: /api/v1/instance/)
        req->rawQuery = url.query(QUrl::FullyEncoded).toLatin1();
        const auto headers = in.headers();
        req->headers.reserve(headers.size());
        for (const auto &h : headers)
            req->headers.append({h.first.toLower(), h.second});
        req->body = in.body();
        req->remoteAddress = in.remoteAddress();
        req->hostHeader = QString::fromLatin1(req->header("host"));
        return req;
    }

    HttpAdapter *m_adapter;
};

HttpAdapter::HttpAdapter(Handler handler, HttpLimits limits, QObject *parent)
    : QObject(parent), m_backend(std::make_unique<Backend>(this)), m_handler(std::move(handler)),
      m_limits(limits)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    // 6.4-6.7: upgrades pass through handleRequest (see above), then arrive here. 6.8 replaces
    // this with addWebSocketUpgradeVerifier (not wired: untested here).
    connect(m_backend.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (m_backend->hasPendingWebSocketConnections()) {
            std::unique_ptr<QWebSocket> ws = m_backend->nextPendingWebSocketConnection();
            if (ws && m_webSocketHandler)
                m_webSocketHandler(std::move(ws));
        }
    });
#endif
}

void HttpAdapter::setWebSocketHandler(const QStringList &paths, WebSocketHandler handler)
{
    m_webSocketPaths = paths;
    m_webSocketHandler = std::move(handler);
}

HttpAdapter::~HttpAdapter()
{
    close();
}

bool HttpAdapter::setTls(const QString &certificateFile, const QString &privateKeyFile)
{
    if (!QSslSocket::supportsSsl()) {
        m_error = tr("This build of Qt has no TLS support (%1).")
                      .arg(QSslSocket::sslLibraryVersionString());
        return false;
    }
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly)) {
        m_error =
            tr("Cannot read the certificate %1: %2").arg(certificateFile, certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        m_error = tr("%1 holds no PEM certificate.").arg(certificateFile);
        return false;
    }
    QFile keyFile(privateKeyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        m_error =
            tr("Cannot read the private key %1: %2").arg(privateKeyFile, keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        m_error =
            tr("%1 holds no unencrypted RSA or EC private key in PEM form.").arg(privateKeyFile);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = std::make_shared<const QSslConfiguration>(config);
    return true;
}

bool HttpAdapter::listen(const QHostAddress &address, quint16 port)
{
    close();
    auto *tcp = new TcpServer(this);
    tcp->httpServer = m_backend.get();
    if (!tcp->listen(address, port)) {
        m_error = tcp->errorString();
        delete tcp;
        return false;
    }
    m_tcp = tcp;
    // bind() reparents the TCP server to the backend, which deletes it.
    m_backend->bind(tcp);
    return true;
}

void HttpAdapter::close()
{
    if (m_tcp) {
        m_tcp->close();
        // Drop live connections too: a stopped server must not answer anymore.
        const auto sockets = m_tcp->findChildren<QTcpSocket *>();
        for (QTcpSocket *s : sockets)
            s->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
}

quint16 HttpAdapter::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QHostAddress HttpAdapter::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

int HttpAdapter::openConnections() const
{
    return m_tcp ? m_tcp->open : 0;
}

} // namespace tusk::server
