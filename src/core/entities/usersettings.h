#pragma once
// Per-user state kept by the server: preferences, read markers, lists, push subscription.
#include "core/entities/entity.h"

#include <QMap>

namespace tusk {

// GET /api/v1/preferences: an object of dotted keys.
struct Preferences {
    QString postingDefaultVisibility; // "posting:default:visibility"
    bool postingDefaultSensitive = false;
    QString postingDefaultLanguage; // empty = null
    QString readingExpandMedia;     // default, show_all, hide_all
    bool readingExpandSpoilers = false;
    TUSK_ENTITY(Preferences);
};

struct Marker {
    QString lastReadId;
    qint64 version = 0;
    QDateTime updatedAt; // some servers send Unix seconds
    TUSK_ENTITY(Marker);
};

// GET /api/v1/markers: timeline name (home, notifications) -> Marker. Every member must be a
// Marker, so there is no `extra`.
struct Markers {
    QMap<QString, Marker> markers;
    static Result<Markers> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;
    friend bool operator==(const Markers &, const Markers &) = default;
    friend bool readJson(const QJsonValue &v, Markers &out, const json::Path &path,
                         ParseError &error);
};

struct List {
    QString id;
    QString title;
    QString repliesPolicy; // followed, list, none
    std::optional<bool> exclusive;
    TUSK_ENTITY(List);
};

struct WebPushSubscription {
    QString id;
    QString endpoint;
    QString serverKey;
    QJsonObject alerts; // notification type -> bool
    QString policy;     // all, followed, follower, none
    std::optional<bool> standard;
    TUSK_ENTITY(WebPushSubscription);
};

// GET /api/v1/notifications/unread_count
struct UnreadCount {
    qint64 count = 0;
    TUSK_ENTITY(UnreadCount);
};

} // namespace tusk
