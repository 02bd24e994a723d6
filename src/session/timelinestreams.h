#pragma once
// Which live stream feeds which cached timeline.
#include <QString>

#include <optional>

namespace tusk::session {

struct StreamRef {
    QString stream;      // Mastodon's name: "user", "public:local", "hashtag", "list", "direct"
    QString param;       // tag or list id
    QString key() const; // StreamingClient::streamKey
};

// home → user, notifications and notifications:types=... → user (its notification events),
// local → public:local, federated → public, tag:X → hashtag X, list:ID → list ID,
// direct/conversations → direct.
// Timelines without a stream (bookmarks, favourites, account:ID, thread:ID) give nullopt.
std::optional<StreamRef> streamForTimeline(const QString &timeline);

// Whether a timeline takes a stream's notification events (else its status updates).
bool takesNotifications(const QString &timeline);

} // namespace tusk::session
