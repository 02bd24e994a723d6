#pragma once
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tusk::server {

// What a handler answers; the HTTP adapter turns it into bytes on the wire.
struct Response {
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
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
