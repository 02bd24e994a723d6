#pragma once
#include "core/entities/status.h"

namespace tusk {

struct Report {
    QString id;
    bool actionTaken = false;
    std::optional<QDateTime> actionTakenAt;
    QString category; // spam, violation, legal, other
    QString comment;
    bool forwarded = false;
    QDateTime createdAt;
    QStringList statusIds; // empty = null
    QStringList ruleIds;
    std::optional<Account> targetAccount;
    TUSK_ENTITY(Report);
};

// /api/v1/notifications. `type` is kept as sent: servers add their own (pleroma:emoji_reaction,
// admin.sign_up, quoted_update, ...). report, relationship_severance_event and
// moderation_warning are modelled where cheap or kept in `extra`.
struct Notification {
    QString id;
    QString type;
    QString groupKey;
    QDateTime createdAt;
    Account account;
    std::optional<Status> status;
    std::optional<Report> report;
    TUSK_ENTITY(Notification);
};

// Grouped notifications (v2) send only this much for accounts beyond the first few.
struct PartialAccount {
    QString id;
    QString acct;
    QString url;
    QString avatar;
    QString avatarStatic;
    bool locked = false;
    bool bot = false;
    TUSK_ENTITY(PartialAccount);
};

struct NotificationGroup {
    QString groupKey;
    qint64 notificationsCount = 0;
    QString type;
    QString mostRecentNotificationId;
    QString pageMinId;
    QString pageMaxId;
    std::optional<QDateTime> latestPageNotificationAt;
    QStringList sampleAccountIds;
    QString statusId; // empty = null
    TUSK_ENTITY(NotificationGroup);
};

struct GroupedNotificationsResults {
    QList<Account> accounts;
    QList<PartialAccount> partialAccounts;
    QList<Status> statuses;
    QList<NotificationGroup> notificationGroups;
    TUSK_ENTITY(GroupedNotificationsResults);
};

} // namespace tusk
