#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>

namespace tusk::server {

// The open body of a streaming response (Server-Sent Events). The adapter owns the connection;
// closed() fires once when the client goes away or close() was called.
class StreamSink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void write(const QByteArray &data) = 0;
    virtual void close() = 0;
signals:
    void closed();
};

// What a handler answers; the HTTP adapter turns it into bytes on the wire.
struct Response {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    // Set for streaming answers: the adapter sends the status and headers without a length, then
    // hands the open body to this callback. `body` is written first.
    std::function<void(StreamSink *)> onOpen;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    // A body that already is compact JSON (render::statusesJson).
    static Response json(QByteArray body, int status = 200);
    // Mastodon's error shape: {"error": "...", "error_description": "..."}.
    static Response error(int status, const QString &error, const QString &description = {});
    static Response html(const QByteArray &page, int status = 200);
    static Response text(const QByteArray &text, int status = 200);
    static Response redirect(const QByteArray &location, int status = 302);

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;
};

QByteArray reasonPhrase(int status);

} // namespace tusk::server
