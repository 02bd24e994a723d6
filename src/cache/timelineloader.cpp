#include "cache/timelineloader.h"

#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "api/requests/bookmarks.h"
#include "api/requests/notifications.h"
#include "api/requests/statuses.h"
#include "api/requests/timelines.h"
#include "cache/logging.h"
#include "cache/notificationgroups.h"

namespace tusk::cache {

using namespace api::requests;

TimelineLoader::TimelineLoader(api::ApiClient *client, TimelineCache *cache, QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache)
{}

std::optional<api::RequestSpec> TimelineLoader::requestFor(const QString &timeline,
                                                           const api::PageCursor &cursor)
{
    const auto arg = [&timeline](const char *prefix) {
        return timeline.mid(qsizetype(qstrlen(prefix)));
    };
    if (timeline == u"home")
        return HomeTimeline{cursor}.spec();
    if (timeline == u"local" || timeline == u"federated") {
        PublicTimeline r;
        r.scope = timeline == u"local" ? PublicTimeline::Scope::Local : PublicTimeline::Scope::All;
        r.page = cursor;
        return r.spec();
    }
    if (timeline.startsWith(u"tag:")) {
        TagTimeline r;
        r.tag = arg("tag:");
        r.page = cursor;
        return r.spec();
    }
    if (timeline.startsWith(u"list:"))
        return ListTimeline{arg("list:"), cursor}.spec();
    if (timeline.startsWith(u"account:")) {
        GetAccountStatuses r;
        r.id = arg("account:");
        r.page = cursor;
        return r.spec();
    }
    if (TimelineCache::isNotificationTimeline(timeline)) {
        GetNotifications r;
        if (!parseNotificationsTimeline(timeline, &r.types, &r.excludeTypes))
            return std::nullopt;
        r.page = cursor;
        return r.spec();
    }
    if (timeline == u"bookmarks")
        return GetBookmarks{cursor}.spec();
    if (timeline == u"favourites")
        return GetFavourites{cursor}.spec();
    return std::nullopt;
}

bool TimelineLoader::fetchNewest(const QString &timeline)
{
    api::PageCursor cursor;
    cursor.limit = m_pageSize;
    return fetch(timeline, cursor, {});
}

bool TimelineLoader::fetchOlder(const QString &timeline)
{
    if (!m_cache)
        return false;
    api::PageCursor cursor;
    cursor.limit = m_pageSize;
    cursor.maxId = m_cache->olderCursor(timeline);
    if (cursor.maxId.isEmpty())
        return fetchNewest(timeline);
    PageInfo info;
    info.maxId = cursor.maxId;
    return fetch(timeline, cursor, info);
}

bool TimelineLoader::fillGap(const Gap &gap, GapEnd end)
{
    api::PageCursor cursor;
    cursor.limit = m_pageSize;
    PageInfo info;
    if (end == GapEnd::Top)
        info.maxId = cursor.maxId = gap.maxId;
    else
        info.minId = cursor.minId = gap.minId;
    return fetch(gap.timeline, cursor, info);
}

std::optional<api::RequestSpec> TimelineLoader::groupedRequestFor(const QString &timeline,
                                                                  const api::PageCursor &cursor)
{
    GetGroupedNotifications r;
    if (!parseNotificationsTimeline(timeline, &r.types, &r.excludeTypes))
        return std::nullopt;
    r.page = cursor;
    return r.spec();
}

bool TimelineLoader::fetch(const QString &timeline, const api::PageCursor &cursor,
                           const PageInfo &info)
{
    const bool grouped = m_groupedNotifications && TimelineCache::isNotificationTimeline(timeline);
    const auto spec = grouped ? groupedRequestFor(timeline, cursor) : requestFor(timeline, cursor);
    if (!spec || !m_client || !m_cache || m_loading.contains(timeline))
        return false;
    m_loading.insert(timeline);
    api::PendingCall *call = m_client->start(*spec);
    connect(call, &api::PendingCall::finished, this, [this, call, timeline, info, grouped] {
        if (!m_cache)
            return done(timeline, false, {});
        PageInfo page = info;
        page.olderCursor = call->links().nextCursor().value_or(api::PageCursor()).maxId;
        const bool older = page.minId.isEmpty() && page.sinceId.isEmpty();
        bool ok = false;
        QString error;
        if (grouped) {
            auto r = api::ApiClient::resultOf<GroupedNotificationsResults>(*call);
            if (r) {
                const QList<Notification> entries = notificationsFromGroups(r.value());
                const bool none = r.value().notificationGroups.isEmpty();
                page.reachedOldest = older && (none || !r.links().hasNext());
                page.reachedNewest = !older && (none || !r.links().hasPrev());
                ok = m_cache->insertNotificationsPage(timeline, entries, page);
            } else {
                error = r.error().message;
            }
        } else if (TimelineCache::isNotificationTimeline(timeline)) {
            auto r = api::ApiClient::resultOf<QList<Notification>>(*call);
            if (r) {
                // Conservative ends: only an empty page or a missing link proves the end (a
                // short page may just be filtered).
                page.reachedOldest = older && (r.value().isEmpty() || !r.links().hasNext());
                page.reachedNewest = !older && (r.value().isEmpty() || !r.links().hasPrev());
                ok = m_cache->insertNotificationsPage(timeline, r.value(), page);
            } else {
                error = r.error().message;
            }
        } else {
            auto r = api::ApiClient::resultOf<QList<Status>>(*call);
            if (r) {
                page.reachedOldest = older && (r.value().isEmpty() || !r.links().hasNext());
                page.reachedNewest = !older && (r.value().isEmpty() || !r.links().hasPrev());
                ok = m_cache->insertPage(timeline, r.value(), page);
            } else {
                error = r.error().message;
            }
        }
        if (!ok && error.isEmpty())
            error = tr("The timeline could not be saved.");
        done(timeline, ok, error);
    });
    return true;
}

bool TimelineLoader::fetchThread(const QString &statusId)
{
    const QString timeline = QStringLiteral("thread:") + statusId;
    if (!m_client || !m_cache || m_loading.contains(timeline))
        return false;
    m_loading.insert(timeline);
    m_client->call(GetStatus{statusId}, this, [this, timeline, statusId](auto focus) {
        if (!focus)
            return done(timeline, false, focus.error().message);
        m_client->call(
            GetContext{statusId}, this, [this, timeline, root = focus.value()](auto context) {
                if (!context || !m_cache)
                    return done(timeline, false, context ? QString() : context.error().message);
                QList<Status> all = context.value().ancestors;
                all.append(root);
                all.append(context.value().descendants);
                done(timeline, m_cache->replaceTimeline(timeline, all), {});
            });
    });
    return true;
}

void TimelineLoader::done(const QString &timeline, bool ok, const QString &error)
{
    m_loading.remove(timeline);
    if (!ok)
        qCInfo(lcCache) << "loading" << timeline << "failed:" << error;
    Q_EMIT finished(timeline, ok, error);
}

} // namespace tusk::cache
