#include "explorecontrollers.h"

#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "api/requests/cli_extra.h"
#include "api/requests/lists.h"
#include "cache/timelinecache.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"

namespace tusk::explore {

void ExploreBase::setSession(session::AccountSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    ++m_generation; // answers for the previous account are dropped
    Q_EMIT sessionChanged();
    sessionSet();
}

void ExploreBase::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void ExploreBase::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

QVariantMap ExploreBase::accountMap(const Account &a) const
{
    QString handle = QLatin1Char('@') + a.acct;
    if (!a.acct.contains(QLatin1Char('@')) && m_session)
        handle += QLatin1Char('@') + m_session->api()->instanceUrl().host();
    return {{QStringLiteral("accountId"), a.id},
            {QStringLiteral("displayName"), a.displayName.isEmpty() ? a.username : a.displayName},
            {QStringLiteral("handle"), handle},
            {QStringLiteral("avatar"), a.avatar}};
}

SearchController::SearchController(QObject *parent)
    : ExploreBase(parent), m_statusModel(new StatusSnapshotModel(QStringLiteral("search"), this))
{}

void SearchController::sessionSet()
{
    m_statusModel->clear(); // from the previous account's cache
    m_statusModel->setSession(m_session);
    if (!m_query.isEmpty())
        clear();
}

void SearchController::clear()
{
    ++m_generation;
    m_query.clear();
    m_accounts.clear();
    m_hashtags.clear();
    m_statuses.clear();
    m_statusModel->clear();
    m_searched = false;
    setLoading(false);
    setError({});
    Q_EMIT resultsChanged();
}

void SearchController::search(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty()) {
        clear();
        return;
    }
    if (!m_session)
        return;
    m_query = q;
    const int generation = ++m_generation;
    setLoading(true);
    setError({});
    api::requests::Search request;
    request.query = q;
    request.resolve = true;
    request.limit = 20;
    m_session->api()->call(request, this, [this, generation](api::ApiResult<tusk::Search> r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        m_accounts.clear();
        m_hashtags.clear();
        m_statuses.clear();
        m_searched = true;
        if (!r) {
            m_statusModel->clear();
            setError(tr("The search failed: %1").arg(r.error().message));
            Q_EMIT resultsChanged();
            return;
        }
        const tusk::Search &found = r.value();
        QStringList accountIds;
        for (const Account &a : found.accounts) {
            if (m_session && m_session->cache())
                m_session->cache()->upsertAccount(a); // the profile page paints from the cache
            QVariantMap m = accountMap(a);
            m.insert(QStringLiteral("following"), false);
            m.insert(QStringLiteral("requested"), false);
            m.insert(QStringLiteral("relationshipKnown"), false);
            m_accounts.append(m);
            accountIds.append(a.id);
        }
        for (const Tag &t : found.hashtags) {
            qint64 uses = 0;
            for (const TagHistory &h : t.history)
                uses += h.uses;
            m_hashtags.append(
                QVariantMap{{QStringLiteral("name"), t.name},
                            {QStringLiteral("uses"), uses},
                            {QStringLiteral("following"), t.following.value_or(false)}});
        }
        content::HtmlSanitizer sanitizer;
        for (const Status &s : found.statuses) {
            const QVariantMap m = accountMap(s.account);
            QVariantMap row{
                {QStringLiteral("statusId"), s.id},
                {QStringLiteral("authorId"), m.value(QStringLiteral("accountId"))},
                {QStringLiteral("authorDisplayName"), m.value(QStringLiteral("displayName"))},
                {QStringLiteral("authorHandle"), m.value(QStringLiteral("handle"))},
                {QStringLiteral("plainText"), content::renderStatusContent(sanitizer, s).plainText},
                {QStringLiteral("spoilerText"), s.spoilerText},
                {QStringLiteral("createdAt"), s.createdAt}};
            m_statuses.append(row);
        }
        m_statusModel->show(found.statuses);
        Q_EMIT resultsChanged();
        if (accountIds.isEmpty() || !m_session)
            return;
        // The follow buttons need to know where the user stands with each account.
        m_session->api()->call(api::requests::GetRelationships{accountIds}, this,
                               [this, generation](api::ApiResult<QList<Relationship>> rel) {
                                   if (generation != m_generation || !rel)
                                       return;
                                   for (const Relationship &one : rel.value())
                                       applyRelationship(one);
                               });
    });
}

void SearchController::applyRelationship(const Relationship &r)
{
    if (m_session && m_session->cache())
        m_session->cache()->applyRelationship(r);
    for (int i = 0; i < m_accounts.size(); ++i) {
        QVariantMap m = m_accounts.at(i).toMap();
        if (m.value(QStringLiteral("accountId")).toString() != r.id)
            continue;
        m.insert(QStringLiteral("following"), r.following);
        m.insert(QStringLiteral("requested"), r.requested);
        m.insert(QStringLiteral("relationshipKnown"), true);
        m_accounts[i] = m;
        Q_EMIT accountUpdated(i);
    }
}

