#include "server/store/store.h"

#include "server/auth/crypto.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace tusk::server {

QString visibilityName(Visibility v)
{
    switch (v) {
    case Visibility::Public:
        return QStringLiteral("public");
    case Visibility::Unlisted:
        return QStringLiteral("unlisted");
    case Visibility::Private:
        return QStringLiteral("private");
    case Visibility::Direct:
        return QStringLiteral("direct");
    }
    return QStringLiteral("public");
}

bool parseVisibility(const QString &name, Visibility *out)
{
    static const QHash<QString, Visibility> names{
        {QStringLiteral("public"), Visibility::Public},
        {QStringLiteral("unlisted"), Visibility::Unlisted},
        {QStringLiteral("private"), Visibility::Private},
        {QStringLiteral("direct"), Visibility::Direct}};
    const auto it = names.find(name);
    if (it == names.end())
        return false;
    *out = it.value();
    return true;
}

Store::Store() = default;

bool Store::open(const QString &path, QString *error)
{
    if (!m_db.open(path, error))
        return false;
    // Keep ids monotonic even if the clock stepped back since the last run.
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT max(m) FROM (SELECT max(id) AS m FROM statuses UNION ALL "
                              "SELECT max(id) FROM accounts UNION ALL SELECT max(id) FROM "
                              "notifications UNION ALL SELECT max(id) FROM follows UNION ALL "
                              "SELECT max(id) FROM favourites UNION ALL SELECT max(id) FROM apps "
                              "UNION ALL SELECT max(id) FROM tokens)")) &&
        q.next())
        m_ids.observe(q.value(0).toLongLong());
    return true;
}

qint64 Store::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

QSet<qint64> Store::statusIdSubset(const char *sql, qint64 accountId,
                                   const QList<qint64> &statusIds)
{
    QSet<qint64> out;
    if (!accountId || statusIds.isEmpty())
        return out;
    QSqlQuery &q = m_db.query(sql);
    q.bindValue(0, accountId);
    q.bindValue(1, idList(statusIds));
    if (Database::run(q)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

QString Store::idList(const QList<qint64> &ids)
{
    QString s;
    s.reserve(ids.size() * 20 + 2);
    s += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            s += u',';
        s += QString::number(ids.at(i));
    }
    s += u']';
    return s;
}

// ---- accounts -------------------------------------------------------------------------------

#define ACCOUNT_COLS                                                                               \
    "id, username, display_name, note, locked, bot, discoverable, fields, avatar, header, "        \
    "created_at, statuses_count, followers_count, following_count, last_status_at"

static AccountRow readAccount(const QSqlQuery &q)
{
    AccountRow a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.note = q.value(3).toString();
    a.locked = q.value(4).toBool();
    a.bot = q.value(5).toBool();
    a.discoverable = q.value(6).toBool();
    a.fieldsJson = q.value(7).toString();
    a.avatar = q.value(8).toString();
    a.header = q.value(9).toString();
    a.createdAt = q.value(10).toLongLong();
    a.statusesCount = q.value(11).toInt();
    a.followersCount = q.value(12).toInt();
    a.followingCount = q.value(13).toInt();
    a.lastStatusAt = q.value(14).toLongLong();
    return a;
}

#define USER_COLS                                                                                  \
    "account_id, email, password_hash, admin, default_privacy, default_sensitive, "                \
    "default_language, created_at"

static UserRow readUser(const QSqlQuery &q, int o = 0)
{
    UserRow u;
    u.accountId = q.value(o + 0).toLongLong();
    u.email = q.value(o + 1).toString();
    u.passwordHash = q.value(o + 2).toByteArray();
    u.admin = q.value(o + 3).toBool();
    u.defaultPrivacy = q.value(o + 4).toString();
    u.defaultSensitive = q.value(o + 5).toBool();
    u.defaultLanguage = q.value(o + 6).toString();
    u.createdAt = q.value(o + 7).toLongLong();
    return u;
}

std::optional<qint64> AccountRepository::create(const QString &username, const QString &email,
                                                const QByteArray &passwordHash, bool admin)
{
    Database::Transaction tx(m_s.db());
    const qint64 id = m_s.ids().next();
    const qint64 now = m_s.nowMs();
    QSqlQuery &a = m_s.db().query(
        "INSERT INTO accounts (id, username, display_name, created_at) VALUES (?, ?, '', ?)");
    a.bindValue(0, id);
    a.bindValue(1, username);
    a.bindValue(2, now);
    if (!a.exec())
        return std::nullopt;
    QSqlQuery &u = m_s.db().query("INSERT INTO users (account_id, email, password_hash, admin, "
                                  "created_at) VALUES (?, ?, ?, ?, ?)");
    u.bindValue(0, id);
    u.bindValue(1, email);
    u.bindValue(2, QString::fromLatin1(passwordHash));
    u.bindValue(3, admin);
    u.bindValue(4, now);
    if (!u.exec())
        return std::nullopt;
    if (!tx.commit())
        return std::nullopt;
    return id;
}

std::optional<AccountRow> AccountRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query("SELECT " ACCOUNT_COLS " FROM accounts WHERE id = ?");
    q.bindValue(0, id);
    std::optional<AccountRow> r;
    if (Database::run(q) && q.next())
        r = readAccount(q);
    q.finish();
    return r;
}

