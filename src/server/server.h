#pragma once
#include "server/config.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace tusk::server {

struct ServerCore;
class HttpAdapter;
class Router;
class ResponseCache;
struct Request;
struct Response;

// The bundled Mastodon-compatible server. Runs on the thread that created it, inside that
// thread's event loop; the app, the tests and `tuskline-server serve` all use this same class.
//
//   Server s;
//   s.open(dataDir, &error);             // config.json + server.sqlite3 in dataDir
//   s.listen(QHostAddress::LocalHost, 0, &error);
//   s.url();                             // http://127.0.0.1:<port>
class Server : public QObject {
    Q_OBJECT
public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Loads (and on first start writes) config.json, opens and migrates the database.
    // `overrides`, when given, replaces the file's settings (tests).
    bool open(const QString &dataDir, QString *error,
              const std::optional<ServerConfig> &overrides = std::nullopt);
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Serve HTTPS/wss with these PEM files (`serve --tls-cert --tls-key`); call before listen().
    // The default public URL then starts with https://.
    void setTls(const QString &certificateFile, const QString &privateKeyFile);
    void close();

    bool isListening() const;
    quint16 port() const;
    QUrl url() const;
    const ServerConfig &config() const;
    ServerCore &core();

    static QString defaultDataDir();

    // Routes one request; public so it can be exercised without a socket.
    Response handle(Request &request);

private:
    std::unique_ptr<ServerCore> m_core;
    std::unique_ptr<Router> m_router;
    std::unique_ptr<ResponseCache> m_cache;
    std::unique_ptr<HttpAdapter> m_http;
    QString m_tlsCert;
    QString m_tlsKey;
};

} // namespace tusk::server
