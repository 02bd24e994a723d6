#pragma once
// Reading positions shared between a user's clients (home and notifications).
#include "api/request.h"
#include "core/entities/usersettings.h"

namespace tusk::api::requests {

struct GetMarkers {
    using Value = Markers;
    QStringList timelines{QStringLiteral("home"), QStringLiteral("notifications")};
    RequestSpec spec() const
    {
        QUrlQuery q;
        for (const QString &t : timelines)
            q.addQueryItem(QStringLiteral("timeline[]"), t);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/markers"), q);
    }
};

// Only the timelines given are sent; an empty id leaves that timeline's marker alone.
struct SaveMarkers {
    using Value = Markers;
    QString homeLastReadId;
    QString notificationsLastReadId;
    RequestSpec spec() const
    {
        QJsonObject body;
        if (!homeLastReadId.isEmpty())
            body.insert(QStringLiteral("home"),
                        QJsonObject{{QStringLiteral("last_read_id"), homeLastReadId}});
        if (!notificationsLastReadId.isEmpty())
            body.insert(QStringLiteral("notifications"),
                        QJsonObject{{QStringLiteral("last_read_id"), notificationsLastReadId}});
        return makeSpec(Verb::Post, QStringLiteral("/api/v1/markers"), {}, Body(body));
    }
};

} // namespace tusk::api::requests
