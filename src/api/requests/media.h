#pragma once
// Media uploads: POST /api/v2/media (multipart: file, description, focus). The body is built once
// by the caller (Body::Raw) so a retry sends exactly the same bytes.
#include "api/request.h"
#include "core/entities/status.h"

#include <QUuid>

namespace tusk::api::requests {

struct UploadMedia {
    using Value = MediaAttachment;
    QByteArray fileBytes;
    QString fileName;
    QByteArray mimeType = "application/octet-stream";
    QString description; // alt text
    RequestSpec spec() const
    {
        const QByteArray boundary =
            "tuskline-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        QByteArray body;
        const auto part = [&](const QByteArray &headers, const QByteArray &content) {
            body += "--" + boundary + "\r\n" + headers + "\r\n\r\n" + content + "\r\n";
        };
        QByteArray safeName = fileName.toUtf8();
        safeName.replace('"', "_").replace('\r', "_").replace('\n', "_");
        part("Content-Disposition: form-data; name=\"file\"; filename=\"" + safeName +
                 "\"\r\nContent-Type: " + mimeType,
             fileBytes);
        if (!description.isEmpty())
            part("Content-Disposition: form-data; name=\"description\"", description.toUtf8());
        body += "--" + boundary + "--\r\n";
        return makeSpec(Verb::Post, QStringLiteral("/api/v2/media"), {},
                        Body(Body::Raw{body, "multipart/form-data; boundary=" + boundary}));
    }
};

} // namespace tusk::api::requests
