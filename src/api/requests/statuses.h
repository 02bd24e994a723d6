#pragma once
#include "api/request.h"
#include "core/entities/status.h"

#include <QUuid>

namespace tusk::api::requests {

// POST /api/v1/statuses. The Idempotency-Key is fixed when the post is composed, so every retry
// (ours, or after a crash from the offline queue) is the same logical post to the server.
struct PostStatus {
    using Value = Status;
    QString status;
    QString spoilerText;
    QString visibility; // public, unlisted, private, direct; empty = account default
    QString inReplyToId;
    QString language;
    QString contentType; // e.g. text/markdown where Capabilities says so
    QStringList mediaIds;
    bool sensitive = false;
    QString idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    RequestSpec spec() const
    {
        QJsonObject body{{QStringLiteral("status"), status}};
        const auto set = [&body](const char *key, const QString &value) {
            if (!value.isEmpty())
                body.insert(QLatin1String(key), value);
        };
        set("spoiler_text", spoilerText);
        set("visibility", visibility);
        set("in_reply_to_id", inReplyToId);
        set("language", language);
        set("content_type", contentType);
        if (!mediaIds.isEmpty())
            body.insert(QStringLiteral("media_ids"), QJsonArray::fromStringList(mediaIds));
        if (sensitive)
            body.insert(QStringLiteral("sensitive"), true);
        RequestSpec s = makeSpec(Verb::Post, QStringLiteral("/api/v1/statuses"), {}, body);
        s.idempotencyKey = idempotencyKey;
        return s;
    }
};

struct GetStatus {
    using Value = Status;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/statuses/") + pathSegment(id));
    }
};

// Answers the deleted status (with `text` for "delete and redraft").
struct DeleteStatus {
    using Value = Status;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Delete, QStringLiteral("/api/v1/statuses/") + pathSegment(id));
    }
};

struct GetContext {
    using Value = Context;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get,
                        QStringLiteral("/api/v1/statuses/%1/context").arg(pathSegment(id)));
    }
};

// favourite, unfavourite, reblog, unreblog, bookmark, unbookmark, pin, unpin.
struct StatusAction {
    enum class Kind { Favourite, Unfavourite, Reblog, Unreblog, Bookmark, Unbookmark, Pin, Unpin };
    using Value = Status;
    QString id;
    Kind kind = Kind::Favourite;
    RequestSpec spec() const
    {
        static const char *const names[] = {"favourite", "unfavourite", "reblog", "unreblog",
                                            "bookmark",  "unbookmark",  "pin",    "unpin"};
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/statuses/%1/%2")
                                        .arg(pathSegment(id), QLatin1String(names[int(kind)])));
    }
};

// PUT /api/v1/statuses/:id (an edit; Capabilities::edits says whether the server has it).
struct EditStatus {
    using Value = Status;
    QString id;
    QString status;
    QString spoilerText;
    QStringList mediaIds;
    bool sensitive = false;
    RequestSpec spec() const
    {
        QJsonObject body{{QStringLiteral("status"), status},
                         {QStringLiteral("spoiler_text"), spoilerText},
                         {QStringLiteral("sensitive"), sensitive},
                         {QStringLiteral("media_ids"), QJsonArray::fromStringList(mediaIds)}};
        return makeSpec(Verb::Put, QStringLiteral("/api/v1/statuses/") + pathSegment(id), {}, body);
    }
};

// GET /api/v1/statuses/:id/history: every revision of a status, oldest first (the original
// included); a status never edited has one.
struct GetStatusHistory {
    using Value = QList<StatusEdit>;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get,
                        QStringLiteral("/api/v1/statuses/%1/history").arg(pathSegment(id)));
    }
};

} // namespace tusk::api::requests
