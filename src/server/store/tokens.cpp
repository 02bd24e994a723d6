#include "server/auth/crypto.h"
#include "server/store/store.h"

#include <QVariant>

namespace tusk::server {

std::optional<TokenRepository::Issued>
TokenRepository::issue(qint64 appId, qint64 accountId, const QString &scopes, bool withRefresh)
{
    Issued out;
    out.row.id = m_s.ids().next();
    out.row.appId = appId;
    out.row.accountId = accountId;
    out.row.scopes = scopes;
    out.row.createdAt = m_s.nowMs();
    out.accessToken = crypto::randomToken();
    if (withRefresh)
        out.refreshToken = crypto::randomToken();
    QSqlQuery &q = m_s.db().query("INSERT INTO tokens (id, token_hash, refresh_hash, app_id, "
                                  "account_id, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, out.row.id);
    q.bindValue(1, crypto::tokenHash(out.accessToken));
    q.bindValue(2, withRefresh ? QVariant(crypto::tokenHash(out.refreshToken)) : QVariant());
    q.bindValue(3, appId ? QVariant(appId) : QVariant());
    q.bindValue(4, accountId ? QVariant(accountId) : QVariant());
    q.bindValue(5, scopes);
    q.bindValue(6, out.row.createdAt);
    if (!Database::run(q))
        return std::nullopt;
    return out;
}

static TokenRow readToken(const QSqlQuery &q)
{
    TokenRow t;
    t.id = q.value(0).toLongLong();
    t.appId = q.value(1).toLongLong();
    t.accountId = q.value(2).toLongLong();
    t.scopes = q.value(3).toString();
    t.createdAt = q.value(4).toLongLong();
    return t;
}

std::optional<TokenRow> TokenRepository::byAccessToken(QByteArrayView token)
{
    QSqlQuery &q = m_s.db().query("SELECT id, app_id, account_id, scopes, created_at FROM tokens "
                                  "WHERE token_hash = ? AND revoked_at IS NULL");
    q.bindValue(0, crypto::tokenHash(token));
    std::optional<TokenRow> r;
    if (Database::run(q) && q.next())
        r = readToken(q);
    q.finish();
    return r;
}

std::optional<TokenRow> TokenRepository::byRefreshToken(QByteArrayView token)
{
    QSqlQuery &q = m_s.db().query("SELECT id, app_id, account_id, scopes, created_at FROM tokens "
                                  "WHERE refresh_hash = ? AND revoked_at IS NULL");
    q.bindValue(0, crypto::tokenHash(token));
    std::optional<TokenRow> r;
    if (Database::run(q) && q.next())
        r = readToken(q);
    q.finish();
    return r;
}

bool TokenRepository::revoke(qint64 tokenId)
{
    QSqlQuery &q =
        m_s.db().query("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
    q.bindValue(0, m_s.nowMs());
    q.bindValue(1, tokenId);
    return Database::run(q) && q.numRowsAffected() > 0;
}

bool TokenRepository::revokeForApp(qint64 appId, QByteArrayView token)
{
    const QByteArray hash = crypto::tokenHash(token);
    QSqlQuery &q =
        m_s.db().query("UPDATE tokens SET revoked_at = :p1 WHERE app_id = :p2 AND "
                       "(token_hash = :p3 OR refresh_hash = :p3) AND revoked_at IS NULL");
    bindN(q, 0, m_s.nowMs());
    bindN(q, 1, appId);
    bindN(q, 2, hash);
    return Database::run(q) && q.numRowsAffected() > 0;
}

QByteArray TokenRepository::createCode(const AuthCodeRow &code)
{
    const QByteArray plain = crypto::randomToken();
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO auth_codes (code_hash, app_id, account_id, redirect_uri, scopes, "
        "code_challenge, code_challenge_method, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, crypto::tokenHash(plain));
    q.bindValue(1, code.appId);
    q.bindValue(2, code.accountId);
    q.bindValue(3, code.redirectUri);
    q.bindValue(4, code.scopes);
    q.bindValue(5, code.codeChallenge.isEmpty() ? QVariant() : QVariant(code.codeChallenge));
    q.bindValue(6, code.codeChallengeMethod.isEmpty() ? QVariant()
                                                      : QVariant(code.codeChallengeMethod));
    q.bindValue(7, code.expiresAt);
    if (!Database::run(q))
        return {};
    return plain;
}

std::optional<AuthCodeRow> TokenRepository::consumeCode(QByteArrayView code)
{
    const QByteArray hash = crypto::tokenHash(code);
    QSqlQuery &q = m_s.db().query(
        "SELECT app_id, account_id, redirect_uri, scopes, code_challenge, code_challenge_method, "
        "expires_at, used_at, token_id FROM auth_codes WHERE code_hash = ?");
    q.bindValue(0, hash);
    std::optional<AuthCodeRow> r;
    if (Database::run(q) && q.next()) {
        AuthCodeRow c;
        c.appId = q.value(0).toLongLong();
        c.accountId = q.value(1).toLongLong();
        c.redirectUri = q.value(2).toString();
        c.scopes = q.value(3).toString();
        c.codeChallenge = q.value(4).toString();
        c.codeChallengeMethod = q.value(5).toString();
        c.expiresAt = q.value(6).toLongLong();
        c.usedAt = q.value(7).toLongLong();
        c.tokenId = q.value(8).toLongLong();
        r = c;
    }
    q.finish();
    if (r && r->usedAt == 0) {
        QSqlQuery &u = m_s.db().query("UPDATE auth_codes SET used_at = ? WHERE code_hash = ?");
        u.bindValue(0, m_s.nowMs());
        u.bindValue(1, hash);
        Database::run(u);
    }
    return r;
}

void TokenRepository::linkCodeToToken(QByteArrayView code, qint64 tokenId)
{
    QSqlQuery &u = m_s.db().query("UPDATE auth_codes SET token_id = ? WHERE code_hash = ?");
    u.bindValue(0, tokenId);
    u.bindValue(1, crypto::tokenHash(code));
    Database::run(u);
}

} // namespace tusk::server
