#pragma once
// Server descriptions: /api/v1/instance, /api/v2/instance and NodeInfo. Forks (Pleroma, Akkoma,
// Misskey derivatives, Friendica, Pixelfed) send many variants; what is not modelled or has an
// odd type stays in `extra`.
#include "core/entities/account.h"

namespace tusk {

struct InstanceStatusesConfig {
    qint64 maxCharacters = 0;
    qint64 maxMediaAttachments = 0;
    qint64 charactersReservedPerUrl = 0;
    TUSK_ENTITY(InstanceStatusesConfig);
};

struct InstanceMediaConfig {
    QStringList supportedMimeTypes;
    qint64 imageSizeLimit = 0;
    qint64 imageMatrixLimit = 0;
    qint64 videoSizeLimit = 0;
    qint64 videoFrameRateLimit = 0;
    qint64 videoMatrixLimit = 0;
    TUSK_ENTITY(InstanceMediaConfig);
};

struct InstancePollsConfig {
    qint64 maxOptions = 0;
    qint64 maxCharactersPerOption = 0;
    qint64 minExpiration = 0; // seconds
    qint64 maxExpiration = 0;
    TUSK_ENTITY(InstancePollsConfig);
};

struct InstanceAccountsConfig {
    qint64 maxFeaturedTags = 0;
    qint64 maxPinnedStatuses = 0;
    TUSK_ENTITY(InstanceAccountsConfig);
};

struct InstanceTranslationConfig {
    bool enabled = false;
    TUSK_ENTITY(InstanceTranslationConfig);
};

struct InstanceUrlsConfig {
    QString streaming; // v2 configuration.urls.streaming
    TUSK_ENTITY(InstanceUrlsConfig);
};

// `configuration` of both v1 and v2 (v1 has no urls/translation).
struct InstanceConfiguration {
    std::optional<InstanceUrlsConfig> urls;
    std::optional<InstanceAccountsConfig> accounts;
    std::optional<InstanceStatusesConfig> statuses;
    std::optional<InstanceMediaConfig> mediaAttachments;
    std::optional<InstancePollsConfig> polls;
    std::optional<InstanceTranslationConfig> translation;
    TUSK_ENTITY(InstanceConfiguration);
};

struct InstanceV1Urls {
    QString streamingApi; // ws:// or wss://; Mastodon.py needs it
    TUSK_ENTITY(InstanceV1Urls);
};

struct InstanceV1Stats {
    qint64 userCount = 0;
    qint64 statusCount = 0;
    qint64 domainCount = 0;
    TUSK_ENTITY(InstanceV1Stats);
};

struct InstanceV1 {
    QString uri;
    QString title;
    QString shortDescription;
    QString description;
    QString email;
    QString version;
    InstanceV1Urls urls;
    InstanceV1Stats stats;
    QString thumbnail; // empty = null
    QStringList languages;
    bool registrations = false;
    bool approvalRequired = false;
    bool invitesEnabled = false;
    std::optional<InstanceConfiguration> configuration;
    std::optional<Account> contactAccount; // forks send {} or junk: kept in extra then
    QList<Rule> rules;
    TUSK_ENTITY(InstanceV1);
};

struct InstanceV2UsageUsers {
    qint64 activeMonth = 0;
    TUSK_ENTITY(InstanceV2UsageUsers);
};

struct InstanceV2Usage {
    InstanceV2UsageUsers users;
    TUSK_ENTITY(InstanceV2Usage);
};

struct InstanceV2Thumbnail {
    QString url;
    QString blurhash;
    QJsonObject versions; // {"@1x": url, "@2x": url}
    TUSK_ENTITY(InstanceV2Thumbnail);
};

struct InstanceV2Registrations {
    bool enabled = false;
    bool approvalRequired = false;
    QString message; // empty = null
    QString url;     // empty = null
    TUSK_ENTITY(InstanceV2Registrations);
};

struct InstanceV2Contact {
    QString email;
    std::optional<Account> account;
    TUSK_ENTITY(InstanceV2Contact);
};

struct InstanceApiVersions {
    std::optional<qint64> mastodon;
    TUSK_ENTITY(InstanceApiVersions);
};

struct InstanceV2 {
    QString domain;
    QString title;
    QString version;
    QString sourceUrl;
    QString description;
    InstanceV2Usage usage;
    InstanceV2Thumbnail thumbnail;
    QStringList languages;
    InstanceConfiguration configuration;
    InstanceV2Registrations registrations;
    std::optional<InstanceApiVersions> apiVersions;
    InstanceV2Contact contact;
    QList<Rule> rules;
    TUSK_ENTITY(InstanceV2);
};

struct NodeInfoSoftware {
    QString name;
    QString version;
    TUSK_ENTITY(NodeInfoSoftware);
};

struct NodeInfoUsers {
    std::optional<qint64> total;
    std::optional<qint64> activeMonth;
    std::optional<qint64> activeHalfyear;
    TUSK_ENTITY(NodeInfoUsers);
};

struct NodeInfoUsage {
    NodeInfoUsers users;
    std::optional<qint64> localPosts;
    TUSK_ENTITY(NodeInfoUsage);
};

struct NodeInfo {
    QString version; // schema version, "2.0" / "2.1"
    NodeInfoSoftware software;
    QStringList protocols;
    NodeInfoUsage usage;
    bool openRegistrations = false;
    QJsonObject metadata; // free-form per server
    TUSK_ENTITY(NodeInfo);
};

} // namespace tusk
