#pragma once
#include "server/snowflake.h"
#include "server/store/database.h"
#include "server/store/rows.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace tusk::server {

class Store;

// Each repository owns the SQL of one resource. All statements are prepared once and cached by
// Database::query(); rows are read completely before the statement is reused.
class AccountRepository {
public:
    explicit AccountRepository(Store &s) : m_s(s) {}
    // Creates account + user; nullopt if the username or e-mail is taken.
    std::optional<qint64> create(const QString &username, const QString &email,
                                 const QByteArray &passwordHash, bool admin);
    std::optional<AccountRow> byId(qint64 id);
    std::optional<AccountRow> byUsername(const QString &username);
    QHash<qint64, AccountRow> byIds(const QList<qint64> &ids);
    std::optional<UserRow> user(qint64 accountId);
    // Username or e-mail, case-insensitive.
    std::optional<UserRow> userByLogin(const QString &login);
    bool setPassword(qint64 accountId, const QByteArray &hash);
    // Profile (display name, note, flags, fields) and the user's posting defaults.
    bool updateProfile(const AccountRow &account, const UserRow &user);
    QList<QPair<AccountRow, UserRow>> allUsers();
    // Username prefix or display-name substring, exact username first; `followedBy` (0 = no
    // filter) keeps only accounts that account follows.
    QList<AccountRow> search(const QString &query, qint64 followedBy, int limit, int offset);
    int userCount();
    int localStatusCount();

private:
    Store &m_s;
};

class AppRepository {
public:
    explicit AppRepository(Store &s) : m_s(s) {}
    // Returns the app and its client secret in clear (shown once, stored hashed).
    std::optional<QPair<AppRow, QByteArray>> create(const QString &name, const QString &website,
                                                    const QStringList &redirectUris,
                                                    const QString &scopes);
    std::optional<AppRow> byClientId(const QString &clientId);
    std::optional<AppRow> byId(qint64 id);

private:
    Store &m_s;
};

class TokenRepository {
public:
    explicit TokenRepository(Store &s) : m_s(s) {}
    struct Issued {
        TokenRow row;
        QByteArray accessToken;
        QByteArray refreshToken;
    };
    std::optional<Issued> issue(qint64 appId, qint64 accountId, const QString &scopes,
                                bool withRefresh);
    std::optional<TokenRow> byAccessToken(QByteArrayView token);
    std::optional<TokenRow> byRefreshToken(QByteArrayView token);
    bool revoke(qint64 tokenId);
    // Revokes a token of this app given either its access or refresh token. True if one matched.
    bool revokeForApp(qint64 appId, QByteArrayView token);

    QByteArray createCode(const AuthCodeRow &code);
    // Marks the code used. Returns the row as it was (usedAt != 0 means it had been used before).
    std::optional<AuthCodeRow> consumeCode(QByteArrayView code);
    void linkCodeToToken(QByteArrayView code, qint64 tokenId);

private:
    Store &m_s;
};

class StatusRepository {
public:
    explicit StatusRepository(Store &s) : m_s(s) {}
    // Inserts the status with its mentions and tags and bumps counters. Fills row.id/createdAt.
    bool create(StatusRow &row, const QList<qint64> &mentionedAccounts, const QStringList &tags);
    bool remove(const StatusRow &row);
    std::optional<StatusRow> byId(qint64 id);
    QHash<qint64, StatusRow> byIds(const QList<qint64> &ids);

    QList<StatusRow> home(qint64 viewerId, const PageQuery &page);
    QList<StatusRow> publicLocal(const PageQuery &page);
    // Statuses of `authorId` that `viewerId` may see (Mastodon's AccountStatusesFilter).
    QList<StatusRow> byAccount(qint64 authorId, qint64 viewerId, bool viewerFollows,
                               bool excludeReplies, bool excludeReblogs, const PageQuery &page);
    // The reblog (wrapper status) `accountId` made of `originalId`, if any.
    std::optional<StatusRow> reblogBy(qint64 accountId, qint64 originalId);
    // Of `statusIds`, the originals `accountId` has reblogged.
    QSet<qint64> reblogged(qint64 accountId, const QList<qint64> &statusIds);
    // (reblog id, account id), newest first.
    QList<QPair<qint64, qint64>> rebloggedBy(qint64 statusId, const PageQuery &page);
    // only_media (store/media.cpp): the public local timeline (authorId 0) or one author's
    // statuses up to `highest` visibility, that have attachments.
    QList<StatusRow> withMedia(qint64 authorId, Visibility highest, const PageQuery &page);
    QList<StatusRow> ancestors(const StatusRow &status, int limit);
    QList<StatusRow> descendants(qint64 statusId, int limit);

