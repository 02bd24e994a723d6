// Status edits (the revision history Mastodon keeps) and pinned statuses.
#include "server/store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

namespace tusk::server {

namespace {

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(QString::number(id)); // strings: ids exceed a double's exact range
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

bool EditRepository::add(StatusEditRow &row)
{
    row.createdAt = row.createdAt ? row.createdAt : m_s.nowMs();
    row.id = m_s.ids().next(row.createdAt);
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO status_edits (id, status_id, account_id, content, spoiler_text, sensitive, "
        "media_ids, poll_options, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.statusId);
    q.bindValue(2, row.accountId);
    q.bindValue(3, nonNull(row.content));
    q.bindValue(4, nonNull(row.spoilerText));
    q.bindValue(5, row.sensitive);
    q.bindValue(6, jsonIds(row.mediaIds));
    if (row.pollOptions) {
        QJsonArray a;
        for (const QString &o : *row.pollOptions)
            a.append(o);
        q.bindValue(7, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)));
    } else {
        q.bindValue(7, QVariant());
    }
    q.bindValue(8, row.createdAt);
    return Database::run(q);
}

QList<StatusEditRow> EditRepository::history(qint64 statusId)
{
    QList<StatusEditRow> out;
    QSqlQuery &q = m_s.db().query(
        "SELECT id, status_id, account_id, content, spoiler_text, sensitive, media_ids, "
        "poll_options, created_at FROM status_edits WHERE status_id = ? ORDER BY id");
    q.bindValue(0, statusId);
    if (Database::run(q)) {
        while (q.next()) {
            StatusEditRow e;
            e.id = q.value(0).toLongLong();
            e.statusId = q.value(1).toLongLong();
            e.accountId = q.value(2).toLongLong();
            e.content = q.value(3).toString();
            e.spoilerText = q.value(4).toString();
            e.sensitive = q.value(5).toBool();
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
                e.mediaIds.append(v.toString().toLongLong());
            if (!q.value(7).isNull()) {
                QStringList options;
                for (const QJsonValue &v :
                     QJsonDocument::fromJson(q.value(7).toByteArray()).array())
                    options.append(v.toString());
                e.pollOptions = options;
            }
            e.createdAt = q.value(8).toLongLong();
            out.append(std::move(e));
        }
    }
    q.finish();
    return out;
}

bool EditRepository::updateStatus(StatusRow &row, const QList<qint64> &mentionedAccounts,
                                  const QStringList &tags)
{
    Database &db = m_s.db();
    Database::Transaction tx(db);
    row.editedAt = m_s.nowMs();
    QSqlQuery &q = db.query("UPDATE statuses SET text = ?, content = ?, spoiler_text = ?, "
                            "sensitive = ?, language = ?, content_type = ?, edited_at = ? WHERE "
                            "id = ?");
    q.bindValue(0, nonNull(row.text));
    q.bindValue(1, nonNull(row.content));
    q.bindValue(2, nonNull(row.spoilerText));
    q.bindValue(3, row.sensitive);
    q.bindValue(4, row.language.isEmpty() ? QVariant() : QVariant(row.language));
    q.bindValue(5, row.contentType.isEmpty() ? QVariant() : QVariant(row.contentType));
    q.bindValue(6, row.editedAt);
    q.bindValue(7, row.id);
    if (!Database::run(q))
        return false;
    QSqlQuery &dm = db.query("DELETE FROM mentions WHERE status_id = ?");
    dm.bindValue(0, row.id);
    QSqlQuery &dt = db.query("DELETE FROM status_tags WHERE status_id = ?");
    dt.bindValue(0, row.id);
    if (!Database::run(dm) || !Database::run(dt))
        return false;
    for (qint64 account : mentionedAccounts) {
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
    if (!tx.commit())
        return false;
    m_s.events.updatedStatuses.append(row.id);
    return true;
}

// ---- pins ----------------------------------------------------------------------------------

bool PinRepository::pin(qint64 accountId, qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("INSERT OR IGNORE INTO status_pins (id, account_id, status_id, "
                                  "created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, statusId);
    q.bindValue(3, m_s.nowMs());
    return Database::run(q);
}

bool PinRepository::unpin(qint64 accountId, qint64 statusId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM status_pins WHERE account_id = ? AND status_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, statusId);
    return Database::run(q);
}

int PinRepository::count(qint64 accountId)
{
    QSqlQuery &q = m_s.db().query("SELECT count(*) FROM status_pins WHERE account_id = ?");
    q.bindValue(0, accountId);
    const int n = Database::run(q) && q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QSet<qint64> PinRepository::pinned(qint64 accountId, const QList<qint64> &statusIds)
{
    return m_s.statusIdSubset("SELECT status_id FROM status_pins WHERE account_id = ? AND "
                              "status_id IN (SELECT value FROM json_each(?))",
                              accountId, statusIds);
}

QList<qint64> PinRepository::pinnedStatusIds(qint64 accountId)
{
    QList<qint64> out;
    QSqlQuery &q =
        m_s.db().query("SELECT status_id FROM status_pins WHERE account_id = ? ORDER BY id DESC");
    q.bindValue(0, accountId);
    if (Database::run(q)) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    q.finish();
    return out;
}

} // namespace tusk::server
