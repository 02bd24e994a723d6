#include "server/store/reports.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tusk::server {

namespace {

QString jsonIds(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(QString::number(id));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString jsonStrings(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

} // namespace

bool ReportRepository::create(ReportRow &row)
{
    row.createdAt = m_s.nowMs();
    row.id = m_s.ids().next(row.createdAt);
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO reports (id, account_id, target_account_id, category, comment, forward, "
        "status_ids, rule_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, row.id);
    q.bindValue(1, row.accountId);
    q.bindValue(2, row.targetAccountId);
    q.bindValue(3, row.category);
    q.bindValue(4, row.comment.isNull() ? QStringLiteral("") : row.comment); // null QString: NULL
    q.bindValue(5, row.forward ? 1 : 0);
    q.bindValue(6, jsonIds(row.statusIds));
    q.bindValue(7, jsonStrings(row.ruleIds));
    q.bindValue(8, row.createdAt);
    const bool ok = Database::run(q);
    q.finish();
    return ok;
}

QList<ReportRow> ReportRepository::list(bool all, int limit)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT id, account_id, target_account_id, category, comment, forward, status_ids, "
        "rule_ids, created_at, COALESCE(resolved_at, 0) FROM reports "
        "WHERE (? OR resolved_at IS NULL) ORDER BY id DESC LIMIT ?");
    q.bindValue(0, all ? 1 : 0);
    q.bindValue(1, limit);
    QList<ReportRow> out;
    if (Database::run(q)) {
        while (q.next()) {
            ReportRow r;
            r.id = q.value(0).toLongLong();
            r.accountId = q.value(1).toLongLong();
            r.targetAccountId = q.value(2).toLongLong();
            r.category = q.value(3).toString();
            r.comment = q.value(4).toString();
            r.forward = q.value(5).toBool();
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
                r.statusIds.append(v.toString().toLongLong());
            for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toByteArray()).array())
                r.ruleIds.append(v.toString());
            r.createdAt = q.value(8).toLongLong();
            r.resolvedAt = q.value(9).toLongLong();
            out.append(r);
        }
    }
    q.finish();
    return out;
}

bool ReportRepository::resolve(qint64 id)
{
    QSqlQuery &q =
        m_s.db().query("UPDATE reports SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL");
    q.bindValue(0, m_s.nowMs());
    q.bindValue(1, id);
    const bool ok = Database::run(q) && q.numRowsAffected() == 1;
    q.finish();
    return ok;
}

} // namespace tusk::server