std::optional<AccountRow> AccountRepository::byUsername(const QString &username)
{
    QSqlQuery &q = m_s.db().query("SELECT " ACCOUNT_COLS " FROM accounts WHERE username = ?");
    q.bindValue(0, username);
    std::optional<AccountRow> r;
    if (Database::run(q) && q.next())
        r = readAccount(q);
    q.finish();
    return r;
}

QHash<qint64, AccountRow> AccountRepository::byIds(const QList<qint64> &ids)
{
    QHash<qint64, AccountRow> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT " ACCOUNT_COLS
                                  " FROM accounts WHERE id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(ids));
    if (Database::run(q)) {
        while (q.next()) {
            AccountRow a = readAccount(q);
            out.insert(a.id, std::move(a));
        }
    }
    q.finish();
    return out;
}

std::optional<UserRow> AccountRepository::user(qint64 accountId)
{
    QSqlQuery &q = m_s.db().query("SELECT " USER_COLS " FROM users WHERE account_id = ?");
    q.bindValue(0, accountId);
    std::optional<UserRow> r;
    if (Database::run(q) && q.next())
        r = readUser(q);
    q.finish();
    return r;
}

std::optional<UserRow> AccountRepository::userByLogin(const QString &login)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT u.account_id, u.email, u.password_hash, u.admin, u.default_privacy, "
        "u.default_sensitive, u.default_language, u.created_at FROM users u JOIN accounts a ON "
        "a.id = u.account_id WHERE a.username = :p1 OR u.email = :p1 LIMIT 1");
    bindN(q, 0, login);
    std::optional<UserRow> r;
    if (Database::run(q) && q.next())
        r = readUser(q);
    q.finish();
    return r;
}

bool AccountRepository::setPassword(qint64 accountId, const QByteArray &hash)
{
    QSqlQuery &q = m_s.db().query("UPDATE users SET password_hash = ? WHERE account_id = ?");
    q.bindValue(0, QString::fromLatin1(hash));
    q.bindValue(1, accountId);
    return Database::run(q) && q.numRowsAffected() == 1;
}

bool AccountRepository::updateProfile(const AccountRow &a, const UserRow &u)
{
    Database::Transaction tx(m_s.db());
    QSqlQuery &q = m_s.db().query("UPDATE accounts SET display_name = ?, note = ?, locked = ?, "
                                  "bot = ?, discoverable = ?, fields = ? WHERE id = ?");
    q.bindValue(0, nonNull(a.displayName));
    q.bindValue(1, nonNull(a.note));
    q.bindValue(2, a.locked);
    q.bindValue(3, a.bot);
    q.bindValue(4, a.discoverable);
    q.bindValue(5, nonNull(a.fieldsJson));
    q.bindValue(6, a.id);
    if (!Database::run(q))
        return false;
    QSqlQuery &p = m_s.db().query("UPDATE users SET default_privacy = ?, default_sensitive = ?, "
                                  "default_language = ? WHERE account_id = ?");
    p.bindValue(0, u.defaultPrivacy);
    p.bindValue(1, u.defaultSensitive);
    p.bindValue(2, u.defaultLanguage.isEmpty() ? QVariant() : QVariant(u.defaultLanguage));
    p.bindValue(3, a.id);
    if (!Database::run(p))
        return false;
    return tx.commit();
}

