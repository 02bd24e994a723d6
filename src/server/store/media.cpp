// Media attachments and polls: what a status carries besides its text.
#include "server/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <limits>

namespace tusk::server {

namespace {

#define MEDIA_SELECT                                                                               \
    "SELECT id, account_id, status_id, position, type, mime, file_name, file_size, preview_name, " \
    "width, height, preview_width, preview_height, blurhash, description, focus_x, focus_y, "      \
    "created_at FROM media_attachments "

QList<MediaRow> readMedia(QSqlQuery &q)
{
    QList<MediaRow> out;
    if (!Database::run(q))
        return out;
    while (q.next()) {
        MediaRow m;
        m.id = q.value(0).toLongLong();
        m.accountId = q.value(1).toLongLong();
        m.statusId = q.value(2).toLongLong();
        m.position = q.value(3).toInt();
        m.type = q.value(4).toString();
        m.mime = q.value(5).toString();
        m.fileName = q.value(6).toString();
        m.fileSize = q.value(7).toLongLong();
        m.previewName = q.value(8).toString();
        m.width = q.value(9).toInt();
        m.height = q.value(10).toInt();
        m.previewWidth = q.value(11).toInt();
        m.previewHeight = q.value(12).toInt();
        m.blurhash = q.value(13).toString();
        m.description = q.value(14).toString();
        m.focusX = q.value(15).toDouble();
        m.focusY = q.value(16).toDouble();
        m.createdAt = q.value(17).toLongLong();
        out.append(std::move(m));
    }
    q.finish();
    return out;
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v ? QVariant(v) : QVariant();
}

} // namespace

bool MediaRepository::create(MediaRow &row)
{
    row.createdAt = m_s.nowMs();
    row.id = m_s.ids().next(row.createdAt);
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO media_attachments (id, account_id, type, mime, file_name, file_size, "
        "preview_name, width, height, preview_width, preview_height, blurhash, description, "
        "focus_x, focus_y, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.accountId);
    q.bindValue(2, row.type);
    q.bindValue(3, row.mime);
    q.bindValue(4, row.fileName);
    q.bindValue(5, row.fileSize);
    q.bindValue(6, nullIfEmpty(row.previewName));
    q.bindValue(7, nullIfZero(row.width));
    q.bindValue(8, nullIfZero(row.height));
    q.bindValue(9, nullIfZero(row.previewWidth));
    q.bindValue(10, nullIfZero(row.previewHeight));
    q.bindValue(11, nullIfEmpty(row.blurhash));
    q.bindValue(12, nonNull(row.description));
    q.bindValue(13, row.focusX);
    q.bindValue(14, row.focusY);
    q.bindValue(15, row.createdAt);
    return Database::run(q);
}

std::optional<MediaRow> MediaRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query(MEDIA_SELECT "WHERE id = ?");
    q.bindValue(0, id);
    const QList<MediaRow> rows = readMedia(q);
    return rows.isEmpty() ? std::nullopt : std::optional<MediaRow>(rows.first());
}

std::optional<MediaRow> MediaRepository::byFileName(const QString &fileName)
{
    QSqlQuery &q = m_s.db().query(MEDIA_SELECT "WHERE file_name = :p1 OR preview_name = :p1");
    bindN(q, 0, fileName);
    const QList<MediaRow> rows = readMedia(q);
    return rows.isEmpty() ? std::nullopt : std::optional<MediaRow>(rows.first());
}

bool MediaRepository::updateDetails(const MediaRow &row)
{
    QSqlQuery &q = m_s.db().query("UPDATE media_attachments SET description = ?, focus_x = ?, "
                                  "focus_y = ? WHERE id = ?");
    q.bindValue(0, nonNull(row.description));
    q.bindValue(1, row.focusX);
    q.bindValue(2, row.focusY);
    q.bindValue(3, row.id);
    return Database::run(q);
}

QHash<qint64, QList<MediaRow>> MediaRepository::forStatuses(const QList<qint64> &statusIds)
{
    QHash<qint64, QList<MediaRow>> out;
    if (statusIds.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query(MEDIA_SELECT "WHERE status_id IN (SELECT value FROM "
                                               "json_each(?)) ORDER BY status_id, position, id");
    q.bindValue(0, Store::idList(statusIds));
    for (MediaRow &m : readMedia(q))
        out[m.statusId].append(std::move(m));
    return out;
}

bool MediaRepository::attach(qint64 statusId, const QList<qint64> &mediaIds)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    QSqlQuery &detach =
        db.query("UPDATE media_attachments SET status_id = NULL WHERE status_id = ?");
    detach.bindValue(0, statusId);
    if (!Database::run(detach))
        return false;
    for (qsizetype i = 0; i < mediaIds.size(); ++i) {
        QSqlQuery &q =
            db.query("UPDATE media_attachments SET status_id = ?, position = ? WHERE id = ?");
        q.bindValue(0, statusId);
        q.bindValue(1, int(i));
        q.bindValue(2, mediaIds.at(i));
        if (!Database::run(q))
            return false;
    }
    return tx.commit();
}

// :p1 author (0: the public local timeline), :p2/:p3 page bounds, :p4 limit, :p5 visibility.
#define WITH_MEDIA_QUERY                                                                           \
    "SELECT s.id, s.account_id, s.text, s.content, s.spoiler_text, s.visibility, s.sensitive, "    \
    "s.language, s.in_reply_to_id, s.in_reply_to_account_id, s.reblog_of_id, s.app_id, a.name, "   \
    "a.website, s.created_at, s.edited_at, s.replies_count, s.reblogs_count, s.favourites_count, " \
    "s.content_type FROM statuses s LEFT JOIN apps a ON a.id = s.app_id WHERE ((:p1 = 0 AND "      \
    "s.visibility = 0 AND s.reblog_of_id IS NULL) OR (s.account_id = :p1 AND s.visibility <= "     \
    ":p5)) AND s.id < :p2 AND s.id > :p3 AND EXISTS (SELECT 1 FROM media_attachments m WHERE "     \
    "m.status_id = s.id) "

QList<StatusRow> StatusRepository::withMedia(qint64 authorId, Visibility highest,
                                             const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(WITH_MEDIA_QUERY "ORDER BY s.id ASC LIMIT :p4")
                              : m_s.db().query(WITH_MEDIA_QUERY "ORDER BY s.id DESC LIMIT :p4");
    bindN(q, 0, authorId);
    bindN(q, 1, page.maxId ? page.maxId : std::numeric_limits<qint64>::max());
    bindN(q, 2, qMax(page.sinceId, page.minId));
    bindN(q, 3, page.limit);
    bindN(q, 4, int(highest));
    QList<StatusRow> rows = readStatuses(q);
    if (page.minId)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// ---- polls ---------------------------------------------------------------------------------

#define POLL_SELECT                                                                                \
    "SELECT id, status_id, account_id, options, multiple, hide_totals, expires_at, created_at "    \
    "FROM polls "

static QList<PollRow> readPolls(QSqlQuery &q)
{
    QList<PollRow> out;
    if (!Database::run(q))
        return out;
    while (q.next()) {
        PollRow p;
        p.id = q.value(0).toLongLong();
        p.statusId = q.value(1).toLongLong();
        p.accountId = q.value(2).toLongLong();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toByteArray()).array())
            p.options.append(v.toString());
        p.multiple = q.value(4).toBool();
        p.hideTotals = q.value(5).toBool();
        p.expiresAt = q.value(6).toLongLong();
        p.createdAt = q.value(7).toLongLong();
        p.votes = QList<int>(p.options.size(), 0);
        out.append(std::move(p));
    }
    q.finish();
    return out;
}

