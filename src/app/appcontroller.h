#pragma once
#include "accountlistmodel.h"
#include "appsettings.h"
#include "deckcolumns.h"

#include "auth/oauthlogin.h"
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace tusk::auth {
class AccountManager;
class TokenStore;
class OAuthLogin;
} // namespace tusk::auth
namespace tusk::session {
class AccountSession;
}

namespace tusk::app {

class LocalInstance;

// Where the app keeps things and what the command line asked for. Empty paths: the platform's
// standard locations.
struct AppOptions {
    bool noLocal = false;    // --no-local: never start the bundled server this run
    QString dataDir;         // local instance data, account caches
    QString configDir;       // accounts.json, settings
    QString cacheDir;        // image disk cache
    QString keychainService; // TokenStore service name
};

// The app's state for QML: accounts and their sessions, the current account, first run, the
// local instance, settings and navigation requests. One instance, created by main() (or a test)
// before the QML engine; QML gets it through create().
class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(tusk::app::AccountListModel *accounts READ accounts CONSTANT)
    Q_PROPERTY(QString currentAccountKey READ currentAccountKey WRITE setCurrentAccountKey NOTIFY
                   currentAccountChanged)
    Q_PROPERTY(QObject *currentSession READ currentSession NOTIFY currentAccountChanged)
    Q_PROPERTY(QString currentAccountId READ currentAccountId NOTIFY currentAccountChanged)
    Q_PROPERTY(bool sessionsAvailable READ sessionsAvailable CONSTANT)
    Q_PROPERTY(bool localInstanceEnabled READ localInstanceEnabled WRITE setLocalInstanceEnabled
                   NOTIFY localInstanceChanged)
    Q_PROPERTY(bool localInstanceRunning READ localInstanceRunning NOTIFY localInstanceChanged)
    Q_PROPERTY(QUrl localInstanceUrl READ localInstanceUrl NOTIFY localInstanceChanged)
    Q_PROPERTY(bool localOwnerExists READ localOwnerExists NOTIFY localInstanceChanged)
    Q_PROPERTY(bool noLocalOption READ noLocalOption CONSTANT)
    Q_PROPERTY(bool keychainChecked READ keychainChecked NOTIFY keychainChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainChanged)
    Q_PROPERTY(bool sessionOnlyTokens READ sessionOnlyTokens WRITE setSessionOnlyTokens NOTIFY
                   keychainChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString loginStatus READ loginStatus NOTIFY busyChanged)
    Q_PROPERTY(QUrl manualAuthorizeUrl READ manualAuthorizeUrl NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(QVariantList columns READ columns NOTIFY columnsChanged)
public:
    enum class Phase {
        Starting,   // reading accounts, starting the local instance
        FirstRun,   // local instance up, no account: ask for the owner account once
        AddAccount, // no account and no local instance: log into a server
        Ready,      // at least one account
    };
    Q_ENUM(Phase)

    explicit AppController(AppOptions options, QObject *parent = nullptr);
    ~AppController() override;

    // QML_SINGLETON: hands out the instance main() created (never owned by the engine).
    static AppController *create(QQmlEngine *qml, QJSEngine *js);
    static AppController *instance();

    // Loads settings and accounts, starts the local instance if enabled. Call once.
    void start();
    // Stops every account's session and waits (at most `timeoutMs`) for each to say it is done:
    // the final markers push (reading positions) must reach the server before the app exits.
    void shutDown(int timeoutMs = 3000);

    Phase phase() const { return m_phase; }
    AccountListModel *accounts() { return &m_accountList; }
    QString currentAccountKey() const { return m_current; }
    void setCurrentAccountKey(const QString &key);
    QObject *currentSession() const;
    QString currentAccountId() const;
    static bool sessionsAvailable();

    bool localInstanceEnabled() const;
    void setLocalInstanceEnabled(bool on);
    bool localInstanceRunning() const;
    QUrl localInstanceUrl() const;
    bool localOwnerExists() const;
    bool noLocalOption() const { return m_options.noLocal; }
    LocalInstance *localInstance() const { return m_local.get(); }
    QString localAccountKey() const { return m_settings->localAccountKey(); }

    // The keychain has answered once (until then keychainAvailable() is a guess: true).
    bool keychainChecked() const { return m_keychainChecked; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString keychainProblem() const { return m_keychainProblem; }
    bool sessionOnlyTokens() const;
    void setSessionOnlyTokens(bool on);

    bool busy() const { return m_login != nullptr; }
    QString loginStatus() const { return m_loginStatus; }
    QUrl manualAuthorizeUrl() const { return m_manualUrl; }
    QString lastError() const { return m_lastError; }

    QVariantList columns() const;

    auth::AccountManager *accountManager() const { return m_accounts.get(); }
    QNetworkAccessManager *network() { return &m_nam; }
    AppSettings &settings() { return *m_settings; }
    QString dataDir() const { return m_options.dataDir; }
    QString cacheDir() const { return m_options.cacheDir; }

    // First run: checks the fields of the owner form; "" when they are fine.
    Q_INVOKABLE QString ownerProblem(const QString &username, const QString &password) const;
    // Creates the owner account on the local instance (unless it exists) and logs into it.
    Q_INVOKABLE void setUpLocalAccount(const QString &username, const QString &displayName,
                                       const QString &password);
    // Logs into any server through the browser (loopback redirect).
    Q_INVOKABLE void addAccount(const QString &instance);
    Q_INVOKABLE void cancelLogin();
    Q_INVOKABLE void logout(const QString &key);
    // An account whose token is gone ("needs a new login"): the local one asks the shell for
    // the owner's password (localLoginRequested), a remote one starts OAuth for its server.
    Q_INVOKABLE void loginAgain(const QString &key);
    // Asks for the add-account page from the shell (e.g. the switcher's "+").
    Q_INVOKABLE void requestAddAccount() { Q_EMIT addAccountRequested(); }

    Q_INVOKABLE QObject *sessionFor(const QString &key) const;
    Q_INVOKABLE QString accountKeyOf(QObject *session) const;
    Q_INVOKABLE void markNotificationsRead(const QString &key);

    // Navigation requests from any page; the shell's StackView carries them out.
    Q_INVOKABLE void openTimeline(QObject *session, const QString &timeline);
    Q_INVOKABLE void openThread(QObject *session, const QString &statusId);
    Q_INVOKABLE void openProfile(QObject *session, const QString &accountId);
    Q_INVOKABLE void openNotifications(QObject *session);
    Q_INVOKABLE void compose(QObject *session, const QString &inReplyToId = {},
                             const QString &mention = {});
    Q_INVOKABLE void goBack() { Q_EMIT backRequested(); }
    // The page file for "timeline" | "thread" | "profile" | "notifications" | ...: the
    // feature module's page if it is built in, else the shell's placeholder.
    Q_INVOKABLE QUrl pageUrl(const QString &page) const;

    // Posts through the account's offline queue (sent when the server is reachable).
    Q_INVOKABLE bool post(QObject *session, const QString &text, const QString &spoilerText,
                          const QString &visibility, const QString &inReplyToId);

    // Edits an own post through the offline queue.
    Q_INVOKABLE bool edit(QObject *session, const QString &statusId, const QString &text,
                          const QString &spoilerText);
    // A cached status' text as plain text (to edit it).
    Q_INVOKABLE QString statusText(QObject *session, const QString &statusId) const;
    // Reports an account (and some of its posts) to its server's moderators
    // (POST /api/v1/reports). `category`: spam | legal | violation | other, empty: the server's
    // default. False when there is nothing to send it with; else reportSent or reportFailed
    // follows.
    Q_INVOKABLE bool report(QObject *session, const QString &accountId, const QString &comment,
                            bool forward, const QString &category = {},
                            const QStringList &statusIds = {});

    Q_INVOKABLE void addColumn(const QString &accountKey, const QString &timeline);
    Q_INVOKABLE void removeColumn(int index);
    Q_INVOKABLE void moveColumn(int from, int to);
    Q_INVOKABLE QString timelineTitle(const QString &timeline) const;

Q_SIGNALS:
    void phaseChanged();
    void currentAccountChanged();
    void localInstanceChanged();
    void keychainChanged();
    void busyChanged();
    void lastErrorChanged();
    void columnsChanged();
    void loginSucceeded(const QString &key);
    void loginFailed(const QString &message);
    void addAccountRequested();
    void localLoginRequested();
    void navigationRequested(const QString &page, const QVariantMap &properties);
    void backRequested();
    void composeRequested(QObject *session, const QString &inReplyToId, const QString &mention);
    void sessionsChanged();
    // First thing in shutDown(): the shell lets go of its pages (synchronously), so views save
    // their reading positions while the sessions still run and can push them as markers.
    void shuttingDown();
    void reportSent(const QString &accountId);
    // `message` says what went wrong, in words (the server's reason when it gave one).
    void reportFailed(const QString &accountId, const QString &message);
    // A short message for the status line (e.g. "Posted", "Could not post: ...").
    void notice(const QString &message);

private:
    void setPhase(Phase phase);
    void updatePhase();
    void setError(const QString &message);
    void probeKeychain();
    bool startLocalInstance(QString *error);
    void loginLocal(const QString &username, const QString &password);
    void watchLogin(auth::OAuthLogin *login);
    void finishLogin();
    void onAccountAdded(const QString &key);
    void onAccountChanged(const QString &key);
    void onAccountState(const QString &key);
    void ensureSession(const QString &key);
    void dropSession(const QString &key);
    AccountListModel::Row rowFor(const QString &key) const;

    AppOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    QNetworkAccessManager m_nam;
    std::unique_ptr<auth::TokenStore> m_tokens;
    std::unique_ptr<auth::AccountManager> m_accounts;
    std::unique_ptr<LocalInstance> m_local;
    AccountListModel m_accountList;
    std::map<QString, QPointer<session::AccountSession>> m_sessions;
    std::map<QString, int> m_unread;
    QString m_current;
    Phase m_phase = Phase::Starting;
    bool m_started = false;
    bool m_keychainChecked = false;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
    QPointer<auth::OAuthLogin> m_login;
    QString m_loginStatus;
    QUrl m_manualUrl;
    QString m_lastError;
    std::unique_ptr<DeckColumnList> m_columns;
};

} // namespace tusk::app
