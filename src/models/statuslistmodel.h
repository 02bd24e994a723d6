#pragma once
#include "cache/actionqueue.h"
#include "cache/timelinecache.h"
#include "cache/timelineloader.h"
#include "models/statuspresenter.h"

#include <QAbstractListModel>
#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace tusk::content {
class HtmlSanitizer;
}
namespace tusk::session {
class AccountSession;
}
Q_MOC_INCLUDE("session/accountsession.h")

namespace tusk::models {

// The base of every list of statuses the app shows: one named timeline of the account's
// TimelineCache, newest first, with gap rows ("load missing posts") where the cache knows items
// are missing, and drafts of queued posts on top where a subclass asks for them.
//
// Only a window of the timeline is realised: the first page is read from the cache when the
// sources and the timeline are set (no network needed), fetchMore() pages older rows from the
// cache and, past its end, from the server (TimelineLoader::fetchOlder). Each TimelineChange is
// applied incrementally (rows inserted, removed or changed; a full reset only for a Reset), rows
// are unique by item id, and a status is shown as the ActionQueue will leave it (a favourite
// queued offline shows as favourited, pendingState "sending"). Rich text, media, poll and the
// spoken summary of a row are computed once when the row is first shown and kept in a bounded
// per-model cache.
//
// Subclasses implement:
//   - which timeline they show: call setTimelineName() (TimelineModel: any name, ThreadModel:
//     "thread:<statusId>", NotificationsModel: "notifications");
//   - filterContext(): the filters v2 context of that timeline ("home", "public", ...);
//   - optionally startNetwork() (default: fetch the newest page), pageSize(), showsDrafts(),
//     groupKeyFor() (rows folded into one, e.g. notification groups), rowsReloaded() (derived
//     per-row data, e.g. thread depth), and roleNames()/extraData() for their own roles.
class StatusListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use TimelineModel, NotificationsModel or ThreadModel")
    Q_PROPERTY(
        tusk::session::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // "status" | "gap" | "notification"
        ItemIdRole,                  // the timeline item: status, boost or notification id
        StatusIdRole,                // the shown status (a boost's original); "" for a draft
        UrlRole,                     // the status' web page
        IsOwnRole,                   // written by the signed-in account
        AuthorIdRole,
        AuthorDisplayNameRole,    // rich text, custom emoji as <img>
        AuthorHandleRole,         // "@user@host"
        AuthorAvatarRole,         // URL
        BoostedByIdRole,          // "" if not a boost
        BoostedByDisplayNameRole, // rich text; "" if not a boost
        InReplyToIdRole,
        ReplyToHandleRole, // "@user@host" of the account replied to; "" if not a reply
        CreatedAtRole,     // QDateTime
        EditedAtRole,      // QDateTime, invalid if never edited
        VisibilityRole,    // "public" | "unlisted" | "private" | "direct"
        ContentHtmlRole,   // sanitized, ready for Text.RichText
        PlainTextRole,
        SpoilerTextRole, // the content warning as rich text (emoji as <img>); "" if none
        SensitiveRole,
        LanguageRole,
        MediaRole, // list of {id,type,url,previewUrl,description,blurhash,width,height}
        CardRole,  // {url,title,description,image,providerName}; {} if none
        PollRole,  // {id,expiresAt,expired,multiple,votesCount,voted,ownVotes,options:[...]}
        QuoteRole, // {statusId,authorDisplayName,authorHandle,contentHtml}; {} if none
        RepliesCountRole,
        ReblogsCountRole,    // including a boost still in the queue
        FavouritesCountRole, // including a favourite still in the queue
        FavouritedRole,      // as it will be once the queue has drained
        RebloggedRole,
        BookmarkedRole,
        PinnedRole,
        PendingStateRole,      // "" | "sending" | "failed"
        PendingErrorRole,      // the server's message for "failed"
        FilterActionRole,      // "" | "warn" (statuses a filter hides are not rows)
        FilterTitlesRole,      // QStringList: the titles of the matching filters
        AccessibleSummaryRole, // one spoken sentence: author, boost, CW or text, media, poll, time
        GapLoadingRole,        // gap rows: a fill is in flight
        // NotificationsModel
        NotificationTypeRole, // "mention", "favourite", "reblog", "follow", ...
        GroupKeyRole,         // rows with the same key are folded into one
        GroupCountRole,       // notifications in this row (1 if not grouped)
        GroupAccountsRole,    // [{id,displayName,handle,avatar}], newest first, at most 8
        NotificationTimeRole, // QDateTime of the newest notification in the row
        // ThreadModel
        DepthRole,   // 0 for ancestors and the focus; replies one deeper than what they answer
        IsFocusRole, // the status the thread was opened for
    };
    Q_ENUM(Role)