void PollRepository::fillVotes(QList<PollRow> &rows)
{
    if (rows.isEmpty())
        return;
    QHash<qint64, PollRow *> byId;
    QList<qint64> ids;
    for (PollRow &p : rows) {
        byId.insert(p.id, &p);
        ids.append(p.id);
    }
    QSqlQuery &q = m_s.db().query("SELECT poll_id, choice, count(*) FROM poll_votes WHERE poll_id "
                                  "IN (SELECT value FROM json_each(?)) GROUP BY poll_id, choice");
    q.bindValue(0, Store::idList(ids));
    if (Database::run(q)) {
        while (q.next()) {
            PollRow *p = byId.value(q.value(0).toLongLong());
            const int choice = q.value(1).toInt();
            if (p && choice >= 0 && choice < p->votes.size())
                p->votes[choice] = q.value(2).toInt();
        }
    }
    q.finish();
    QSqlQuery &v = m_s.db().query("SELECT poll_id, count(DISTINCT account_id) FROM poll_votes "
                                  "WHERE poll_id IN (SELECT value FROM json_each(?)) GROUP BY "
                                  "poll_id");
    v.bindValue(0, Store::idList(ids));
    if (Database::run(v)) {
        while (v.next()) {
            if (PollRow *p = byId.value(v.value(0).toLongLong()))
                p->votersCount = v.value(1).toInt();
        }
    }
    v.finish();
}

