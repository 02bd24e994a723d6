// Filters v2 with their keywords and statuses.
#include "server/store/socialstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tusk::server {

namespace {
QString contextJson(const QStringList &context)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(context)).toJson(QJsonDocument::Compact));
}

QVariant nullableTime(qint64 ms)
{
    return ms ? QVariant(ms) : QVariant();
}
} // namespace

QList<FilterRow> FilterRepository::all(qint64 accountId, qint64 activeAt)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT id, account_id, title, context, action, expires_at FROM filters WHERE account_id "
        "= :p1 AND (:p2 = 0 OR expires_at IS NULL OR expires_at > :p2) ORDER BY id");
    bindN(q, 0, accountId);
    bindN(q, 1, activeAt);
    QList<FilterRow> out;
    QHash<qint64, qsizetype> index;
    if (Database::run(q)) {
        while (q.next()) {
            FilterRow f;
            f.id = q.value(0).toLongLong();
            f.accountId = q.value(1).toLongLong();
            f.title = q.value(2).toString();
            for (const QJsonValue &c :
                 QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
                f.context.append(c.toString());
            f.action = q.value(4).toString();
            f.expiresAt = q.value(5).toLongLong();
            index.insert(f.id, out.size());
            out.append(f);
        }
    }
    q.finish();
    if (out.isEmpty())
        return out;
    QSqlQuery &k = m_s.db().query(
        "SELECT k.id, k.filter_id, k.keyword, k.whole_word FROM filter_keywords k JOIN filters f "
        "ON f.id = k.filter_id WHERE f.account_id = ? ORDER BY k.id");
    k.bindValue(0, accountId);
    if (Database::run(k)) {
        while (k.next()) {
            const auto it = index.constFind(k.value(1).toLongLong());
            if (it != index.constEnd())
                out[*it].keywords.append(FilterKeywordRow{
                    k.value(0).toLongLong(), k.value(2).toString(), k.value(3).toBool()});
        }
    }
    k.finish();
    QSqlQuery &s = m_s.db().query(
        "SELECT s.id, s.filter_id, s.status_id FROM filter_statuses s JOIN filters f ON f.id = "
        "s.filter_id WHERE f.account_id = ? ORDER BY s.id");
    s.bindValue(0, accountId);
    if (Database::run(s)) {
        while (s.next()) {
            const auto it = index.constFind(s.value(1).toLongLong());
            if (it != index.constEnd())
                out[*it].statuses.append(
                    FilterStatusRow{s.value(0).toLongLong(), s.value(2).toLongLong()});
        }
    }
    s.finish();
    return out;
}

std::optional<FilterRow> FilterRepository::get(qint64 accountId, qint64 filterId)
{
    for (const FilterRow &f : all(accountId)) {
        if (f.id == filterId)
            return f;
    }
    return std::nullopt;
}

std::optional<qint64> FilterRepository::create(const FilterRow &row)
{
    const qint64 id = m_s.ids().next();
    QSqlQuery &q = m_s.db().query("INSERT INTO filters (id, account_id, title, context, action, "
                                  "expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, id);
    q.bindValue(1, row.accountId);
    q.bindValue(2, nonNull(row.title));
    q.bindValue(3, contextJson(row.context));
    q.bindValue(4, row.action);
    q.bindValue(5, nullableTime(row.expiresAt));
    q.bindValue(6, m_s.nowMs());
    if (!Database::run(q))
        return std::nullopt;
    return id;
}

bool FilterRepository::update(const FilterRow &row)
{
    QSqlQuery &q = m_s.db().query(
        "UPDATE filters SET title = ?, context = ?, action = ?, expires_at = ? WHERE id = ?");
    q.bindValue(0, nonNull(row.title));
    q.bindValue(1, contextJson(row.context));
    q.bindValue(2, row.action);
    q.bindValue(3, nullableTime(row.expiresAt));
    q.bindValue(4, row.id);
    return Database::run(q);
}

bool FilterRepository::remove(qint64 filterId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM filters WHERE id = ?");
    q.bindValue(0, filterId);
    return Database::run(q);
}

std::optional<qint64> FilterRepository::addKeyword(qint64 filterId, const QString &keyword,
                                                   bool wholeWord)
{
    const qint64 id = m_s.ids().next();
    QSqlQuery &q = m_s.db().query(
        "INSERT INTO filter_keywords (id, filter_id, keyword, whole_word) VALUES (?, ?, ?, ?)");
    q.bindValue(0, id);
    q.bindValue(1, filterId);
    q.bindValue(2, keyword);
    q.bindValue(3, wholeWord);
    if (!Database::run(q))
        return std::nullopt;
    return id;
}

std::optional<QPair<FilterKeywordRow, qint64>> FilterRepository::keyword(qint64 accountId,
                                                                         qint64 keywordId)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT k.id, k.keyword, k.whole_word, k.filter_id FROM filter_keywords k JOIN filters f "
        "ON f.id = k.filter_id WHERE k.id = ? AND f.account_id = ?");
    q.bindValue(0, keywordId);
    q.bindValue(1, accountId);
    std::optional<QPair<FilterKeywordRow, qint64>> out;
    if (Database::run(q) && q.next())
        out = qMakePair(
            FilterKeywordRow{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toBool()},
            q.value(3).toLongLong());
    q.finish();
    return out;
}

bool FilterRepository::updateKeyword(const FilterKeywordRow &row)
{
    QSqlQuery &q =
        m_s.db().query("UPDATE filter_keywords SET keyword = ?, whole_word = ? WHERE id = ?");
    q.bindValue(0, row.keyword);
    q.bindValue(1, row.wholeWord);
    q.bindValue(2, row.id);
    return Database::run(q);
}

bool FilterRepository::removeKeyword(qint64 keywordId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM filter_keywords WHERE id = ?");
    q.bindValue(0, keywordId);
    return Database::run(q);
}

std::optional<qint64> FilterRepository::addStatus(qint64 filterId, qint64 statusId)
{
    const qint64 id = m_s.ids().next();
    QSqlQuery &q = m_s.db().query(
        "INSERT OR IGNORE INTO filter_statuses (id, filter_id, status_id) VALUES (?, ?, ?)");
    q.bindValue(0, id);
    q.bindValue(1, filterId);
    q.bindValue(2, statusId);
    if (!Database::run(q))
        return std::nullopt;
    if (q.numRowsAffected() == 0)
        return std::optional<qint64>(0); // already filtered
    return id;
}

std::optional<QPair<FilterStatusRow, qint64>> FilterRepository::filterStatus(qint64 accountId,
                                                                             qint64 id)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT s.id, s.status_id, s.filter_id FROM filter_statuses s JOIN filters f ON f.id = "
        "s.filter_id WHERE s.id = ? AND f.account_id = ?");
    q.bindValue(0, id);
    q.bindValue(1, accountId);
    std::optional<QPair<FilterStatusRow, qint64>> out;
    if (Database::run(q) && q.next())
        out = qMakePair(FilterStatusRow{q.value(0).toLongLong(), q.value(1).toLongLong()},
                        q.value(2).toLongLong());
    q.finish();
    return out;
}

bool FilterRepository::removeStatus(qint64 id)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM filter_statuses WHERE id = ?");
    q.bindValue(0, id);
    return Database::run(q);
}

} // namespace tusk::server
