#pragma once
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tusk::server {
class Server;
}

namespace tusk::app {

// The bundled server, run inside the app on 127.0.0.1 with its data in the app's data dir: the
// user's own instance, usable with no network. Created accounts are real server accounts; the
// app logs into them through the same OAuth flow as into any remote server.
class LocalInstance : public QObject {
    Q_OBJECT
public:
    explicit LocalInstance(QString dataDir, QObject *parent = nullptr);
    ~LocalInstance() override;

    QString dataDir() const { return m_dataDir; }
    // Opens the data dir and listens on 127.0.0.1:`port` (0: any free port).
    bool start(quint16 port, QString *error);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QUrl url() const;

    int userCount() const;
    // Checks a proposed owner before anything is created; empty when fine. Human words.
    QString ownerProblem(const QString &username, const QString &password) const;
    // Creates the owner account (an admin) with its display name, directly in the store.
    bool createOwner(const QString &username, const QString &displayName, const QString &password,
                     QString *error);

    server::Server *server() { return m_server.get(); }

private:
    QString m_dataDir;
    std::unique_ptr<server::Server> m_server;
};

// Plays the browser for a login to the local instance: submits the server's authorize form with
// the owner's credentials (over HTTP, like a person would) and follows the redirect to the
// loopback listener. Used as the BrowserOpener of that one OAuthLogin.
class LocalAuthorizer : public QObject {
    Q_OBJECT
public:
    LocalAuthorizer(QNetworkAccessManager *nam, QString username, QString password,
                    QObject *parent = nullptr);
    // Starts the form submission; the answer arrives asynchronously (the server runs on this
    // thread's event loop). Failures go to `failed`.
    bool open(const QUrl &authorizeUrl);

Q_SIGNALS:
    void failed(const QString &message);

private:
    void followRedirect(const QUrl &location);

    QPointer<QNetworkAccessManager> m_nam;
    QString m_username;
    QString m_password;
};

} // namespace tusk::app