    QHash<qint64, QList<qint64>> mentions(const QList<qint64> &statusIds);
    QHash<qint64, QStringList> tags(const QList<qint64> &statusIds);
    bool isMentioned(qint64 statusId, qint64 accountId);

    std::optional<qint64> idempotentStatus(qint64 accountId, QByteArrayView key, qint64 notBefore);
    void rememberIdempotencyKey(qint64 accountId, QByteArrayView key, qint64 statusId);

private:
    QList<StatusRow> readStatuses(QSqlQuery &q);
    bool fanOut(const StatusRow &row);
    Store &m_s;
};

class FollowRepository {
public:
    explicit FollowRepository(Store &s) : m_s(s) {}
    // Creates or updates; returns true if the follow is new.
    bool follow(qint64 accountId, qint64 targetId, bool showReblogs, bool notify);
    bool unfollow(qint64 accountId, qint64 targetId);
    std::optional<FollowRow> get(qint64 accountId, qint64 targetId);
    bool isFollowing(qint64 accountId, qint64 targetId)
    {
        return get(accountId, targetId).has_value();
    }
    // Of `targets`, those `accountId` follows (with flags) and those following `accountId`.
    QHash<qint64, FollowRow> following(qint64 accountId, const QList<qint64> &targets);
    QSet<qint64> followedBy(qint64 accountId, const QList<qint64> &targets);
    // Pages of (follow id, account id), newest follow first; cursors are follow ids.
    QList<QPair<qint64, qint64>> followersOf(qint64 accountId, const PageQuery &page);
    QList<QPair<qint64, qint64>> followingOf(qint64 accountId, const PageQuery &page);

    // Follow requests to locked accounts. request() returns true if the request is new.
    bool request(qint64 accountId, qint64 targetId, bool showReblogs, bool notify);
    bool cancelRequest(qint64 accountId, qint64 targetId);
    std::optional<FollowRow> pendingRequest(qint64 accountId, qint64 targetId);
    // (request id, requester id) waiting for `targetId`, newest first.
    QList<QPair<qint64, qint64>> requestsFor(qint64 targetId, const PageQuery &page);
    // Of `others`, those `accountId` asked to follow, and those asking to follow `accountId`.
    QSet<qint64> requested(qint64 accountId, const QList<qint64> &others);
    QSet<qint64> requestedBy(qint64 accountId, const QList<qint64> &others);
    int pendingRequestCount(qint64 targetId);

private:
    Store &m_s;
};

class FavouriteRepository {
public:
    explicit FavouriteRepository(Store &s) : m_s(s) {}
    bool add(qint64 accountId, qint64 statusId);    // true if new
    bool remove(qint64 accountId, qint64 statusId); // true if it existed
    QSet<qint64> favourited(qint64 accountId, const QList<qint64> &statusIds);
    // (favourite id, account id), newest first; cursors are favourite ids.
    QList<QPair<qint64, qint64>> favouritedBy(qint64 statusId, const PageQuery &page);
    // (favourite id, status id) of one account, newest first.
    QList<QPair<qint64, qint64>> favouritesOf(qint64 accountId, const PageQuery &page);

private:
    Store &m_s;
};

class NotificationRepository {
public:
    explicit NotificationRepository(Store &s) : m_s(s) {}
    qint64 create(qint64 accountId, qint64 fromAccountId, const QString &type, qint64 statusId);
    QList<NotificationRow> list(qint64 accountId, const PageQuery &page, const QStringList &types,
                                const QStringList &excludeTypes);
    std::optional<NotificationRow> get(qint64 accountId, qint64 id);
    std::optional<NotificationRow> byId(qint64 id);
    bool dismiss(qint64 accountId, qint64 id);
    void clear(qint64 accountId);
    // Drops favourite/follow notifications that were undone.
    void removeFor(qint64 fromAccountId, const QString &type, qint64 statusId, qint64 accountId);

private:
    Store &m_s;
};

