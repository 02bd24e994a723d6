#pragma once
// Timelines: lists of statuses, paged through Link headers (see PageLinks / PageCursor).
#include "api/pagination.h"
#include "api/request.h"
#include "core/entities/status.h"

namespace tusk::api::requests {

struct HomeTimeline {
    using Value = QList<Status>;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/timelines/home"), q);
    }
};

struct PublicTimeline {
    enum class Scope { All, Local, Remote };
    using Value = QList<Status>;
    Scope scope = Scope::All;
    bool onlyMedia = false;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        if (scope == Scope::Local)
            q.addQueryItem(QStringLiteral("local"), QStringLiteral("true"));
        if (scope == Scope::Remote)
            q.addQueryItem(QStringLiteral("remote"), QStringLiteral("true"));
        if (onlyMedia)
            q.addQueryItem(QStringLiteral("only_media"), QStringLiteral("true"));
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/timelines/public"), q);
    }
};

struct TagTimeline {
    using Value = QList<Status>;
    QString tag; // without '#'
    bool local = false;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        if (local)
            q.addQueryItem(QStringLiteral("local"), QStringLiteral("true"));
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/timelines/tag/") + pathSegment(tag), q);
    }
};

struct ListTimeline {
    using Value = QList<Status>;
    QString listId;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/timelines/list/") + pathSegment(listId),
                        q);
    }
};

} // namespace tusk::api::requests
