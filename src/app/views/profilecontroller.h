#pragma once
#include "core/entities/account.h"
#include "session/accountsession.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tusk::views {

// What the profile page shows of one account and the user's relationship to it, and the
// follow/mute/block actions. Paints from the account's cache at once, then asks the server
// (GET account + relationships) and writes the answers back into the cache. Follow and unfollow
// go through the offline action queue (shown as "requested"/pending until sent); mute and block
// are sent directly and applied to the cache, which removes the account's posts from timelines.
class ProfileController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        tusk::session::AccountSession *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId READ accountId WRITE setAccountId NOTIFY accountIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY accountChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY accountChanged) // rich, emoji <img>
    Q_PROPERTY(QString plainName READ plainName NOTIFY accountChanged)     // for screen readers
    Q_PROPERTY(QString handle READ handle NOTIFY accountChanged)           // "@user@host"
    Q_PROPERTY(QString avatar READ avatar NOTIFY accountChanged)
    Q_PROPERTY(QString header READ header NOTIFY accountChanged)
    Q_PROPERTY(QString noteHtml READ noteHtml NOTIFY accountChanged) // sanitized
    Q_PROPERTY(QString url READ url NOTIFY accountChanged)
    // [{name, valueHtml, valueText, verified, verifiedAt}]
    Q_PROPERTY(QVariantList fields READ fields NOTIFY accountChanged)
    Q_PROPERTY(qint64 statusesCount READ statusesCount NOTIFY accountChanged)
    Q_PROPERTY(qint64 followersCount READ followersCount NOTIFY accountChanged)
    Q_PROPERTY(qint64 followingCount READ followingCount NOTIFY accountChanged)
    Q_PROPERTY(bool locked READ isLocked NOTIFY accountChanged)
    Q_PROPERTY(bool bot READ isBot NOTIFY accountChanged)
    Q_PROPERTY(bool isOwn READ isOwn NOTIFY accountChanged)
    Q_PROPERTY(bool relationshipKnown READ relationshipKnown NOTIFY relationshipChanged)
    Q_PROPERTY(bool following READ following NOTIFY relationshipChanged)
    Q_PROPERTY(bool requested READ requested NOTIFY relationshipChanged)
    Q_PROPERTY(bool followedBy READ followedBy NOTIFY relationshipChanged)
    Q_PROPERTY(bool muting READ muting NOTIFY relationshipChanged)
    Q_PROPERTY(bool blocking READ blocking NOTIFY relationshipChanged)
    // A follow/unfollow waits in the offline queue.
    Q_PROPERTY(bool followPending READ followPending NOTIFY relationshipChanged)
    // "follow" | "unfollow" | "cancelRequest" | "unblock" | "" (own account): what the main
    // button does, and its label.
    Q_PROPERTY(QString followAction READ followAction NOTIFY relationshipChanged)
    Q_PROPERTY(QString followLabel READ followLabel NOTIFY relationshipChanged)
public:
    explicit ProfileController(QObject *parent = nullptr);
    ~ProfileController() override;

    session::AccountSession *session() const { return m_session; }
    void setSession(session::AccountSession *session);
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &id);

    bool isLoading() const { return m_pendingCalls > 0; }
    QString error() const { return m_error; }
    bool isLoaded() const { return m_account.has_value(); }
    QString displayName() const { return m_displayName; }
    QString plainName() const;
    QString handle() const;
    QString avatar() const { return m_account ? m_account->avatar : QString(); }
    QString header() const { return m_account ? m_account->header : QString(); }
    QString noteHtml() const { return m_noteHtml; }
    QString url() const { return m_account ? m_account->url : QString(); }
    QVariantList fields() const { return m_fields; }
    qint64 statusesCount() const { return m_account ? m_account->statusesCount : 0; }
    qint64 followersCount() const { return m_account ? m_account->followersCount : 0; }
    qint64 followingCount() const { return m_account ? m_account->followingCount : 0; }
    bool isLocked() const { return m_account && m_account->locked; }
    bool isBot() const { return m_account && m_account->bot; }
    bool isOwn() const;
    bool relationshipKnown() const { return m_relationship.has_value(); }
    bool following() const;
    bool requested() const;
    bool followedBy() const { return m_relationship && m_relationship->followedBy; }
    bool muting() const { return m_relationship && m_relationship->muting; }
    bool blocking() const { return m_relationship && m_relationship->blocking; }
    bool followPending() const { return m_pendingFollow.has_value(); }
    QString followAction() const;
    QString followLabel() const;

    Q_INVOKABLE void refresh();
    // Runs followAction.
    Q_INVOKABLE void toggleFollow();
    Q_INVOKABLE void follow();
    Q_INVOKABLE void unfollow();
    Q_INVOKABLE void setMuted(bool on);
    Q_INVOKABLE void setBlocked(bool on);

Q_SIGNALS:
    void sessionChanged();
    void accountIdChanged();
    void loadingChanged();
    void errorChanged();
    void accountChanged();
    void relationshipChanged();

private:
    void reload();
    void readCache();
    void setAccount(const Account &account);
    void readRelationship();
    void setError(const QString &message);
    void callStarted();
    void callEnded();
    void enqueueFollow(bool on);

    QPointer<session::AccountSession> m_session;
    QString m_accountId;
    std::optional<Account> m_account;
    std::optional<Relationship> m_relationship;
    std::optional<bool> m_pendingFollow;
    QString m_displayName;
    QString m_noteHtml;
    QVariantList m_fields;
    QString m_error;
    int m_pendingCalls = 0;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace tusk::views
