#pragma once
#include "api/apiclient.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QVersionNumber>

#include <functional>

namespace tusk::api {

// What a server can do, derived once from its instance document (v2, else v1), its NodeInfo
// and its OAuth metadata. Never assume a feature from "it speaks the Mastodon API": servers
// differ (see docs/mastodon-api-notes.md).
struct Capabilities {
    enum class Software { Mastodon, GoToSocial, Akkoma, Pleroma, Snac, MisskeyFork, Other };

    Software software = Software::Other;
    QString softwareName;           // as reported, lower case ("mastodon", "iceshrimp", "pixelfed")
    QVersionNumber version;         // the software's own version
    QVersionNumber mastodonVersion; // the Mastodon API version claimed in `version`
    int mastodonApiVersion = 0;     // v2 `api_versions.mastodon`, 0 if absent
    bool hasInstanceV2 = false;

    bool groupedNotifications = false; // /api/v2/notifications
    bool pkce = false;                 // PKCE S256 on /oauth/authorize
    bool edits = false;
    bool quotes = false;
    bool translation = false;
    QStringList contentTypes{QStringLiteral("text/plain")}; // status formats the server accepts
    QUrl streamingUrl;                                      // empty: no streaming advertised

    struct Limits {
        int maxCharacters = 500;
        int charactersReservedPerUrl = 23;
        int maxMediaAttachments = 4;
        int pollMaxOptions = 4;
        int pollMaxCharactersPerOption = 50;
        int pollMinExpirationSecs = 300;
        int pollMaxExpirationSecs = 2629746;
        qint64 imageSizeLimit = 0; // bytes; 0 = not advertised
        qint64 videoSizeLimit = 0;
        qint64 imageMatrixLimit = 0; // pixels
        qint64 videoMatrixLimit = 0;
        int videoFrameRateLimit = 0;
        QStringList mediaTypes; // supported upload MIME types; empty = not advertised
    } limits;

    bool supportsMarkdown() const { return contentTypes.contains(QStringLiteral("text/markdown")); }
    static QString softwareKey(Software software);

    // `instance` is a v2 or v1 document (told apart by its shape); the others may be empty.
    static Capabilities derive(const QJsonObject &instance, const QJsonObject &nodeInfo = {},
                               const QJsonObject &oauthMetadata = {});

    // Fetches the documents and derives. Instance v2 falls back to v1; NodeInfo and OAuth
    // metadata are optional. Fails only if neither instance document can be had.
    static void fetch(ApiClient *client, QObject *context,
                      std::function<void(ApiResult<Capabilities>)> onDone);
};

} // namespace tusk::api
