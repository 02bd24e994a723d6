#include "cli/context.h"

#include "api/requests/accounts.h"
#include "cache/database.h"
#include "cli/logging.h"
#include "session/accountsession.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

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
        int rc = Ok;
        const auth::AccountRecord *record = storedAccount(&rc);
        if (!record)
            return rc;
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

const auth::AccountRecord *Context::storedAccount(int *exitCode)
{
    if (!loadStore()) {
        *exitCode = Failure;
        return nullptr;
    }
    const QString wanted = m_args.value(QStringLiteral("account"));
    const auth::AccountRecord *record =
        wanted.isEmpty() ? m_store.account(defaultAccountKey()) : findAccount(wanted);
    if (!record) {
        if (!wanted.isEmpty())
            *exitCode = fail(AuthFailed, tr("There is no stored account %1. See \"tuskline-cli "
                                            "accounts\".")
                                             .arg(wanted));
        else
            *exitCode = fail(AuthFailed, tr("No account is logged in. Log in with \"tuskline-cli "
                                            "login URL\", or pass --instance and --token."));
    }
    return record;
}

int Context::resolveCachedAccount(auth::AccountRecord *out)
{
    const QString instance = m_args.value(QStringLiteral("instance"));
    if (instance.isEmpty()) {
        int rc = Ok;
        const auth::AccountRecord *record = storedAccount(&rc);
        if (!record)
            return rc;
        *out = *record;
    } else {
        if (m_args.has(QStringLiteral("account")))
            return usage(tr("Use either --account or --instance, not both."));
        const QUrl url = QUrl::fromUserInput(instance);
        if (!url.isValid() || url.host().isEmpty())
            return usage(tr("%1 is not a server address.").arg(instance));
        // Cache directories are named after "user@host[:port]" (Database::pathForAccount); the
        // suffix for this server, made a file name the same way.
        const QFileInfo probe(cache::Database::pathForAccount(
            auth::AccountRecord::makeKey(QStringLiteral("x"), url)));
        const QString suffix = probe.dir().dirName().mid(1);
        QDir accounts = probe.dir();
        accounts.cdUp();
        QStringList found;
        for (const QString &dir : accounts.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (dir.endsWith(suffix) && dir.size() > suffix.size() &&
                QFileInfo::exists(accounts.filePath(dir + QStringLiteral("/cache.sqlite3"))))
                found << dir;
        }
        if (found.size() > 1)
            return usage(tr("Several accounts on %1 have a cache (%2); pick one with --account.")
                             .arg(instance, found.join(QStringLiteral(", "))));
        if (found.isEmpty())
            return fail(Failure, tr("Nothing from %1 is cached yet.").arg(instance));
        out->key = found.constFirst(); // a file name maps to itself (see pathForAccount)
        out->instanceUrl = url;
        out->username = out->key.section(u'@', 0, 0);
    }
    if (!QFileInfo::exists(cache::Database::pathForAccount(out->key)))
        return fail(Failure, tr("Nothing from %1 is cached yet.").arg(out->key));
    return Ok;
}

int Context::resolveOnlineAccount(auth::AccountRecord *out)
{
    if (const auth::AccountRecord *record = account()) {
        *out = *record;
        return Ok;
    }
    *out = {};
    out->instanceUrl = m_client->instanceUrl();
    if (m_token.isEmpty())
        return Ok; // public streams without a login: nothing of anyone's to share
    const auto me = call(api::requests::VerifyCredentials{});
    if (!me)
        return fail(me.error(), tr("Could not check whom the token belongs to"));
    out->accountId = me->id;
    out->username = me->username;
    out->acct = me->acct;
    out->displayName = me->displayName;
    out->key = auth::AccountRecord::makeKey(me->username, out->instanceUrl);
    return Ok;
}

std::unique_ptr<session::AccountSession> Context::makeSession(const auth::AccountRecord &record)
{
    QString dir; // the app's: <AppDataLocation>
    auth::AccountRecord r = record;
    if (r.key.isEmpty()) {
        m_scratchCache = std::make_unique<QTemporaryDir>();
        dir = m_scratchCache->path();
        r.key = QStringLiteral("anonymous");
    }
    return std::make_unique<session::AccountSession>(r, m_token, &m_nam, dir);
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
