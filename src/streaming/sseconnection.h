#pragma once
// One Server-Sent Events stream over HTTP (the fallback when a server refuses the WebSocket):
// a GET with Accept: text/event-stream whose body never ends, parsed as it arrives.
#include "streaming/sseparser.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace tusk::streaming {

class SseConnection : public QObject {
    Q_OBJECT
public:
    // `token` goes only into the Authorization header; the URL is logged redacted.
    SseConnection(QNetworkAccessManager *nam, const QUrl &url, const QString &token,
                  const QString &lastEventId, QObject *parent = nullptr);
    ~SseConnection() override;

    bool isOpen() const { return m_open; }
    int httpStatus() const { return m_status; }
    QString lastEventId() const { return m_parser.lastEventId(); }
    // Ends the request without emitting `closed`.
    void abort();

Q_SIGNALS:
    void opened();
    // Any bytes from the server, heartbeat comments included: proof the stream is alive.
    void activity();
    void eventReceived(const tusk::streaming::SseEvent &event);
    // The stream ended or never opened. `httpStatus` is 0 without an HTTP answer.
    void closed(int httpStatus, const QString &error);

private:
    void onReadyRead();
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    int m_status = 0;
    bool m_open = false;
    bool m_done = false;
};

} // namespace tusk::streaming
