#include "server/auth/crypto.h"
#include "server/store/socialstore.h"
#include "server/store/store.h"

#include <QVariant>

#include <limits>

namespace tusk::server {

#define STATUS_SELECT                                                                              \
    "SELECT s.id, s.account_id, s.text, s.content, s.spoiler_text, s.visibility, s.sensitive, "    \
    "s.language, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id, s.app_id, a.name, "   \
    "a.website, s.created_at, s.edited_at, s.replies_count, s.reblogs_count, "                     \
    "s.favourites_count, s.content_type FROM statuses s LEFT JOIN apps a ON a.id = s.app_id "

namespace {
QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

// Bind order shared by every paginated statement: upper bound, lower bound, limit.
void bindPage(QSqlQuery &q, int first, const PageQuery &page)
{
    bindN(q, first, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, first + 1, qMax(page.sinceId, page.minId));
    bindN(q, first + 2, page.limit);
}
} // namespace

QList<StatusRow> StatusRepository::readStatuses(QSqlQuery &q)
{
    QList<StatusRow> out;
    if (!Database::run(q))
        return out;
    while (q.next()) {
        StatusRow s;
        s.id = q.value(0).toLongLong();
        s.accountId = q.value(1).toLongLong();
        s.text = q.value(2).toString();
        s.content = q.value(3).toString();
        s.spoilerText = q.value(4).toString();
        s.visibility = Visibility(q.value(5).toInt());
        s.sensitive = q.value(6).toBool();
        s.language = q.value(7).toString();
        s.inReplyToId = q.value(8).toLongLong();
        s.inReplyToAccountId = q.value(9).toLongLong();
        s.reblogOfId = q.value(10).toLongLong();
        s.appId = q.value(11).toLongLong();
        s.appName = q.value(12).toString();
        s.appWebsite = q.value(13).toString();
        s.createdAt = q.value(14).toLongLong();
        s.editedAt = q.value(15).toLongLong();
        s.repliesCount = q.value(16).toInt();
        s.reblogsCount = q.value(17).toInt();
        s.favouritesCount = q.value(18).toInt();
        s.contentType = q.value(19).toString(); // absent from older column lists: empty
        out.append(std::move(s));
    }
    q.finish();
    return out;
}

bool StatusRepository::create(StatusRow &row, const QList<qint64> &mentioned,
                              const QStringList &tags)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    row.createdAt = m_s.nowMs();
    row.id = m_s.ids().next(row.createdAt);
    QSqlQuery &q = db.query(
        "INSERT INTO statuses (id, account_id, text, content, spoiler_text, visibility, "
        "sensitive, language, in_reply_to_id, in_reply_to_account_id, reblog_of_id, app_id, "
        "created_at, content_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.accountId);
    q.bindValue(2, nonNull(row.text));
    q.bindValue(3, nonNull(row.content));
    q.bindValue(4, nonNull(row.spoilerText));
    q.bindValue(5, int(row.visibility));
    q.bindValue(6, row.sensitive);
    q.bindValue(7, row.language.isEmpty() ? QVariant() : QVariant(row.language));
    q.bindValue(8, nullable(row.inReplyToId));
    q.bindValue(9, nullable(row.inReplyToAccountId));
    q.bindValue(10, nullable(row.reblogOfId));
    q.bindValue(11, nullable(row.appId));
    q.bindValue(12, row.createdAt);
    q.bindValue(13, row.contentType.isEmpty() ? QVariant() : QVariant(row.contentType));
    if (!Database::run(q))
        return false;
    for (qint64 account : mentioned) {
        QSqlQuery &m =
            db.query("INSERT OR IGNORE INTO mentions (status_id, account_id) VALUES (?, ?)");
        m.bindValue(0, row.id);
        m.bindValue(1, account);
        if (!Database::run(m))
            return false;
    }
    for (const QString &tag : tags) {
        QSqlQuery &t = db.query("INSERT OR IGNORE INTO status_tags (status_id, tag) VALUES (?, ?)");
        t.bindValue(0, row.id);
        t.bindValue(1, tag);
        if (!Database::run(t))
            return false;
    }
    if (!fanOut(row))
        return false;
    if (row.visibility == Visibility::Direct && !row.reblogOfId &&
        !ConversationRepository(m_s).addStatus(row, mentioned))
        return false;
    QSqlQuery &a = db.query("UPDATE accounts SET statuses_count = statuses_count + 1, "
                            "last_status_at = ? WHERE id = ?");
    a.bindValue(0, row.createdAt);
    a.bindValue(1, row.accountId);
    if (!Database::run(a))
        return false;
    if (row.reblogOfId) {
        QSqlQuery &r =
            db.query("UPDATE statuses SET reblogs_count = reblogs_count + 1 WHERE id = ?");
        r.bindValue(0, row.reblogOfId);
        if (!Database::run(r))
            return false;
    }
    if (row.inReplyToId) {
        QSqlQuery &p =
            db.query("UPDATE statuses SET replies_count = replies_count + 1 WHERE id = ?");
        p.bindValue(0, row.inReplyToId);
        if (!Database::run(p))
            return false;
    }
    if (!tx.commit())
        return false;
    m_s.events.createdStatuses.append(row.id);
    return true;
}

bool StatusRepository::remove(const StatusRow &row)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    // Reblogs of it go with it (ON DELETE CASCADE); their authors' counters must follow.
    QSqlQuery &r = db.query("UPDATE accounts SET statuses_count = max(0, statuses_count - 1) "
                            "WHERE id IN (SELECT account_id FROM statuses WHERE reblog_of_id = ?)");
    r.bindValue(0, row.id);
    if (!Database::run(r))
        return false;
    if (row.reblogOfId) {
        QSqlQuery &o =
            db.query("UPDATE statuses SET reblogs_count = max(0, reblogs_count - 1) WHERE id = ?");
        o.bindValue(0, row.reblogOfId);
        if (!Database::run(o))
            return false;
    }
    QSqlQuery &d = db.query("DELETE FROM statuses WHERE id = ?");
    d.bindValue(0, row.id);
    if (!Database::run(d))
        return false;
    QSqlQuery &a =
        db.query("UPDATE accounts SET statuses_count = max(0, statuses_count - 1) WHERE id = ?");
    a.bindValue(0, row.accountId);
    if (!Database::run(a))
        return false;
    if (row.inReplyToId) {
        QSqlQuery &p =
            db.query("UPDATE statuses SET replies_count = max(0, replies_count - 1) WHERE id = ?");
        p.bindValue(0, row.inReplyToId);
        if (!Database::run(p))
            return false;
    }
    if (!tx.commit())
        return false;
    m_s.events.deletedStatuses.append(row.id);
    return true;
}

