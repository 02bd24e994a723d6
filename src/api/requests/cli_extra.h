#pragma once
// Endpoints the command line needs that the other request files do not have yet: search, media
// upload and a status with a poll. Kept in their own file so src/api/requests/*.h owned by the
// API module stay untouched; fold them into search.h / media.h / statuses.h when convenient.
#include "api/request.h"
#include "api/requests/statuses.h"
#include "core/entities/search.h"
#include "core/entities/status.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

#include <optional>

namespace tusk::api::requests {

// GET /api/v2/search (Mastodon 2.4.1+, GoToSocial, Akkoma). `type` limits it to accounts,
// statuses or hashtags; `resolve` lets the server fetch remote accounts/posts by URL or acct.
struct Search {
    using Value = tusk::Search;
    QString query;
    QString type; // accounts, statuses, hashtags; empty = all
    bool resolve = false;
    int limit = 0;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        if (!type.isEmpty())
            q.addQueryItem(QStringLiteral("type"), type);
        if (resolve)
            q.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
        if (limit > 0)
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return makeSpec(Verb::Get, QStringLiteral("/api/v2/search"), q);
    }
};

// GET /api/v1/search: the pre-2.4.1 form, for servers without v2 (hashtags come as strings,
// which the Search entity reads as Tag{name}).
struct SearchV1 {
    using Value = tusk::Search;
    QString query;
    bool resolve = false;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        if (resolve)
            q.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/search"), q);
    }
};

// GET /api/v1/accounts/search: accounts only; servers without full-text search often have it.
struct SearchAccounts {
    using Value = QList<Account>;
    QString query;
    bool resolve = false;
    int limit = 0;
    bool following = false; // only accounts the user follows (what a list can take)
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), query);
        if (resolve)
            q.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
        if (following)
            q.addQueryItem(QStringLiteral("following"), QStringLiteral("true"));
        if (limit > 0)
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/accounts/search"), q);
    }
};

// POST /api/v2/media as multipart/form-data. The body is built once (boundary included) so a
// retry sends the same bytes. The server may answer 202 with `url: null` while it processes the
// file; poll GetMedia until the url is set before attaching it to a post.
struct UploadMedia {
    using Value = MediaAttachment;
    QByteArray data;
    QString fileName;
    QString mimeType; // empty: guessed from the name and the bytes
    QString description;
    RequestSpec spec() const
    {
        const QByteArray boundary =
            "tuskline-" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
        QString type = mimeType;
        if (type.isEmpty())
            type = QMimeDatabase().mimeTypeForFileNameAndData(fileName, data).name();
        QString safeName = QFileInfo(fileName).fileName();
        safeName.replace(u'"', u'_').replace(u'\r', u'_').replace(u'\n', u'_');
        QByteArray body;
        const auto field = [&](const QByteArray &name, const QByteArray &value) {
            body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name +
                    "\"\r\n\r\n" + value + "\r\n";
        };
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
                safeName.toUtf8() + "\"\r\nContent-Type: " + type.toLatin1() + "\r\n\r\n";
        body += data + "\r\n";
        if (!description.isEmpty())
            field("description", description.toUtf8());
        body += "--" + boundary + "--\r\n";
        RequestSpec s =
            makeSpec(Verb::Post, QStringLiteral("/api/v2/media"), {},
                     Body(Body::Raw{body, "multipart/form-data; boundary=" + boundary}));
        s.timeout = std::chrono::minutes(5);
        return s;
    }
};

struct GetMedia {
    using Value = MediaAttachment;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/media/") + pathSegment(id));
    }
};

// A poll attached to a new status (the `poll` object of POST /api/v1/statuses).
struct NewPoll {
    QStringList options;
    int expiresInSeconds = 24 * 60 * 60;
    bool multiple = false;
    bool hideTotals = false;
};

// PostStatus plus an optional poll; same endpoint, same idempotency key handling.
struct PostStatusWithPoll {
    using Value = Status;
    PostStatus status;
    std::optional<NewPoll> poll;
    RequestSpec spec() const
    {
        RequestSpec s = status.spec();
        if (!poll)
            return s;
        if (auto *json = std::get_if<QJsonObject>(&s.body.content)) {
            QJsonObject p{{QStringLiteral("options"), QJsonArray::fromStringList(poll->options)},
                          {QStringLiteral("expires_in"), poll->expiresInSeconds}};
            if (poll->multiple)
                p.insert(QStringLiteral("multiple"), true);
            if (poll->hideTotals)
                p.insert(QStringLiteral("hide_totals"), true);
            json->insert(QStringLiteral("poll"), p);
        }
        return s;
    }
};

} // namespace tusk::api::requests
