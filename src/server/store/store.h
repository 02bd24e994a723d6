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

    // What the current request changed, for live streams; the server drains it after a request
    // succeeds and drops it after one that failed.
    struct Events {
        QList<qint64> createdStatuses;
        QList<qint64> deletedStatuses;
        QList<qint64> notifications;
        bool isEmpty() const
        {
            return createdStatuses.isEmpty() && deletedStatuses.isEmpty() &&
                   notifications.isEmpty();
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
