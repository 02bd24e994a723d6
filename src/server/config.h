#pragma once
#include <QString>

namespace tusk::server {

// Settings of one server instance, read from `config.json` in its data directory. Missing keys
// keep these defaults; unknown keys are ignored. The file is written with all keys on first start
// so a person can see what can be changed.
struct ServerConfig {
    QString instanceName = QStringLiteral("Tuskline");
    QString description = QStringLiteral("A personal Mastodon-compatible server");
    QString contactEmail;
    QString publicUrl; // e.g. https://example.org; empty: http://<listen address>
    QString listen = QStringLiteral("127.0.0.1:0");

    int maxCharacters = 500;
    int maxMediaAttachments = 4;
    int maxPollOptions = 4;
    int maxPollOptionChars = 50;
    qint64 minPollExpirySecs = 300; // Mastodon's bounds; not in the file: tests shorten it
    qint64 maxPollExpirySecs = 2'629'746;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    // Uploads (Mastodon: 16 MB images, 99 MB video); request bodies may be this large on any
    // route, so the defaults stay modest for a personal server.
    qint64 maxImageBytes = 16 * 1024 * 1024;
    qint64 maxVideoBytes = 40 * 1024 * 1024; // video and audio
    qint64 maxImagePixels = 33'177'600;      // 7680 × 4320, as Mastodon

    bool registrationsOpen = false;
    bool passwordGrant = true;

    int rateLimitRequests = 300; // per token, and per IP for requests without one
    int rateLimitPeriodSecs = 300;
    int loginAttempts = 25; // per IP and per username
    int loginPeriodSecs = 300;

    int requestTimeoutMs = 30'000;
    int streamingHeartbeatMs = 15'000; // not in the file: tests shorten it
    int pollCheckMs = 10'000;          // how often ended polls are announced; not in the file

    static ServerConfig load(const QString &path, QString *error);
    bool save(const QString &path, QString *error) const;
};

} // namespace tusk::server
