#pragma once
// Lists (GET/POST/PUT/DELETE /api/v1/lists, members under /api/v1/lists/:id/accounts), the
// account search that finds members to add, followed hashtags (GET /api/v1/followed_tags,
// POST /api/v1/tags/:name/follow|unfollow) and trends, for the app's Explore, Lists and Followed
// tags pages.
#include "api/request.h"
#include "core/entities/account.h"
#include "core/entities/common.h"
#include "core/entities/status.h"
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

// limit=0: every member in one answer (Mastodon's rule for this endpoint).
struct GetListAccounts {
    using Value = QList<Account>;
    QString id;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("0"));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/lists/%1/accounts").arg(pathSegment(id)),
                        q);
    }
};

// Add (POST) or remove (DELETE) members; servers accept only accounts the owner follows.
struct ChangeListAccounts {
    using Value = Empty;
    QString id;
    QStringList accountIds;
    bool add = true;
    RequestSpec spec() const
    {
        QUrlQuery ids;
        for (const QString &a : accountIds)
            ids.addQueryItem(QStringLiteral("account_ids[]"), a);
        const QString path = QStringLiteral("/api/v1/lists/%1/accounts").arg(pathSegment(id));
        // DELETE carries its parameters in the query: not every stack sends a DELETE body.
        return add ? makeSpec(Verb::Post, path, {}, ids) : makeSpec(Verb::Delete, path, ids);
    }
};

// GET /api/v1/trends/tags and /api/v1/trends/statuses (Mastodon 3.5+; not every server has them).
struct GetTrendingTags {
    using Value = QList<Tag>;
    int limit = 10;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/trends/tags"), q);
    }
};

struct GetTrendingStatuses {
    using Value = QList<Status>;
    int limit = 20;
    RequestSpec spec() const
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/trends/statuses"), q);
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
