#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlQuery;

namespace tusk::cache {

class Database;

// An attachment of a queued post: a local file with its alt text; `uploadedId` is set once the
// server accepted the upload, so a resumed queue does not upload it again.
struct MediaDraft {
    QString path;
    QString description;
    QString uploadedId;
    friend bool operator==(const MediaDraft &, const MediaDraft &) = default;
};

// One thing the user did that the server must learn about.
struct Action {
    Q_DECLARE_TR_FUNCTIONS(Action)
public:
    enum class Kind {
        Post, // a new status or a reply (inReplyToId)
        Edit,
        Delete,
        Favourite,
        Unfavourite,
        Reblog,
        Unreblog,
        Bookmark,
        Unbookmark,
        Follow,
        Unfollow,
        PollVote,
    };
    enum class State { Pending, Sending, Done, Failed };

    qint64 seq = 0; // queue order, assigned by enqueue()
    Kind kind = Kind::Post;
    // Status id (edit, delete, toggles), account id (follow), poll id (vote). "local:<seq>"
    // names the status a queued Post will create (favourite or reply to your own draft).
    QString targetId;

    // Post / Edit draft.
    QString text;
    QString spoilerText;
    QString visibility;
    QString language;
    QString inReplyToId; // may be "local:<seq>"
    bool sensitive = false;
    QList<MediaDraft> media;
    // PollVote.
    QList<int> choices;

    QString idempotencyKey; // Post: fixed at enqueue, sent with every attempt
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString error;    // the server's message for Failed (or the last transient failure)
    QString resultId; // Done Post: the created status id
    QDateTime createdAt;

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString stateName(State state);
    // What the UI says the action is ("Favourite", "Reply", ...).
    QString describe() const;
    QJsonObject payload() const;
    void setPayload(const QJsonObject &payload);
};

// The pending effect of queued actions on one status, for models to show until the queue has
// drained (e.g. a filled star while the favourite waits to be sent).
struct PendingState {
    std::optional<bool> favourited;
    std::optional<bool> reblogged;
    std::optional<bool> bookmarked;
    bool deleting = false;
    bool editing = false;
    bool failed = false; // an action on this status failed and waits for the user
    bool isEmpty() const
    {
        return !favourited && !reblogged && !bookmarked && !deleting && !editing && !failed;
    }
};

// The durable offline action queue, in the account's cache database (table `actions`).
// enqueue() commits before it returns, so an action exists on disk before anything is sent.
// QueueRunner sends them in order. The state machine of one action:
//
//   enqueue ─> Pending ──runner takes the head, COMMITS Sending (attempts+1)──> Sending
//   Sending ── request succeeded, or the pre-check shows the effect is already there ──>
//              (aboutToAcknowledge) ─> Done (committed; result id kept for "local:<seq>")
//   Sending ── network error, timeout, 5xx, 429 ──> Pending, next_attempt_at = now + back-off
//   Sending ── 401 ──> Pending; the runner pauses until resume() (the account needs a login)
//   Sending ── any other 4xx (or a missing media file) ──> Failed(server's message); the draft
//              stays for the user: retry() ─> Pending, discard() ─> removed
//   start-up ─ a row still in Sending means the process died between sending and the
//              acknowledgement: the outcome is unknown, and the runner simply runs it again,
//              which is safe because every kind is made idempotent before it is sent:
//                Post       the same Idempotency-Key (fixed at enqueue) → the server answers
//                           with the status it already created (servers keep keys ~1 hour)
//                toggles    GET the status (or relationship, poll) first and skip when the
//                           server already shows the wanted state
//                Delete     GET first; 404 = already deleted = Done (a 404 answer likewise)
//                Edit       GET the source first and skip when it already has this text
//   Media uploads of a Post are remembered one by one (uploadedId) as they succeed; a kill
//   between an upload and that write leaves one unattached upload on the server, never a
//   duplicate post.
class ActionQueue : public QObject {
    Q_OBJECT
public:
    explicit ActionQueue(Database *db, QObject *parent = nullptr);

    // Durable on return; returns the new seq, or 0 (with failed()) if it could not be stored.
    // A Post without an idempotency key gets one here. Call it outside any TimelineCache::Batch
    // on the same database, or the outer transaction delays the durability.
    qint64 enqueue(Action action);

    std::optional<Action> action(qint64 seq) const;
    // In queue order; all states when `state` is empty.
    QList<Action> actions(std::optional<Action::State> state = std::nullopt) const;
    // The first action still to send (Pending or Sending), regardless of its back-off time.
    std::optional<Action> head() const;
    int outstandingCount() const; // Pending + Sending
    PendingState pendingFor(const QString &statusId) const;
    // Queued follow (true) / unfollow (false) for an account, if any.
    std::optional<bool> pendingFollow(const QString &accountId) const;
    // Posts (and replies) not yet acknowledged or failed: the drafts a timeline shows on top.
    QList<Action> pendingPosts() const;
    // "local:<seq>" → the created status id once that post is Done; other ids unchanged; empty
    // if the post is not Done yet.
    QString resolve(const QString &id) const;

    // Transitions (QueueRunner). Each commits before returning.
    bool markSending(qint64 seq);
    bool markDone(qint64 seq, const QString &resultId);
    bool markRetry(qint64 seq, const QDateTime &nextAttempt, const QString &error);
    bool markFailed(qint64 seq, const QString &error);
    bool savePayload(const Action &action); // e.g. media uploaded so far

    // User decisions about Failed actions (or dropping a pending one).
    bool retry(qint64 seq);
    bool discard(qint64 seq);
    // Done rows older than `before` (kept a while so "local:<seq>" references resolve).
    int purgeDone(const QDateTime &before);

Q_SIGNALS:
    // An action was added or changed state; models refresh the rows showing `targetId`.
    void actionChanged(qint64 seq, const QString &targetId);
    void failed(const QString &message);

private:
    bool setState(qint64 seq, Action::State state, const QString &error, const QString &resultId,
                  const QDateTime &next, bool countAttempt);
    Action fromQuery(const QSqlQuery &q) const;

    Database *m_db;
};

} // namespace tusk::cache
