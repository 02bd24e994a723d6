#pragma once
#include "api/pagination.h"
#include "core/entities/account.h"

#include "session/accountsession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// The followers or the accounts followed of one account, paged from the server as the view
// scrolls (Link rel="next"). Accounts are also written into the cache for the profile pages.
class FollowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        tusk::session::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    // "followers" | "following"
    Q_PROPERTY(QString which READ which WRITE setWhich NOTIFY whichChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        AccountIdRole = Qt::UserRole + 1,
        DisplayNameRole, // rich text, emoji as <img>
        PlainNameRole,
        HandleRole, // "@user@host"
        AvatarRole,
        NoteTextRole, // the bio as plain text
    };
    Q_ENUM(Role)

    explicit FollowListModel(QObject *parent = nullptr);

    session::AccountSession *session() const { return m_session; }
    void setSession(session::AccountSession *session);
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id);
    QString which() const { return m_which; }
    void setWhich(const QString &which);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    int count() const { return int(m_accounts.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void sessionChanged();
    void accountIdChanged();
    void whichChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

private:
    void restart();
    void load(const api::PageCursor &cursor);
    void setLoading(bool on);

    QPointer<session::AccountSession> m_session;
    QString m_accountId;
    QString m_which = QStringLiteral("followers");
    QList<Account> m_accounts;
    std::optional<api::PageCursor> m_next; // nullopt: at the end
    bool m_started = false;
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
};

} // namespace tusk::views
