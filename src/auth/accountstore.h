#pragma once
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace tusk::auth {

// One logged-in account, as remembered between runs. No secrets: the token is in the TokenStore
// under tokenKey().
struct AccountRecord {
    QString key; // "username@host[:port]", stable and unique across servers
    QUrl instanceUrl;
    QString accountId;
    QString username;
    QString acct;
    QString displayName;
    QUrl avatarUrl;
    QString clientId;

    QString tokenKey() const { return QStringLiteral("account:%1:access_token").arg(key); }
    QJsonObject toJson() const;
    static AccountRecord fromJson(const QJsonObject &json);
    static QString makeKey(const QString &username, const QUrl &instanceUrl);
};

// This app's registration on one server (POST /api/v1/apps), reused by every login there.
struct AppRegistration {
    QUrl instanceUrl;
    QString clientId;
    QStringList redirectUris; // the loopback URI (with its port) and the OOB URN
    QString scopes;

    QString secretKey() const;
    QUrl loopbackRedirect() const; // empty if none was registered
    QJsonObject toJson() const;
    static AppRegistration fromJson(const QJsonObject &json);
};

// The non-secret account list and app registrations in one JSON file (written atomically).
class AccountStore {
public:
    explicit AccountStore(QString filePath);
    // <AppConfigLocation>/accounts.json
    static QString defaultPath();

    QString filePath() const { return m_path; }
    // A missing file is an empty store, not an error.
    bool load(QString *error = nullptr);
    bool save(QString *error = nullptr) const;

    const QList<AccountRecord> &accounts() const { return m_accounts; }
    const AccountRecord *account(const QString &key) const;
    void upsertAccount(const AccountRecord &record);
    bool removeAccount(const QString &key);

    std::optional<AppRegistration> app(const QUrl &instanceUrl) const;
    void setApp(const AppRegistration &app);
    void removeApp(const QUrl &instanceUrl);

    // scheme://host[:port]: what app registrations are keyed by.
    static QString origin(const QUrl &url);

private:
    QString m_path;
    QList<AccountRecord> m_accounts;
    QList<AppRegistration> m_apps;
};

} // namespace tusk::auth
