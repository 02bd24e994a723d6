#pragma once
#include "core/entities/account.h"
#include "core/entities/filter.h"

namespace tusk {

struct MediaFocus {
    double x = 0; // -1..1, 0 = centre
    double y = 0;
    TUSK_ENTITY(MediaFocus);
};

// meta.original / meta.small; every member is optional because servers send different subsets.
struct MediaSize {
    std::optional<qint64> width;
    std::optional<qint64> height;
    QString size; // "640x480"
    std::optional<double> aspect;
    std::optional<double> duration; // seconds
    QString frameRate;              // "30000/1001"
    std::optional<qint64> bitrate;
    TUSK_ENTITY(MediaSize);
};

struct MediaMeta {
    std::optional<MediaFocus> focus;
    std::optional<MediaSize> original;
    std::optional<MediaSize> small;
    TUSK_ENTITY(MediaMeta);
};

struct MediaAttachment {
    QString id;
    QString type; // image, gifv, video, audio, unknown (kept as sent)
    QString url;  // empty = null (still processing)
    QString previewUrl;
    QString remoteUrl;
    QString previewRemoteUrl;
    QString textUrl;
    std::optional<MediaMeta> meta;
    QString description; // alt text; empty = null
    QString blurhash;
    TUSK_ENTITY(MediaAttachment);
};

struct PollOption {
    QString title;
    std::optional<qint64> votesCount; // null while results are hidden
    TUSK_ENTITY(PollOption);
};

struct Poll {
    QString id;
    std::optional<QDateTime> expiresAt;
    bool expired = false;
    bool multiple = false;
    qint64 votesCount = 0;
    std::optional<qint64> votersCount;
    QList<PollOption> options;
    QList<CustomEmoji> emojis;
    std::optional<bool> voted; // only for a signed-in user
    std::optional<QList<qint64>> ownVotes;
    TUSK_ENTITY(Poll);
};

struct PreviewCardAuthor {
    QString name;
    QString url;
    std::optional<Account> account;
    TUSK_ENTITY(PreviewCardAuthor);
};

struct PreviewCard {
    QString url;
    QString title;
    QString description;
    QString type; // link, photo, video, rich
    QList<PreviewCardAuthor> authors;
    QString authorName;
    QString authorUrl;
    QString providerName;
    QString providerUrl;
    QString html;
    qint64 width = 0;
    qint64 height = 0;
    QString image; // empty = null
    QString embedUrl;
    QString blurhash; // empty = null
    TUSK_ENTITY(PreviewCard);
};

struct Status;

// Status.quote. Mastodon 4.4+ sends Quote {state, quoted_status} or, one level down,
// ShallowQuote {state, quoted_status_id}; Akkoma/Pleroma/Misskey forks send the quoted status
// itself, which is read as an accepted Quote.
struct Quote {
    QString state; // pending, accepted, rejected, revoked, deleted, unauthorized, ...
    Box<Status> quotedStatus;
    QString quotedStatusId; // ShallowQuote; empty otherwise
    TUSK_ENTITY(Quote);
};

struct Status {
    QString id;
    QString uri;
    QString url; // empty = null
    QDateTime createdAt;
    std::optional<QDateTime> editedAt;
    Account account;
    QString content; // HTML
    QString visibility;
    bool sensitive = false;
    QString spoilerText;
    QList<MediaAttachment> mediaAttachments;
    std::optional<Application> application;
    QList<Mention> mentions;
    QList<Tag> tags;
    QList<CustomEmoji> emojis;
    qint64 reblogsCount = 0;
    qint64 favouritesCount = 0;
    qint64 repliesCount = 0;
    qint64 quotesCount = 0;
    QString inReplyToId; // empty = null
    QString inReplyToAccountId;
    Box<Status> reblog;
    std::optional<Quote> quote;
    std::optional<InteractionApproval> quoteApproval; // Mastodon 4.4+
    std::optional<Poll> poll;
    std::optional<PreviewCard> card;
    QString language; // empty = null
    QString text;     // source text; only after delete-and-redraft (and on GoToSocial)
    QList<FilterResult> filtered;
    // Present only for a signed-in user (pinned: only on their own statuses).
    std::optional<bool> favourited;
    std::optional<bool> reblogged;
    std::optional<bool> muted;
    std::optional<bool> bookmarked;
    std::optional<bool> pinned;
    TUSK_ENTITY(Status);
};

// StatusEdit.poll: just the options' titles.
struct StatusEditPoll {
    QList<PollOption> options;
    TUSK_ENTITY(StatusEditPoll);
};

struct StatusEdit {
    QString content;
    QString spoilerText;
    bool sensitive = false;
    QDateTime createdAt;
    Account account;
    std::optional<StatusEditPoll> poll;
    QList<MediaAttachment> mediaAttachments;
    QList<CustomEmoji> emojis;
    TUSK_ENTITY(StatusEdit);
};

struct StatusSource {
    QString id;
    QString text;
    QString spoilerText;
    TUSK_ENTITY(StatusSource);
};

struct ScheduledStatus {
    QString id;
    QDateTime scheduledAt;
    QJsonObject params; // the posting parameters, as sent (their shape varies by server)
    QList<MediaAttachment> mediaAttachments;
    TUSK_ENTITY(ScheduledStatus);
};

struct Translation {
    QString content;
    QString spoilerText;
    QString detectedSourceLanguage;
    QString provider;
    TUSK_ENTITY(Translation);
};

struct Context {
    QList<Status> ancestors;
    QList<Status> descendants;
    TUSK_ENTITY(Context);
};

struct Conversation {
    QString id;
    bool unread = false;
    QList<Account> accounts;
    std::optional<Status> lastStatus;
    TUSK_ENTITY(Conversation);
};

} // namespace tusk
