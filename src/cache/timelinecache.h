#pragma once
#include "cache/statuslru.h"
#include "core/entities/account.h"
#include "core/entities/notification.h"
#include "core/entities/status.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>

namespace tusk::cache {

class Database;

// A place in a timeline where items may be missing: strictly between the stored items `maxId`
// (newer) and `minId` (older). Fetch with max_id=maxId to fill it from the top, or with
// min_id=minId to fill it from the bottom; insertPage() shrinks or removes it.
struct Gap {
    QString timeline;
    QString newerKey; // sort keys of the two stored items around the gap
    QString olderKey;
    QString maxId;
    QString minId;
    friend bool operator==(const Gap &, const Gap &) = default;
};

// What was asked for and what the answer says about its edges; insertPage() derives from it
// which range of the server's timeline the page covers, and so where gaps remain.
struct PageInfo {
    QString maxId; // request cursors, as sent
    QString minId;
    QString sinceId;
    bool reachedOldest = false; // nothing older exists (empty page, no rel="next", short page)
    bool reachedNewest = false; // min_id/since_id page shorter than asked: nothing newer exists
    QString olderCursor;        // rel="next" max_id, kept for server-ordered timelines
};

// One row of a timeline as a model shows it, newest first. Statuses are complete: a boost
// carries its (freshest) original in `reblog`; a notification carries its status.
struct TimelineRow {
    enum class Kind { Status, Notification, Gap };
    Kind kind = Kind::Status;
    QString id; // status or notification id; empty for a gap
    QString sortKey;
    std::shared_ptr<const Status> status;
    std::shared_ptr<const Notification> notification;
    Gap gap;
};

struct ReadingPosition {
    QString itemId;
    int pixelOffset = 0; // how far the item's top is above the view's top
    friend bool operator==(const ReadingPosition &, const ReadingPosition &) = default;
};

// What changed in one timeline, delivered after the write is committed. `ids` are item ids
// (status or notification ids; empty for gap changes); `newestKey`/`oldestKey` bound the
// affected sort-key range so a model can find the rows without a lookup per id.
struct TimelineChange {
    enum class Kind {
        Inserted,    // ids now in the timeline (new or moved)
        Removed,     // ids gone (deleted, pruned, filtered by a block/mute)
        Updated,     // same ids, new content (edit, favourite, boost counts, poll)
        GapsChanged, // gap rows added, shrunk or removed
        Reset,       // the timeline was replaced or cleared: reload
    };
    Kind kind = Kind::Inserted;
    QString timeline;
    QStringList ids;
    QString newestKey;
    QString oldestKey;
};

// The client's source of truth for what is shown: statuses, accounts, relationships and
// notifications, and the membership of named timelines ("home", "local", "federated",
// "tag:NAME", "list:ID", "account:ID", "notifications", "bookmarks", "favourites",
// "thread:ID", ...) with explicit gap rows between fetched ranges. See sortkey.h for the
// ordering rule. Each timeline keeps at most maxItemsPerTimeline() items; older ones are pruned
// and statuses nothing refers to any more are deleted.
//
// Every write runs in a transaction (the outermost Batch, or its own) and announces itself
// through changed() after the commit. Bursts (a stream) should be wrapped in one Batch:
//   { TimelineCache::Batch batch(cache); for (...) cache.addStreamedStatus("home", s); }
// Reads go through a bounded LRU of parsed statuses owned by this instance.
class TimelineCache : public QObject {
    Q_OBJECT
public:
    explicit TimelineCache(Database *db, QObject *parent = nullptr);
    ~TimelineCache() override;

    static constexpr int kDefaultMaxItems = 2000;
    void setMaxItemsPerTimeline(int n) { m_maxItems = qMax(1, n); }
    int maxItemsPerTimeline() const { return m_maxItems; }
    void setStatusLruCapacity(int n);

    enum class Ordering { ById = 0, ServerOrder = 1 };
    // bookmarks, favourites and thread:* keep server order; everything else starts by id.
    static Ordering defaultOrdering(const QString &timeline);
    static bool isNotificationTimeline(const QString &timeline);
    Ordering ordering(const QString &timeline) const;

    class Batch {
    public:
        explicit Batch(TimelineCache &cache);
        ~Batch();
        bool commit(); // early commit; the destructor commits otherwise
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        TimelineCache *m_cache;
        bool m_done = false;
    };

