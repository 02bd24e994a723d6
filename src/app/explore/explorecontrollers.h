#pragma once
// C++ behind Tuskline.Explore: search, lists and followed hashtags over the account's API.
// Results are small (one page), so they are plain QVariantList properties of maps for QML;
// statuses go through a StatusSnapshotModel so the page shows them with the status item.
#include "session/accountsession.h"
#include "statussnapshotmodel.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tusk::explore {

// Shared by the three: the session, a loading flag and a human error.
class ExploreBase : public QObject {
    Q_OBJECT
    Q_PROPERTY(
        tusk::session::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    using QObject::QObject;
    session::AccountSession *session() const { return m_session; }
    void setSession(session::AccountSession *session);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void sessionChanged();
    void loadingChanged();
    void errorChanged();

protected:
    // After every change of the session (also to none).
    virtual void sessionSet() {}
    void setLoading(bool on);
    void setError(const QString &error);
    // {accountId, displayName (plain), handle "@user@host", avatar}
    QVariantMap accountMap(const Account &a) const;

    QPointer<session::AccountSession> m_session;
    bool m_loading = false;
    QString m_error;
    int m_generation = 0;
};

// GET /api/v2/search: accounts, hashtags and statuses for one query, with follow/unfollow for the
// accounts and hashtags found. Changes to one row come as accountUpdated/hashtagUpdated, so a
// view keeps its place (resultsChanged means a new answer).
class SearchController : public ExploreBase {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query NOTIFY resultsChanged)
    // maps: accountId, displayName (plain), handle, avatar, following, requested,
    // relationshipKnown (false until the relationships arrive)
    Q_PROPERTY(QVariantList accounts READ accounts NOTIFY resultsChanged)
    // maps: name, uses (posts in the last days), following
    Q_PROPERTY(QVariantList hashtags READ hashtags NOTIFY resultsChanged)
    // maps: statusId, authorId, authorDisplayName, authorHandle, plainText, spoilerText, createdAt
    Q_PROPERTY(QVariantList statuses READ statuses NOTIFY resultsChanged)
    // The same statuses as full rows for the status item (StatusListModel roles).
    Q_PROPERTY(tusk::explore::StatusSnapshotModel *statusModel READ statusModel CONSTANT)
    Q_PROPERTY(bool searched READ searched NOTIFY resultsChanged)
public:
    explicit SearchController(QObject *parent = nullptr);
    QString query() const { return m_query; }
    QVariantList accounts() const { return m_accounts; }
    QVariantList hashtags() const { return m_hashtags; }
    QVariantList statuses() const { return m_statuses; }
    StatusSnapshotModel *statusModel() const { return m_statusModel; }
    bool searched() const { return m_searched; }
    Q_INVOKABLE void search(const QString &query);
    Q_INVOKABLE void clear();
    // Follow or unfollow an account found (a locked account answers "requested").
    Q_INVOKABLE void setAccountFollowing(const QString &accountId, bool follow);
    Q_INVOKABLE void setHashtagFollowing(const QString &name, bool follow);

Q_SIGNALS:
    void resultsChanged();
    void accountUpdated(int index);
    void hashtagUpdated(int index);

protected:
    void sessionSet() override;

private:
    void applyRelationship(const Relationship &r);

    QString m_query;
    QVariantList m_accounts, m_hashtags, m_statuses;
    StatusSnapshotModel *m_statusModel;
    bool m_searched = false;
};

// The account's lists: create, rename, delete.
class ListsController : public ExploreBase {
    Q_OBJECT
    QML_ELEMENT
    // maps: id, title
    Q_PROPERTY(QVariantList lists READ lists NOTIFY listsChanged)
public:
    using ExploreBase::ExploreBase;
    QVariantList lists() const { return m_lists; }
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void create(const QString &title);
    Q_INVOKABLE void rename(const QString &id, const QString &title);
    Q_INVOKABLE void remove(const QString &id);

Q_SIGNALS:
    void listsChanged();
    void created(const QString &id);

protected:
    void sessionSet() override { refresh(); }

private:
    QVariantList m_lists;
};

// Hashtags the account follows; unfollow (and follow again, for an undo).
class FollowedTagsController : public ExploreBase {
    Q_OBJECT
    QML_ELEMENT
    // maps: name, following
    Q_PROPERTY(QVariantList tags READ tags NOTIFY tagsChanged)
public:
    using ExploreBase::ExploreBase;
    QVariantList tags() const { return m_tags; }
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setFollowing(const QString &name, bool follow);

Q_SIGNALS:
    void tagsChanged();

protected:
    void sessionSet() override { refresh(); }

private:
    QVariantList m_tags;
};

} // namespace tusk::explore
