#pragma once
#include "api/pagination.h"
#include "api/request.h"
#include "cache/timelinecache.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <optional>

namespace tusk::api {
class ApiClient;
}

namespace tusk::cache {

// Fetches pages of named timelines through the ApiClient into a TimelineCache: the newest page,
// the next older page, and either end of a gap. Models ask it for more; they read the result
// from the cache (through TimelineCache::changed), never from here. One fetch per timeline at a
// time.
class TimelineLoader : public QObject {
    Q_OBJECT
public:
    TimelineLoader(api::ApiClient *client, TimelineCache *cache, QObject *parent = nullptr);

    void setPageSize(int n) { m_pageSize = qBound(1, n, 80); }
    // Notifications through /api/v2/notifications (Capabilities::groupedNotifications): one
    // cache entry per group (notificationgroups.h) instead of one per notification.
    void setGroupedNotifications(bool on) { m_groupedNotifications = on; }
    bool groupedNotifications() const { return m_groupedNotifications; }
    int pageSize() const { return m_pageSize; }

    enum class GapEnd { Top, Bottom };

    // The request for one page of `timeline` (home, local, federated, tag:NAME, list:ID,
    // account:ID, notifications, bookmarks, favourites); nullopt if it has no paged endpoint.
    static std::optional<api::RequestSpec> requestFor(const QString &timeline,
                                                      const api::PageCursor &cursor);
    // The v2 request for a notifications timeline ("notifications", "notifications:types=...").
    static std::optional<api::RequestSpec> groupedRequestFor(const QString &timeline,
                                                             const api::PageCursor &cursor);

    // Each returns false if the timeline is unknown or already loading; `finished` follows.
    bool fetchNewest(const QString &timeline);
    bool fetchOlder(const QString &timeline);
    bool fillGap(const Gap &gap, GapEnd end);
    // thread:ID: the status and its context, replacing the thread's cached contents.
    bool fetchThread(const QString &statusId);
    bool isLoading(const QString &timeline) const { return m_loading.contains(timeline); }

Q_SIGNALS:
    // After the page is in the cache (ok) or the request failed (error is for people).
    void finished(const QString &timeline, bool ok, const QString &error);

private:
    bool fetch(const QString &timeline, const api::PageCursor &cursor, const PageInfo &info);
    void done(const QString &timeline, bool ok, const QString &error);

    QPointer<api::ApiClient> m_client;
    QPointer<TimelineCache> m_cache;
    int m_pageSize = 40;
    bool m_groupedNotifications = false;
    QSet<QString> m_loading;
};

} // namespace tusk::cache
