#include "auth/accountmanager.h"

#include "api/requests/accounts.h"
#include "api/requests/oauth.h"
#include "auth/logging.h"
#include "auth/tokenstore.h"

namespace tusk::auth {

using namespace api;
using namespace api::requests;

AccountManager::AccountManager(QNetworkAccessManager *nam, TokenStore *tokens,
                               const QString &storePath, QObject *parent)
    : QObject(parent), m_nam(nam), m_tokens(tokens), m_store(storePath)
{}

AccountManager::~AccountManager() = default;

bool AccountManager::load(QString *error)
{
    if (!m_store.load(error))
        return false;
    for (const AccountRecord &record : m_store.accounts()) {
        ensureEntry(record);
        Q_EMIT accountAdded(record.key);
        readToken(record.key);
    }
    return true;
}

QStringList AccountManager::accountKeys() const
{
    QStringList keys;
    for (const AccountRecord &r : m_store.accounts())
        keys.append(r.key);
    return keys;
}

AccountManager::State AccountManager::state(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? State::NeedsReLogin : it->second.state;
}

QString AccountManager::problem(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? QString() : it->second.problem;
}

ApiClient *AccountManager::client(const QString &key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : it->second.client.get();
}

AccountManager::Entry &AccountManager::ensureEntry(const AccountRecord &record)
{
    Entry &entry = m_entries[record.key];
    if (!entry.client) {
        entry.client = std::make_unique<ApiClient>(m_nam, record.instanceUrl);
        const QString key = record.key;
        connect(entry.client.get(), &ApiClient::authenticationFailed, this,
                [this, key](const ApiError &error) {
                    setState(key, State::NeedsReLogin, error.message);
                });
    }
    return entry;
}

void AccountManager::setState(const QString &key, State state, const QString &problem)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    Entry &entry = it->second;
    const bool changed = entry.state != state;
    entry.state = state;
    entry.problem = problem;
    if (state == State::NeedsReLogin)
        entry.client->setAccessToken({}); // nothing more goes out with a dead token
    if (!changed)
        return;
    qCInfo(lcAuth) << "account" << key << "is now" << state;
    Q_EMIT stateChanged(key, state);
    if (state == State::NeedsReLogin)
        Q_EMIT reLoginRequired(key, problem);
}

void AccountManager::readToken(const QString &key)
{
    const AccountRecord *record = m_store.account(key);
    if (!record)
        return;
    setState(key, State::Checking);
    m_tokens->read(record->tokenKey(), this, [this, key](const TokenStore::Outcome &o) {
        if (!o.ok()) {
            setState(key, State::NeedsReLogin,
                     o.status == TokenStore::Status::NotFound
                         ? tr("The saved login for this account is gone. Please log in again.")
                         : o.message);
            return;
        }
        if (ApiClient *c = client(key)) {
            c->setAccessToken(o.secret);
            verify(key);
        }
    });
}

void AccountManager::verify(const QString &key)
{
    ApiClient *c = client(key);
    if (!c || !c->hasAccessToken())
        return;
    c->call(VerifyCredentials{}, this, [this, key](ApiResult<Account> r) {
        if (m_entries.find(key) == m_entries.end())
            return;
        if (r.ok()) {
            if (const AccountRecord *old = m_store.account(key)) {
                AccountRecord updated = *old;
                updated.displayName = r->displayName;
                updated.avatarUrl = QUrl(r->avatar);
                updated.acct = r->acct;
                if (updated.displayName != old->displayName ||
                    updated.avatarUrl != old->avatarUrl || updated.acct != old->acct) {
                    m_store.upsertAccount(updated);
                    m_store.save();
                    Q_EMIT accountChanged(key);
                }
            }
            setState(key, State::Ready);
        } else if (r.error().kind == ApiError::Kind::Auth) {
            setState(key, State::NeedsReLogin, r.error().message); // also signalled by the client
        } else {
            setState(key, State::Offline, r.error().message);
        }
    });
}

OAuthLogin *AccountManager::login(const QUrl &instanceUrl, OAuthLogin::Mode mode)
{
    auto *flow = new OAuthLogin(m_nam, m_tokens, &m_store, instanceUrl, mode, m_openBrowser, this);
    connect(flow, &OAuthLogin::succeeded, this,
            [this, flow](const AccountRecord &record, const Account &) {
                // OAuthLogin saved the record and token; take the token from its client.
                const QString key = record.key;
                const bool isNew = m_entries.find(key) == m_entries.end();
                ensureEntry(record);
                m_tokens->read(record.tokenKey(), this, [this, key](const TokenStore::Outcome &o) {
                    if (ApiClient *c = client(key); c && o.ok()) {
                        c->setAccessToken(o.secret);
                        setState(key, State::Ready);
                    }
                });
                if (isNew)
                    Q_EMIT accountAdded(key);
                else
                    Q_EMIT accountChanged(key);
                flow->deleteLater();
            });
    connect(flow, &OAuthLogin::failed, flow, &QObject::deleteLater);
    return flow;
}

void AccountManager::logout(const QString &key, QObject *context,
                            std::function<void(bool, const QString &)> done)
{
    const AccountRecord *found = m_store.account(key);
    if (!found) {
        done(false, tr("There is no account %1.").arg(key));
        return;
    }
    const AccountRecord record = *found;
    QPointer<QObject> guard(context ? context : this);
    auto finish = [this, record, guard, done](const QString &revokeProblem) {
        m_tokens->remove(record.tokenKey(), this,
                         [this, record, guard, done, revokeProblem](const TokenStore::Outcome &o) {
                             m_store.removeAccount(record.key);
                             QString saveError;
                             const bool saved = m_store.save(&saveError);
                             m_entries.erase(record.key);
                             Q_EMIT accountRemoved(record.key);
                             qCInfo(lcAuth) << "logged out" << record.key;
                             if (!guard)
                                 return;
                             if (!o.ok())
                                 done(false, o.message);
                             else if (!saved)
                                 done(false, saveError);
                             else
                                 done(true, revokeProblem);
                         });
    };

    ApiClient *client = this->client(key);
    const std::optional<AppRegistration> app = m_store.app(record.instanceUrl);
    if (!client || !client->hasAccessToken() || !app) {
        finish({});
        return;
    }
    // The token is needed for revoking; read the client secret, then revoke, then forget.
    m_tokens->read(
        app->secretKey(), this, [this, key, app, finish](const TokenStore::Outcome &secret) {
            if (!this->client(key)) {
                finish({});
                return;
            }
            // The token itself is only in the client and the keychain; read it from the keychain.
            const AccountRecord *r = m_store.account(key);
            m_tokens->read(
                r->tokenKey(), this,
                [this, key, app, secret, finish](const TokenStore::Outcome &token) {
                    ApiClient *c = this->client(key);
                    if (!c || !token.ok()) {
                        finish({});
                        return;
                    }
                    c->call(
                        RevokeToken{app->clientId, secret.secret, token.secret}, this,
                        [finish](ApiResult<Empty> r) {
                            finish(
                                r.ok()
                                    ? QString()
                                    : tr("The server could not be told to forget the login (%1); "
                                         "it was removed from this computer.")
                                          .arg(r.error().message));
                        });
                });
        });
}

} // namespace tusk::auth