    // --- writes (false + failed(message) when the database refuses) ---
    bool insertPage(const QString &timeline, const QList<Status> &statuses, const PageInfo &page);
    // v1 notifications, or v2 groups as entries (notificationgroups.h): a group replaces the
    // entries of its key that lie inside the page's range (its count includes them).
    bool insertNotificationsPage(const QString &timeline, const QList<Notification> &items,
                                 const PageInfo &page);
    // The whole timeline as given, in this order (a thread's context); no gaps.
    bool replaceTimeline(const QString &timeline, const QList<Status> &statuses);
    // A streamed "update": newer than everything stored and contiguous with the top (the
    // streaming client calls insertPage with a cursor instead after an interruption).
    bool addStreamedStatus(const QString &timeline, const Status &status);
    bool addStreamedNotification(const QString &timeline, const Notification &notification);
    // An edit (status.update) or any fresher copy (the answer to a favourite): replaces the
    // stored status wherever it appears, boosts of it included. Unknown statuses are ignored.
    bool updateStatus(const Status &status);
    // A "delete" event or our own delete: the status, every boost of it, and notifications about
    // them leave every timeline.
    bool deleteStatus(const QString &id);
    // Stores the relationship; a block or mute removes the account's statuses and boosts from
    // every timeline but its own profile, an unfollow removes them from "home".
    bool applyRelationship(const Relationship &relationship);
    bool upsertAccount(const Account &account);
    bool removeFromTimeline(const QString &timeline, const QStringList &ids);
    bool clearTimeline(const QString &timeline);
    bool savePosition(const QString &timeline, const ReadingPosition &position);

    // --- reads ---
    // Up to `limit` rows older than `olderThanKey` (empty: from the top), newest first, gap rows
    // in place. A gap directly below the last item is included even past `limit`, so paging by
    // the last row's key never skips one.
    QList<TimelineRow> rows(const QString &timeline, int limit,
                            const QString &olderThanKey = {}) const;
    // Rows newer than `newerThanKey`, newest first (what a model inserts at the top).
    QList<TimelineRow> rowsNewerThan(const QString &timeline, const QString &newerThanKey,
                                     int limit) const;
    QStringList itemIds(const QString &timeline) const; // newest first
    // Where an item sits (to restore a reading position: rows() older and rowsNewerThan() it).
    QString sortKeyOf(const QString &timeline, const QString &itemId) const
    {
        return keyOf(timeline, itemId);
    }
    int itemCount(const QString &timeline) const;
    QList<Gap> gaps(const QString &timeline) const; // newest first
    bool reachedOldest(const QString &timeline) const;
    QString olderCursor(const QString &timeline) const;
    std::optional<ReadingPosition> position(const QString &timeline) const;
    QStringList timelines() const;

    std::shared_ptr<const Status> status(const QString &id) const;
    std::shared_ptr<const Notification> notification(const QString &id) const;
    std::optional<Account> account(const QString &id) const;
    std::optional<Relationship> relationship(const QString &accountId) const;
    int statusCount() const; // rows in the statuses table (boost wrappers and originals)

Q_SIGNALS:
    void changed(const tusk::cache::TimelineChange &change);
    // A write was refused (disk full, read-only, corrupt); the message is for people.
    void failed(const QString &message);

private:
    struct Item {
        QString id;
        QString key;
    };
    bool begin();
    bool finish(bool ok);
    bool ensureTimeline(const QString &timeline, Ordering ordering);
    bool storeStatus(const Status &status);
    bool storeNotification(const Notification &notification);
    bool storeAccount(const Account &account);
    bool insertItems(const QString &timeline, const QList<Item> &items);
    bool insertStreamedItem(const QString &timeline, const QString &id);
    bool insertById(const QString &timeline, const QList<Item> &items, const PageInfo &page);
    bool supersedeGroupEntries(const QString &timeline, const QList<Notification> &notifications,
                               const PageInfo &page);
    bool insertByPosition(const QString &timeline, const QList<Item> &items, const PageInfo &page);
    bool rewriteGaps(const QString &timeline, const QList<struct MissingRange> &missing);
    bool prune(const QString &timeline);
    bool deleteOrphans();
    bool deleteUnreferenced(const QSet<QString> &itemIds);
    bool removeItemsEverywhere(const QStringList &itemIds, const QString &exceptTimeline = {},
                               const QString &onlyTimeline = {});
    QHash<QString, QStringList> timelinesContaining(const QStringList &itemIds) const;
    void queue(TimelineChange change);
    QString keyOf(const QString &timeline, const QString &id) const;
    bool storedRange(const QString &timeline, QString *oldest, QString *newest) const;
    std::shared_ptr<const Status> parseStatus(const QString &id, const QByteArray &json,
                                              const QByteArray &reblogJson) const;
    void invalidate(const QString &statusId);

    Database *m_db;
    int m_maxItems = kDefaultMaxItems;
    int m_batchDepth = 0;
    bool m_batchFailed = false;
    QList<TimelineChange> m_pending;

    mutable StatusLru m_lru; // parsed statuses, boosts composed with their originals
};

} // namespace tusk::cache

Q_DECLARE_METATYPE(tusk::cache::TimelineChange)