void SearchController::setAccountFollowing(const QString &accountId, bool follow)
{
    if (!m_session)
        return;
    using Kind = api::requests::AccountAction::Kind;
    m_session->api()->call(
        api::requests::AccountAction{accountId, follow ? Kind::Follow : Kind::Unfollow}, this,
        [this](api::ApiResult<Relationship> r) {
            if (!r) {
                setError(tr("Could not change the follow: %1").arg(r.error().message));
                return;
            }
            setError({});
            applyRelationship(r.value());
        });
}

void SearchController::setHashtagFollowing(const QString &name, bool follow)
{
    if (!m_session)
        return;
    m_session->api()->call(
        api::requests::TagFollow{name, follow}, this, [this, name](api::ApiResult<Tag> r) {
            if (!r) {
                setError(tr("Could not change the follow: %1").arg(r.error().message));
                return;
            }
            setError({});
            for (int i = 0; i < m_hashtags.size(); ++i) {
                QVariantMap m = m_hashtags.at(i).toMap();
                if (m.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) !=
                    0)
                    continue;
                m.insert(QStringLiteral("following"), r.value().following.value_or(false));
                m_hashtags[i] = m;
                Q_EMIT hashtagUpdated(i);
            }
        });
}

namespace {
QVariantMap listMap(const List &l)
{
    return {{QStringLiteral("id"), l.id}, {QStringLiteral("title"), l.title}};
}
} // namespace

void ListsController::refresh()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    setLoading(true);
    m_session->api()->call(api::requests::GetLists{}, this,
                           [this, generation](api::ApiResult<QList<List>> r) {
                               if (generation != m_generation)
                                   return;
                               setLoading(false);
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               setError({});
                               m_lists.clear();
                               for (const List &l : r.value())
                                   m_lists.append(listMap(l));
                               Q_EMIT listsChanged();
                           });
}

void ListsController::create(const QString &title)
{
    if (!m_session || title.trimmed().isEmpty())
        return;
    m_session->api()->call(api::requests::CreateList{title.trimmed()}, this,
                           [this](api::ApiResult<List> r) {
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               setError({});
                               m_lists.append(listMap(r.value()));
                               Q_EMIT listsChanged();
                               Q_EMIT created(r.value().id);
                           });
}

void ListsController::rename(const QString &id, const QString &title)
{
    if (!m_session || title.trimmed().isEmpty())
        return;
    m_session->api()->call(api::requests::UpdateList{id, title.trimmed()}, this,
                           [this, id](api::ApiResult<List> r) {
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               setError({});
                               for (QVariant &v : m_lists)
                                   if (v.toMap().value(QStringLiteral("id")) == id)
                                       v = listMap(r.value());
                               Q_EMIT listsChanged();
                           });
}

void ListsController::remove(const QString &id)
{
    if (!m_session)
        return;
    m_session->api()->call(api::requests::DeleteList{id}, this,
                           [this, id](api::ApiResult<api::Empty> r) {
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               setError({});
                               m_lists.removeIf([&](const QVariant &v) {
                                   return v.toMap().value(QStringLiteral("id")) == id;
                               });
                               Q_EMIT listsChanged();
                           });
}

void FollowedTagsController::refresh()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    setLoading(true);
    m_session->api()->call(api::requests::GetFollowedTags{}, this,
                           [this, generation](api::ApiResult<QList<Tag>> r) {
                               if (generation != m_generation)
                                   return;
                               setLoading(false);
                               if (!r) {
                                   setError(r.error().message);
                                   return;
                               }
                               setError({});
                               m_tags.clear();
                               for (const Tag &t : r.value())
                                   m_tags.append(QVariantMap{{QStringLiteral("name"), t.name},
                                                             {QStringLiteral("following"), true}});
                               Q_EMIT tagsChanged();
                           });
}

void FollowedTagsController::setFollowing(const QString &name, bool follow)
{
    if (!m_session)
        return;
    m_session->api()->call(
        api::requests::TagFollow{name, follow}, this, [this, name](api::ApiResult<Tag> r) {
            if (!r) {
                setError(r.error().message);
                return;
            }
            setError({});
            // The row stays (an undo is one press away) but shows its state.
            for (QVariant &v : m_tags) {
                QVariantMap m = v.toMap();
                if (m.value(QStringLiteral("name")).toString().compare(name, Qt::CaseInsensitive) ==
                    0) {
                    m.insert(QStringLiteral("following"), r.value().following.value_or(false));
                    v = m;
                }
            }
            Q_EMIT tagsChanged();
        });
}

} // namespace tusk::explore
