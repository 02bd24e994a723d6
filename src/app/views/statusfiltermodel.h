#pragma once
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// A filtered view of a status list model (TimelineModel, NotificationsModel) that still offers
// the source's row actions (favourite(row, on), fillGap(row), ...) with rows mapped, so a
// TimelineView can show it like the model itself. Used for the notifications type filter and
// the profile's posts / media tabs. Gap rows always pass.
class StatusFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    // Only notifications of these types ("mention", "favourite", ...); empty: all.
    Q_PROPERTY(QStringList notificationTypes READ notificationTypes WRITE setNotificationTypes
                   NOTIFY filterChanged)
    Q_PROPERTY(bool excludeReplies READ excludeReplies WRITE setExcludeReplies NOTIFY filterChanged)
    Q_PROPERTY(bool onlyMedia READ onlyMedia WRITE setOnlyMedia NOTIFY filterChanged)
    // The source's state, forwarded for the view.
    Q_PROPERTY(bool loading READ isLoading NOTIFY sourceStateChanged)
    Q_PROPERTY(QString error READ error NOTIFY sourceStateChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit StatusFilterModel(QObject *parent = nullptr);

    QStringList notificationTypes() const { return m_types; }
    void setNotificationTypes(const QStringList &types);
    bool excludeReplies() const { return m_excludeReplies; }
    void setExcludeReplies(bool on);
    bool onlyMedia() const { return m_onlyMedia; }
    void setOnlyMedia(bool on);
    bool isLoading() const;
    QString error() const;
    int count() const { return rowCount(); }

    void setSourceModel(QAbstractItemModel *model) override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void fillGap(int row);
    Q_INVOKABLE void favourite(int row, bool on);
    Q_INVOKABLE void boost(int row, bool on);
    Q_INVOKABLE void bookmark(int row, bool on);
    Q_INVOKABLE void deleteStatus(int row);
    Q_INVOKABLE void vote(int row, const QList<int> &choices);
    Q_INVOKABLE void savePosition(int row, int pixelOffset);
    Q_INVOKABLE int restoredRow() const;
    Q_INVOKABLE int restoredOffset() const;
    Q_INVOKABLE QString statusIdAt(int row) const;
    Q_INVOKABLE int rowOfStatus(const QString &id) const;

Q_SIGNALS:
    void filterChanged();
    void sourceStateChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int roleOf(const char *name) const;
    int toSource(int row) const;
    template <typename... Args> void forward(const char *method, int row, Args... args);

    QStringList m_types;
    bool m_excludeReplies = false;
    bool m_onlyMedia = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace tusk::views
