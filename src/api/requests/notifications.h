#pragma once
#include "api/pagination.h"
#include "api/request.h"
#include "core/entities/notification.h"

namespace tusk::api::requests {

// GET /api/v1/notifications (every server).
struct GetNotifications {
    using Value = QList<Notification>;
    PageCursor page;
    QStringList types;        // types[]: only these
    QStringList excludeTypes; // exclude_types[]
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        for (const QString &t : types)
            q.addQueryItem(QStringLiteral("types[]"), t);
        for (const QString &t : excludeTypes)
            q.addQueryItem(QStringLiteral("exclude_types[]"), t);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/notifications"), q);
    }
};

// GET /api/v2/notifications (Mastodon 4.3+: Capabilities::groupedNotifications).
struct GetGroupedNotifications {
    using Value = GroupedNotificationsResults;
    PageCursor page;
    QStringList types;        // types[]: only these
    QStringList excludeTypes; // exclude_types[]
    QStringList groupedTypes; // grouped_types[]; empty = the server's default
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        for (const QString &t : types)
            q.addQueryItem(QStringLiteral("types[]"), t);
        for (const QString &t : excludeTypes)
            q.addQueryItem(QStringLiteral("exclude_types[]"), t);
        for (const QString &t : groupedTypes)
            q.addQueryItem(QStringLiteral("grouped_types[]"), t);
        return makeSpec(Verb::Get, QStringLiteral("/api/v2/notifications"), q);
    }
};

struct GetNotification {
    using Value = Notification;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/notifications/") + pathSegment(id));
    }
};

struct DismissNotification {
    using Value = Empty;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Post,
                        QStringLiteral("/api/v1/notifications/%1/dismiss").arg(pathSegment(id)));
    }
};

struct ClearNotifications {
    using Value = Empty;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/notifications/clear"));
    }
};

} // namespace tusk::api::requests
