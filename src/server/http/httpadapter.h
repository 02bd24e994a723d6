#pragma once
#include "server/http/request.h"
#include "server/http/response.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QWebSocket>

#include <functional>
#include <memory>

namespace tusk::server {

struct HttpLimits {
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Larger bodies for uploads: POSTs to these paths may carry up to maxUploadBytes.
    qint64 maxUploadBytes = 0;
    QStringList uploadPaths;
    qint64 maxHeaderBytes = 32 * 1024;
    int requestTimeoutMs = 30'000; // first byte to complete request (slowloris)
    int idleTimeoutMs = 75'000;    // keep-alive connection with nothing to do
    int maxConnections = 1024;
};

// The only place that touches Qt HttpServer. Everything else sees Request and Response.
//
// Qt HttpServer's API changes between 6.4 (what Debian 12 ships, the only one built and tested
// here), 6.5 (responder instead of socket in handleRequest), and 6.8 (no listen(), QHttpHeaders,
// chunked writes). Those differences are confined to httpadapter.cpp behind QT_VERSION checks.
class HttpAdapter : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<Response(Request &)>;
    // Receives upgraded connections on the given paths; the socket's request() has URL and headers.
    using WebSocketHandler = std::function<void(std::unique_ptr<QWebSocket>)>;

    HttpAdapter(Handler handler, HttpLimits limits, QObject *parent = nullptr);
    ~HttpAdapter() override;

    // port 0 picks a free port; see port() afterwards.
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const { return m_error; }

    void setWebSocketHandler(const QStringList &paths, WebSocketHandler handler);

    // Serve HTTPS (and wss:) with this PEM certificate chain and private key; call before
    // listen(). False with errorString() if the files cannot be read or do not match, or if this
    // Qt has no TLS backend.
    bool setTls(const QString &certificateFile, const QString &privateKeyFile);
    bool isTls() const { return m_tls != nullptr; }

    // For tests and diagnostics.
    int openConnections() const;

private:
    class Backend;
    class TcpServer;
    std::unique_ptr<Backend> m_backend;
    TcpServer *m_tcp = nullptr;
    Handler m_handler;
    WebSocketHandler m_webSocketHandler;
    QStringList m_webSocketPaths;
    HttpLimits m_limits;
    QString m_error;
    std::shared_ptr<const QSslConfiguration> m_tls;

    friend class ConnectionGuard;
};

} // namespace tusk::server
