#pragma once
// Small, valid statuses and notifications for cache tests (ids are Mastodon-style decimals).
#include "core/entities/notification.h"
#include "core/entities/status.h"

#include <QDateTime>

namespace tusk::cachetest {

inline Account makeAccount(const QString &id)
{
    Account a;
    a.id = id;
    a.username = QStringLiteral("user") + id;
    a.acct = a.username;
    a.displayName = QStringLiteral("User ") + id;
    a.url = QStringLiteral("https://example.test/@") + a.username;
    a.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return a;
}

inline Status makeStatus(const QString &id, const QString &accountId = QStringLiteral("1"),
                         const QString &content = {})
{
    Status s;
    s.id = id;
    s.uri = QStringLiteral("https://example.test/statuses/") + id;
    s.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(id.toLongLong());
    s.account = makeAccount(accountId);
    s.content = content.isEmpty() ? QStringLiteral("<p>status %1</p>").arg(id) : content;
    s.visibility = QStringLiteral("public");
    s.favourited = false;
    s.reblogged = false;
    s.bookmarked = false;
    return s;
}

inline Status makeBoost(const QString &id, const QString &boosterId, const Status &original)
{
    Status s = makeStatus(id, boosterId, QString());
    s.content.clear();
    s.reblog = original;
    return s;
}

inline Notification makeNotification(const QString &id, const QString &type,
                                     const QString &fromAccount,
                                     const std::optional<Status> &status = std::nullopt)
{
    Notification n;
    n.id = id;
    n.type = type;
    n.createdAt = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    n.account = makeAccount(fromAccount);
    n.status = status;
    return n;
}

// Statuses with ids from `newest` down to `oldest` (newest first, as servers send them).
inline QList<Status> range(int newest, int oldest, const QString &accountId = QStringLiteral("1"))
{
    QList<Status> out;
    for (int i = newest; i >= oldest; --i)
        out.append(makeStatus(QString::number(i), accountId));
    return out;
}

} // namespace tusk::cachetest
