// AppController, part 1: start and shut-down, settings, the local instance, the keychain, the
// accounts and one session per account, and the deck columns. The login flows are in
// appcontroller_login.cpp, navigation and server actions in appcontroller_actions.cpp.
#include "appcontroller.h"

#include "auth/accountmanager.h"
#include "auth/oauthlogin.h"
#include "auth/tokenstore.h"
#include "localinstance.h"
#include "logging.h"

#ifdef TUSKLINE_HAVE_SESSION
#include "cache/timelinecache.h"
#include "session/accountsession.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTimer>

namespace tusk::app {

namespace {
AppController *s_instance = nullptr;

QString orDefault(const QString &path, QStandardPaths::StandardLocation location)
{
    return path.isEmpty() ? QStandardPaths::writableLocation(location) : path;
}

QString stateName(auth::AccountManager::State state)
{
    switch (state) {
    case auth::AccountManager::State::Checking:
        return QStringLiteral("checking");
    case auth::AccountManager::State::Ready:
        return QStringLiteral("ready");
    case auth::AccountManager::State::Offline:
        return QStringLiteral("offline");
    case auth::AccountManager::State::NeedsReLogin:
        break;
    }
    return QStringLiteral("relogin");
}
} // namespace

AppController::AppController(AppOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_options.dataDir = orDefault(m_options.dataDir, QStandardPaths::AppDataLocation);
    m_options.configDir = orDefault(m_options.configDir, QStandardPaths::AppConfigLocation);
    m_options.cacheDir = orDefault(m_options.cacheDir, QStandardPaths::CacheLocation);
    QDir().mkpath(m_options.configDir);
    m_settings =
        std::make_unique<AppSettings>(m_options.configDir + QStringLiteral("/settings.ini"));
    m_tokens = m_options.keychainService.isEmpty()
                   ? std::make_unique<auth::TokenStore>()
                   : std::make_unique<auth::TokenStore>(m_options.keychainService);
    m_accounts = std::make_unique<auth::AccountManager>(
        &m_nam, m_tokens.get(), m_options.configDir + QStringLiteral("/accounts.json"));
    m_columns = std::make_unique<DeckColumnList>(*m_settings);
    m_local =
        std::make_unique<LocalInstance>(m_options.dataDir + QStringLiteral("/local-instance"));

    connect(m_tokens.get(), &auth::TokenStore::keychainUnavailable, this,
            [this](const QString &message) {
                m_keychainChecked = true;
                m_keychainAvailable = false;
                m_keychainProblem = message;
                Q_EMIT keychainChanged();
            });
    connect(m_accounts.get(), &auth::AccountManager::accountAdded, this,
            &AppController::onAccountAdded);
    connect(m_accounts.get(), &auth::AccountManager::accountChanged, this,
            &AppController::onAccountChanged);
    connect(m_accounts.get(), &auth::AccountManager::stateChanged, this,
            [this](const QString &key) { onAccountState(key); });
    connect(m_accounts.get(), &auth::AccountManager::accountRemoved, this,
            [this](const QString &key) {
                dropSession(key);
                m_accountList.remove(key);
                if (key == m_settings->localAccountKey())
                    m_settings->setLocalAccountKey({});
                if (m_current == key)
                    setCurrentAccountKey(m_accountList.keyAt(0));
                m_columns->removeAccount(key);
                Q_EMIT columnsChanged();
                updatePhase();
            });
    if (!s_instance)
        s_instance = this;
}

AppController::~AppController()
{
    for (auto &[key, session] : m_sessions)
        delete session.data();
    m_sessions.clear();
    m_accounts.reset(); // before the local server it may be talking to
    m_local.reset();
    if (s_instance == this)
        s_instance = nullptr;
}

void AppController::shutDown(int timeoutMs)
{
    // Views save positions behind debounce timers; destroying them flushes those positions into
    // the sessions now (QML deletes later, so the deferred deletions are run here).
    Q_EMIT shuttingDown();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QEventLoop loop;
    int waiting = 0;
    for (auto &[key, session] : m_sessions) {
        if (!session || !session->isStarted())
            continue;
        ++waiting;
        connect(session.data(), &session::AccountSession::stopped, &loop, [&] {
            if (--waiting == 0)
                loop.quit();
        });
        session->stop(); // may report stopped() at once when nothing is being pushed
    }
    if (waiting > 0) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        if (waiting > 0)
            qCWarning(lcApp) << waiting << "session(s) did not finish stopping in time";
    }
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppController::create", "main() creates the controller first");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AppController *AppController::instance()
{
    return s_instance;
}

bool AppController::sessionsAvailable()
{
#ifdef TUSKLINE_HAVE_SESSION
    return true;
#else
    return false;
#endif
}

void AppController::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_settings->sessionOnlyTokens())
        m_tokens->setFallbackPolicy(auth::TokenStore::FallbackPolicy::SessionOnly);
    probeKeychain();
    m_columns->load();

    if (localInstanceEnabled()) {
        QString error;
        if (!startLocalInstance(&error))
            setError(error);
    }
    QString error;
    if (!m_accounts->load(&error))
        setError(tr("Your accounts could not be read: %1").arg(error));
    const QString remembered = m_settings->currentAccountKey();
    setCurrentAccountKey(m_accounts->account(remembered) ? remembered : m_accountList.keyAt(0));
    updatePhase();
}

