#include "session/timelinestreams.h"

#include "cache/timelinecache.h"
#include "streaming/streamingclient.h"

namespace tusk::session {

QString StreamRef::key() const
{
    return streaming::StreamingClient::streamKey(stream, param);
}

std::optional<StreamRef> streamForTimeline(const QString &timeline)
{
    if (timeline == u"home" || cache::TimelineCache::isNotificationTimeline(timeline))
        return StreamRef{QStringLiteral("user"), {}};
    if (timeline == u"local")
        return StreamRef{QStringLiteral("public:local"), {}};
    if (timeline == u"federated")
        return StreamRef{QStringLiteral("public"), {}};
    if (timeline.startsWith(u"tag:") && timeline.size() > 4)
        return StreamRef{QStringLiteral("hashtag"), timeline.mid(4)};
    if (timeline.startsWith(u"list:") && timeline.size() > 5)
        return StreamRef{QStringLiteral("list"), timeline.mid(5)};
    if (timeline == u"direct" || timeline == u"conversations")
        return StreamRef{QStringLiteral("direct"), {}};
    return std::nullopt;
}

bool takesNotifications(const QString &timeline)
{
    return cache::TimelineCache::isNotificationTimeline(timeline);
}

} // namespace tusk::session
