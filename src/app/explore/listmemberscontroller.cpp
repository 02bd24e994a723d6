#include "listmemberscontroller.h"

#include "api/apiclient.h"
#include "api/requests/cli_extra.h"
#include "api/requests/lists.h"

namespace tusk::explore {

namespace {
const QString kAccountId = QStringLiteral("accountId");
}

void ListMembersController::setListId(const QString &id)
{
    if (id == m_listId)
        return;
    m_listId = id;
    ++m_generation;
    m_members.clear();
    m_candidates.clear();
    m_candidateAccounts.clear();
    m_searched = false;
    setError({});
    Q_EMIT listIdChanged();
    Q_EMIT membersChanged();
    Q_EMIT candidatesChanged();
    refresh();
}

void ListMembersController::refresh()
{
    if (!m_session || m_listId.isEmpty())
        return;
    const int generation = ++m_generation;
    setLoading(true);
    m_session->api()->call(api::requests::GetListAccounts{m_listId}, this,
                           [this, generation](api::ApiResult<QList<Account>> r) {
                               if (generation != m_generation)
                                   return;
                               setLoading(false);
                               if (!r) {
                                   setError(
                                       tr("Could not load the members: %1").arg(r.error().message));
                                   return;
                               }
                               setError({});
                               m_members.clear();
                               for (const Account &a : r.value())
                                   m_members.append(accountMap(a));
                               Q_EMIT membersChanged();
                               markCandidates();
                           });
}

void ListMembersController::findCandidates(const QString &query)
{
    const QString q = query.trimmed();
    const int generation = ++m_candidateGeneration;
    if (q.isEmpty() || !m_session) {
        m_candidates.clear();
        m_candidateAccounts.clear();
        m_searched = false;
        Q_EMIT candidatesChanged();
        return;
    }
    api::requests::SearchAccounts request;
    request.query = q;
    request.limit = 10;
    request.following = true;
    m_session->api()->call(request, this, [this, generation](api::ApiResult<QList<Account>> r) {
        if (generation != m_candidateGeneration)
            return;
        if (!r) {
            setError(tr("Could not search the accounts you follow: %1").arg(r.error().message));
            return;
        }
        setError({});
        m_candidateAccounts = r.value();
        m_searched = true;
        markCandidates();
    });
}

void ListMembersController::markCandidates()
{
    QSet<QString> memberIds;
    for (const QVariant &v : std::as_const(m_members))
        memberIds.insert(v.toMap().value(kAccountId).toString());
    m_candidates.clear();
    for (const Account &a : std::as_const(m_candidateAccounts)) {
        QVariantMap m = accountMap(a);
        m.insert(QStringLiteral("isMember"), memberIds.contains(a.id));
        m_candidates.append(m);
    }
    Q_EMIT candidatesChanged();
}

QString ListMembersController::handleOf(const QString &accountId) const
{
    for (const QVariantList *rows : {&m_members, &m_candidates}) {
        for (const QVariant &v : *rows) {
            const QVariantMap m = v.toMap();
            if (m.value(kAccountId).toString() == accountId)
                return m.value(QStringLiteral("handle")).toString();
        }
    }
    return accountId;
}

void ListMembersController::add(const QString &accountId)
{
    if (!m_session || m_listId.isEmpty() || accountId.isEmpty())
        return;
    const QString listId = m_listId;
    const QString handle = handleOf(accountId);
    m_session->api()->call(
        api::requests::ChangeListAccounts{m_listId, {accountId}, true}, this,
        [this, listId, accountId, handle](api::ApiResult<api::Empty> r) {
            if (listId != m_listId) // another list is shown by now
                return;
            if (!r) {
                const api::ApiError &e = r.error();
                // Mastodon answers 404 (older: 422) for an account the owner does not follow,
                // 422 "has already been taken" for a member.
                if (e.httpStatus == 422 && e.message.contains(QLatin1String("taken")))
                    setError(tr("%1 is already in this list.").arg(handle));
                else if (e.httpStatus == 404 ||
                         (e.httpStatus == 422 && e.message.contains(QLatin1String("follow"))))
                    setError(tr("%1 cannot be added: a list can only hold accounts you follow.")
                                 .arg(handle));
                else
                    setError(tr("Could not add %1: %2").arg(handle, e.message));
                return;
            }
            setError({});
            for (const Account &a : std::as_const(m_candidateAccounts)) {
                if (a.id == accountId) {
                    m_members.append(accountMap(a));
                    Q_EMIT membersChanged();
                    break;
                }
            }
            markCandidates();
            Q_EMIT added(accountId);
            refresh(); // the server's order and anything added elsewhere
        });
}

void ListMembersController::remove(const QString &accountId)
{
    if (!m_session || m_listId.isEmpty() || accountId.isEmpty())
        return;
    const QString listId = m_listId;
    const QString handle = handleOf(accountId);
    m_session->api()->call(
        api::requests::ChangeListAccounts{m_listId, {accountId}, false}, this,
        [this, listId, accountId, handle](api::ApiResult<api::Empty> r) {
            if (listId != m_listId) // another list is shown by now
                return;
            if (!r) {
                setError(tr("Could not remove %1: %2").arg(handle, r.error().message));
                return;
            }
            setError({});
            m_members.removeIf(
                [&](const QVariant &v) { return v.toMap().value(kAccountId) == accountId; });
            Q_EMIT membersChanged();
            markCandidates();
            Q_EMIT removed(accountId);
        });
}

} // namespace tusk::explore
