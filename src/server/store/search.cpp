// Full-text status search over the FTS5 index that triggers keep in step with `statuses`.
#include "server/store/socialstore.h"

#include <QRegularExpression>

namespace tusk::server {

QString SearchRepository::ftsExpression(const QString &query)
{
    // Words only: FTS5 syntax (NEAR, *, column filters, quotes) from a user would be an error
    // or a surprise. Each word becomes a quoted string; FTS5 ANDs them.
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : query.split(separators, Qt::SkipEmptyParts)) {
        QString w = word;
        while (!w.isEmpty() && (w.front() == u'#' || w.front() == u'@'))
            w.remove(0, 1);
        if (!w.isEmpty())
            terms.append(u'"' + w + u'"');
    }
    return terms.join(u' ');
}

// :p1 expression, :p2 viewer, :p3 author (0: any), :p4 limit, :p5 offset.
QList<qint64> SearchRepository::statuses(const QString &query, qint64 viewerId, qint64 authorId,
                                         int limit, int offset)
{
    const QString expression = ftsExpression(query);
    if (expression.isEmpty())
        return {};
    QSqlQuery &q = m_s.db().query(
        "SELECT s.id FROM status_search f JOIN statuses s ON s.id = f.rowid WHERE status_search "
        "MATCH :p1 AND (:p3 = 0 OR s.account_id = :p3) AND (s.visibility <= 1 OR s.account_id = "
        ":p2 OR (s.visibility = 2 AND EXISTS (SELECT 1 FROM follows g WHERE g.account_id = :p2 "
        "AND g.target_account_id = s.account_id)) OR EXISTS (SELECT 1 FROM mentions m WHERE "
        "m.status_id = s.id AND m.account_id = :p2)) ORDER BY s.id DESC LIMIT :p4 OFFSET :p5");
    bindN(q, 0, expression);
    bindN(q, 1, viewerId);
    bindN(q, 2, authorId);
    bindN(q, 3, limit);
    bindN(q, 4, offset);
    return readIds(q);
}

} // namespace tusk::server
