#include "appcontroller.h"

#include "auth/accountmanager.h"
#include "auth/oauthlogin.h"
#include "auth/tokenstore.h"
#include "localinstance.h"
#include "logging.h"

#ifdef TUSKLINE_HAVE_SESSION
#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "cache/actionqueue.h"
#include "cache/queuerunner.h"
#include "cache/timelinecache.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "session/accountsession.h"
#else
#include "api/requests/statuses.h"
#endif

#include <QDir>
#include <QEventLoop>
#include <QFile>
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
                m_columns.removeIf([&key](const DeckColumn &c) { return c.accountKey == key; });
                m_settings->setColumns(m_columns);
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
    m_columns = m_settings->columns();

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

void AppController::openTimeline(QObject *session, const QString &timeline)
{
    Q_EMIT navigationRequested(QStringLiteral("timeline"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("timeline"), timeline}});
}

void AppController::openThread(QObject *session, const QString &statusId)
{
    Q_EMIT navigationRequested(QStringLiteral("thread"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("statusId"), statusId}});
}

void AppController::openProfile(QObject *session, const QString &accountId)
{
    Q_EMIT navigationRequested(QStringLiteral("profile"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)},
                                {QStringLiteral("accountId"), accountId}});
}

void AppController::openNotifications(QObject *session)
{
    Q_EMIT navigationRequested(QStringLiteral("notifications"),
                               {{QStringLiteral("session"), QVariant::fromValue(session)}});
}

void AppController::compose(QObject *session, const QString &inReplyToId, const QString &mention)
{
    Q_EMIT composeRequested(session ? session : currentSession(), inReplyToId, mention);
}

QUrl AppController::pageUrl(const QString &page) const
{
    // Feature modules (app-views) are found by file, so the shell builds before they land.
    static const QHash<QString, QStringList> candidates{
        {QStringLiteral("timeline"),
         {QStringLiteral("Timeline/TimelinePage.qml"),
          QStringLiteral("Timeline/TimelineView.qml")}},
        {QStringLiteral("thread"), {QStringLiteral("Timeline/ThreadPage.qml")}},
        {QStringLiteral("profile"), {QStringLiteral("Profile/ProfilePage.qml")}},
        {QStringLiteral("notifications"),
         {QStringLiteral("Notifications/NotificationsPage.qml"),
          QStringLiteral("Notifications/NotificationsView.qml")}},
        {QStringLiteral("explore"), {QStringLiteral("Explore/SearchPage.qml")}},
        {QStringLiteral("lists"), {QStringLiteral("Explore/ListsPage.qml")}},
        {QStringLiteral("tags"), {QStringLiteral("Explore/FollowedTagsPage.qml")}},
        {QStringLiteral("direct"), {QStringLiteral("Timeline/ConversationsPage.qml")}},
    };
    for (const QString &file : candidates.value(page)) {
        if (QFile::exists(QStringLiteral(":/qt/qml/Tuskline/") + file))
            return QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/") + file);
    }
    return QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Shell/PlaceholderPage.qml"));
}

bool AppController::post(QObject *sessionObject, const QString &text, const QString &spoilerText,
                         const QString &visibility, const QString &inReplyToId)
{
    if (text.trimmed().isEmpty())
        return false;
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s)
        s = qobject_cast<session::AccountSession *>(currentSession());
    if (!s) {
        Q_EMIT notice(tr("There is no account to post with."));
        return false;
    }
    cache::Action action;
    action.kind = cache::Action::Kind::Post;
    action.text = text;
    action.spoilerText = spoilerText;
    action.visibility = visibility;
    action.inReplyToId = inReplyToId;
    if (s->actions()->enqueue(action) <= 0) {
        Q_EMIT notice(tr("The post could not be queued."));
        return false;
    }
    s->runner()->start(); // the runner idles once drained; wake it for the new action
    return true;
#else
    // Without sessions: straight to the server of the current account.
    Q_UNUSED(sessionObject);
    api::ApiClient *client = m_accounts->client(m_current);
    if (!client) {
        Q_EMIT notice(tr("There is no account to post with."));
        return false;
    }
    api::requests::PostStatus request;
    request.status = text;
    request.spoilerText = spoilerText;
    request.visibility = visibility;
    request.inReplyToId = inReplyToId;
    client->call(request, this, [this](api::ApiResult<Status> r) {
        Q_EMIT notice(r.ok() ? tr("Posted.") : tr("Could not post: %1").arg(r.error().message));
    });
    return true;
