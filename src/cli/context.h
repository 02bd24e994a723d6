#pragma once
#include "api/apiclient.h"
#include "auth/accountstore.h"
#include "auth/tokenstore.h"
#include "cli/arguments.h"
#include "cli/formatter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace tusk::session {
class AccountSession;
}

namespace tusk::cli {

// The process exit codes, a contract with scripts (see --help).
enum ExitCode : int {
    Ok = 0,
    Failure = 1, // something local failed (a file could not be read, the keychain refused)
    Usage = 2,
    AuthFailed = 3,    // no account, 401, needs a new login
    NetworkFailed = 4, // unreachable, timeout, TLS
    ServerFailed = 5,  // 4xx other than auth, 5xx, a document we cannot use
};

int exitCodeFor(const api::ApiError &error);

// What every command shares: the parsed options, the output, the account store and keychain, and
// the one ApiClient the command talks through. Calls are made synchronously (a local event loop
// per call): a command line does one thing after another.
class Context {
    Q_DECLARE_TR_FUNCTIONS(Context)
public:
    explicit Context(Arguments args);
    ~Context();

    const Arguments &args() const { return m_args; }
    Formatter &out() { return m_out; }
    QNetworkAccessManager *nam() { return &m_nam; }
    auth::AccountStore &store() { return m_store; }
    auth::TokenStore &tokens() { return m_tokens; }

    // Sets up the client from --instance with --token / $TUSKLINE_TOKEN, or from a stored account
    // (--account, else the default one). Returns Ok or the exit code after printing why not.
    int connect(bool requireToken = true);
    api::ApiClient *client() { return m_client.get(); }
    // For clients other than the ApiClient (streaming). Never print or log it.
    QString accessToken() const { return m_token; }
    // The stored account in use (nullptr with --instance).
    const auth::AccountRecord *account() const;

    // --- the cache shared with the app (Database::pathForAccount(key), AppDataLocation) ---
    // Whose cache to read without the network: the stored account (--account, else the
    // default), or with --instance the only account cached for that server. Needs no token.
    int resolveCachedAccount(auth::AccountRecord *out);
    // After connect(): the account the session is for. A stored account as is; with --instance
    // the server says whom the token belongs to (no token: an empty key, nothing to share).
    int resolveOnlineAccount(auth::AccountRecord *out);
    // A session over the account's cache (not started). An empty record key gives a session
    // over a throwaway cache.
    std::unique_ptr<session::AccountSession> makeSession(const auth::AccountRecord &record);

    // Loads the account store (idempotent). False (and a message) if the file is unreadable.
    bool loadStore();
    // A stored account by key ("user@host"), "@user@host", acct or a unique username.
    const auth::AccountRecord *findAccount(const QString &name) const;
    QString defaultAccountKey() const;
    void setDefaultAccountKey(const QString &key);

    // Synchronous keychain access.
    auth::TokenStore::Outcome readSecret(const QString &key);

    template <api::ApiRequest R> api::ApiResult<typename R::Value> call(const R &request)
    {
        std::optional<api::ApiResult<typename R::Value>> result;
        QEventLoop loop;
        m_client->call(request, &loop, [&](api::ApiResult<typename R::Value> r) {
            result.emplace(std::move(r));
            loop.quit();
        });
        if (!result)
            loop.exec();
        return std::move(*result);
    }

    // Prints the error for people (after what was being done, if given) and returns its exit
    // code.
    int fail(const api::ApiError &error, const QString &doing = {});
    int fail(int code, const QString &message);
    int usage(const QString &message);

private:
    const auth::AccountRecord *storedAccount(int *exitCode);

    Arguments m_args;
    Formatter m_out;
    QNetworkAccessManager m_nam;
    auth::AccountStore m_store;
    auth::TokenStore m_tokens;
    bool m_storeLoaded = false;
    QString m_accountKey;
    QString m_token;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_scratchCache;
};

} // namespace tusk::cli
