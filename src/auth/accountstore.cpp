#include "auth/accountstore.h"

#include "auth/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace tusk::auth {

namespace {
constexpr int kFormatVersion = 1;
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString AccountStore::origin(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded)
        .toLower();
}

QString AccountRecord::makeKey(const QString &username, const QUrl &instanceUrl)
{
    QString host = instanceUrl.host().toLower();
    if (instanceUrl.port() > 0)
        host += u':' + QString::number(instanceUrl.port());
    return username.toLower() + u'@' + host;
}

QJsonObject AccountRecord::toJson() const
{
    return {{QStringLiteral("key"), key},
            {QStringLiteral("instance_url"), instanceUrl.toString()},
            {QStringLiteral("account_id"), accountId},
            {QStringLiteral("username"), username},
            {QStringLiteral("acct"), acct},
            {QStringLiteral("display_name"), displayName},
            {QStringLiteral("avatar_url"), avatarUrl.toString()},
            {QStringLiteral("client_id"), clientId}};
}

AccountRecord AccountRecord::fromJson(const QJsonObject &o)
{
    AccountRecord r;
    r.key = str(o, "key");
    r.instanceUrl = QUrl(str(o, "instance_url"));
    r.accountId = str(o, "account_id");
    r.username = str(o, "username");
    r.acct = str(o, "acct");
    r.displayName = str(o, "display_name");
    r.avatarUrl = QUrl(str(o, "avatar_url"));
    r.clientId = str(o, "client_id");
    return r;
}

QString AppRegistration::secretKey() const
{
    return QStringLiteral("app:%1:client_secret").arg(AccountStore::origin(instanceUrl));
}

QUrl AppRegistration::loopbackRedirect() const
{
    for (const QString &uri : redirectUris) {
        const QUrl url(uri);
        if (url.scheme() == u"http" && url.host() == u"127.0.0.1")
            return url;
    }
    return {};
}

QJsonObject AppRegistration::toJson() const
{
    return {{QStringLiteral("instance_url"), instanceUrl.toString()},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris)},
            {QStringLiteral("scopes"), scopes}};
}

AppRegistration AppRegistration::fromJson(const QJsonObject &o)
{
    AppRegistration a;
    a.instanceUrl = QUrl(str(o, "instance_url"));
    a.clientId = str(o, "client_id");
    for (const QJsonValue &v : o.value(QLatin1String("redirect_uris")).toArray())
        a.redirectUris.append(v.toString());
    a.scopes = str(o, "scopes");
    return a;
}

AccountStore::AccountStore(QString filePath) : m_path(std::move(filePath)) {}

QString AccountStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/accounts.json");
}

bool AccountStore::load(QString *error)
{
    m_accounts.clear();
    m_apps.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("tusk::auth::AccountStore",
                                                 "Could not read the account list %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("tusk::auth::AccountStore",
                                                 "The account list %1 is damaged (%2).")
                         .arg(m_path, parseError.errorString());
        return false;
    }
    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray()) {
        AccountRecord r = AccountRecord::fromJson(v.toObject());
        if (!r.key.isEmpty() && r.instanceUrl.isValid())
            m_accounts.append(r);
    }
    for (const QJsonValue &v : root.value(QLatin1String("apps")).toArray()) {
        AppRegistration a = AppRegistration::fromJson(v.toObject());
        if (!a.clientId.isEmpty() && a.instanceUrl.isValid())
            m_apps.append(a);
    }
    return true;
}

bool AccountStore::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray accounts, apps;
    for (const AccountRecord &r : m_accounts)
        accounts.append(r.toJson());
    for (const AppRegistration &a : m_apps)
        apps.append(a.toJson());
    const QJsonObject root{{QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("accounts"), accounts},
                           {QStringLiteral("apps"), apps}};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("tusk::auth::AccountStore",
                                                 "Could not save the account list %1: %2")
                         .arg(m_path, file.errorString());
        qCWarning(lcAuth).noquote() << "saving" << m_path << "failed:" << file.errorString();
        return false;
    }
    return true;
}

const AccountRecord *AccountStore::account(const QString &key) const
{
    for (const AccountRecord &r : m_accounts)
        if (r.key == key)
            return &r;
    return nullptr;
}

void AccountStore::upsertAccount(const AccountRecord &record)
{
    for (AccountRecord &r : m_accounts) {
        if (r.key == record.key) {
            r = record;
            return;
        }
    }
    m_accounts.append(record);
}

bool AccountStore::removeAccount(const QString &key)
{
    return m_accounts.removeIf([&key](const AccountRecord &r) { return r.key == key; }) > 0;
}

std::optional<AppRegistration> AccountStore::app(const QUrl &instanceUrl) const
{
    const QString o = origin(instanceUrl);
    for (const AppRegistration &a : m_apps)
        if (origin(a.instanceUrl) == o)
            return a;
    return std::nullopt;
}

void AccountStore::setApp(const AppRegistration &app)
{
    removeApp(app.instanceUrl);
    m_apps.append(app);
}

void AccountStore::removeApp(const QUrl &instanceUrl)
{
    const QString o = origin(instanceUrl);
    m_apps.removeIf([&o](const AppRegistration &a) { return origin(a.instanceUrl) == o; });
}

} // namespace tusk::auth
