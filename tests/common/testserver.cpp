#include "testserver.h"

#include "server/admin.h"
#include "server/context.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace tusk::test {

TestServer::TestServer(std::optional<server::ServerConfig> config)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    if (!m_server.open(m_dir.path(), &m_error, config.value_or(server::ServerConfig())))
        return;
    if (!m_server.listen(QHostAddress::LocalHost, 0, &m_error))
        return;
    m_ready = true;
}

TestServer::~TestServer()
{
    m_server.close();
}

TestServer::User TestServer::addUser(const QString &username, const QString &scopes, bool admin)
{
    User u;
    u.username = username;
    u.password = QStringLiteral("password-") + username;
    QString error;
    const auto id = server::admin::addUser(m_server.core().store, username,
                                           username + QStringLiteral("@example.test"), u.password,
                                           admin, &error);
    if (!id) {
        qWarning("addUser(%s): %s", qPrintable(username), qPrintable(error));
        return u;
    }
    u.id = *id;
    u.idString = QString::number(*id);
    u.token = token(username, scopes);
    return u;
}

QByteArray TestServer::token(const QString &username, const QString &scopes)
{
    QString error;
    const auto t = server::admin::createToken(m_server.core().store, username, scopes, &error);
    if (!t)
        qWarning("token(%s): %s", qPrintable(username), qPrintable(error));
    return t.value_or(QByteArray());
}

QUrl TestServer::urlFor(const QString &pathAndQuery) const
{
    return QUrl(m_server.url().toString() + pathAndQuery);
}

TestServer::Reply TestServer::send(const QByteArray &method, const QString &pathAndQuery,
                                   const QByteArray &body, const QByteArray &token,
                                   const Headers &headers)
{
    QNetworkRequest request(urlFor(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    // A custom "HEAD" would make QNAM wait for a body that never comes.
    QNetworkReply *reply =
        method == "HEAD" ? m_nam.head(request) : m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15'000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.networkError = QStringLiteral("timeout");
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        r.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

TestServer::Reply TestServer::get(const QString &pathAndQuery, const QByteArray &token,
                                  const Headers &headers)
{
    return send("GET", pathAndQuery, {}, token, headers);
}

TestServer::Reply TestServer::del(const QString &pathAndQuery, const QByteArray &token)
{
    return send("DELETE", pathAndQuery, {}, token);
}

TestServer::Reply TestServer::postForm(const QString &path,
                                       const QList<QPair<QString, QString>> &fields,
                                       const QByteArray &token, const Headers &headers)
{
    QByteArray body;
    for (const auto &f : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    Headers all = headers;
    all.append(
        qMakePair(QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded")));
    return send("POST", path, body, token, all);
}

TestServer::Reply TestServer::postJson(const QString &path, const QJsonObject &body,
                                       const QByteArray &token, const Headers &headers)
{
    Headers all = headers;
    all.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token, all);
}

QByteArray TestServer::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

LinkHeader LinkHeader::parse(const QByteArray &value)
{
    LinkHeader out;
    static const QRegularExpression re(QStringLiteral("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\""));
    auto it = re.globalMatch(QString::fromUtf8(value));
    while (it.hasNext()) {
        const auto m = it.next();
        if (out.firstRel.isEmpty())
            out.firstRel = m.captured(2);
        out.links.insert(m.captured(2), QUrl(m.captured(1)));
    }
    return out;
}

} // namespace tusk::test
