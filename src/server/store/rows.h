#pragma once
// Plain rows as the repositories read and write them. Times are ms since the epoch (0 = none),
// ids are snowflakes (0 = none).
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tusk::server {

enum class Visibility { Public = 0, Unlisted = 1, Private = 2, Direct = 3 };
QString visibilityName(Visibility v);
bool parseVisibility(const QString &name, Visibility *out);

struct AccountRow {
    qint64 id = 0;
    QString username;
    QString displayName;
    QString note; // source text; rendered on output
    bool locked = false;
    bool bot = false;
    bool discoverable = true;
    QString fieldsJson = QStringLiteral("[]");
    QString avatar; // file name in the media folder, empty: default
    QString header;
    qint64 createdAt = 0;
    int statusesCount = 0;
    int followersCount = 0;
    int followingCount = 0;
    qint64 lastStatusAt = 0;
};

struct UserRow {
    qint64 accountId = 0;
    QString email;
    QByteArray passwordHash;
    bool admin = false;
    QString defaultPrivacy = QStringLiteral("public");
    bool defaultSensitive = false;
    QString defaultLanguage;
    qint64 createdAt = 0;
};

struct AppRow {
    qint64 id = 0;
    QString name;
    QString website;
    QStringList redirectUris;
    QString scopes;
    QString clientId;
    QByteArray clientSecretHash;
    qint64 createdAt = 0;
};

struct TokenRow {
    qint64 id = 0;
    qint64 appId = 0;
    qint64 accountId = 0; // 0: an app token (client_credentials)
    QString scopes;
    qint64 createdAt = 0;
};

struct AuthCodeRow {
    qint64 appId = 0;
    qint64 accountId = 0;
    QString redirectUri;
    QString scopes;
    QString codeChallenge;
    QString codeChallengeMethod;
    qint64 expiresAt = 0;
    qint64 usedAt = 0;
    qint64 tokenId = 0;
};

struct StatusRow {
    qint64 id = 0;
    qint64 accountId = 0;
    QString text;    // source as typed
    QString content; // HTML
    QString spoilerText;
    Visibility visibility = Visibility::Public;
    bool sensitive = false;
    QString language;
    qint64 inReplyToId = 0;
    qint64 inReplyToAccountId = 0;
    qint64 reblogOfId = 0;
    qint64 appId = 0;
    QString appName; // joined from apps
    QString appWebsite;
    qint64 createdAt = 0;
    qint64 editedAt = 0;
    int repliesCount = 0;
    int reblogsCount = 0;
    int favouritesCount = 0;
    QString contentType; // "text/markdown" or empty (plain)
};

struct NotificationRow {
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 fromAccountId = 0;
    QString type;
    qint64 statusId = 0;
    qint64 createdAt = 0;
};

struct FollowRow {
    qint64 accountId = 0;
    qint64 targetAccountId = 0;
    bool showReblogs = true;
    bool notify = false;
};

struct MarkerRow {
    QString timeline; // home, notifications
    QString lastReadId;
    qint64 version = 0;
    qint64 updatedAt = 0;
};

// An uploaded file. `fileName`/`previewName` are unguessable names in the media folder.
struct MediaRow {
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 statusId = 0; // 0: not attached yet
    int position = 0;
    QString type; // image, gifv, video, audio
    QString mime;
    QString fileName;
    qint64 fileSize = 0;
    QString previewName;
    int width = 0, height = 0;
    int previewWidth = 0, previewHeight = 0;
    QString blurhash;
    QString description;
    double focusX = 0, focusY = 0;
    qint64 createdAt = 0;
};

struct PollRow {
    qint64 id = 0;
    qint64 statusId = 0;
    qint64 accountId = 0;
    QStringList options;
    bool multiple = false;
    bool hideTotals = false;
    qint64 expiresAt = 0; // 0: never
    qint64 createdAt = 0;
    // Filled by PollRepository on read:
    QList<int> votes; // per option
    int votersCount = 0;
};

struct StatusEditRow {
    qint64 id = 0;
    qint64 statusId = 0;
    qint64 accountId = 0;
    QString content;
    QString spoilerText;
    bool sensitive = false;
    QList<qint64> mediaIds;
    std::optional<QStringList> pollOptions;
    qint64 createdAt = 0;
};

// Mastodon's cursor parameters. 0 means absent. With minId set, the page starts just after it
// (ascending scan, returned newest first); otherwise it ends just before maxId.
struct PageQuery {
    qint64 maxId = 0;
    qint64 sinceId = 0;
    qint64 minId = 0;
    int limit = 20;
};

} // namespace tusk::server