QList<QPair<AccountRow, UserRow>> AccountRepository::allUsers()
{
    QList<QPair<AccountRow, UserRow>> out;
    QSqlQuery &q = m_s.db().query(
        "SELECT a.id, a.username, a.display_name, a.note, a.locked, a.bot, a.discoverable, "
        "a.fields, a.avatar, a.header, a.created_at, a.statuses_count, a.followers_count, "
        "a.following_count, a.last_status_at, u.account_id, u.email, u.password_hash, u.admin, "
        "u.default_privacy, u.default_sensitive, u.default_language, u.created_at "
        "FROM accounts a JOIN users u ON u.account_id = a.id ORDER BY a.id");
    if (Database::run(q)) {
        while (q.next())
            out.append({readAccount(q), readUser(q, 15)});
    }
    q.finish();
    return out;
}

QList<AccountRow> AccountRepository::search(const QString &query, qint64 followedBy, int limit,
                                            int offset)
{
    QString escaped = query;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    QSqlQuery &q = m_s.db().query(
        "SELECT " ACCOUNT_COLS " FROM accounts WHERE (username LIKE :p1 || '%' ESCAPE '\\' OR "
        "display_name LIKE '%' || :p1 || '%' ESCAPE '\\') AND (:p2 = 0 OR id IN (SELECT "
        "target_account_id FROM follows WHERE account_id = :p2)) ORDER BY username = :p3 DESC, "
        "followers_count DESC, id LIMIT :p4 OFFSET :p5");
    bindN(q, 0, escaped);
    bindN(q, 1, followedBy);
    bindN(q, 2, query);
    bindN(q, 3, limit);
    bindN(q, 4, offset);
    QList<AccountRow> out;
    if (Database::run(q)) {
        while (q.next())
            out.append(readAccount(q));
    }
    q.finish();
    return out;
}

int AccountRepository::userCount()
{
    QSqlQuery &q = m_s.db().query("SELECT count(*) FROM users");
    int n = 0;
    if (Database::run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

int AccountRepository::localStatusCount()
{
    QSqlQuery &q = m_s.db().query("SELECT count(*) FROM statuses WHERE reblog_of_id IS NULL");
    int n = 0;
    if (Database::run(q) && q.next())
        n = q.value(0).toInt();
    q.finish();
    return n;
}

// ---- apps -----------------------------------------------------------------------------------

#define APP_COLS                                                                                   \
    "id, name, website, redirect_uris, scopes, client_id, client_secret_hash, created_at"

static AppRow readApp(const QSqlQuery &q)
{
    AppRow a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.website = q.value(2).toString();
    a.redirectUris = q.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    a.scopes = q.value(4).toString();
    a.clientId = q.value(5).toString();
    a.clientSecretHash = q.value(6).toByteArray();
    a.createdAt = q.value(7).toLongLong();
    return a;
}

std::optional<QPair<AppRow, QByteArray>> AppRepository::create(const QString &name,
                                                               const QString &website,
                                                               const QStringList &redirectUris,
                                                               const QString &scopes)
{
    AppRow a;
    a.id = m_s.ids().next();
    a.name = name;
    a.website = website;
    a.redirectUris = redirectUris;
    a.scopes = scopes;
    a.clientId = QString::fromLatin1(crypto::randomToken());
    const QByteArray secret = crypto::randomToken();
    a.clientSecretHash = crypto::tokenHash(secret);
    a.createdAt = m_s.nowMs();
    QSqlQuery &q =
        m_s.db().query("INSERT INTO apps (" APP_COLS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, a.id);
    q.bindValue(1, a.name);
    q.bindValue(2, a.website.isEmpty() ? QVariant() : QVariant(a.website));
    q.bindValue(3, a.redirectUris.join(u'\n'));
    q.bindValue(4, a.scopes);
    q.bindValue(5, a.clientId);
    q.bindValue(6, a.clientSecretHash);
    q.bindValue(7, a.createdAt);
    if (!Database::run(q))
        return std::nullopt;
    return QPair<AppRow, QByteArray>{a, secret};
}

std::optional<AppRow> AppRepository::byClientId(const QString &clientId)
{
    QSqlQuery &q = m_s.db().query("SELECT " APP_COLS " FROM apps WHERE client_id = ?");
    q.bindValue(0, clientId);
    std::optional<AppRow> r;
    if (Database::run(q) && q.next())
        r = readApp(q);
    q.finish();
    return r;
}

std::optional<AppRow> AppRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query("SELECT " APP_COLS " FROM apps WHERE id = ?");
    q.bindValue(0, id);
    std::optional<AppRow> r;
    if (Database::run(q) && q.next())
        r = readApp(q);
    q.finish();
    return r;
}

} // namespace tusk::server
