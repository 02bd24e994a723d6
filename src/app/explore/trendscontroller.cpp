#include "trendscontroller.h"

#include "api/apiclient.h"
#include "api/requests/lists.h"

namespace tusk::explore {

TrendsController::TrendsController(QObject *parent)
    : ExploreBase(parent), m_statusModel(new StatusSnapshotModel(QStringLiteral("trends"), this))
{}

void TrendsController::sessionSet()
{
    m_statusModel->clear();
    m_statusModel->setSession(m_session);
    refresh();
}

void TrendsController::settle()
{
    --m_pending;
    Q_EMIT readyChanged();
}

void TrendsController::refresh()
{
    if (!m_session)
        return;
    const int generation = ++m_generation;
    m_pending = 2;
    setLoading(true);
    Q_EMIT readyChanged();
    m_session->api()->call(api::requests::GetTrendingTags{}, this,
                           [this, generation](api::ApiResult<QList<Tag>> r) {
                               if (generation != m_generation)
                                   return;
                               if (!r || r.value().isEmpty()) {
                                   loadFollowedTags(generation);
                                   return;
                               }
                               m_tags.clear();
                               for (const Tag &t : r.value()) {
                                   qint64 uses = 0;
                                   for (const TagHistory &h : t.history)
                                       uses += h.uses;
                                   m_tags.append(QVariantMap{{QStringLiteral("name"), t.name},
                                                             {QStringLiteral("uses"), uses}});
                               }
                               m_trendingTags = true;
                               Q_EMIT tagsChanged();
                               settle();
                               setLoading(m_pending > 0);
                           });
    m_session->api()->call(api::requests::GetTrendingStatuses{}, this,
                           [this, generation](api::ApiResult<QList<Status>> r) {
                               if (generation != m_generation)
                                   return;
                               const bool trending = r && !r.value().isEmpty();
                               if (trending)
                                   m_statusModel->show(r.value());
                               else
                                   m_statusModel->clear();
                               if (trending != m_trendingPosts) {
                                   m_trendingPosts = trending;
                                   Q_EMIT trendingPostsChanged();
                               }
                               settle();
                               setLoading(m_pending > 0);
                           });
}

void TrendsController::loadFollowedTags(int generation)
{
    m_session->api()->call(api::requests::GetFollowedTags{}, this,
                           [this, generation](api::ApiResult<QList<Tag>> r) {
                               if (generation != m_generation)
                                   return;
                               m_tags.clear();
                               if (r) {
                                   for (const Tag &t : r.value())
                                       m_tags.append(QVariantMap{{QStringLiteral("name"), t.name},
                                                                 {QStringLiteral("uses"), 0}});
                               }
                               m_trendingTags = false;
                               Q_EMIT tagsChanged();
                               settle();
                               setLoading(m_pending > 0);
                           });
}

} // namespace tusk::explore
