#pragma once
#include "cache/actionqueue.h"
#include "core/entities/notification.h"
#include "core/entities/status.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>

namespace tusk::content {
class HtmlSanitizer;
}

namespace tusk::models {

// What filters v2 say about a status in one filter context ("home", "notifications", "public",
// "thread", "account"): hide it (not a row), warn (a row behind a "filtered" notice), or nothing.
struct FilterVerdict {
    enum class Action { None, Warn, Hide };
    Action action = Action::None;
    QStringList titles; // the matching filters' titles, for the notice
};
// Expired filters and filters for other contexts are ignored; hide wins over warn. A boost is
// judged by its own results and those of the boosted status.
FilterVerdict filterVerdict(const Status &status, const QString &context, const QDateTime &now);

// One status made ready to show, computed once per realised row: the rich text goes through the
// content bridge (renderStatusContent / renderSpoiler / renderDisplayName) exactly once. A boost
// presents the ORIGINAL's fields with the booster in boostedBy*.
struct PresentedStatus {
    QString wrapperId; // the timeline item (the boost's own id for a boost)
    QString statusId;  // the original's id
    QString url;
    QString authorId;
    QString authorDisplayName; // rich text, emoji as <img>
    QString authorPlainName;   // for the spoken summary
    QString authorHandle;      // "@user@host"
    QString authorAvatar;
    QString boostedById;
    QString boostedByDisplayName; // rich
    QString boostedByPlainName;
    QString inReplyToId;
    QString replyToHandle;
    QDateTime createdAt;
    QDateTime editedAt;
    QString visibility;
    QString contentHtml;
    QString plainText;
    QString spoilerHtml;
    QString spoilerPlain;
    bool sensitive = false;
    QString language;
    QVariantList media;
    QVariantMap card;
    QVariantMap poll;
    QString pollId;
    QVariantMap quote;
    qint64 repliesCount = 0;
    qint64 reblogsCount = 0;
    qint64 favouritesCount = 0;
    bool favourited = false;
    bool reblogged = false;
    bool bookmarked = false;
    bool pinned = false;
    QStringList mediaAltTexts; // for the summary
    int mediaCount = 0;
};

PresentedStatus presentStatus(content::HtmlSanitizer &sanitizer, const Status &item);

// The counts and toggles as the user will see them once the queue has drained.
void applyPending(PresentedStatus &p, const cache::PendingState &pending);

// "@user@host": acct already has the host for remote accounts; a local one takes it from its
// profile URL.
QString handleOf(const Account &account);

// The spoken sentences a screen reader gives for a status row (translatable).
class Summary {
    Q_DECLARE_TR_FUNCTIONS(Summary)
public:
    // "3 minutes ago", "yesterday"-free: relative for the last week, then the date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    static QString forStatus(const PresentedStatus &p, const QDateTime &now);
    // "Alice and 2 others favourited your post: ..." for a (grouped) notification.
    static QString forNotification(const QString &type, const QStringList &actors, int groupCount,
                                   const PresentedStatus *status, const QDateTime &when,
                                   const QDateTime &now);
};

} // namespace tusk::models
