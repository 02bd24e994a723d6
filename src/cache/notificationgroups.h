#pragma once
// Grouped notifications (/api/v2/notifications, Mastodon 4.3+) in the cache.
//
// The cache keeps one entry per group *as one page described it*: a Notification whose id is the
// group's most_recent_notification_id (a real notification id, so sort keys, markers and paging
// work as for v1), its type, group_key, status and first sample account, plus a `group` object
// (kept in the entity's `extra`) with the page's notifications_count, the sample accounts and
// page_min_id/page_max_id. v1 notifications are entries of one. Models fold entries with the
// same group key into one row and add up their counts: a group split over two pages (the server
// counts only within a page's range), a streamed notification joining a group, or v1
// notifications of one group all come out as one row.
#include "core/entities/notification.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace tusk::cache {

struct NotificationGroupInfo {
    qint64 count = 1;                  // notifications this entry stands for
    QList<QJsonObject> sampleAccounts; // newest first, as the server sent them (full or partial)
    QString pageMinId;
    QString pageMaxId;
};

// One entry per group of the page, newest first. Groups whose accounts are all missing from
// the answer (nothing to show as the actor) are left out.
QList<Notification> notificationsFromGroups(const GroupedNotificationsResults &page);

// The group an entry stands for; nullopt for a plain (v1 or streamed) notification.
std::optional<NotificationGroupInfo> groupInfoOf(const Notification &entry);

// Whether a key names a real group (not Mastodon's "ungrouped-ID" and not empty).
bool isGroupKey(const QString &groupKey);

// Timeline names of a notifications view filtered by type on the server:
// "notifications" (all), "notifications:types=mention,poll", "notifications:exclude=follow".
QString notificationsTimeline(QStringList types, QStringList excludeTypes);
bool parseNotificationsTimeline(const QString &timeline, QStringList *types,
                                QStringList *excludeTypes);
// Whether a notification of `type` belongs in the (filtered) notifications timeline.
bool notificationsTimelineTakes(const QString &timeline, const QString &type);

} // namespace tusk::cache
