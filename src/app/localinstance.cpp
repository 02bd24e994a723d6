#include "localinstance.h"

#include "logging.h"
#include "server/admin.h"
#include "server/context.h"
#include "server/server.h"

#include <QDir>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace tusk::app {

LocalInstance::LocalInstance(QString dataDir, QObject *parent)
    : QObject(parent), m_dataDir(std::move(dataDir))
{}

LocalInstance::~LocalInstance() = default;

bool LocalInstance::start(quint16 port, QString *error)
{
    if (isRunning())
        return true;
    if (!QDir().mkpath(m_dataDir)) {
        *error = tr("Could not create the folder %1 for your local instance.").arg(m_dataDir);
        return false;
    }
    auto server = std::make_unique<server::Server>();
    QString problem;
    if (!server->open(m_dataDir, &problem)) {
        *error = tr("Your local instance could not open its data: %1").arg(problem);
        return false;
    }
    if (!server->listen(QHostAddress::LocalHost, port, &problem)) {
        *error = port ? tr("Your local instance could not use port %1 (%2). Another program may "
                           "be using it; close it and start Tuskline again.")
                            .arg(port)
                            .arg(problem)
                      : tr("Your local instance could not start: %1").arg(problem);
        return false;
    }
    m_server = std::move(server);
    qCInfo(lcApp) << "local instance listening on" << m_server->url().toString();
    return true;
}

void LocalInstance::stop()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

bool LocalInstance::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 LocalInstance::port() const
{
    return m_server ? m_server->port() : 0;
}

QUrl LocalInstance::url() const
{
    return m_server ? m_server->url() : QUrl();
}

int LocalInstance::userCount() const
{
    return m_server ? m_server->core().store.accounts.userCount() : 0;
}

QString LocalInstance::ownerProblem(const QString &username, const QString &password) const
{
    if (!server::admin::validUsername(username))
        return tr("A username is 1 to 30 letters, digits or underscores.");
    return server::admin::passwordProblem(password);
}

bool LocalInstance::createOwner(const QString &username, const QString &displayName,
                                const QString &password, QString *error)
{
    if (!m_server) {
        *error = tr("Your local instance is not running.");
        return false;
    }
    if (const QString problem = ownerProblem(username, password); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    server::Store &store = m_server->core().store;
    const std::optional<qint64> id = server::admin::addUser(
        store, username, username + QStringLiteral("@localhost"), password, true, error);
    if (!id)
        return false;
    if (!displayName.trimmed().isEmpty()) {
        std::optional<server::AccountRow> account = store.accounts.byId(*id);
        const std::optional<server::UserRow> user = store.accounts.user(*id);
        if (account && user) {
            account->displayName = displayName.trimmed();
            store.accounts.updateProfile(*account, *user);
        }
    }
    qCInfo(lcApp) << "local owner account created:" << username;
    return true;
}

LocalAuthorizer::LocalAuthorizer(QNetworkAccessManager *nam, QString username, QString password,
                                 QObject *parent)
    : QObject(parent), m_nam(nam), m_username(std::move(username)), m_password(std::move(password))
{}

bool LocalAuthorizer::open(const QUrl &authorizeUrl)
{
    if (!m_nam)
        return false;
    // The authorize endpoint reads the request from query and form alike, so the form only adds
    // what a person types and clicks.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"), m_username);
    form.addQueryItem(QStringLiteral("password"), m_password);
    form.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    QNetworkRequest request(authorizeUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QByteArray body;
    for (const auto &[k, v] : form.queryItems(QUrl::FullyDecoded))
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(k) + '=' +
                QUrl::toPercentEncoding(v);
    QNetworkReply *reply = m_nam->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 302 || status == 303) {
            followRedirect(reply->header(QNetworkRequest::LocationHeader).toUrl());
        } else if (status == 401) {
            Q_EMIT failed(tr("Your local instance did not accept the username and password."));
        } else if (status == 429) {
            Q_EMIT failed(tr("Too many login attempts. Please wait a few minutes."));
        } else {
            Q_EMIT failed(tr("Your local instance refused the login (HTTP %1).").arg(status));
        }
    });
    return true;
}

void LocalAuthorizer::followRedirect(const QUrl &location)
{
    // The loopback listener of the OAuthLogin takes it from here.
    QNetworkRequest request(location);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

} // namespace tusk::app