void AppController::probeKeychain()
{
    // A read of a key that never exists: NotFound means the keychain answers.
    m_tokens->read(QStringLiteral("tuskline:keychain-probe"), this,
                   [this](const auth::TokenStore::Outcome &o) {
                       const bool available =
                           !o.inMemory && o.status != auth::TokenStore::Status::Unavailable;
                       m_keychainChecked = true;
                       m_keychainAvailable = available;
                       if (!available && m_keychainProblem.isEmpty())
                           m_keychainProblem = o.message;
                       Q_EMIT keychainChanged();
                   });
}

bool AppController::startLocalInstance(QString *error)
{
    if (m_local->isRunning())
        return true;
    if (!m_local->start(m_settings->localInstancePort(), error)) {
        Q_EMIT localInstanceChanged();
        return false;
    }
    m_settings->setLocalInstancePort(m_local->port());
    m_settings->sync();
    Q_EMIT localInstanceChanged();
    // The local account's client may have found the server down before: check it again.
    if (const QString key = m_settings->localAccountKey(); m_accounts->account(key))
        m_accounts->verify(key);
    return true;
}

void AppController::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    qCInfo(lcApp) << "phase" << phase;
    Q_EMIT phaseChanged();
}

void AppController::updatePhase()
{
    if (!m_started)
        return;
    if (m_accountList.count() > 0)
        setPhase(Phase::Ready);
    else if (m_local->isRunning())
        setPhase(Phase::FirstRun);
    else
        setPhase(Phase::AddAccount);
}

void AppController::setError(const QString &message)
{
    if (!message.isEmpty())
        qCWarning(lcApp).noquote() << message;
    m_lastError = message;
    Q_EMIT lastErrorChanged();
}

void AppController::setCurrentAccountKey(const QString &key)
{
    if (key == m_current)
        return;
    if (!key.isEmpty() && !m_accounts->account(key))
        return;
    m_current = key;
    m_accountList.setCurrent(key);
    if (!key.isEmpty())
        m_settings->setCurrentAccountKey(key);
    Q_EMIT currentAccountChanged();
}

QObject *AppController::currentSession() const
{
    return sessionFor(m_current);
}

QString AppController::currentAccountId() const
{
    const auth::AccountRecord *r = m_accounts->account(m_current);
    return r ? r->accountId : QString();
}

QObject *AppController::sessionFor(const QString &key) const
{
    const auto it = m_sessions.find(key);
    return it == m_sessions.end() ? nullptr : static_cast<QObject *>(it->second.data());
}

QString AppController::accountKeyOf(QObject *session) const
{
    for (const auto &[key, s] : m_sessions)
        if (static_cast<QObject *>(s.data()) == session)
            return key;
    return {};
}

bool AppController::localInstanceEnabled() const
{
    return !m_options.noLocal && m_settings->localInstanceEnabled();
}

void AppController::setLocalInstanceEnabled(bool on)
{
    if (m_settings->localInstanceEnabled() == on)
        return;
    m_settings->setLocalInstanceEnabled(on);
    m_settings->sync();
    if (on && !m_options.noLocal) {
        QString error;
        if (!startLocalInstance(&error))
            setError(error);
    } else if (!on) {
        m_local->stop();
        qCInfo(lcApp) << "local instance switched off";
    }
    Q_EMIT localInstanceChanged();
    updatePhase();
}

bool AppController::localInstanceRunning() const
{
    return m_local->isRunning();
}

QUrl AppController::localInstanceUrl() const
{
    return m_local->url();
}

bool AppController::localOwnerExists() const
{
    return m_local->userCount() > 0;
}

bool AppController::sessionOnlyTokens() const
{
    return m_tokens->fallbackPolicy() == auth::TokenStore::FallbackPolicy::SessionOnly;
}

