#pragma once
// A minimal HTTP/1.1 peer on 127.0.0.1:<ephemeral> that answers from a script. It exists for
// wire behaviour the bundled server does not produce on demand (5xx, Retry-After dates, dropped
// connections, stalls, oversized bodies); everything else is tested against the real server.
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

struct RecordedRequest {
    QByteArray method;
    QByteArray target; // path + query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // since the peer started

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
};

struct ScriptedReply {
    enum class Action { Respond, Drop, DropMidResponse, Stall };
    Action action = Action::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = "{}";

    static ScriptedReply json(int status, QByteArray body,
                              QList<QPair<QByteArray, QByteArray>> h = {})
    {
        ScriptedReply r;
        r.status = status;
        r.body = std::move(body);
        r.headers = std::move(h);
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return r;
    }
    static ScriptedReply drop()
    {
        ScriptedReply r;
        r.action = Action::Drop;
        return r;
    }
    // Starts an answer, then closes the connection: what a server crash or a network drop
    // mid-response looks like. (After a bare Drop, Qt itself resends the request once.)
    static ScriptedReply dropMidResponse()
    {
        ScriptedReply r;
        r.action = Action::DropMidResponse;
        return r;
    }
    static ScriptedReply stall()
    {
        ScriptedReply r;
        r.action = Action::Stall;
        return r;
    }
};

class ScriptedPeer : public QTcpServer {
public:
    std::function<ScriptedReply(const RecordedRequest &)> handler;
    QList<RecordedRequest> requests;

    ScriptedPeer()
    {
        m_clock.start();
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest req;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        req.method = requestLine.value(0);
        req.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            req.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        req.body = buffer.mid(headerEnd + 4, length);
        req.atMs = m_clock.elapsed();
        m_buffers.remove(socket);
        requests.append(req);
        const ScriptedReply reply = handler ? handler(req) : ScriptedReply{};
        switch (reply.action) {
        case ScriptedReply::Action::Drop:
            socket->abort();
            socket->deleteLater();
            return;
        case ScriptedReply::Action::DropMidResponse:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          "100\r\n\r\n{\"par");
            socket->flush();
            socket->abort();
            socket->deleteLater();
            return;
        case ScriptedReply::Action::Stall:
            return; // keep the connection open and say nothing
        case ScriptedReply::Action::Respond:
            break;
        }
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + " Scripted\r\n";
        for (const auto &[k, v] : reply.headers)
            out += k + ": " + v + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) +
               "\r\nConnection: close\r\n\r\n";
        out += reply.body;
        socket->write(out);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
