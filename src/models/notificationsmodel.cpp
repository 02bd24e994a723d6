#include "models/notificationsmodel.h"

#include <QRegularExpression>

namespace tusk::models {

namespace {
constexpr int kMaxGroupAccounts = 8; // avatars a row shows; the count says the rest
}

NotificationsModel::NotificationsModel(QObject *parent) : StatusListModel(parent)
{
    setTimelineName(QStringLiteral("notifications"));
}

QString NotificationsModel::groupKeyOf(const QString &type, const QString &serverGroupKey,
                                       const QString &statusId, const QDateTime &createdAt)
{
    if (!serverGroupKey.isEmpty() && !serverGroupKey.startsWith(u"ungrouped-"))
        return serverGroupKey;
    // Mastodon groups only these types; mentions, polls, edits stay one row each.
    if ((type == u"favourite" || type == u"reblog") && !statusId.isEmpty())
        return type + u'-' + statusId;
    if (type == u"follow")
        return QStringLiteral("follow-") + createdAt.toUTC().date().toString(Qt::ISODate);
    return {};
}

QString NotificationsModel::groupKeyFor(const Row &row) const
{
    if (row.kind != Row::Kind::Notification)
        return {};
    return groupKeyOf(row.notificationType, row.serverGroupKey, row.statusId, row.notificationTime);
}

QHash<int, QByteArray> NotificationsModel::roleNames() const
{
    QHash<int, QByteArray> roles = StatusListModel::roleNames();
    roles.insert(NotificationTypeRole, "notificationType");
    roles.insert(GroupKeyRole, "groupKey");
    roles.insert(GroupCountRole, "groupCount");
    roles.insert(GroupAccountsRole, "groupAccounts");
    roles.insert(NotificationTimeRole, "notificationTime");
    return roles;
}

QVariant NotificationsModel::extraData(const Row &row, const Entry *, int role) const
{
    switch (role) {
    case NotificationTypeRole:
        return row.notificationType;
    case GroupKeyRole:
        return row.groupKey.isEmpty() ? QStringLiteral("ungrouped-") + row.id : row.groupKey;
    case GroupCountRole:
        return row.kind == Row::Kind::Gap ? 0 : int(row.members.size()) + 1;
    case GroupAccountsRole: {
        QVariantList accounts;
        QSet<QString> seen;
        const auto add = [&](const QVariantMap &account) {
            const QString id = account.value(QStringLiteral("id")).toString();
            if (accounts.size() < kMaxGroupAccounts && !seen.contains(id)) {
                seen.insert(id);
                accounts.append(account);
            }
        };
        if (row.kind != Row::Kind::Gap)
            add(row.account);
        for (const Member &m : row.members)
            add(m.account);
        return accounts;
    }
    case NotificationTimeRole:
        return row.notificationTime;
    default:
        return {};
    }
}

QString NotificationsModel::summaryFor(const Row &row, const Entry &entry) const
{
    QStringList actors;
    const auto name = [](const QVariantMap &account) {
        // The rich display name may hold emoji <img>; the spoken form drops the markup.
        QString n = account.value(QStringLiteral("displayName")).toString();
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        n.remove(tags);
        n.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return n.isEmpty() ? account.value(QStringLiteral("handle")).toString() : n;
    };
    actors.append(name(row.account));
    return Summary::forNotification(row.notificationType, actors, int(row.members.size()) + 1,
                                    entry.hasStatus ? &entry.presented : nullptr,
                                    row.notificationTime, QDateTime::currentDateTimeUtc());
}

} // namespace tusk::models
