#pragma once
// The real bundled server, in-process on 127.0.0.1 with an ephemeral port and a temporary data
// directory, plus a small synchronous HTTP helper over QNetworkAccessManager. Tests of any module
// (api, auth, streaming, ...) can use it to talk to a real Mastodon-compatible server.
//
//   tusk::test::TestServer server;                    // QVERIFY2(server.isReady(), ...)
//   auto alice = server.addUser("alice");             // password + token with all scopes
//   auto reply = server.get("/api/v1/timelines/home", alice.token);
//   QCOMPARE(reply.status, 200);
#include "server/config.h"
#include "server/server.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

namespace tusk::test {

class TestServer {
public:
    // Default config except what the caller overrides (small limits make tests fast).
    explicit TestServer(std::optional<server::ServerConfig> config = std::nullopt);
    ~TestServer();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }
    QUrl url() const { return m_server.url(); }
    QString dataDir() const { return m_dir.path(); }
    server::Server &server() { return m_server; }

    struct User {
        qint64 id = 0;
        QString idString;
        QString username;
        QString password;
        QByteArray token; // scopes given to addUser
    };
    User addUser(const QString &username,
                 const QString &scopes = QStringLiteral("read write follow push"),
                 bool admin = false);
    QByteArray token(const QString &username, const QString &scopes);

    struct Reply {
        int status = 0; // 0: no HTTP answer (connection error, timeout)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;
        QByteArray header(const QByteArray &name) const;
        QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
        QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
               const QByteArray &token = {}, const Headers &headers = {});
    Reply get(const QString &pathAndQuery, const QByteArray &token = {},
              const Headers &headers = {});
    Reply del(const QString &pathAndQuery, const QByteArray &token = {});
    Reply postForm(const QString &path, const QList<QPair<QString, QString>> &fields,
                   const QByteArray &token = {}, const Headers &headers = {});
    Reply postJson(const QString &path, const QJsonObject &body, const QByteArray &token = {},
                   const Headers &headers = {});

    // Absolute URL for a path on this server.
    QUrl urlFor(const QString &pathAndQuery) const;

private:
    QTemporaryDir m_dir;
    server::Server m_server;
    QNetworkAccessManager m_nam;
    bool m_ready = false;
    QString m_error;
};

// Link header → {rel: url}; also tells which rel came first.
struct LinkHeader {
    QHash<QString, QUrl> links;
    QString firstRel;
    static LinkHeader parse(const QByteArray &value);
};

} // namespace tusk::test
