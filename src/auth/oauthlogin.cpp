#include "auth/oauthlogin.h"

#include "api/requests/accounts.h"
#include "api/requests/oauth.h"
#include "auth/logging.h"
#include "auth/pkce.h"
#include "auth/tokenstore.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QProcess>

namespace tusk::auth {

using namespace api;

BrowserOpener defaultBrowserOpener()
{
    return [](const QUrl &url) {
        // QDesktopServices needs a QGuiApplication; a CLI has only a QCoreApplication.
        if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return QDesktopServices::openUrl(url);
        return QProcess::startDetached(QStringLiteral("xdg-open"),
                                       {url.toString(QUrl::FullyEncoded)});
    };
}

OAuthLogin::OAuthLogin(QNetworkAccessManager *nam, TokenStore *tokens, AccountStore *store,
                       const QUrl &instanceUrl, Mode mode, BrowserOpener openBrowser,
                       QObject *parent)
    : QObject(parent), m_nam(nam), m_tokens(tokens), m_store(store),
      m_instanceUrl(instanceUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery |
                                         QUrl::RemoveFragment)),
      m_mode(mode), m_openBrowser(openBrowser ? std::move(openBrowser) : defaultBrowserOpener())
{}

OAuthLogin::~OAuthLogin() = default;

void OAuthLogin::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void OAuthLogin::fail(const QString &message)
{
    if (m_stage == Stage::Done || m_stage == Stage::Failed)
        return;
    qCInfo(lcAuth).noquote() << "login to" << m_instanceUrl.host() << "failed:" << message;
    if (m_listener)
        m_listener->close();
    setStage(Stage::Failed);
    Q_EMIT failed(message);
}

void OAuthLogin::cancel()
{
    fail(tr("The login was cancelled."));
}

void OAuthLogin::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_instanceUrl.isValid() ||
        (m_instanceUrl.scheme() != u"https" && m_instanceUrl.scheme() != u"http") ||
        m_instanceUrl.host().isEmpty()) {
        fail(tr("“%1” is not a server address. Enter something like https://mastodon.social.")
                 .arg(m_instanceUrl.toString()));
        return;
    }
    m_client = std::make_unique<ApiClient>(m_nam, m_instanceUrl);
    setStage(Stage::Discovering);
    Capabilities::fetch(m_client.get(), this, [this](ApiResult<Capabilities> r) {
        if (!r.ok()) {
            fail(tr("Could not reach %1: %2").arg(m_instanceUrl.host(), r.error().message));
            return;
        }
        m_caps = r.value();
        ensureApp();
    });
}

// Reuse the registration when we have both halves (id in the store, secret in the keychain) and,
// for loopback, can listen on the port registered with it (servers match redirect URIs exactly).
void OAuthLogin::ensureApp()
{
    setStage(Stage::Registering);
    const std::optional<AppRegistration> known = m_store->app(m_instanceUrl);
    if (!known) {
        registerApp();
        return;
    }
    if (m_mode == Mode::Loopback) {
        const QUrl redirect = known->loopbackRedirect();
        m_listener = std::make_unique<LoopbackListener>();
        if (!redirect.isValid() || !m_listener->listen(quint16(redirect.port()))) {
            qCInfo(lcAuth) << "registered loopback port unavailable; registering again";
            m_listener.reset();
            registerApp();
            return;
        }
    }
    m_tokens->read(known->secretKey(), this, [this, app = *known](const TokenStore::Outcome &o) {
        if (!o.ok()) {
            qCInfo(lcAuth) << "client secret not in the keychain; registering again";
            m_listener.reset();
            registerApp();
            return;
        }
        m_app = app;
        m_clientSecret = o.secret;
        authorize();
    });
}

void OAuthLogin::registerApp()
{
    // A loopback URI with a fixed port (picked now) plus OOB, so either mode works later.
    m_listener = std::make_unique<LoopbackListener>();
    if (!m_listener->listen(0)) {
        fail(tr("Could not open a local port for the login redirect."));
        return;
    }
    requests::RegisterApp request;
    request.redirectUris = {m_listener->redirectUri().toString(), kOobRedirect};
    request.scopes = kScopes;
    if (m_mode == Mode::OutOfBand)
        m_listener.reset(); // only needed its port for the registration
    m_client->call(request, this, [this, request](ApiResult<Application> r) {
        if (!r.ok()) {
            fail(tr("%1 did not accept Tuskline as an app: %2")
                     .arg(m_instanceUrl.host(), r.error().message));
            return;
        }
        if (r->clientId.isEmpty() || r->clientSecret.isEmpty()) {
            fail(tr("%1 registered Tuskline but sent no client credentials.")
                     .arg(m_instanceUrl.host()));
            return;
        }
        m_app.instanceUrl = m_instanceUrl;
        m_app.clientId = r->clientId;
        m_app.redirectUris = request.redirectUris;
        m_app.scopes = kScopes;
        m_clientSecret = r->clientSecret;
        m_store->setApp(m_app);
        m_store->save();
        qCInfo(lcAuth) << "registered app on" << m_instanceUrl.host();
        // If the keychain refuses, this login still works; the next one registers again.
        m_tokens->write(m_app.secretKey(), m_clientSecret, this, [](const TokenStore::Outcome &o) {
            if (!o.ok())
                qCInfo(lcAuth).noquote() << "client secret not saved:" << o.message;
        });
        authorize();
    });
}

