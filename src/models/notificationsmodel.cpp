#include "models/notificationsmodel.h"

#include "cache/notificationgroups.h"
#include "session/accountsession.h"

#include <QRegularExpression>

namespace tusk::models {

namespace {
constexpr int kMaxGroupAccounts = 8; // avatars a row shows; the count says the rest
}

NotificationsModel::NotificationsModel(QObject *parent) : StatusListModel(parent)
{
    setTimelineName(QStringLiteral("notifications"));
}

void NotificationsModel::setTypes(const QStringList &types)
{
    if (types == m_types)
        return;
    m_types = types;
    applyFilter();
}

void NotificationsModel::setExcludeTypes(const QStringList &types)
{
    if (types == m_excludeTypes)
        return;
    m_excludeTypes = types;
    applyFilter();
}

void NotificationsModel::applyFilter()
{
    const QString name = cache::notificationsTimeline(m_types, m_excludeTypes);
    if (name == timelineName())
        return;
    setTimelineName(name);
    Q_EMIT timelineChanged();
}

bool NotificationsModel::startNetwork()
{
    // v1 or v2 depends on the server: ask it first (the session does once), then fetch.
    session::AccountSession *s = session();
    if (s && !s->capabilitiesFetched()) {
        if (!m_waitForCapabilities) {
            m_waitForCapabilities =
                connect(s, &session::AccountSession::capabilitiesChanged, this, [this] {
                    disconnect(m_waitForCapabilities);
                    m_waitForCapabilities = {};
                    refresh();
                });
        }
        s->fetchCapabilities();
        return true;
    }
    return StatusListModel::startNetwork();
}

qint64 NotificationsModel::totalCount(const Row &row)
{
    qint64 n = row.groupCount;
    for (const Member &m : row.members)
        n += m.groupCount;
    return n;
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
        return row.kind == Row::Kind::Gap ? 0 : int(totalCount(row));
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
        if (row.kind == Row::Kind::Gap)
            return accounts;
        // Newest first: the head's sample accounts, then each older entry's.
        for (const QVariant &a : row.groupAccounts)
            add(a.toMap());
        for (const Member &m : row.members) {
            for (const QVariant &a : m.groupAccounts)
                add(a.toMap());
        }
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
    return Summary::forNotification(row.notificationType, actors, int(totalCount(row)),
                                    entry.hasStatus ? &entry.presented : nullptr,
                                    row.notificationTime, QDateTime::currentDateTimeUtc());
}

} // namespace tusk::models