    explicit StatusListModel(QObject *parent = nullptr);
    ~StatusListModel() override;

    // The account whose cache, loader and queue are shown; opens the timeline's stream.
    session::AccountSession *session() const;
    void setSession(session::AccountSession *session);
    // The same without a session (tests, tools): the model reads `cache`, pages through
    // `loader` (may be null: cache only) and queues actions in `actions` (may be null).
    void setSources(cache::TimelineCache *cache, cache::TimelineLoader *loader,
                    cache::ActionQueue *actions, const QString &ownAccountId = {});

    QString timelineName() const { return m_timeline; }
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Fetch what is newer than the cache (and re-read the cache after a failure).
    Q_INVOKABLE void refresh();
    // Loads the missing posts of a gap row from its top (the newer side: reading down) or, with
    // fromBottom, from its older side (reading up from a restored position).
    Q_INVOKABLE void fillGap(int row, bool fromBottom = false);
    Q_INVOKABLE void favourite(int row, bool on);
    Q_INVOKABLE void boost(int row, bool on);
    Q_INVOKABLE void bookmark(int row, bool on);
    Q_INVOKABLE void deleteStatus(int row);
    Q_INVOKABLE void vote(int row, const QList<int> &choices);
    // Remembers the reading position (the row's item and how far its top is above the view's
    // top); written to the cache shortly after, and at once when the model goes away.
    Q_INVOKABLE void savePosition(int row, int pixelOffset);
    // Where the saved position is now (-1: none or no longer in the timeline).
    Q_INVOKABLE int restoredRow() const;
    Q_INVOKABLE int restoredOffset() const;
    Q_INVOKABLE QString statusIdAt(int row) const;
    // The row showing this status, boost or notification (-1: none realised).
    Q_INVOKABLE int rowOfStatus(const QString &id) const;

    void flushPosition();

    // Rows whose presentation (rich text, media, summary) is held right now: at most 300, however
    // far the view has scrolled. For tests and benchmarks.
    int presentedRowCount() const { return int(m_entries.size()); }

Q_SIGNALS:
    void sessionChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

protected:
    struct Member {
        QString id;
        QString key;
        QVariantMap account;        // {id,displayName,handle,avatar}
        qint64 groupCount = 1;      // notifications the entry stands for (a v2 group: many)
        QVariantList groupAccounts; // its sample accounts, newest first
    };
    struct Row {
        enum class Kind { Status, Notification, Gap, Draft };
        Kind kind = Kind::Status;
        QString id;       // item id; "local:<seq>" for a draft
        QString key;      // sort key in the timeline; empty for drafts
        QString statusId; // the shown status: a boost's original, a notification's status
        cache::Gap gap;
        QString groupKey;
        QList<Member> members; // older items folded into this row, newest first
        QVariantMap account;   // a notification's actor {id,displayName,handle,avatar}
        QString notificationType;
        QString serverGroupKey; // the notification's group_key as the server sent it
        QDateTime notificationTime;
        qint64 groupCount = 1;      // this entry alone; members add theirs
        QVariantList groupAccounts; // this entry's sample accounts (v1: its actor)
        int depth = 0;
        bool focus = false;
        cache::Action draft;
    };
    // What a row shows, built on first use (the rich text once) and kept in a bounded cache.
    struct Entry {
        std::shared_ptr<const Status> status;
        PresentedStatus presented;
        bool hasStatus = false;
        FilterVerdict verdict;
        cache::PendingState pending;
        bool votePending = false; // a queued vote on the row's poll
        QString pendingError;
        QString summary;
    };

