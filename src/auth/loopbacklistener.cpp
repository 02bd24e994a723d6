#include "auth/loopbacklistener.h"

#include "auth/logging.h"

#include <QCoreApplication>
#include <QTcpSocket>

namespace tusk::auth {

namespace {
constexpr qsizetype kMaxRequestBytes = 16 * 1024; // a callback URL is far smaller
const QString kCallbackPath = QStringLiteral("/callback");
} // namespace

LoopbackListener::LoopbackListener(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // Sockets outlive the listener so a page being written when the login ends (and the
            // listener goes away) still reaches the browser.
            socket->setParent(nullptr);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this,
                    [this, socket] { m_buffers.remove(socket); });
        }
    });
}

bool LoopbackListener::listen(quint16 port)
{
    // 127.0.0.1 only: never reachable from another machine.
    return m_server.listen(QHostAddress::LocalHost, port);
}

void LoopbackListener::close()
{
    m_server.close();
}

QUrl LoopbackListener::redirectUri() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(kCallbackPath));
}

QString LoopbackListener::renderPage(const Page &page)
{
    return QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width\">"
                          "<title>%1</title><style>body{font-family:sans-serif;max-width:32rem;"
                          "margin:4rem auto;padding:0 1rem;line-height:1.5}</style></head>"
                          "<body><h1>%1</h1><p>%2</p></body></html>")
        .arg(page.title.toHtmlEscaped(), page.message.toHtmlEscaped());
}

void LoopbackListener::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    m_buffers.remove(socket);
    const QUrl target(QString::fromLatin1(requestLine.value(1)));
    if (requestLine.value(0) != "GET" || target.path() != kCallbackPath || !m_handler) {
        respond(socket,
                {404, QCoreApplication::translate("tusk::auth::LoopbackListener", "Not found"),
                 QString()});
        return;
    }
    // Never log the query: it carries the authorization code.
    qCDebug(lcAuth) << "loopback callback received on port" << port();
    respond(socket, m_handler(QUrlQuery(target)));
}

void LoopbackListener::respond(QTcpSocket *socket, const Page &page)
{
    const QByteArray body = renderPage(page).toUtf8();
    const QByteArray reason = page.status == 200   ? "OK"
                              : page.status == 404 ? "Not Found"
                                                   : "Bad Request";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(page.status) + ' ' + reason +
                     "\r\n"
                     "Content-Type: text/html; charset=utf-8\r\n"
                     "Cache-Control: no-store\r\n"
                     "Referrer-Policy: no-referrer\r\n"
                     "Connection: close\r\n"
                     "Content-Length: " +
                     QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace tusk::auth