void AppController::setSessionOnlyTokens(bool on)
{
    m_tokens->setFallbackPolicy(on ? auth::TokenStore::FallbackPolicy::SessionOnly
                                   : auth::TokenStore::FallbackPolicy::Refuse);
    m_settings->setSessionOnlyTokens(on);
    m_settings->sync();
    Q_EMIT keychainChanged();
}

AccountListModel::Row AppController::rowFor(const QString &key) const
{
    AccountListModel::Row row;
    row.key = key;
    const auth::AccountRecord *r = m_accounts->account(key);
    if (!r)
        return row;
    row.displayName = r->displayName.isEmpty() ? r->username : r->displayName;
    row.handle = QStringLiteral("@%1@%2").arg(r->username, r->instanceUrl.host());
    row.avatar = r->avatarUrl;
    row.instance = r->instanceUrl.toString();
    row.isLocal = key == m_settings->localAccountKey() ||
                  (m_local->isRunning() && r->instanceUrl.port() == m_local->port() &&
                   r->instanceUrl.host() == QLatin1String("127.0.0.1"));
    return row;
}

void AppController::onAccountAdded(const QString &key)
{
    m_accountList.upsert(rowFor(key));
    onAccountState(key);
    // Offline first: paint from the cache as soon as the token is read, without waiting for the
    // server to confirm it (a rejected token turns the account to "needs a new login" later).
    ensureSession(key);
    if (m_current.isEmpty())
        setCurrentAccountKey(key);
    updatePhase();
}

void AppController::onAccountChanged(const QString &key)
{
    m_accountList.upsert(rowFor(key));
}

void AppController::onAccountState(const QString &key)
{
    const auth::AccountManager::State state = m_accounts->state(key);
    m_accountList.setState(key, stateName(state), m_accounts->problem(key));
    // Offline still has a token: the session paints from the cache and reconnects later.
    if (state == auth::AccountManager::State::Ready ||
        state == auth::AccountManager::State::Offline)
        ensureSession(key);
}

void AppController::ensureSession(const QString &key)
{
#ifdef TUSKLINE_HAVE_SESSION
    if (sessionFor(key))
        return;
    const auth::AccountRecord *record = m_accounts->account(key);
    if (!record)
        return;
    m_tokens->read(record->tokenKey(), this, [this, key](const auth::TokenStore::Outcome &o) {
        const auth::AccountRecord *record = m_accounts->account(key);
        if (!o.ok() || !record || sessionFor(key))
            return;
        auto *s = new session::AccountSession(*record, o.secret, &m_nam, m_options.dataDir, this);
        m_sessions[key] = s;
        connect(s, &session::AccountSession::error, this, &AppController::notice);
        connect(s, &session::AccountSession::authenticationRequired, this,
                [this, key](const QString &) { m_accounts->verify(key); });
        connect(s->cache(), &cache::TimelineCache::changed, this,
                [this, key](const cache::TimelineChange &change) {
                    if (change.timeline != QLatin1String("notifications") ||
                        change.kind != cache::TimelineChange::Kind::Inserted)
                        return;
                    m_unread[key] += int(change.ids.size());
                    m_accountList.setUnread(key, m_unread[key]);
                });
        s->start();
        qCInfo(lcApp) << "session started for" << key;
        Q_EMIT sessionsChanged();
        if (key == m_current)
            Q_EMIT currentAccountChanged();
    });
#else
    Q_UNUSED(key);
#endif
}

void AppController::dropSession(const QString &key)
{
    const auto it = m_sessions.find(key);
    if (it == m_sessions.end())
        return;
    delete it->second.data();
    m_sessions.erase(it);
    Q_EMIT sessionsChanged();
    if (key == m_current)
        Q_EMIT currentAccountChanged();
}

void AppController::markNotificationsRead(const QString &key)
{
    m_unread[key] = 0;
    m_accountList.setUnread(key, 0);
}

QVariantList AppController::columns() const
{
    return m_columns->toVariantList(
        [this](const QString &timeline) { return timelineTitle(timeline); },
        [this](const QString &key) {
            const auth::AccountRecord *r = m_accounts->account(key);
            return r ? QStringLiteral("@%1@%2").arg(r->username, r->instanceUrl.host()) : key;
        });
}

void AppController::addColumn(const QString &accountKey, const QString &timeline)
{
    if (m_accounts->account(accountKey) && m_columns->add(accountKey, timeline))
        Q_EMIT columnsChanged();
}

void AppController::removeColumn(int index)
{
    if (m_columns->remove(index))
        Q_EMIT columnsChanged();
}

void AppController::moveColumn(int from, int to)
{
    if (m_columns->move(from, to))
        Q_EMIT columnsChanged();
}

} // namespace tusk::app
