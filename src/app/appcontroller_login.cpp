// AppController, part 2: the first run (the local owner account) and every login flow (local,
// remote, "log in again"), with the status texts the shell shows while one runs.
#include "appcontroller.h"

#include "auth/accountmanager.h"
#include "auth/oauthlogin.h"
#include "localinstance.h"
#include "logging.h"

namespace tusk::app {

QString AppController::ownerProblem(const QString &username, const QString &password) const
{
    return m_local->ownerProblem(username, password);
}

void AppController::setUpLocalAccount(const QString &username, const QString &displayName,
                                      const QString &password)
{
    if (busy())
        return;
    setError({});
    if (!m_local->isRunning()) {
        setError(tr("Your local instance is not running."));
        return;
    }
    if (!m_keychainAvailable && !sessionOnlyTokens()) {
        setError(tr("There is no system keychain to keep your login in. Allow Tuskline to keep "
                    "it for this session only, or set up a keychain and start again."));
        return;
    }
    // The owner is created once; afterwards this page only logs into it again.
    if (!localOwnerExists()) {
        QString error;
        if (!m_local->createOwner(username.trimmed(), displayName, password, &error)) {
            setError(error);
            return;
        }
        Q_EMIT localInstanceChanged();
    }
    loginLocal(username.trimmed(), password);
}

void AppController::loginLocal(const QString &username, const QString &password)
{
    auto *authorizer = new LocalAuthorizer(&m_nam, username, password, this);
    m_accounts->setBrowserOpener([authorizer](const QUrl &url) { return authorizer->open(url); });
    auth::OAuthLogin *login = m_accounts->login(m_local->url());
    m_accounts->setBrowserOpener(auth::defaultBrowserOpener());
    connect(authorizer, &LocalAuthorizer::failed, login, [login](const QString &message) {
        login->cancel();
        Q_UNUSED(message);
    });
    connect(authorizer, &LocalAuthorizer::failed, this, &AppController::setError);
    connect(login, &QObject::destroyed, authorizer, &QObject::deleteLater);
    connect(login, &auth::OAuthLogin::succeeded, this, [this](const auth::AccountRecord &record) {
        m_settings->setLocalAccountKey(record.key);
        m_settings->sync();
        m_accountList.upsert(rowFor(record.key));
    });
    watchLogin(login);
    login->start();
}

void AppController::addAccount(const QString &instance)
{
    if (busy())
        return;
    setError({});
    QString text = instance.trimmed();
    if (text.startsWith(u'@')) // "@user@host" pasted from a profile
        text = text.section(u'@', 2);
    if (!text.contains(QLatin1String("://")))
        text.prepend(QStringLiteral("https://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http")) {
        setError(
            tr("“%1” is not a server address. Type something like mastodon.social.").arg(instance));
        return;
    }
    auth::OAuthLogin *login = m_accounts->login(url);
    watchLogin(login);
    login->start();
}

void AppController::loginAgain(const QString &key)
{
    if (busy())
        return;
    const auth::AccountRecord *record = m_accounts->account(key);
    if (!record)
        return;
    setError({});
    if (key == m_settings->localAccountKey()) {
        Q_EMIT localLoginRequested(); // the password is never kept
        return;
    }
    setCurrentAccountKey(key);
    auth::OAuthLogin *login = m_accounts->login(record->instanceUrl);
    watchLogin(login);
    login->start();
}

void AppController::watchLogin(auth::OAuthLogin *login)
{
    m_login = login;
    m_manualUrl.clear();
    connect(login, &auth::OAuthLogin::stageChanged, this, [this](auth::OAuthLogin::Stage stage) {
        switch (stage) {
        case auth::OAuthLogin::Stage::Discovering:
            m_loginStatus = tr("Contacting the server…");
            break;
        case auth::OAuthLogin::Stage::Registering:
            m_loginStatus = tr("Registering Tuskline with the server…");
            break;
        case auth::OAuthLogin::Stage::Authorizing:
            m_loginStatus = tr("Waiting for you to approve in the browser…");
            break;
        case auth::OAuthLogin::Stage::Exchanging:
        case auth::OAuthLogin::Stage::Verifying:
            m_loginStatus = tr("Logging in…");
            break;
        case auth::OAuthLogin::Stage::Saving:
            m_loginStatus = tr("Saving your login…");
            break;
        default:
            break;
        }
        Q_EMIT busyChanged();
    });
    connect(login, &auth::OAuthLogin::openBrowserManually, this, [this](const QUrl &url) {
        m_manualUrl = url;
        Q_EMIT busyChanged();
    });
    connect(login, &auth::OAuthLogin::succeeded, this, [this](const auth::AccountRecord &record) {
        qCInfo(lcApp) << "logged in as" << record.key;
        finishLogin();
        m_accountList.upsert(rowFor(record.key));
        setCurrentAccountKey(record.key);
        updatePhase();
        Q_EMIT loginSucceeded(record.key);
    });
    connect(login, &auth::OAuthLogin::failed, this, [this](const QString &message) {
        finishLogin();
        if (m_lastError.isEmpty())
            setError(message);
        Q_EMIT loginFailed(m_lastError);
    });
    Q_EMIT busyChanged();
}

void AppController::finishLogin()
{
    m_login = nullptr;
    m_loginStatus.clear();
    m_manualUrl.clear();
    Q_EMIT busyChanged();
}

void AppController::cancelLogin()
{
    if (m_login)
        m_login->cancel();
}

void AppController::logout(const QString &key)
{
    m_accounts->logout(key, this, [this](bool ok, const QString &message) {
        if (!ok || !message.isEmpty())
            Q_EMIT notice(message);
        Q_UNUSED(ok);
    });
}

} // namespace tusk::app
