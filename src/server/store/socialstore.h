#pragma once
// Repositories for the "organising" features: hashtags and followed tags, lists, filters v2,
// full-text search, direct conversations and grouped notifications (schema step 6). They are
// light views over the Store; construct one where needed: `ListRepository lists(store);`.
// Queries that pick statuses return ids only; StatusRepository::byIds() loads the rows.
#include "server/store/store.h"

#include <limits>

namespace tusk::server {

// Cursor binds shared by the paginated statements here: upper bound, lower bound, limit.
inline void bindPageBounds(QSqlQuery &q, int first, const PageQuery &page)
{
    bindN(q, first, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, first + 1, qMax(page.sinceId, page.minId));
    bindN(q, first + 2, page.limit);
}

// First column of every row (ids), oldest-first scans turned back to newest first.
inline QList<qint64> readIds(QSqlQuery &q, bool reverse = false)
{
    QList<qint64> out;
    if (Database::run(q)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    q.finish();
    if (reverse)
        std::reverse(out.begin(), out.end());
    return out;
}

struct TagRow {
    qint64 id = 0; // 0: never used nor followed
    QString name;
};

struct TagDay {
    qint64 day = 0; // Unix seconds of the day's start (UTC)
    qint64 uses = 0;
    qint64 accounts = 0;
};

class TagRepository {
public:
    explicit TagRepository(Store &s) : m_s(s) {}
    std::optional<TagRow> byName(const QString &name);
    std::optional<TagRow> ensure(const QString &name);
    bool follow(qint64 accountId, qint64 tagId);
    bool unfollow(qint64 accountId, qint64 tagId);
    QSet<qint64> followed(qint64 accountId, const QList<qint64> &tagIds);
    // (tag follow id, tag), newest follow first.
    QList<QPair<qint64, TagRow>> followedTags(qint64 accountId, const PageQuery &page);
    // Uses of the tag in public and unlisted originals per day, today first.
    QList<TagDay> history(const QString &name, int days);
    // Public originals with any of `any` (lower-case names), all of `all`, none of `none`;
    // `onlyMedia`: only those with attachments.
    QList<qint64> timeline(const QStringList &any, const QStringList &all, const QStringList &none,
                           bool onlyMedia, const PageQuery &page);
    // Names starting with `prefix`, most used first.
    QList<TagRow> search(const QString &prefix, int limit, int offset);

    static bool validName(const QString &name);

private:
    Store &m_s;
};

struct ListRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    QString repliesPolicy = QStringLiteral("list"); // followed, list, none
    bool exclusive = false;
};

class ListRepository {
public:
    explicit ListRepository(Store &s) : m_s(s) {}
    std::optional<ListRow> create(ListRow row);
    bool update(const ListRow &row);
    bool remove(qint64 listId);
    // The list if `ownerId` owns it.
    std::optional<ListRow> get(qint64 ownerId, qint64 listId);
    QList<ListRow> all(qint64 ownerId);
    // Lists of `ownerId` that hold `accountId`.
    QList<ListRow> containing(qint64 ownerId, qint64 accountId);
    // Every list (of anyone) that holds `accountId`: who gets a new status live.
    QList<ListRow> holding(qint64 accountId);
    // Member account ids ascending from the cursors (limit 0: all).
    QList<qint64> members(qint64 listId, const PageQuery &page);
    bool add(qint64 listId, const QList<qint64> &accountIds);
    bool removeMembers(qint64 listId, const QList<qint64> &accountIds);
    // Statuses of the members the owner may see, with the list's replies policy.
    QList<qint64> timeline(const ListRow &list, const PageQuery &page);

private:
    Store &m_s;
};

struct FilterKeywordRow {
    qint64 id = 0;
    QString keyword;
    bool wholeWord = true;
};

struct FilterStatusRow {
    qint64 id = 0;
    qint64 statusId = 0;
};

struct FilterRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QString title;
    QStringList context;
    QString action = QStringLiteral("warn");
    qint64 expiresAt = 0; // 0: never
    QList<FilterKeywordRow> keywords;
    QList<FilterStatusRow> statuses;
};

