#include "server/render/social.h"

#include <QRegularExpression>

namespace tusk::server::render {

namespace {

QDateTime utcTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

tusk::Tag tagEntity(ServerCore &core, const TagRow &t)
{
    tusk::Tag e;
    e.id = t.id ? QString::number(t.id) : QString();
    e.name = t.name.toLower();
    e.url = core.url(QStringLiteral("/tags/") + e.name);
    for (const TagDay &d : TagRepository(core.store).history(e.name, 7))
        e.history.append(tusk::TagHistory{d.day, d.uses, d.accounts, {}});
    return e;
}

// Mastodon's CustomFilterKeyword#to_regex: whole words get \b only where the keyword starts or
// ends with a word character.
QString keywordPattern(const FilterKeywordRow &k)
{
    const QString escaped = QRegularExpression::escape(k.keyword);
    if (!k.wholeWord)
        return escaped;
    static const QRegularExpression wordStart(QStringLiteral("^\\w"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression wordEnd(QStringLiteral("\\w$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return (wordStart.match(k.keyword).hasMatch() ? QStringLiteral("\\b") : QString()) + escaped +
           (wordEnd.match(k.keyword).hasMatch() ? QStringLiteral("\\b") : QString());
}

} // namespace

QJsonObject tag(ServerCore &core, const TagRow &t, qint64 viewer)
{
    return tags(core, {t}, viewer).first().toObject();
}

QJsonArray tags(ServerCore &core, const QList<TagRow> &rows, qint64 viewer)
{
    QList<qint64> ids;
    for (const TagRow &t : rows)
        ids.append(t.id);
    const QSet<qint64> followed =
        viewer ? TagRepository(core.store).followed(viewer, ids) : QSet<qint64>();
    QJsonArray out;
    for (const TagRow &t : rows) {
        tusk::Tag e = tagEntity(core, t);
        if (viewer)
            e.following = followed.contains(t.id);
        out.append(e.toJson());
    }
    return out;
}

QJsonObject list(const ListRow &l)
{
    tusk::List e;
    e.id = QString::number(l.id);
    e.title = l.title;
    e.repliesPolicy = l.repliesPolicy;
    e.exclusive = l.exclusive;
    return e.toJson();
}

tusk::Filter filterEntity(const FilterRow &f, bool withRules)
{
    tusk::Filter e;
    e.id = QString::number(f.id);
    e.title = f.title;
    e.context = f.context;
    if (f.expiresAt)
        e.expiresAt = utcTime(f.expiresAt);
    e.filterAction = f.action;
    if (withRules) {
        for (const FilterKeywordRow &k : f.keywords)
            e.keywords.append({QString::number(k.id), k.keyword, k.wholeWord, {}});
        for (const FilterStatusRow &s : f.statuses)
            e.statuses.append({QString::number(s.id), QString::number(s.statusId), {}});
    }
    return e;
}

QJsonObject filter(const FilterRow &f)
{
    return filterEntity(f, true).toJson();
}

QJsonObject filterKeyword(const FilterKeywordRow &k)
{
    return tusk::FilterKeyword{QString::number(k.id), k.keyword, k.wholeWord, {}}.toJson();
}

QJsonObject filterStatus(const FilterStatusRow &s)
{
    return tusk::FilterStatus{QString::number(s.id), QString::number(s.statusId), {}}.toJson();
}

QJsonArray filtersV1(const QList<FilterRow> &filters)
{
    QJsonArray out;
    for (const FilterRow &f : filters) {
        for (const FilterKeywordRow &k : f.keywords) {
            out.append(QJsonObject{
                {QStringLiteral("id"), QString::number(k.id)},
                {QStringLiteral("phrase"), k.keyword},
                {QStringLiteral("context"), QJsonArray::fromStringList(f.context)},
                {QStringLiteral("whole_word"), k.wholeWord},
                {QStringLiteral("expires_at"),
                 f.expiresAt ? QJsonValue(timestamp(f.expiresAt)) : QJsonValue()},
                {QStringLiteral("irreversible"), f.action == u"hide"},
            });
        }
    }
    return out;
}

void applyFilters(ServerCore &core, qint64 viewer, const QList<StatusRow> &input,
                  const QHash<qint64, StatusRow> &originals, QList<tusk::Status> &out)
{
    if (!viewer || input.isEmpty())
        return;
    const QList<FilterRow> active = FilterRepository(core.store).all(viewer, core.store.nowMs());
    if (active.isEmpty())
        return;
    struct Compiled {
        tusk::Filter entity;
        QRegularExpression keywords; // invalid when the filter has none
        QSet<qint64> statusIds;
    };
    QList<Compiled> compiled;
    for (const FilterRow &f : active) {
        Compiled c{filterEntity(f, false), {}, {}};
        QStringList patterns;
        for (const FilterKeywordRow &k : f.keywords)
            patterns.append(keywordPattern(k));
        if (!patterns.isEmpty())
            c.keywords = QRegularExpression(patterns.join(u'|'),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption);
        for (const FilterStatusRow &s : f.statuses)
            c.statusIds.insert(s.statusId);
        compiled.append(std::move(c));
    }
    for (qsizetype i = 0; i < input.size() && i < out.size(); ++i) {
        const StatusRow &wrapper = input.at(i);
        const StatusRow &proper = wrapper.reblogOfId && originals.contains(wrapper.reblogOfId)
                                      ? originals[wrapper.reblogOfId]
                                      : wrapper;
        // Mastodon's searchable_text: content warning, then the text.
        const QString text = proper.spoilerText + QStringLiteral("\n\n") + proper.text;
        QList<tusk::FilterResult> results;
        for (const Compiled &c : std::as_const(compiled)) {
            tusk::FilterResult r;
            r.filter = c.entity;
            if (c.keywords.isValid() && !c.keywords.pattern().isEmpty()) {
                const QRegularExpressionMatch m = c.keywords.match(text);
                if (m.hasMatch())
                    r.keywordMatches = QStringList{m.captured(0)};
            }
            QStringList statusMatches;
            for (qint64 id : {wrapper.id, wrapper.reblogOfId}) {
                if (id && c.statusIds.contains(id))
                    statusMatches.append(QString::number(id));
            }
            if (!statusMatches.isEmpty())
                r.statusMatches = statusMatches;
            if (r.keywordMatches || r.statusMatches)
                results.append(std::move(r));
        }
        if (results.isEmpty())
            continue;
        out[i].filtered = results;
        if (out[i].reblog)
            out[i].reblog.mutate().filtered = results;
    }
}

QJsonArray conversations(ServerCore &core, const QList<ConversationRow> &rows, qint64 viewer)
{
    QList<qint64> statusIds, accountIds;
    for (const ConversationRow &c : rows) {
        statusIds.append(c.lastStatusId);
        accountIds.append(c.participants);
        accountIds.append(c.accountId);
    }
    const QHash<qint64, StatusRow> statusRows = core.store.statuses.byIds(statusIds);
    QList<StatusRow> ordered;
    for (const ConversationRow &c : rows) {
        if (statusRows.contains(c.lastStatusId))
            ordered.append(statusRows.value(c.lastStatusId));
    }
    const QJsonArray renderedStatuses = statuses(core, ordered, viewer);
    QHash<qint64, QJsonObject> byId;
    for (const QJsonValue &s : renderedStatuses)
        byId.insert(s[QStringLiteral("id")].toString().toLongLong(), s.toObject());
    const QHash<qint64, AccountRow> accountRows = core.store.accounts.byIds(accountIds);
    QJsonArray out;
    for (const ConversationRow &c : rows) {
        QJsonArray accounts;
        // Mastodon shows the owner when nobody else takes part (a note to self).
        const QList<qint64> shown =
            c.participants.isEmpty() ? QList<qint64>{c.accountId} : c.participants;
        for (qint64 id : shown) {
            if (accountRows.contains(id))
                accounts.append(account(core, accountRows.value(id)));
        }
        out.append(QJsonObject{
            {QStringLiteral("id"), QString::number(c.id)},
            {QStringLiteral("unread"), c.unread},
            {QStringLiteral("accounts"), accounts},
            {QStringLiteral("last_status"),
             byId.contains(c.lastStatusId) ? QJsonValue(byId.value(c.lastStatusId)) : QJsonValue()},
        });
    }
    return out;
}

QJsonObject groupedNotifications(ServerCore &core, const QList<GroupedNotification> &groups,
                                 qint64 viewer)
{
    QList<qint64> accountIds, statusIds;
    for (const GroupedNotification &g : groups) {
        for (qint64 id : g.sampleAccountIds) {
            if (!accountIds.contains(id))
                accountIds.append(id);
        }
        if (g.notification.statusId && !statusIds.contains(g.notification.statusId))
            statusIds.append(g.notification.statusId);
    }
    const QHash<qint64, AccountRow> accountRows = core.store.accounts.byIds(accountIds);
    const QHash<qint64, StatusRow> statusRows = core.store.statuses.byIds(statusIds);
    QList<StatusRow> statusList;
    for (qint64 id : std::as_const(statusIds)) {
        if (statusRows.contains(id))
            statusList.append(statusRows.value(id));
    }
    QJsonArray accountsJson;
    for (qint64 id : std::as_const(accountIds)) {
        if (accountRows.contains(id))
            accountsJson.append(account(core, accountRows.value(id)));
    }
    QJsonArray groupsJson;
    for (const GroupedNotification &g : groups) {
        tusk::NotificationGroup e;
        e.groupKey = g.groupKey;
        e.notificationsCount = g.count;
        e.type = g.notification.type;
        e.mostRecentNotificationId = QString::number(g.mostRecentId);
        e.pageMinId = QString::number(g.pageMinId);
        e.pageMaxId = QString::number(g.pageMaxId);
        e.latestPageNotificationAt = utcTime(g.latestPageAt);
        for (qint64 id : g.sampleAccountIds)
            e.sampleAccountIds.append(QString::number(id));
        if (g.notification.statusId && statusRows.contains(g.notification.statusId))
            e.statusId = QString::number(g.notification.statusId);
        groupsJson.append(e.toJson());
    }
    return QJsonObject{{QStringLiteral("accounts"), accountsJson},
                       {QStringLiteral("statuses"), statuses(core, statusList, viewer)},
                       {QStringLiteral("notification_groups"), groupsJson}};
}

} // namespace tusk::server::render
