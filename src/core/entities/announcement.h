#pragma once
#include "core/entities/common.h"

namespace tusk {

struct AnnouncementStatus {
    QString id;
    QString url;
    TUSK_ENTITY(AnnouncementStatus);
};

struct Reaction {
    QString name; // unicode emoji or custom shortcode
    qint64 count = 0;
    std::optional<bool> me;
    QString url; // custom emoji only
    QString staticUrl;
    TUSK_ENTITY(Reaction);
};

struct Announcement {
    QString id;
    QString content; // HTML
    std::optional<QDateTime> startsAt;
    std::optional<QDateTime> endsAt;
    bool allDay = false;
    QDateTime publishedAt;
    QDateTime updatedAt;
    std::optional<bool> read;
    QList<Mention> mentions;
    QList<AnnouncementStatus> statuses;
    QList<Tag> tags;
    QList<CustomEmoji> emojis;
    QList<Reaction> reactions;
    TUSK_ENTITY(Announcement);
};

} // namespace tusk