class FilterRepository {
public:
    explicit FilterRepository(Store &s) : m_s(s) {}
    // Filters of the account with keywords and statuses; `activeAt` > 0 drops expired ones.
    QList<FilterRow> all(qint64 accountId, qint64 activeAt = 0);
    std::optional<FilterRow> get(qint64 accountId, qint64 filterId);
    std::optional<qint64> create(const FilterRow &row);
    bool update(const FilterRow &row); // title, context, action, expiry
    bool remove(qint64 filterId);

    std::optional<qint64> addKeyword(qint64 filterId, const QString &keyword, bool wholeWord);
    // (keyword, its filter id) if the filter belongs to `accountId`.
    std::optional<QPair<FilterKeywordRow, qint64>> keyword(qint64 accountId, qint64 keywordId);
    bool updateKeyword(const FilterKeywordRow &row);
    bool removeKeyword(qint64 keywordId);

    std::optional<qint64> addStatus(qint64 filterId, qint64 statusId);
    std::optional<QPair<FilterStatusRow, qint64>> filterStatus(qint64 accountId, qint64 id);
    bool removeStatus(qint64 id);

private:
    Store &m_s;
};

class SearchRepository {
public:
    explicit SearchRepository(Store &s) : m_s(s) {}
    // Originals matching the words of `query` that `viewerId` may see (public and unlisted of
    // anyone, private of followed accounts, direct where mentioned, own), newest first.
    // `authorId` (0: anyone) narrows to one account.
    QList<qint64> statuses(const QString &query, qint64 viewerId, qint64 authorId, int limit,
                           int offset);
    // `query` as an FTS5 expression: every word quoted and required. Empty if no words.
    static QString ftsExpression(const QString &query);

private:
    Store &m_s;
};

struct ConversationRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QList<qint64> participants; // the others
    qint64 lastStatusId = 0;
    bool unread = false;
};

class ConversationRepository {
public:
    explicit ConversationRepository(Store &s) : m_s(s) {}
    // Files a new direct status under a conversation for its author and each mentioned account
    // (Mastodon's AccountConversation.add_status). Mentions must be stored.
    bool addStatus(const StatusRow &row, const QList<qint64> &mentioned);
    // Conversations with a last status, newest last status first; cursors are last status ids.
    QList<ConversationRow> list(qint64 accountId, const PageQuery &page);
    std::optional<ConversationRow> get(qint64 accountId, qint64 id);
    // (conversation, owner) rows a status was filed under.
    QList<ConversationRow> ofStatus(qint64 statusId);
    bool markRead(qint64 id);
    bool remove(qint64 id);

private:
    QList<ConversationRow> read(QSqlQuery &q);
    Store &m_s;
};

struct GroupedNotification {
    NotificationRow notification; // the newest of its group in the page
    QString groupKey;
    qint64 count = 1;
    qint64 mostRecentId = 0;
    qint64 pageMinId = 0;
    qint64 pageMaxId = 0;
    qint64 latestPageAt = 0;
    QList<qint64> sampleAccountIds;
};

class NotificationGroupRepository {
public:
    explicit NotificationGroupRepository(Store &s) : m_s(s) {}
    // Stored group keys (favourite-<status>-<hour>, follow-<hour>, ...) of these notifications;
    // missing ones are ungrouped.
    QHash<qint64, QString> groupKeys(const QList<qint64> &notificationIds);
    // Mastodon's paginate_groups + NotificationGroup.from_notifications: walk newest first,
    // one notification per group until `page.limit` groups, then describe each group within the
    // page's id range. `groupedTypes` empty: favourite, reblog, follow.
    QList<GroupedNotification> page(qint64 accountId, const PageQuery &page,
                                    const QStringList &types, const QStringList &excludeTypes,
                                    qint64 fromAccountId, const QStringList &groupedTypes);
    // One group by key ("ungrouped-<id>" or a stored key), over all its notifications.
    std::optional<GroupedNotification> group(qint64 accountId, const QString &key);
    QList<qint64> groupAccounts(qint64 accountId, const QString &key);
    bool dismissGroup(qint64 accountId, const QString &key);
    // Notifications (or groups) newer than the notifications marker, up to `limit`.
    int unreadCount(qint64 accountId, int limit, bool grouped, const QStringList &types,
                    const QStringList &excludeTypes);

private:
    Store &m_s;
};

} // namespace tusk::server
