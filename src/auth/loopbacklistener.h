#pragma once
#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace tusk::auth {

// The OAuth loopback redirect target (RFC 8252 §7.3): a tiny HTTP listener on 127.0.0.1 that
// takes the browser's GET /callback?code=...&state=..., answers with a short page ("you can close
// this tab") and hands the query to the handler. Anything else gets a 404.
class LoopbackListener : public QObject {
    Q_OBJECT
public:
    struct Page {
        int status = 200;
        QString title;
        QString message;
    };
    using Handler = std::function<Page(const QUrlQuery &query)>;

    explicit LoopbackListener(QObject *parent = nullptr);

    // Port 0 picks a free one. False if the port is taken.
    bool listen(quint16 port = 0);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QUrl redirectUri() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    static QString renderPage(const Page &page);

private:
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const Page &page);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace tusk::auth
