#pragma once
#include "models/statuslistmodel.h"

namespace tusk::models {

// The account's notifications, grouped as Mastodon 4.3+ groups them: favourites and boosts of
// one post, and follows, fold into one row with the accounts involved.
//
// Where the server has grouped notifications (Capabilities::groupedNotifications, learnt from
// the session before the first request) pages come from /api/v2/notifications and the cache
// holds one entry per group with the server's count and sample accounts
// (cache/notificationgroups.h); otherwise from /api/v1/notifications, one entry per
// notification, grouped here: by the server's group_key where it sends real ones, else by type
// and status (follows by day). Either way rows fold entries with the same key and add up their
// counts, so a streamed notification joins its group's row (count + 1, its account first, the
// row moves to the top) without a request.
//
// `types` / `excludeTypes` filter on the server (types[] / exclude_types[], v1 and v2); each
// filter is a cache timeline of its own ("notifications:types=mention").
class NotificationsModel : public StatusListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString timeline READ timeline NOTIFY timelineChanged)
    Q_PROPERTY(QStringList types READ types WRITE setTypes NOTIFY timelineChanged)
    Q_PROPERTY(
        QStringList excludeTypes READ excludeTypes WRITE setExcludeTypes NOTIFY timelineChanged)

public:
    explicit NotificationsModel(QObject *parent = nullptr);

    // "notifications", or "notifications:types=..." / ":exclude=..." while filtered.
    QString timeline() const { return timelineName(); }
    QStringList types() const { return m_types; }
    void setTypes(const QStringList &types);
    QStringList excludeTypes() const { return m_excludeTypes; }
    void setExcludeTypes(const QStringList &types);

    QHash<int, QByteArray> roleNames() const override;

    // The key a notification is grouped under ("" = a row of its own).
    static QString groupKeyOf(const QString &type, const QString &serverGroupKey,
                              const QString &statusId, const QDateTime &createdAt);

Q_SIGNALS:
    void timelineChanged();

protected:
    QString filterContext() const override { return QStringLiteral("notifications"); }
    bool startNetwork() override;
    QString groupKeyFor(const Row &row) const override;
    QVariant extraData(const Row &row, const Entry *entry, int role) const override;
    QString summaryFor(const Row &row, const Entry &entry) const override;

private:
    void applyFilter();
    static qint64 totalCount(const Row &row);

    QStringList m_types;
    QStringList m_excludeTypes;
    QMetaObject::Connection m_waitForCapabilities;
};

} // namespace tusk::models
