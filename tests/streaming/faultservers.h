#pragma once
// Small servers that misbehave on purpose, for what the real bundled server never does: accept a
// WebSocket and then go silent, refuse the upgrade but speak SSE, or send frames in the odd
// shapes other servers use. Each speaks just enough HTTP/WebSocket for that one fault.
#include <QCryptographicHash>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

namespace tusk::test {

// One parsed request head.
struct RawRequest {
    QByteArray method;
    QByteArray target;                     // path and query as sent
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// Reads each connection's request head and hands it to `respond`, which writes what it likes and
// may keep the socket open forever.
class RawHttpServer : public QTcpServer {
public:
    using Responder = std::function<void(QTcpSocket *, const RawRequest &)>;
    explicit RawHttpServer(Responder respond) : m_respond(std::move(respond))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                ++connections;
                sockets << s;
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int openSockets() const
    {
        int n = 0;
        for (const auto &s : sockets)
            n += s && s->state() == QAbstractSocket::ConnectedState;
        return n;
    }

    int connections = 0;
    QList<RawRequest> requests;
    QList<QPointer<QTcpSocket>> sockets;

private:
    void onData(QTcpSocket *s)
    {
        if (s->property("handled").toBool())
            return; // after the head: whatever comes (WebSocket frames) is ignored
        QByteArray buffer = s->property("buffer").toByteArray() + s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            s->setProperty("buffer", buffer);
            return;
        }
        s->setProperty("handled", true);
        RawRequest r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                 lines[i].mid(colon + 1).trimmed());
        }
        requests << r;
        m_respond(s, r);
    }
    Responder m_respond;
};

// The 101 answer to a WebSocket upgrade (RFC 6455 §4.2.2).
inline QByteArray webSocketAccept(const RawRequest &r)
{
    const QByteArray accept = QCryptographicHash::hash(r.header("Sec-WebSocket-Key") +
                                                           "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                       QCryptographicHash::Sha1)
                                  .toBase64();
    return "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Accept: " +
           accept + "\r\n\r\n";
}

} // namespace tusk::test
