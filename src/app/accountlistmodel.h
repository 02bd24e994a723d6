#pragma once
#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tusk::app {

// The logged-in accounts for the account switcher, in the order they were added. Rows are
// filled by AppController; QML only reads.
class AccountListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.accounts is the one list of accounts")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // "user@host[:port]"
        DisplayNameRole,            // plain display name (username if none)
        HandleRole,                 // "@user@host"
        AvatarRole,                 // avatar URL (may be empty)
        UnreadRole,                 // notifications that arrived since the user last looked
        IsLocalRole,                // the account on the bundled local instance
        IsCurrentRole,              // the account the main column shows
        StateRole,                  // "checking" | "ready" | "offline" | "relogin"
        ProblemRole,                // why it is not ready, in words ("" when ready)
        InstanceRole,               // instance URL as text
    };
    Q_ENUM(Role)

    struct Row {
        QString key;
        QString displayName;
        QString handle;
        QUrl avatar;
        QString instance;
        int unread = 0;
        bool isLocal = false;
        QString state = QStringLiteral("checking");
        QString problem;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    Q_INVOKABLE QString keyAt(int row) const;
    int indexOf(const QString &key) const;
    const Row *row(const QString &key) const;

    void upsert(const Row &row);
    void remove(const QString &key);
    void setUnread(const QString &key, int unread);
    void setState(const QString &key, const QString &state, const QString &problem);
    void setCurrent(const QString &key);

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
    QString m_current;
};

} // namespace tusk::app