#endif
}

bool AppController::edit(QObject *sessionObject, const QString &statusId, const QString &text,
                         const QString &spoilerText)
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || statusId.isEmpty() || text.trimmed().isEmpty())
        return false;
    cache::Action action;
    action.kind = cache::Action::Kind::Edit;
    action.targetId = statusId;
    action.text = text;
    action.spoilerText = spoilerText;
    if (s->actions()->enqueue(action) <= 0)
        return false;
    s->runner()->start();
    return true;
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(statusId);
    Q_UNUSED(text);
    Q_UNUSED(spoilerText);
    return false;
#endif
}

QString AppController::statusText(QObject *sessionObject, const QString &statusId) const
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || !s->cache())
        return {};
    const std::shared_ptr<const Status> status = s->cache()->status(statusId);
    if (!status)
        return {};
    content::HtmlSanitizer sanitizer;
    return content::renderStatusContent(sanitizer, *status).plainText;
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(statusId);
    return {};
#endif
}

void AppController::report(QObject *sessionObject, const QString &accountId, const QString &comment,
                           bool forward)
{
#ifdef TUSKLINE_HAVE_SESSION
    auto *s = qobject_cast<session::AccountSession *>(sessionObject);
    if (!s || accountId.isEmpty())
        return;
    api::requests::CreateReport request{accountId, comment, forward};
    s->api()->call(request, this, [this](api::ApiResult<QJsonValue> r) {
        Q_EMIT notice(r.ok() ? tr("Report sent to the moderators.")
                             : tr("The report could not be sent: %1").arg(r.error().message));
    });
#else
    Q_UNUSED(sessionObject);
    Q_UNUSED(accountId);
    Q_UNUSED(comment);
    Q_UNUSED(forward);
#endif
}

QVariantList AppController::columns() const
{
    QVariantList out;
    for (const DeckColumn &c : m_columns) {
        const auth::AccountRecord *r = m_accounts->account(c.accountKey);
        out.append(QVariantMap{
            {QStringLiteral("accountKey"), c.accountKey},
            {QStringLiteral("timeline"), c.timeline},
            {QStringLiteral("title"), timelineTitle(c.timeline)},
            {QStringLiteral("account"),
             r ? QStringLiteral("@%1@%2").arg(r->username, r->instanceUrl.host()) : c.accountKey},
        });
    }
    return out;
}

void AppController::addColumn(const QString &accountKey, const QString &timeline)
{
    if (!m_accounts->account(accountKey) || timeline.isEmpty())
        return;
    m_columns.append({accountKey, timeline});
    m_settings->setColumns(m_columns);
    m_settings->sync();
    Q_EMIT columnsChanged();
}

void AppController::removeColumn(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    m_columns.removeAt(index);
    m_settings->setColumns(m_columns);
    m_settings->sync();
    Q_EMIT columnsChanged();
}

void AppController::moveColumn(int from, int to)
{
    if (from < 0 || from >= m_columns.size() || to < 0 || to >= m_columns.size() || from == to)
        return;
    m_columns.move(from, to);
    m_settings->setColumns(m_columns);
    m_settings->sync();
    Q_EMIT columnsChanged();
}

QString AppController::timelineTitle(const QString &timeline) const
{
    if (timeline == u"home")
        return tr("Home");
    if (timeline == u"notifications")
        return tr("Notifications");
    if (timeline == u"local")
        return tr("Local");
    if (timeline == u"federated")
        return tr("Federated");
    if (timeline == u"bookmarks")
        return tr("Bookmarks");
    if (timeline == u"favourites")
        return tr("Favourites");
    if (timeline == u"direct")
        return tr("Direct messages");
    if (timeline.startsWith(u"tag:"))
        return QStringLiteral("#") + timeline.mid(4);
    if (timeline.startsWith(u"list:"))
        return tr("List");
    if (timeline.startsWith(u"account:"))
        return tr("Profile");
    return timeline;
}

} // namespace tusk::app
