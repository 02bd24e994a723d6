#pragma once
#include "api/apiclient.h"
#include "api/capabilities.h"
#include "auth/accountstore.h"
#include "auth/loopbacklistener.h"
#include "core/entities/account.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace tusk::auth {

class TokenStore;

// Opens a URL in the user's browser; false if it could not. Injected so tests play the browser
// and the CLI can print the URL instead.
using BrowserOpener = std::function<bool(const QUrl &)>;
// QDesktopServices::openUrl under a QGuiApplication, else xdg-open.
BrowserOpener defaultBrowserOpener();

// One login to one server, start to finish:
//   discover capabilities → register the app once per server (client id in the AccountStore,
//   secret in the TokenStore) → authorize in the browser (PKCE S256 where supported, `state`,
//   force_login) → receive the code on the loopback listener, or have the user paste it (OOB)
//   → exchange it → verify credentials → save the token (TokenStore) and the account
//   (AccountStore). Emits `succeeded` or `failed` exactly once.
class OAuthLogin : public QObject {
    Q_OBJECT
public:
    enum class Mode { Loopback, OutOfBand };
    Q_ENUM(Mode)
    enum class Stage {
        Idle,
        Discovering,
        Registering,
        Authorizing,
        Exchanging,
        Verifying,
        Saving,
        Done,
        Failed
    };
    Q_ENUM(Stage)

    static inline const QString kScopes = QStringLiteral("read write follow push");
    static inline const QString kOobRedirect = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");

    OAuthLogin(QNetworkAccessManager *nam, TokenStore *tokens, AccountStore *store,
               const QUrl &instanceUrl, Mode mode, BrowserOpener openBrowser,
               QObject *parent = nullptr);
    ~OAuthLogin() override;

    void start();
    // OOB: the code the server showed the user after they approved.
    void submitCode(const QString &code);
    void cancel();

    Stage stage() const { return m_stage; }
    Mode mode() const { return m_mode; }
    QUrl instanceUrl() const { return m_instanceUrl; }
    // Valid once authorizing: what the browser was (or should be) sent to.
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    const api::Capabilities &capabilities() const { return m_caps; }
    bool usedPkce() const { return !m_verifier.isEmpty(); }

Q_SIGNALS:
    void stageChanged(tusk::auth::OAuthLogin::Stage stage);
    // The browser could not be opened: show this URL to the user.
    void openBrowserManually(const QUrl &url);
    // OOB: the browser shows a code after approval; call submitCode() with it.
    void codeRequired(const QUrl &authorizeUrl);
    void succeeded(const tusk::auth::AccountRecord &record, const tusk::Account &account);
    void failed(const QString &message);

private:
    void setStage(Stage stage);
    void fail(const QString &message);
    void ensureApp();
    void registerApp();
    void authorize();
    LoopbackListener::Page onCallback(const QUrlQuery &query);
    void exchange(const QString &code);
    void verify(const QString &token);
    void save(const QString &token, const Account &account);

    QPointer<QNetworkAccessManager> m_nam;
    TokenStore *m_tokens;
    AccountStore *m_store;
    QUrl m_instanceUrl;
    Mode m_mode;
    BrowserOpener m_openBrowser;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<LoopbackListener> m_listener;
    api::Capabilities m_caps;
    AppRegistration m_app;
    QString m_clientSecret;
    QString m_redirectUri;
    QString m_state;
    QString m_verifier;
    QUrl m_authorizeUrl;
    Stage m_stage = Stage::Idle;
    bool m_codeReceived = false;
};

} // namespace tusk::auth