    void setTimelineName(const QString &timeline);
    cache::TimelineCache *cache() const { return m_cache; }
    cache::TimelineLoader *loader() const { return m_loader; }
    cache::ActionQueue *actions() const { return m_actions; }
    const Row &rowAt(int row) const { return m_rows.at(row - int(m_drafts.size())); }
    int firstTimelineRow() const { return int(m_drafts.size()); }
    int timelineRowCount() const { return int(m_rows.size()); }
    Row &mutableRow(int i) { return m_rows[i]; }
    void setLoading(bool loading);
    void setError(const QString &error);
    // Adds a row at its sorted place (for rows a subclass knows before the cache has them).
    void addRow(Row row) { insertSorted(std::move(row)); }

    virtual QString filterContext() const { return QStringLiteral("home"); }
    virtual int pageSize() const { return 40; }
    virtual bool showsDrafts() const { return false; }
    // Starts the first network request after the cached rows are shown; true if one started.
    virtual bool startNetwork();
    // Whether paging on past the cached rows may ask the server.
    virtual bool pagesFromNetwork() const;
    // Rows with the same non-empty key are folded into the newest of them.
    virtual QString groupKeyFor(const Row &row) const;
    // After a (re)load of all rows: derive per-row data that depends on other rows.
    virtual void rowsReloaded() {}
    // Roles beyond the common ones; called for any role the base does not answer.
    virtual QVariant extraData(const Row &row, const Entry *entry, int role) const;
    // The spoken summary; notifications describe the event.
    virtual QString summaryFor(const Row &row, const Entry &entry) const;
    // Hook for the session: subscribe to the timeline's stream while shown.
    virtual bool opensStream() const { return true; }

private:
    void start();
    void stop();
    void reload();
    QList<Row> readPage(const QString &olderThanKey, int limit, int *itemsRead);
    bool accept(const cache::TimelineRow &row, Row *out) const;
    Row rowFrom(const cache::TimelineRow &row) const;
    static Member memberOf(const Row &row);
    static void readGroup(Row &row, const Notification &notification);
    int lowerBound(const Row &row) const;
    void insertSorted(Row row);
    void removeAt(int first, int last);
    void removeIds(const QSet<QString> &ids);
    void appendRows(QList<Row> rows);
    int findGroup(const QString &groupKey) const;
    int indexOfItem(const QString &id) const;
    bool inWindow(const QString &key) const;
    void refreshIds(const QSet<QString> &ids);
    void rowChanged(int timelineIndex);
    void membersChanged(int timelineIndex);

    void onChanged(const cache::TimelineChange &change);
    void onInserted(const cache::TimelineChange &change);
    void onUpdated(const cache::TimelineChange &change);
    void onGapsChanged();
    void onActionChanged(qint64 seq, const QString &targetId);
    void onLoaderFinished(const QString &timeline, bool ok, const QString &error);
    void refreshDrafts();

    const Entry *entryFor(const Row &row) const;
    void applyQueuedVote(Entry &entry) const;
    QVariant draftData(const cache::Action &draft, int role) const;
    bool enqueue(int row, cache::Action::Kind on, cache::Action::Kind off, bool state);
    bool queue(const cache::Action &action);

    QPointer<session::AccountSession> m_session;
    QPointer<cache::TimelineCache> m_cache;
    QPointer<cache::TimelineLoader> m_loader;
    QPointer<cache::ActionQueue> m_actions;
    QList<QMetaObject::Connection> m_connections;
    QString m_ownAccountId;
    QString m_timeline;
    QString m_openedStream; // the timeline the session was asked to open
    bool m_started = false;
    bool m_inReset = false; // inside reload(): no row signals
    int m_changing = 0;     // row signals being emitted

    QList<cache::Action> m_drafts; // newest first, shown above the timeline
    QList<Row> m_rows;
    QSet<QString> m_ids;      // every item id in m_rows (group members included)
    QString m_bottomKey;      // the oldest key read from the cache so far
    bool m_exhausted = false; // every cached row has been read
    bool m_olderInFlight = false;
    bool m_olderEnd = false; // the server has nothing older (or the cache cannot keep it)
    int m_insertedDuringOlder = 0;
    QString m_gapLoadingKey;

    bool m_loading = false;
    QString m_error;

    std::optional<cache::ReadingPosition> m_restored;
    std::optional<cache::ReadingPosition> m_positionToSave;
    QTimer m_positionTimer;

    std::unique_ptr<content::HtmlSanitizer> m_sanitizer;
    mutable QCache<QString, Entry> m_entries;
};

} // namespace tusk::models