bool PollRepository::create(PollRow &row)
{
    row.createdAt = m_s.nowMs();
    row.id = m_s.ids().next(row.createdAt);
    QJsonArray options;
    for (const QString &o : std::as_const(row.options))
        options.append(o);
    QSqlQuery &q = m_s.db().query("INSERT INTO polls (id, status_id, account_id, options, "
                                  "multiple, hide_totals, expires_at, created_at) VALUES (?, ?, "
                                  "?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.statusId);
    q.bindValue(2, row.accountId);
    q.bindValue(3, QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
    q.bindValue(4, row.multiple);
    q.bindValue(5, row.hideTotals);
    q.bindValue(6, nullIfZero(row.expiresAt));
    q.bindValue(7, row.createdAt);
    row.votes = QList<int>(row.options.size(), 0);
    return Database::run(q);
}

std::optional<PollRow> PollRepository::byId(qint64 id)
{
    QSqlQuery &q = m_s.db().query(POLL_SELECT "WHERE id = ?");
    q.bindValue(0, id);
    QList<PollRow> rows = readPolls(q);
    fillVotes(rows);
    return rows.isEmpty() ? std::nullopt : std::optional<PollRow>(rows.first());
}

QHash<qint64, PollRow> PollRepository::forStatuses(const QList<qint64> &statusIds)
{
    QHash<qint64, PollRow> out;
    if (statusIds.isEmpty())
        return out;
    QSqlQuery &q =
        m_s.db().query(POLL_SELECT "WHERE status_id IN (SELECT value FROM json_each(?))");
    q.bindValue(0, Store::idList(statusIds));
    QList<PollRow> rows = readPolls(q);
    fillVotes(rows);
    for (PollRow &p : rows)
        out.insert(p.statusId, std::move(p));
    return out;
}

bool PollRepository::removeForStatus(qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM polls WHERE status_id = ?");
    q.bindValue(0, statusId);
    return Database::run(q);
}

bool PollRepository::updateSettings(const PollRow &row)
{
    QSqlQuery &q = m_s.db().query("UPDATE polls SET expires_at = ?, multiple = ?, hide_totals = ?, "
                                  "ended_notified = 0 WHERE id = ?");
    q.bindValue(0, nullIfZero(row.expiresAt));
    q.bindValue(1, row.multiple);
    q.bindValue(2, row.hideTotals);
    q.bindValue(3, row.id);
    return Database::run(q);
}

bool PollRepository::vote(qint64 pollId, qint64 accountId, const QList<int> &choices)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    const qint64 now = m_s.nowMs();
    for (int choice : choices) {
        QSqlQuery &q = db.query("INSERT OR IGNORE INTO poll_votes (poll_id, account_id, choice, "
                                "created_at) VALUES (?, ?, ?, ?)");
        q.bindValue(0, pollId);
        q.bindValue(1, accountId);
        q.bindValue(2, choice);
        q.bindValue(3, now);
        if (!Database::run(q))
            return false;
    }
    return tx.commit();
}

QHash<qint64, QList<int>> PollRepository::ownVotes(qint64 accountId, const QList<qint64> &pollIds)
{
    QHash<qint64, QList<int>> out;
    if (!accountId || pollIds.isEmpty())
        return out;
    QSqlQuery &q = m_s.db().query("SELECT poll_id, choice FROM poll_votes WHERE account_id = ? AND "
                                  "poll_id IN (SELECT value FROM json_each(?)) ORDER BY choice");
    q.bindValue(0, accountId);
    q.bindValue(1, Store::idList(pollIds));
    if (Database::run(q)) {
        while (q.next())
            out[q.value(0).toLongLong()].append(q.value(1).toInt());
    }
    q.finish();
    return out;
}

QList<qint64> PollRepository::voters(qint64 pollId)
{
    QList<qint64> out;
    QSqlQuery &q = m_s.db().query("SELECT DISTINCT account_id FROM poll_votes WHERE poll_id = ?");
    q.bindValue(0, pollId);
    if (Database::run(q)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

QList<PollRow> PollRepository::takeEnded(qint64 now)
{
    QSqlQuery &q =
        m_s.db().query(POLL_SELECT "WHERE ended_notified = 0 AND expires_at IS NOT NULL AND "
                                   "expires_at <= ? ORDER BY expires_at LIMIT 100");
    q.bindValue(0, now);
    QList<PollRow> rows = readPolls(q);
    for (const PollRow &p : std::as_const(rows)) {
        QSqlQuery &u = m_s.db().query("UPDATE polls SET ended_notified = 1 WHERE id = ?");
        u.bindValue(0, p.id);
        Database::run(u);
    }
    return rows;
}

} // namespace tusk::server
