#include "cache/notificationgroups.h"

#include "cache/logging.h"

#include <QHash>
#include <QJsonArray>

namespace tusk::cache {

namespace {
const QLatin1String kGroup("group");
const QLatin1String kCount("notifications_count");
const QLatin1String kSamples("sample_accounts");
const QLatin1String kPageMin("page_min_id");
const QLatin1String kPageMax("page_max_id");
} // namespace

bool isGroupKey(const QString &groupKey)
{
    return !groupKey.isEmpty() && !groupKey.startsWith(u"ungrouped-");
}

QList<Notification> notificationsFromGroups(const GroupedNotificationsResults &page)
{
    QHash<QString, const Account *> accounts;
    for (const Account &a : page.accounts)
        accounts.insert(a.id, &a);
    QHash<QString, const PartialAccount *> partial;
    for (const PartialAccount &a : page.partialAccounts)
        partial.insert(a.id, &a);
    QHash<QString, const Status *> statuses;
    for (const Status &s : page.statuses)
        statuses.insert(s.id, &s);

    QList<Notification> out;
    out.reserve(page.notificationGroups.size());
    for (const NotificationGroup &g : page.notificationGroups) {
        Notification n;
        n.id = g.mostRecentNotificationId;
        n.type = g.type;
        n.groupKey = g.groupKey;
        QJsonArray samples;
        for (const QString &id : g.sampleAccountIds) {
            if (const Account *a = accounts.value(id)) {
                if (n.account.id.isEmpty())
                    n.account = *a; // the actor shown: the newest with a full account
                samples.append(a->toJson());
            } else if (const PartialAccount *p = partial.value(id)) {
                samples.append(p->toJson());
            }
        }
        if (n.id.isEmpty() || n.account.id.isEmpty()) {
            qCInfo(lcCache) << "notification group" << g.groupKey << "has no account; left out";
            continue;
        }
        if (!g.statusId.isEmpty()) {
            if (const Status *s = statuses.value(g.statusId))
                n.status = *s;
        }
        // created_at of an entry: when its newest notification came.
        if (g.latestPageNotificationAt && g.latestPageNotificationAt->isValid())
            n.createdAt = *g.latestPageNotificationAt;
        else if (n.status)
            n.createdAt = n.status->createdAt;
        else
            n.createdAt = n.account.createdAt;
        n.extra.insert(kGroup, QJsonObject{{kCount, double(qMax<qint64>(1, g.notificationsCount))},
                                           {kSamples, samples},
                                           {kPageMin, g.pageMinId},
                                           {kPageMax, g.pageMaxId}});
        out.append(std::move(n));
    }
    return out;
}

std::optional<NotificationGroupInfo> groupInfoOf(const Notification &entry)
{
    const QJsonValue v = entry.extra.value(kGroup);
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject g = v.toObject();
    NotificationGroupInfo info;
    info.count = qMax<qint64>(1, qint64(g.value(kCount).toDouble(1)));
    for (const QJsonValue &a : g.value(kSamples).toArray()) {
        if (a.isObject())
            info.sampleAccounts.append(a.toObject());
    }
    info.pageMinId = g.value(kPageMin).toString();
    info.pageMaxId = g.value(kPageMax).toString();
    return info;
}

QString notificationsTimeline(QStringList types, QStringList excludeTypes)
{
    // Sorted, so one filter has one name (and one cached timeline).
    types.sort();
    types.removeDuplicates();
    excludeTypes.sort();
    excludeTypes.removeDuplicates();
    QStringList parts;
    if (!types.isEmpty())
        parts << QStringLiteral("types=") + types.join(u',');
    if (!excludeTypes.isEmpty())
        parts << QStringLiteral("exclude=") + excludeTypes.join(u',');
    return parts.isEmpty() ? QStringLiteral("notifications")
                           : QStringLiteral("notifications:") + parts.join(u';');
}

bool parseNotificationsTimeline(const QString &timeline, QStringList *types,
                                QStringList *excludeTypes)
{
    types->clear();
    excludeTypes->clear();
    if (timeline == u"notifications")
        return true;
    if (!timeline.startsWith(u"notifications:"))
        return false;
    const QStringList parts =
        timeline.mid(qsizetype(qstrlen("notifications:"))).split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            return false;
        const QString name = part.left(eq);
        const QStringList values = part.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
        if (name == u"types")
            *types = values;
        else if (name == u"exclude")
            *excludeTypes = values;
        else
            return false;
    }
    return true;
}

bool notificationsTimelineTakes(const QString &timeline, const QString &type)
{
    QStringList types, exclude;
    if (!parseNotificationsTimeline(timeline, &types, &exclude))
        return false;
    return (types.isEmpty() || types.contains(type)) && !exclude.contains(type);
}

} // namespace tusk::cache
