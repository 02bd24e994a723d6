#pragma once
#include "models/statuslistmodel.h"

namespace tusk::models {

// The account's notifications (cache timeline "notifications"), grouped as Mastodon 4.3+ groups
// them: favourites and boosts of one post, and follows, fold into one row with the accounts
// involved. Where the server sends real group keys (Mastodon 4.3+, the same keys as its grouped
// v2 API) they are used as sent; other servers send none or "ungrouped-ID", and the client
// groups by type and status itself (follows by day).
class NotificationsModel : public StatusListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString timeline READ timeline CONSTANT)

public:
    explicit NotificationsModel(QObject *parent = nullptr);

    QString timeline() const { return QStringLiteral("notifications"); }
    QHash<int, QByteArray> roleNames() const override;

    // The key a notification is grouped under ("" = a row of its own).
    static QString groupKeyOf(const QString &type, const QString &serverGroupKey,
                              const QString &statusId, const QDateTime &createdAt);

protected:
    QString filterContext() const override { return QStringLiteral("notifications"); }
    QString groupKeyFor(const Row &row) const override;
    QVariant extraData(const Row &row, const Entry *entry, int role) const override;
    QString summaryFor(const Row &row, const Entry &entry) const override;
};

} // namespace tusk::models
