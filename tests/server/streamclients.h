#pragma once
// Streaming test clients for the bundled server: SSE read the way Mastodon.py reads it, and the
// WebSocket multiplexer as web clients use it.
#include "testserver.h"

#include <QNetworkReply>
#include <QTest>
#include <QWebSocket>

namespace tusk::test {

// A streaming client as Mastodon.py reads it: events split on blank lines, comments kept apart.
class SseClient {
public:
    SseClient(TestServer &server, const QString &path, const QByteArray &token)
    {
        QNetworkRequest request(server.urlFor(path));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        m_reply = m_nam.get(request);
        QObject::connect(m_reply, &QNetworkReply::readyRead, m_reply, [this] {
            raw += m_reply->readAll();
            parse();
        });
    }
    ~SseClient()
    {
        m_reply->abort();
        m_reply->deleteLater();
    }
    bool waitOpen()
    {
        return QTest::qWaitFor([this] { return raw.startsWith(":)\n"); }, 5000);
    }
    int status() const
    {
        return m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    bool finished() const { return m_reply->isFinished(); }

    struct Event {
        QByteArray name;
        QByteArray data;
        QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
    };
    QList<Event> events;
    int comments = 0;
    QByteArray raw;

private:
    void parse()
    {
        while (true) {
            // Comments are single lines; events end with a blank line.
            if (m_pos < raw.size() && raw.at(m_pos) == ':') {
                const qsizetype eol = raw.indexOf('\n', m_pos);
                if (eol < 0)
                    return;
                ++comments;
                m_pos = eol + 1;
                continue;
            }
            const qsizetype end = raw.indexOf("\n\n", m_pos);
            if (end < 0)
                return;
            Event e;
            for (const QByteArray &line : raw.mid(m_pos, end - m_pos).split('\n')) {
                if (line.startsWith("event: "))
                    e.name = line.mid(7);
                else if (line.startsWith("data: "))
                    e.data = line.mid(6);
            }
            events.append(e);
            m_pos = end + 2;
        }
    }
    QNetworkAccessManager m_nam;
    QNetworkReply *m_reply = nullptr;
    qsizetype m_pos = 0;
};

// The WebSocket multiplexer as web clients use it.
class WsClient {
public:
    explicit WsClient(const QNetworkRequest &request)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, &ws, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        ws.open(request);
    }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return ws.state() == QAbstractSocket::ConnectedState; },
                               5000);
    }
    void send(const QJsonObject &o)
    {
        ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson()));
    }
    QJsonObject payload(int i) const
    {
        return QJsonDocument::fromJson(frames.at(i).value("payload").toString().toUtf8()).object();
    }
    QWebSocket ws;
    QList<QJsonObject> frames;
};

// A WebSocket upgrade request for `path` (ws:// on this plain-http server), with a bearer token.
inline QNetworkRequest wsRequest(TestServer &server, const QString &path, const QByteArray &token)
{
    QUrl url = server.urlFor(path);
    url.setScheme(QStringLiteral("ws"));
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return request;
}

} // namespace tusk::test
