#pragma once
#include "core/entities/common.h"

namespace tusk {

// A profile metadata row; `value` is HTML.
struct AccountField {
    QString name;
    QString value;
    std::optional<QDateTime> verifiedAt;
    TUSK_ENTITY(AccountField);
};

// The `source` of a CredentialAccount: what the owner typed, for editing the profile.
struct AccountSource {
    QString note;
    QList<AccountField> fields;
    QString privacy;
    bool sensitive = false;
    QString language; // empty = null
    qint64 followRequestsCount = 0;
    std::optional<bool> hideCollections;
    std::optional<bool> discoverable;
    std::optional<bool> indexable;
    TUSK_ENTITY(AccountSource);
};

struct Account {
    QString id;
    QString username;
    QString acct;
    QString url;
    QString uri;
    QString displayName;
    QString note; // HTML
    QString avatar;
    QString avatarStatic;
    QString avatarDescription; // alt text, Mastodon 4.4+
    QString header;
    QString headerStatic;
    QString headerDescription;
    bool locked = false;
    bool bot = false;
    bool group = false;
    std::optional<bool> discoverable; // null = not decided by the user
    bool indexable = false;
    std::optional<bool> hideCollections;
    std::optional<bool> noindex; // only for local accounts
    QList<AccountField> fields;
    QList<CustomEmoji> emojis;
    Box<Account> moved;
    bool suspended = false; // emitted only when true, like Mastodon
    bool limited = false;
    bool memorial = false;
    QDateTime createdAt;
    std::optional<QDate> lastStatusAt; // a date, not a time
    qint64 statusesCount = 0;
    qint64 followersCount = 0;
    qint64 followingCount = 0;
    QList<Role> roles;
    // Profile settings, Mastodon 4.4+.
    std::optional<bool> showMedia;
    std::optional<bool> showMediaReplies;
    std::optional<bool> showFeatured;
    std::optional<InteractionApproval> featureApproval;
    // CredentialAccount only (GET /api/v1/accounts/verify_credentials).
    std::optional<AccountSource> source;
    std::optional<Role> role;
    TUSK_ENTITY(Account);
};

struct Relationship {
    QString id;
    bool following = false;
    bool showingReblogs = false;
    bool notifying = false;
    QStringList languages; // empty = null (all languages)
    bool followedBy = false;
    bool blocking = false;
    bool blockedBy = false;
    bool muting = false;
    bool mutingNotifications = false;
    bool requested = false;
    bool requestedBy = false;
    bool domainBlocking = false;
    bool endorsed = false;
    QString note;
    TUSK_ENTITY(Relationship);
};

struct FamiliarFollowers {
    QString id;
    QList<Account> accounts;
    TUSK_ENTITY(FamiliarFollowers);
};

struct Suggestion {
    QString source; // deprecated single reason
    QStringList sources;
    Account account;
    TUSK_ENTITY(Suggestion);
};

struct FeaturedTag {
    QString id;
    QString name;
    QString url;
    qint64 statusesCount = 0; // sent as a string
    std::optional<QDate> lastStatusAt;
    TUSK_ENTITY(FeaturedTag);
};

} // namespace tusk
