#include "profilecontroller.h"

#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "cache/actionqueue.h"
#include "cache/queuerunner.h"
#include "cache/timelinecache.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "logging.h"
#include "session/accountsession.h"

#include <QUrl>

namespace tusk::views {

using api::requests::AccountAction;

ProfileController::ProfileController(QObject *parent) : QObject(parent) {}

ProfileController::~ProfileController() = default;

void ProfileController::setSession(session::AccountSession *session)
{
    if (session == m_session)
        return;
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    if (m_session && m_session->actions()) {
        // The queue sends a follow later (offline-first): re-read when it moves on.
        m_connections << connect(m_session->actions(), &cache::ActionQueue::actionChanged, this,
                                 [this](qint64, const QString &targetId) {
                                     if (targetId == m_accountId)
                                         readRelationship();
                                 });
    }
    Q_EMIT sessionChanged();
    reload();
}

void ProfileController::setAccountId(const QString &id)
{
    if (id == m_accountId)
        return;
    m_accountId = id;
    Q_EMIT accountIdChanged();
    reload();
}

void ProfileController::reload()
{
    m_account.reset();
    m_relationship.reset();
    m_pendingFollow.reset();
    m_displayName.clear();
    m_noteHtml.clear();
    m_fields.clear();
    Q_EMIT accountChanged();
    Q_EMIT relationshipChanged();
    if (!m_session || m_accountId.isEmpty())
        return;
    readCache();
    refresh();
}

void ProfileController::readCache()
{
    if (!m_session->cache())
        return;
    if (auto account = m_session->cache()->account(m_accountId))
        setAccount(*account);
    readRelationship();
}

void ProfileController::readRelationship()
{
    if (!m_session)
        return;
    if (m_session->cache())
        if (auto rel = m_session->cache()->relationship(m_accountId))
            m_relationship = *rel;
    m_pendingFollow =
        m_session->actions() ? m_session->actions()->pendingFollow(m_accountId) : std::nullopt;
    Q_EMIT relationshipChanged();
}

void ProfileController::setAccount(const Account &account)
{
    m_account = account;
    content::SanitizeOptions options;
    m_displayName = content::renderDisplayName(account, options);
    content::HtmlSanitizer sanitizer;
    m_noteHtml = content::renderAccountNote(sanitizer, account, options).html;
    // Field values are HTML too (links, emoji); same rules as the bio.
    m_fields.clear();
    for (const AccountField &field : account.fields) {
        Account valueHolder;
        valueHolder.note = field.value;
        valueHolder.emojis = account.emojis;
        const content::RichContent value =
            content::renderAccountNote(sanitizer, valueHolder, options);
        Account nameHolder;
        nameHolder.displayName = field.name;
        nameHolder.emojis = account.emojis;
        m_fields.append(QVariantMap{
            {QStringLiteral("name"), content::renderDisplayName(nameHolder, options)},
            {QStringLiteral("plainName"), field.name},
            {QStringLiteral("valueHtml"), value.html},
            {QStringLiteral("valueText"), value.plainText},
            {QStringLiteral("verified"), field.verifiedAt.has_value()},
            {QStringLiteral("verifiedAt"), field.verifiedAt.value_or(QDateTime())},
        });
    }
    Q_EMIT accountChanged();
}

QString ProfileController::plainName() const
{
    if (!m_account)
        return {};
    return m_account->displayName.isEmpty() ? m_account->username : m_account->displayName;
}

QString ProfileController::handle() const
{
    if (!m_account)
        return {};
    if (m_account->acct.contains(QLatin1Char('@')))
        return QLatin1Char('@') + m_account->acct;
    const QString host = m_session ? m_session->api()->instanceUrl().host() : QString();
    return host.isEmpty() ? QLatin1Char('@') + m_account->acct
                          : QStringLiteral("@%1@%2").arg(m_account->acct, host);
}

bool ProfileController::isOwn() const
{
    return m_session && !m_accountId.isEmpty() && m_session->ownAccountId() == m_accountId;
}

bool ProfileController::following() const
{
    if (m_pendingFollow)
        return *m_pendingFollow && !(m_account && m_account->locked);
    return m_relationship && m_relationship->following;
}

bool ProfileController::requested() const
{
    if (m_pendingFollow)
        return *m_pendingFollow && m_account && m_account->locked;
    return m_relationship && m_relationship->requested;
}

QString ProfileController::followAction() const
{
    if (isOwn() || m_accountId.isEmpty())
        return {};
    if (blocking())
        return QStringLiteral("unblock");
    if (requested())
        return QStringLiteral("cancelRequest");
    if (following())
        return QStringLiteral("unfollow");
    return QStringLiteral("follow");
}

QString ProfileController::followLabel() const
{
    const QString action = followAction();
    if (action == QLatin1String("unblock"))
        return tr("Unblock");
    if (action == QLatin1String("cancelRequest"))
        return tr("Cancel follow request");
    if (action == QLatin1String("unfollow"))
        return tr("Unfollow");
    if (action == QLatin1String("follow"))
        return followedBy() ? tr("Follow back") : tr("Follow");
    return {};
}

void ProfileController::refresh()
{
    if (!m_session || m_accountId.isEmpty())
        return;
    const QString id = m_accountId;
    callStarted();
    m_session->api()->call(api::requests::GetAccount{id}, this,
                           [this, id](api::ApiResult<Account> r) {
                               callEnded();
                               if (id != m_accountId)
                                   return;
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               if (m_session && m_session->cache())
                                   m_session->cache()->upsertAccount(r.value());
                               setAccount(r.value());
                           });
    if (isOwn())
        return;
    callStarted();
    m_session->api()->call(api::requests::GetRelationships{{id}}, this,
                           [this, id](api::ApiResult<QList<Relationship>> r) {
                               callEnded();
                               if (id != m_accountId)
                                   return;
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               for (const Relationship &rel : r.value()) {
                                   if (rel.id != id)
                                       continue;
                                   if (m_session && m_session->cache())
                                       m_session->cache()->applyRelationship(rel);
                                   m_relationship = rel;
                               }
                               readRelationship();
                           });
}

void ProfileController::toggleFollow()
{
    const QString action = followAction();
    if (action == QLatin1String("follow"))
        follow();
    else if (action == QLatin1String("unfollow") || action == QLatin1String("cancelRequest"))
        unfollow();
    else if (action == QLatin1String("unblock"))
        setBlocked(false);
}

void ProfileController::follow()
{
    enqueueFollow(true);
}

void ProfileController::unfollow()
{
    enqueueFollow(false);
}

void ProfileController::enqueueFollow(bool on)
{
    if (!m_session || !m_session->actions() || m_accountId.isEmpty() || isOwn())
        return;
    cache::Action action;
    action.kind = on ? cache::Action::Kind::Follow : cache::Action::Kind::Unfollow;
    action.targetId = m_accountId;
    if (m_session->actions()->enqueue(action) == 0) {
        setError(tr("Could not store the request."));
        return;
    }
    // The runner sleeps while the queue is empty; tell it there is work.
    if (m_session->runner())
        m_session->runner()->start();
    readRelationship();
}

void ProfileController::setMuted(bool on)
{
    if (!m_session || m_accountId.isEmpty() || isOwn())
        return;
    const QString id = m_accountId;
    callStarted();
    m_session->api()->call(
        AccountAction{id, on ? AccountAction::Kind::Mute : AccountAction::Kind::Unmute}, this,
        [this, id](api::ApiResult<Relationship> r) {
            callEnded();
            if (!r) {
                setError(r.error().message);
                return;
            }
            if (m_session && m_session->cache())
                m_session->cache()->applyRelationship(r.value());
            if (id == m_accountId) {
                m_relationship = r.value();
                readRelationship();
            }
        });
}

void ProfileController::setBlocked(bool on)
{
    if (!m_session || m_accountId.isEmpty() || isOwn())
        return;
    const QString id = m_accountId;
    callStarted();
    m_session->api()->call(
        AccountAction{id, on ? AccountAction::Kind::Block : AccountAction::Kind::Unblock}, this,
        [this, id](api::ApiResult<Relationship> r) {
            callEnded();
            if (!r) {
                setError(r.error().message);
                return;
            }
            if (m_session && m_session->cache())
                m_session->cache()->applyRelationship(r.value());
            if (id == m_accountId) {
                m_relationship = r.value();
                readRelationship();
            }
        });
}

void ProfileController::setError(const QString &message)
{
    qCWarning(lcViews) << "profile:" << message;
    if (message == m_error)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

void ProfileController::callStarted()
{
    if (m_pendingCalls++ == 0)
        Q_EMIT loadingChanged();
}

void ProfileController::callEnded()
{
    if (--m_pendingCalls == 0)
        Q_EMIT loadingChanged();
}

} // namespace tusk::views
