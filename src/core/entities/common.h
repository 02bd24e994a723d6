#pragma once
// Small entities shared by statuses, accounts and instances.
#include "core/entities/entity.h"

namespace tusk {

struct CustomEmoji {
    QString shortcode;
    QString url; // URLs kept as QString (QUrl is slow and lossy for round-trips)
    QString staticUrl;
    bool visibleInPicker = true;
    QString category; // empty = none
    TUSK_ENTITY(CustomEmoji);
};

// One day of hashtag use; Mastodon sends all three as strings ("1574553600", "200", "31").
struct TagHistory {
    qint64 day = 0; // Unix seconds of the day's start
    qint64 uses = 0;
    qint64 accounts = 0;
    TUSK_ENTITY(TagHistory);
};

struct Tag {
    QString id; // Mastodon 4.3+ on the Tag entity; empty in status tags
    QString name;
    QString url;
    QList<TagHistory> history;
    std::optional<bool> following; // only for a signed-in user
    std::optional<bool> featuring;
    TUSK_ENTITY(Tag);
};

struct Mention {
    QString id;
    QString username;
    QString url;
    QString acct;
    TUSK_ENTITY(Mention);
};

// Also the answer of POST /api/v1/apps (then with client_id/client_secret).
struct Application {
    QString id;
    QString name;
    QString website; // empty = null
    QString vapidKey;
    QString clientId;
    QString clientSecret;
    QString redirectUri;
    QStringList redirectUris;
    QStringList scopes;
    TUSK_ENTITY(Application);
};

struct Role {
    QString id;
    QString name;
    QString color;
    QString permissions; // bit mask as decimal text, as Mastodon sends it
    std::optional<bool> highlighted;
    TUSK_ENTITY(Role);
};

struct Rule {
    QString id;
    QString text;
    QString hint;
    TUSK_ENTITY(Rule);
};

// Who may quote a status (Status.quote_approval) or feature an account (Account.feature_approval),
// Mastodon 4.4+.
struct InteractionApproval {
    QStringList automatic; // public, followers, following, ...
    QStringList manual;
    QString currentUser; // automatic, manual, denied, unknown
    TUSK_ENTITY(InteractionApproval);
};

// The body of a 4xx/5xx answer.
struct Error {
    QString error;
    QString errorDescription;
    TUSK_ENTITY(Error);
};

struct Token {
    QString accessToken;
    QString tokenType;
    QString scope;
    QDateTime createdAt; // sent as Unix seconds
    TUSK_ENTITY(Token);
};

} // namespace tusk