class BookmarkRepository {
public:
    explicit BookmarkRepository(Store &s) : m_s(s) {}
    bool add(qint64 accountId, qint64 statusId);
    bool remove(qint64 accountId, qint64 statusId);
    QSet<qint64> bookmarked(qint64 accountId, const QList<qint64> &statusIds);
    // (bookmark id, status id), newest first; cursors are bookmark ids.
    QList<QPair<qint64, qint64>> list(qint64 accountId, const PageQuery &page);

private:
    Store &m_s;
};

class MarkerRepository {
public:
    explicit MarkerRepository(Store &s) : m_s(s) {}
    QList<MarkerRow> get(qint64 accountId, const QStringList &timelines);
    // Stores the position and bumps the version (Mastodon's optimistic-locking counter).
    bool set(qint64 accountId, const QString &timeline, const QString &lastReadId);

private:
    Store &m_s;
};

// Uploaded media (store/media.cpp).
class MediaRepository {
public:
    explicit MediaRepository(Store &s) : m_s(s) {}
    bool create(MediaRow &row); // fills id/createdAt
    std::optional<MediaRow> byId(qint64 id);
    std::optional<MediaRow> byFileName(const QString &fileName);
    bool updateDetails(const MediaRow &row); // description, focus
    // Attached media of each status, in position order.
    QHash<qint64, QList<MediaRow>> forStatuses(const QList<qint64> &statusIds);
    // Makes `mediaIds` (in this order) the attachments of `statusId`; others are detached.
    bool attach(qint64 statusId, const QList<qint64> &mediaIds);

private:
    Store &m_s;
};

// Polls and votes (store/media.cpp).
class PollRepository {
public:
    explicit PollRepository(Store &s) : m_s(s) {}
    bool create(PollRow &row);
    std::optional<PollRow> byId(qint64 id);
    // Keyed by status id.
    QHash<qint64, PollRow> forStatuses(const QList<qint64> &statusIds);
    bool removeForStatus(qint64 statusId);
    // expires_at, multiple and hide_totals of an existing poll (options unchanged).
    bool updateSettings(const PollRow &row);
    bool vote(qint64 pollId, qint64 accountId, const QList<int> &choices);
    // Per poll id, the choices `accountId` voted for (absent: not voted).
    QHash<qint64, QList<int>> ownVotes(qint64 accountId, const QList<qint64> &pollIds);
    QList<qint64> voters(qint64 pollId);
    // Polls that ended by `now` and were not announced yet; marks them announced.
    QList<PollRow> takeEnded(qint64 now);

private:
    void fillVotes(QList<PollRow> &rows);
    Store &m_s;
};

// Status edits and their history (store/edits.cpp).
class EditRepository {
public:
    explicit EditRepository(Store &s) : m_s(s) {}
    bool add(StatusEditRow &row);
    QList<StatusEditRow> history(qint64 statusId);
    // Stores the new text/spoiler/sensitive/language/content type, mentions and tags, and sets
    // edited_at; records the status in Store::events.updatedStatuses.
    bool updateStatus(StatusRow &row, const QList<qint64> &mentionedAccounts,
                      const QStringList &tags);

private:
    Store &m_s;
};

// Pinned statuses (store/edits.cpp).
class PinRepository {
public:
    explicit PinRepository(Store &s) : m_s(s) {}
    bool pin(qint64 accountId, qint64 statusId);
    bool unpin(qint64 accountId, qint64 statusId);
    int count(qint64 accountId);
    QSet<qint64> pinned(qint64 accountId, const QList<qint64> &statusIds);
    // Newest pin first.
    QList<qint64> pinnedStatusIds(qint64 accountId);

private:
    Store &m_s;
};

