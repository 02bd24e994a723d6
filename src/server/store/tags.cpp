// Hashtags: ids, follows, daily history and the tag timeline.
#include "server/store/socialstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace tusk::server {

bool TagRepository::validName(const QString &name)
{
    // Mastodon's rule: word characters (any script) and underscores, not only digits.
    static const QRegularExpression re(QStringLiteral("^[\\w\\x{00B7}]*[^\\W\\d][\\w\\x{00B7}]*$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return !name.isEmpty() && name.size() <= 100 && re.match(name).hasMatch();
}

std::optional<TagRow> TagRepository::byName(const QString &name)
{
    QSqlQuery &q = m_s.db().query("SELECT id, name FROM tags WHERE name = ?");
    q.bindValue(0, name);
    std::optional<TagRow> out;
    if (Database::run(q) && q.next())
        out = TagRow{q.value(0).toLongLong(), q.value(1).toString()};
    q.finish();
    return out;
}

std::optional<TagRow> TagRepository::ensure(const QString &name)
{
    QSqlQuery &q = m_s.db().query("INSERT OR IGNORE INTO tags (name) VALUES (?)");
    q.bindValue(0, name.toLower());
    if (!Database::run(q))
        return std::nullopt;
    return byName(name);
}

bool TagRepository::follow(qint64 accountId, qint64 tagId)
{
    QSqlQuery &q = m_s.db().query("INSERT OR IGNORE INTO tag_follows (id, account_id, tag_id, "
                                  "created_at) VALUES (?, ?, ?, ?)");
    q.bindValue(0, m_s.ids().next());
    q.bindValue(1, accountId);
    q.bindValue(2, tagId);
    q.bindValue(3, m_s.nowMs());
    return Database::run(q);
}

bool TagRepository::unfollow(qint64 accountId, qint64 tagId)
{
    QSqlQuery &q = m_s.db().query("DELETE FROM tag_follows WHERE account_id = ? AND tag_id = ?");
    q.bindValue(0, accountId);
    q.bindValue(1, tagId);
    return Database::run(q);
}

QSet<qint64> TagRepository::followed(qint64 accountId, const QList<qint64> &tagIds)
{
    return m_s.statusIdSubset("SELECT tag_id FROM tag_follows WHERE account_id = ? AND tag_id IN "
                              "(SELECT value FROM json_each(?))",
                              accountId, tagIds);
}

#define FOLLOWED_TAGS_QUERY                                                                        \
    "SELECT f.id, t.id, t.name FROM tag_follows f JOIN tags t ON t.id = f.tag_id WHERE "           \
    "f.account_id = :p1 AND f.id < :p2 AND f.id > :p3 "

QList<QPair<qint64, TagRow>> TagRepository::followedTags(qint64 accountId, const PageQuery &page)
{
    QSqlQuery &q = page.minId ? m_s.db().query(FOLLOWED_TAGS_QUERY "ORDER BY f.id ASC LIMIT :p4")
                              : m_s.db().query(FOLLOWED_TAGS_QUERY "ORDER BY f.id DESC LIMIT :p4");
    bindN(q, 0, accountId);
    bindPageBounds(q, 1, page);
    QList<QPair<qint64, TagRow>> out;
    if (Database::run(q)) {
        while (q.next())
            out.append(
                {q.value(0).toLongLong(), TagRow{q.value(1).toLongLong(), q.value(2).toString()}});
    }
    q.finish();
    if (page.minId)
        std::reverse(out.begin(), out.end());
    return out;
}

QList<TagDay> TagRepository::history(const QString &name, int days)
{
    constexpr qint64 kDayMs = 86'400'000;
    const qint64 today = m_s.nowMs() / kDayMs * kDayMs;
    const qint64 since = today - qint64(days - 1) * kDayMs;
    QSqlQuery &q = m_s.db().query(
        "SELECT s.created_at / 86400000, count(*), count(DISTINCT s.account_id) FROM status_tags "
        "t JOIN statuses s ON s.id = t.status_id WHERE t.tag = ? AND s.visibility <= 1 AND "
        "s.reblog_of_id IS NULL AND s.created_at >= ? GROUP BY 1");
    q.bindValue(0, name);
    q.bindValue(1, since);
    QHash<qint64, QPair<qint64, qint64>> perDay;
    if (Database::run(q)) {
        while (q.next())
            perDay.insert(q.value(0).toLongLong(),
                          {q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    q.finish();
    QList<TagDay> out;
    for (int i = 0; i < days; ++i) {
        const qint64 dayIndex = today / kDayMs - i;
        const auto counts = perDay.value(dayIndex);
        out.append(TagDay{dayIndex * 86'400, counts.first, counts.second});
    }
    return out;
}

// :p1 any (JSON array), :p2..:p4 page, :p5 all, :p6 none.
#define TAG_TIMELINE_QUERY                                                                         \
    "SELECT s.id FROM statuses s WHERE s.id IN (SELECT status_id FROM status_tags WHERE tag IN "   \
    "(SELECT value FROM json_each(:p1))) AND s.visibility = 0 AND s.reblog_of_id IS NULL AND "     \
    "s.id < :p2 AND s.id > :p3 AND NOT EXISTS (SELECT 1 FROM json_each(:p5) w WHERE NOT EXISTS "   \
    "(SELECT 1 FROM status_tags x WHERE x.status_id = s.id AND x.tag = w.value)) AND NOT EXISTS "  \
    "(SELECT 1 FROM status_tags y WHERE y.status_id = s.id AND y.tag IN (SELECT value FROM "       \
    "json_each(:p6))) "

#define WITH_MEDIA "AND EXISTS (SELECT 1 FROM media_attachments ma WHERE ma.status_id = s.id) "

QList<qint64> TagRepository::timeline(const QStringList &any, const QStringList &all,
                                      const QStringList &none, bool onlyMedia,
                                      const PageQuery &page)
{
    Database &db = m_s.db();
    QSqlQuery &q =
        onlyMedia
            ? (page.minId ? db.query(TAG_TIMELINE_QUERY WITH_MEDIA "ORDER BY s.id ASC LIMIT :p4")
                          : db.query(TAG_TIMELINE_QUERY WITH_MEDIA "ORDER BY s.id DESC LIMIT :p4"))
            : (page.minId ? db.query(TAG_TIMELINE_QUERY "ORDER BY s.id ASC LIMIT :p4")
                          : db.query(TAG_TIMELINE_QUERY "ORDER BY s.id DESC LIMIT :p4"));
    auto json = [](const QStringList &names) {
        QJsonArray a;
        for (const QString &n : names)
            a.append(n);
        return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
    };
    bindN(q, 0, json(any));
    bindPageBounds(q, 1, page);
    bindN(q, 4, json(all));
    bindN(q, 5, json(none));
    return readIds(q, page.minId != 0);
}

QList<TagRow> TagRepository::search(const QString &prefix, int limit, int offset)
{
    QSqlQuery &q = m_s.db().query(
        "SELECT t.id, t.name FROM tags t WHERE substr(lower(t.name), 1, length(:p1)) = :p1 "
        "ORDER BY (SELECT count(*) FROM status_tags st WHERE st.tag = t.name) DESC, "
        "length(t.name), t.name LIMIT :p2 OFFSET :p3");
    bindN(q, 0, prefix.toLower());
    bindN(q, 1, limit);
    bindN(q, 2, offset);
    QList<TagRow> out;
    if (Database::run(q)) {
        while (q.next())
            out.append(TagRow{q.value(0).toLongLong(), q.value(1).toString()});
    }
    q.finish();
    return out;
}

} // namespace tusk::server
