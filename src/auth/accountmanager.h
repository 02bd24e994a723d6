#pragma once
#include "api/apiclient.h"
#include "auth/accountstore.h"
#include "auth/oauthlogin.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace tusk::auth {

class TokenStore;

// Every account the user logged in with, on any number of servers. Owns one ApiClient per account
// (all sharing one QNetworkAccessManager); the account list lives in an AccountStore file, the
// tokens only in the TokenStore. A rejected token does not break an account: it goes to
// NeedsReLogin and `reLoginRequired` is emitted; logging in again restores it.
class AccountManager : public QObject {
    Q_OBJECT
public:
    enum class State {
        Checking,     // token being read / credentials being verified
        Ready,        // verified (or in use) with a token
        Offline,      // has a token, but the server could not be reached to verify it
        NeedsReLogin, // no token, or the server rejected it (expired, revoked)
    };
    Q_ENUM(State)

    AccountManager(QNetworkAccessManager *nam, TokenStore *tokens, const QString &storePath,
                   QObject *parent = nullptr);
    ~AccountManager() override;

    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }

    // Reads the account list, then each token, then verifies each with the server.
    bool load(QString *error = nullptr);

    QStringList accountKeys() const;
    const AccountRecord *account(const QString &key) const { return m_store.account(key); }
    State state(const QString &key) const;
    // Why an account is not Ready, for the UI.
    QString problem(const QString &key) const;
    // The account's client; nullptr for unknown keys. Owned by the manager.
    api::ApiClient *client(const QString &key) const;
    AccountStore &store() { return m_store; }

    // Starts a login; the manager adds (or restores) the account when it succeeds. The returned
    // object reports progress and is deleted after it finishes.
    OAuthLogin *login(const QUrl &instanceUrl, OAuthLogin::Mode mode = OAuthLogin::Mode::Loopback);

    // Revokes the token on the server (best effort), deletes it from the keychain and forgets the
    // account. `done(ok, message)`: ok=false only if something could not be cleaned up locally.
    void logout(const QString &key, QObject *context,
                std::function<void(bool, const QString &)> done);

    // Verifies the account's token again (e.g. after coming back online).
    void verify(const QString &key);

Q_SIGNALS:
    void accountAdded(const QString &key);
    void accountRemoved(const QString &key);
    void accountChanged(const QString &key); // display name, avatar, ...
    void stateChanged(const QString &key, tusk::auth::AccountManager::State state);
    void reLoginRequired(const QString &key, const QString &message);

private:
    struct Entry {
        std::unique_ptr<api::ApiClient> client;
        State state = State::Checking;
        QString problem;
    };
    Entry &ensureEntry(const AccountRecord &record);
    void setState(const QString &key, State state, const QString &problem = {});
    void readToken(const QString &key);

    QNetworkAccessManager *m_nam;
    TokenStore *m_tokens;
    AccountStore m_store;
    BrowserOpener m_openBrowser;
    std::map<QString, Entry> m_entries;
};

} // namespace tusk::auth