std::optional<StatusRow> StatusRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query(STATUS_SELECT "WHERE s.id = ?");
    q.bindValue(0, id);
    QList<StatusRow> rows = readStatuses(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QHash<qint64, StatusRow> StatusRepository::byIds(const QList<qint64> &ids)
{
    QHash<qint64, StatusRow> out;
    if (ids.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query(STATUS_SELECT "WHERE s.id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(ids));
    for (StatusRow &s : readStatuses(q))
        out.insert(s.id, s);
    return out;
}

#define STATUS_COLUMNS                                                                             \
    "SELECT s.id, s.account_id, s.text, s.content, s.spoiler_text, s.visibility, s.sensitive, "    \
    "s.language, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id, s.app_id, a.name, "   \
    "a.website, s.created_at, s.edited_at, s.replies_count, s.reblogs_count, s.favourites_count, " \
    "s.content_type "

// Home reads the materialised feed (see fanOut()): one range scan of (account_id, status_id).
#define HOME_QUERY                                                                                 \
    STATUS_COLUMNS "FROM home_feed h JOIN statuses s ON s.id = h.status_id LEFT JOIN apps a ON "   \
                   "a.id = s.app_id WHERE h.account_id = :p1 AND h.status_id < :p2 AND "           \
                   "h.status_id > :p3 "

QList<StatusRow> StatusRepository::home(qint64 viewerId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(HOME_QUERY "ORDER BY h.status_id ASC LIMIT :p4")
                              : m_s.db().query(HOME_QUERY "ORDER BY h.status_id DESC LIMIT :p4");
    bindN(q, 0, viewerId);
    bindPage(q, 1, page);
    QList<StatusRow> rows = readStatuses(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// Who gets a new status in their home feed: the author, and each local follower when it is not
// direct (or mentions them) and, for replies, when it answers the author, the follower or someone
// the follower follows. Mentions must be stored first.
bool StatusRepository::fanOut(const StatusRow &row)
{
    QSqlQuery &q = m_s.db().query(
        "INSERT OR IGNORE INTO home_feed (account_id, status_id) SELECT :p1, :p2 UNION "
        "SELECT f.account_id, :p2 FROM follows f WHERE f.target_account_id = :p1 AND (:p3 < 3 OR "
        "EXISTS (SELECT 1 FROM mentions m WHERE m.status_id = :p2 AND m.account_id = "
        "f.account_id)) AND (:p4 = 0 OR :p4 = :p1 OR :p4 = f.account_id OR EXISTS (SELECT 1 FROM "
        "follows g WHERE g.account_id = f.account_id AND g.target_account_id = :p4)) AND (:p5 = 0 "
        "OR (f.show_reblogs = 1 AND f.account_id <> (SELECT o.account_id FROM statuses o WHERE "
        "o.id = :p5)))");
    bindN(q, 0, row.accountId);
    bindN(q, 1, row.id);
    bindN(q, 2, int(row.visibility));
    bindN(q, 3, row.inReplyToAccountId);
    bindN(q, 4,
          row.reblogOfId); // reblogs: only followers who want them, never the original's author
    return Database::run(q);
}

#define PUBLIC_WHERE                                                                               \
    "WHERE s.visibility = 0 AND s.reblog_of_id IS NULL AND s.id < :p1 AND s.id > :p2 "

QList<StatusRow> StatusRepository::publicLocal(const PageQuery &page)
{
    QSqlQuery &q = page.minId
                       ? m_s.db().query(STATUS_SELECT PUBLIC_WHERE "ORDER BY s.id ASC LIMIT :p3")
                       : m_s.db().query(STATUS_SELECT PUBLIC_WHERE "ORDER BY s.id DESC LIMIT :p3");
    bindPage(q, 0, page);
    QList<StatusRow> rows = readStatuses(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// :p1 author, :p2..:p4 page, :p5 highest visibility shown, :p6 exclude replies, :p7 exclude
// reblogs.
#define ACCOUNT_WHERE                                                                              \
    "WHERE s.account_id = :p1 AND s.id < :p2 AND s.id > :p3 AND s.visibility <= :p5 AND (:p6 = 0 " \
    "OR s.in_reply_to_id IS NULL OR s.in_reply_to_account_id = s.account_id) AND (:p7 = 0 OR "     \
    "s.reblog_of_id IS NULL) "

QList<StatusRow> StatusRepository::byAccount(qint64 authorId, qint64 viewerId, bool viewerFollows,
                                             bool excludeReplies, bool excludeReblogs,
                                             const PageQuery &page)
{
    QSqlQuery &q = page.minId
                       ? m_s.db().query(STATUS_SELECT ACCOUNT_WHERE "ORDER BY s.id ASC LIMIT :p4")
                       : m_s.db().query(STATUS_SELECT ACCOUNT_WHERE "ORDER BY s.id DESC LIMIT :p4");
    const Visibility highest = viewerId == authorId ? Visibility::Direct
                               : viewerFollows      ? Visibility::Private
                                                    : Visibility::Unlisted;
    bindN(q, 0, authorId);
    bindPage(q, 1, page);
    bindN(q, 4, int(highest));
    bindN(q, 5, excludeReplies);
    bindN(q, 6, excludeReblogs);
    QList<StatusRow> rows = readStatuses(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QList<StatusRow> StatusRepository::ancestors(const StatusRow &status, int limit)
{
    if (!status.inReplyToId)
        return {};
    QSqlQuery &q = m_s.db().query(
        "WITH RECURSIVE up(id, depth) AS (SELECT :p1, 1 UNION ALL SELECT p.in_reply_to_id, "
        "up.depth + 1 FROM statuses p JOIN up ON p.id = up.id WHERE p.in_reply_to_id IS NOT NULL "
        "AND up.depth < :p2) " STATUS_SELECT "WHERE s.id IN (SELECT id FROM up) ORDER BY s.id");
    bindN(q, 0, status.inReplyToId);
    bindN(q, 1, limit);
    return readStatuses(q);
}

QList<StatusRow> StatusRepository::descendants(qint64 statusId, int limit)
{
    QSqlQuery &q = m_s.db().query(
        "WITH RECURSIVE down(id, depth) AS (SELECT id, 1 FROM statuses WHERE in_reply_to_id = :p1 "
        "UNION ALL SELECT c.id, down.depth + 1 FROM statuses c JOIN down ON c.in_reply_to_id = "
        "down.id WHERE down.depth < 256) " STATUS_SELECT
        "WHERE s.id IN (SELECT id FROM down) ORDER BY s.id LIMIT :p2");
    bindN(q, 0, statusId);
    bindN(q, 1, limit);
    return readStatuses(q);
}

std::optional<StatusRow> StatusRepository::reblogBy(qint64 accountId, qint64 originalId)
{
    QSqlQuery &q = m_s.db().query(STATUS_SELECT "WHERE s.reblog_of_id = ? AND s.account_id = ?");
    q.bindValue(0, originalId);
    q.bindValue(1, accountId);
    QList<StatusRow> rows = readStatuses(q);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QSet<qint64> StatusRepository::reblogged(qint64 accountId, const QList<qint64> &statusIds)
{
    // Through the reblog index, one lookup per id: left to itself SQLite walks all of the
    // account's statuses through statuses_account, which made rendering O(statuses).
    return m_s.statusIdSubset("SELECT reblog_of_id FROM statuses INDEXED BY statuses_reblog WHERE "
                              "account_id = ? AND reblog_of_id IN (SELECT value FROM json_each(?))",
                              accountId, statusIds);
}

#define REBLOGGED_BY_QUERY                                                                         \
    "SELECT id, account_id FROM statuses WHERE reblog_of_id = :p1 AND id < :p2 AND id > :p3 "

QList<QPair<qint64, qint64>> StatusRepository::rebloggedBy(qint64 statusId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(REBLOGGED_BY_QUERY "ORDER BY id ASC LIMIT :p4")
                              : m_s.db().query(REBLOGGED_BY_QUERY "ORDER BY id DESC LIMIT :p4");
    bindN(q, 0, statusId);
    bindPage(q, 1, page);
    QList<QPair<qint64, qint64>> out;
    if (Database::run(q)) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    q.finish();
    if (page.minId)
        std::reverse(out.begin(), out.end());
    return out;
}

QHash<qint64, QList<qint64>> StatusRepository::mentions(const QList<qint64> &statusIds)
{
    QHash<qint64, QList<qint64>> out;
    if (statusIds.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT status_id, account_id FROM mentions WHERE status_id IN "
                                  "(SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(statusIds));
    if (Database::run(q)) {
        while (q.next())
            out[q.value(0).toLongLong()].append(q.value(1).toLongLong());
    }
    q.finish();
    return out;
}

QHash<qint64, QStringList> StatusRepository::tags(const QList<qint64> &statusIds)
{
    QHash<qint64, QStringList> out;
    if (statusIds.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT status_id, tag FROM status_tags WHERE status_id IN "
                                  "(SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(statusIds));
    if (Database::run(q)) {
        while (q.next())
            out[q.value(0).toLongLong()].append(q.value(1).toString());
    }
    q.finish();
    return out;
}

bool StatusRepository::isMentioned(qint64 statusId, qint64 accountId)
{
    QSqlQuery &q = m_s.db().query("SELECT 1 FROM mentions WHERE status_id = ? AND account_id = ?");
    q.bindValue(0, statusId);
    q.bindValue(1, accountId);
    const bool yes = Database::run(q) && q.next();
    q.finish();
    return yes;
}

std::optional<qint64> StatusRepository::idempotentStatus(qint64 accountId, QByteArrayView key,
                                                         qint64 notBefore)
{
    QSqlQuery &q = m_s.db().query("SELECT status_id FROM idempotency_keys WHERE account_id = ? "
                                  "AND key_hash = ? AND created_at >= ?");
    q.bindValue(0, accountId);
    q.bindValue(1, crypto::tokenHash(key));
    q.bindValue(2, notBefore);
    std::optional<qint64> r;
    if (Database::run(q) && q.next())
        r = q.value(0).toLongLong();
    q.finish();
    return r;
}

void StatusRepository::rememberIdempotencyKey(qint64 accountId, QByteArrayView key, qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("INSERT OR REPLACE INTO idempotency_keys (account_id, key_hash, "
                                  "status_id, created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, accountId);
    q.bindValue(1, crypto::tokenHash(key));
    q.bindValue(2, statusId);
    q.bindValue(3, m_s.nowMs());
    Database::run(q);
}

} // namespace tusk::server