// Blocks, account mutes and muted conversations (store/relations.cpp).
class BlockRepository {
public:
    explicit BlockRepository(Store &s) : m_s(s) {}
    // Also ends follows and follow requests both ways and drops the target's statuses from the
    // blocker's home feed and its notifications. True if new.
    bool block(qint64 accountId, qint64 targetId);
    bool unblock(qint64 accountId, qint64 targetId);
    bool isBlocking(qint64 accountId, qint64 targetId);
    QSet<qint64> blocking(qint64 accountId, const QList<qint64> &targets);
    QSet<qint64> blockedBy(qint64 accountId, const QList<qint64> &others);
    // (block id, target id), newest first.
    QList<QPair<qint64, qint64>> list(qint64 accountId, const PageQuery &page);
    // Accounts whose statuses `viewer` must not be shown: blocked, blocking `viewer`, or muted
    // (unexpired). Empty for 0.
    QSet<qint64> hiddenFrom(qint64 viewer);
    // The other direction: accounts that must not be shown statuses of `authorId`.
    QSet<qint64> hidingFrom(qint64 authorId);

private:
    Store &m_s;
};

class MuteRepository {
public:
    explicit MuteRepository(Store &s) : m_s(s) {}
    struct Mute {
        bool notifications = true;
        qint64 expiresAt = 0;
    };
    bool mute(qint64 accountId, qint64 targetId, bool notifications, qint64 expiresAt);
    bool unmute(qint64 accountId, qint64 targetId);
    // Unexpired mutes among `targets`.
    QHash<qint64, Mute> muting(qint64 accountId, const QList<qint64> &targets);
    QList<QPair<qint64, qint64>> list(qint64 accountId, const PageQuery &page);
    // Whether a notification from `fromId` to `accountId` is suppressed (block or mute).
    bool silences(qint64 accountId, qint64 fromId);

    // Conversations, by thread root.
    qint64 rootOf(qint64 statusId);
    bool muteConversation(qint64 accountId, qint64 rootId);
    bool unmuteConversation(qint64 accountId, qint64 rootId);
    bool isConversationMuted(qint64 accountId, qint64 statusId);
    // Of `statusIds`, those in a conversation `accountId` muted.
    QSet<qint64> mutedConversations(qint64 accountId, const QList<qint64> &statusIds);

private:
    Store &m_s;
};

// The storage of one server: the database file plus repositories. One per server instance.
class Store {
public:
    Store();
    bool open(const QString &path, QString *error);
    void close() { m_db.close(); }

    Database &db() { return m_db; }
    SnowflakeGenerator &ids() { return m_ids; }
    qint64 nowMs() const;

    AccountRepository accounts{*this};
    AppRepository apps{*this};
    TokenRepository tokens{*this};
    StatusRepository statuses{*this};
    FollowRepository follows{*this};
    FavouriteRepository favourites{*this};
    NotificationRepository notifications{*this};
    BookmarkRepository bookmarks{*this};
    MarkerRepository markers{*this};
    MediaRepository media{*this};
    PollRepository polls{*this};
    EditRepository edits{*this};
    PinRepository pins{*this};
    BlockRepository blocks{*this};
    MuteRepository mutes{*this};

    // What the current request changed, for live streams; the server drains it after a request
    // succeeds and drops it after one that failed.
    struct Events {
        QList<qint64> createdStatuses;
        QList<qint64> deletedStatuses;
        QList<qint64> updatedStatuses; // edits and poll changes: status.update
        QList<qint64> notifications;
        bool isEmpty() const
        {
            return createdStatuses.isEmpty() && deletedStatuses.isEmpty() &&
                   updatedStatuses.isEmpty() && notifications.isEmpty();
        }
    };
    Events events;

    // "[1,2,3]" for `IN (SELECT value FROM json_each(?))`: one prepared statement for any count.
    static QString idList(const QList<qint64> &ids);
    // Runs `sql` (two placeholders: the account id, then an idList() of status ids) and returns
    // the first column of every row: "which of these statuses has this account favourited /
    // bookmarked / boosted". Empty when either input is empty or the query fails.
    QSet<qint64> statusIdSubset(const char *sql, qint64 accountId, const QList<qint64> &statusIds);

private:
    Database m_db;
    SnowflakeGenerator m_ids;
};

} // namespace tusk::server
