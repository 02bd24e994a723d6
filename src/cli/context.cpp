#include "cli/context.h"

#include "cli/logging.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace tusk::cli {

using api::ApiError;

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Auth:
        return AuthFailed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return NetworkFailed;
    case ApiError::Kind::Http:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Parse:
    case ApiError::Kind::TooLarge:
    case ApiError::Kind::Refused:
    case ApiError::Kind::Cancelled:
        return ServerFailed;
    }
    return ServerFailed;
}

namespace {
QString settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/cli.ini");
}
} // namespace

Context::Context(Arguments args)
    : m_args(std::move(args)),
      m_out(m_args.has(QStringLiteral("json")), m_args.has(QStringLiteral("quiet"))),
      m_store(auth::AccountStore::defaultPath())
{}

Context::~Context()
{
    // Calls still queued must not outlive the network manager they use.
    m_client.reset();
}

bool Context::loadStore()
{
    if (m_storeLoaded)
        return true;
    QString error;
    if (!m_store.load(&error)) {
        m_out.error(tr("Could not read the account list %1: %2").arg(m_store.filePath(), error));
        return false;
    }
    m_storeLoaded = true;
    return true;
}

const auth::AccountRecord *Context::account() const
{
    return m_accountKey.isEmpty() ? nullptr : m_store.account(m_accountKey);
}

const auth::AccountRecord *Context::findAccount(const QString &name) const
{
    QString wanted = name.trimmed();
    if (wanted.startsWith(u'@'))
        wanted = wanted.mid(1);
    if (const auth::AccountRecord *exact = m_store.account(wanted.toLower()))
        return exact;
    const auth::AccountRecord *found = nullptr;
    int matches = 0;
    for (const auth::AccountRecord &r : m_store.accounts()) {
        if (r.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            r.acct.compare(wanted, Qt::CaseInsensitive) == 0 ||
            r.username.compare(wanted, Qt::CaseInsensitive) == 0) {
            found = &r;
            ++matches;
        }
    }
    return matches == 1 ? found : nullptr;
}

QString Context::defaultAccountKey() const
{
    const QString chosen = QSettings(settingsPath(), QSettings::IniFormat)
                               .value(QStringLiteral("defaultAccount"))
                               .toString();
    if (!chosen.isEmpty() && m_store.account(chosen))
        return chosen;
    // Nothing chosen (or it was logged out): the first account is the default.
    return m_store.accounts().isEmpty() ? QString() : m_store.accounts().constFirst().key;
}

void Context::setDefaultAccountKey(const QString &key)
{
    QDir().mkpath(QFileInfo(settingsPath()).path());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    if (key.isEmpty())
        settings.remove(QStringLiteral("defaultAccount"));
    else
        settings.setValue(QStringLiteral("defaultAccount"), key);
}

auth::TokenStore::Outcome Context::readSecret(const QString &key)
{
    std::optional<auth::TokenStore::Outcome> outcome;
    QEventLoop loop;
    m_tokens.read(key, &loop, [&](const auth::TokenStore::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

int Context::connect(bool requireToken)
{
    const QString instance = m_args.value(QStringLiteral("instance"));
    QString token = m_args.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = qEnvironmentVariable("TUSKLINE_TOKEN");
    QUrl url;
    if (!instance.isEmpty()) {
        if (m_args.has(QStringLiteral("account")))
            return usage(tr("Use either --account or --instance, not both."));
        url = QUrl::fromUserInput(instance);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            return usage(tr("%1 is not a server address.").arg(instance));
        if (token.isEmpty() && requireToken)
            return fail(AuthFailed,
                        tr("This needs a login: pass --token (or set TUSKLINE_TOKEN) with "
                           "--instance, or log in with \"tuskline-cli login %1\".")
                            .arg(instance));
    } else {
        if (m_args.has(QStringLiteral("token")))
            return usage(tr("--token needs --instance."));
        if (!loadStore())
            return Failure;
        const QString wanted = m_args.value(QStringLiteral("account"));
        const auth::AccountRecord *record =
            wanted.isEmpty() ? m_store.account(defaultAccountKey()) : findAccount(wanted);
        if (!record) {
            if (!wanted.isEmpty())
                return fail(AuthFailed, tr("There is no stored account %1. See \"tuskline-cli "
                                           "accounts\".")
                                            .arg(wanted));
            return fail(AuthFailed, tr("No account is logged in. Log in with \"tuskline-cli "
                                       "login URL\", or pass --instance and --token."));
        }
        m_accountKey = record->key;
        url = record->instanceUrl;
        const auth::TokenStore::Outcome secret = readSecret(record->tokenKey());
        if (!secret.ok()) {
            return fail(
                AuthFailed,
                secret.status == auth::TokenStore::Status::NotFound
                    ? tr("The saved login for %1 is gone. Please log in again.").arg(record->key)
                    : tr("The login for %1 could not be read from the keychain: %2")
                          .arg(record->key, secret.message));
        }
        token = secret.secret;
    }
    m_client = std::make_unique<api::ApiClient>(&m_nam, url);
    m_client->setAccessToken(token);
    m_token = token;
    // A person waits at the prompt: fail fast rather than retry for half a minute.
    api::RetryPolicy retry;
    retry.maxRetries = 1;
    retry.baseDelay = std::chrono::milliseconds(300);
    retry.maxRateLimitWaits = 1;
    retry.maxRateLimitWait = std::chrono::seconds(60);
    m_client->setRetryPolicy(retry);
    qCDebug(lcCli) << "using" << (m_accountKey.isEmpty() ? url.host() : m_accountKey);
    return Ok;
}

int Context::fail(const ApiError &error, const QString &doing)
{
    QString message = error.message.trimmed();
    if (message.isEmpty())
        message = tr("Unknown error.");
    if (!message.endsWith(u'.') && !message.endsWith(u'!') && !message.endsWith(u')'))
        message += u'.';
    if (!doing.isEmpty())
        message = tr("%1: %2").arg(doing, message);
    if (error.kind == ApiError::Kind::Auth)
        message +=
            u' ' + (m_accountKey.isEmpty() ? tr("Check the token.")
                                           : tr("Log in again with \"tuskline-cli login %1\".")
                                                 .arg(auth::AccountStore::origin(
                                                     m_client ? m_client->instanceUrl() : QUrl())));
    m_out.error(message);
    return exitCodeFor(error);
}

int Context::fail(int code, const QString &message)
{
    m_out.error(message);
    return code;
}

int Context::usage(const QString &message)
{
    m_out.error(message);
    m_out.error(tr("Run \"tuskline-cli --help\" for usage."));
    return Usage;
}

} // namespace tusk::cli