void OAuthLogin::authorize()
{
    setStage(Stage::Authorizing);
    m_state = pkce::makeState();
    m_verifier = m_caps.pkce ? pkce::makeVerifier() : QString();
    if (m_mode == Mode::Loopback) {
        m_redirectUri = m_listener->redirectUri().toString();
        m_listener->setHandler([this](const QUrlQuery &q) { return onCallback(q); });
    } else {
        m_redirectUri = kOobRedirect;
    }
    requests::AuthorizeUrl authorizeRequest;
    authorizeRequest.clientId = m_app.clientId;
    authorizeRequest.redirectUri = m_redirectUri;
    authorizeRequest.scopes = kScopes;
    authorizeRequest.state = m_state;
    authorizeRequest.codeChallenge =
        m_verifier.isEmpty() ? QString() : pkce::challengeS256(m_verifier);
    authorizeRequest.forceLogin = true;
    m_authorizeUrl = authorizeRequest.url(m_instanceUrl);
    qCInfo(lcAuth) << "authorizing on" << m_instanceUrl.host()
                   << (usedPkce() ? "with PKCE" : "without PKCE")
                   << (m_mode == Mode::Loopback ? "via loopback" : "out of band");

    if (m_mode == Mode::OutOfBand)
        Q_EMIT codeRequired(m_authorizeUrl);
    if (!m_openBrowser(m_authorizeUrl))
        Q_EMIT openBrowserManually(m_authorizeUrl);
}

LoopbackListener::Page OAuthLogin::onCallback(const QUrlQuery &query)
{
    const auto page = [](int status, const QString &title, const QString &message) {
        return LoopbackListener::Page{status, title, message};
    };
    if (m_stage != Stage::Authorizing || m_codeReceived)
        return page(400, tr("Nothing to do"),
                    tr("This login has already finished. You can close this tab."));
    // Checked first: an answer without our state may be forged by another page.
    if (query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded) != m_state) {
        fail(tr("The answer from the browser did not belong to this login (state mismatch). "
                "Please try logging in again."));
        return page(400, tr("Login not accepted"),
                    tr("This answer did not match the login Tuskline started. Please try again "
                       "from Tuskline."));
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString why =
            error == u"access_denied"
                ? tr("You denied Tuskline access to your account.")
                : tr("The server refused the login: %1")
                      .arg(query.queryItemValue(QStringLiteral("error_description"),
                                                QUrl::FullyDecoded)
                                   .isEmpty()
                               ? error
                               : query.queryItemValue(QStringLiteral("error_description"),
                                                      QUrl::FullyDecoded));
        fail(why);
        return page(200, tr("Login cancelled"), why + u' ' + tr("You can close this tab."));
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The server sent no login code."));
        return page(400, tr("Login failed"),
                    tr("The server sent no login code. Please try again."));
    }
    m_codeReceived = true;
    QMetaObject::invokeMethod(
        this, [this, code] { exchange(code); }, Qt::QueuedConnection);
    return page(200, tr("Logged in"),
                tr("Tuskline received your login. You can close this tab and return to Tuskline."));
}

void OAuthLogin::submitCode(const QString &code)
{
    if (m_mode != Mode::OutOfBand || m_stage != Stage::Authorizing || m_codeReceived)
        return;
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty()) {
        fail(tr("No login code was entered."));
        return;
    }
    m_codeReceived = true;
    exchange(trimmed);
}

void OAuthLogin::exchange(const QString &code)
{
    if (m_stage != Stage::Authorizing)
        return;
    if (m_listener)
        m_listener->close();
    setStage(Stage::Exchanging);
    requests::ObtainToken request;
    request.clientId = m_app.clientId;
    request.clientSecret = m_clientSecret;
    request.redirectUri = m_redirectUri;
    request.code = code;
    request.codeVerifier = m_verifier;
    request.scopes = kScopes;
    m_client->call(request, this, [this](ApiResult<Token> r) {
        if (!r.ok()) {
            fail(tr("%1 did not accept the login code: %2")
                     .arg(m_instanceUrl.host(), r.error().message));
            return;
        }
        if (r->accessToken.isEmpty()) {
            fail(tr("%1 sent no access token.").arg(m_instanceUrl.host()));
            return;
        }
        verify(r->accessToken);
    });
}

void OAuthLogin::verify(const QString &token)
{
    setStage(Stage::Verifying);
    m_client->setAccessToken(token);
    m_client->call(requests::VerifyCredentials{}, this, [this, token](ApiResult<Account> r) {
        if (!r.ok()) {
            fail(tr("Logged in, but %1 would not show the account: %2")
                     .arg(m_instanceUrl.host(), r.error().message));
            return;
        }
        save(token, r.value());
    });
}

void OAuthLogin::save(const QString &token, const Account &account)
{
    setStage(Stage::Saving);
    AccountRecord record;
    record.key = AccountRecord::makeKey(account.username, m_instanceUrl);
    record.instanceUrl = m_instanceUrl;
    record.accountId = account.id;
    record.username = account.username;
    record.acct = account.acct;
    record.displayName = account.displayName;
    record.avatarUrl = QUrl(account.avatar);
    record.clientId = m_app.clientId;
    m_tokens->write(
        record.tokenKey(), token, this,
        [this, record, account, token](const TokenStore::Outcome &o) {
            if (!o.ok()) {
                // Without a place for the token the login cannot outlive this call: withdraw it.
                m_client->call(requests::RevokeToken{m_app.clientId, m_clientSecret, token},
                               nullptr, [](ApiResult<Empty>) {});
                fail(o.message);
                return;
            }
            m_store->upsertAccount(record);
            QString error;
            if (!m_store->save(&error))
                qCWarning(lcAuth).noquote() << error;
            qCInfo(lcAuth) << "logged in as" << record.key << (o.inMemory ? "(session only)" : "");
            setStage(Stage::Done);
            Q_EMIT succeeded(record, account);
        });
}

} // namespace tusk::auth
