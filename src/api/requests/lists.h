#pragma once
// Lists (GET/POST/PUT/DELETE /api/v1/lists) and followed hashtags (GET /api/v1/followed_tags,
// POST /api/v1/tags/:name/follow|unfollow), for the app's Lists and Followed tags pages.
#include "api/request.h"
#include "core/entities/common.h"
#include "core/entities/usersettings.h"

namespace tusk::api::requests {

struct GetLists {
    using Value = QList<List>;
    RequestSpec spec() const { return makeSpec(Verb::Get, QStringLiteral("/api/v1/lists")); }
};

struct CreateList {
    using Value = List;
    QString title;
    RequestSpec spec() const
    {
        QJsonObject body{{QStringLiteral("title"), title}};
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/lists"), {}, body);
    }
};

struct UpdateList {
    using Value = List;
    QString id;
    QString title;
    RequestSpec spec() const
    {
        QJsonObject body{{QStringLiteral("title"), title}};
        return makeSpec(Verb::Put, QStringLiteral("/api/v1/lists/%1").arg(pathSegment(id)), {},
                        body);
    }
};

struct DeleteList {
    using Value = Empty;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Delete, QStringLiteral("/api/v1/lists/%1").arg(pathSegment(id)));
    }
};

// First page only (servers cap it at 100 with limit; enough for a personal list).
struct GetFollowedTags {
    using Value = QList<Tag>;
    int limit = 100;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/followed_tags"), q);
    }
};

struct TagFollow {
    using Value = Tag;
    QString name;
    bool follow = true;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Post,
                        QStringLiteral("/api/v1/tags/%1/%2")
                            .arg(pathSegment(name),
                                 follow ? QStringLiteral("follow") : QStringLiteral("unfollow")));
    }
};

} // namespace tusk::api::requests
