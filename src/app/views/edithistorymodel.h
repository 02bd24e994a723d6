#pragma once
#include "core/entities/status.h"

#include "session/accountsession.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// The revisions of one status (GET /api/v1/statuses/:id/history), newest first: who wrote each
// version and when, its content as ready-to-show rich text, content warning, media and poll
// options. Loaded once per statusId through the session's API client; `reload()` asks again.
class EditHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        tusk::session::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString statusId READ statusId WRITE setStatusId NOTIFY statusIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        AuthorNameRole = Qt::UserRole + 1, // rich text, emoji as <img>
        AuthorPlainNameRole,
        AuthorHandleRole, // "@user@host"
        AuthorAvatarRole,
        AuthorIdRole,
        CreatedAtRole,   // QDateTime of this version
        ContentHtmlRole, // sanitized rich text
        PlainTextRole,
        SpoilerTextRole,
        SensitiveRole,
        MediaCountRole,
        MediaDescriptionsRole, // QStringList of alt texts (empty strings for none)
        PollOptionsRole,       // QStringList of option titles
        IsOriginalRole,        // the first version
        IsCurrentRole,         // the version shown now
        VersionRole,           // 1 = original
    };
    Q_ENUM(Role)

    explicit EditHistoryModel(QObject *parent = nullptr);

    session::AccountSession *session() const { return m_session; }
    void setSession(session::AccountSession *session);
    QString statusId() const { return m_statusId; }
    void setStatusId(const QString &id);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    int count() const { return int(m_edits.size()); }

    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sessionChanged();
    void statusIdChanged();
    void loadingChanged();
    void errorChanged();
    void countChanged();

private:
    struct Version {
        StatusEdit edit;
        QString contentHtml;
        QString plainText;
    };
    void setLoading(bool on);
    void setError(const QString &error);

    QPointer<session::AccountSession> m_session;
    QString m_statusId;
    QList<Version> m_edits; // newest first
    bool m_loading = false;
    int m_generation = 0;
    QString m_error;
};

} // namespace tusk::views
