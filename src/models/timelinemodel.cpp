#include "models/timelinemodel.h"

namespace tusk::models {

TimelineModel::TimelineModel(QObject *parent) : StatusListModel(parent) {}

void TimelineModel::setTimeline(const QString &timeline)
{
    if (timeline == timelineName())
        return;
    setTimelineName(timeline);
    Q_EMIT timelineChanged();
}

QString TimelineModel::filterContextOf(const QString &timeline)
{
    // Mastodon's "home" context covers home and lists; "public" the local, federated and
    // hashtag timelines; "account" profiles.
    if (timeline == u"home" || timeline.startsWith(u"list:"))
        return QStringLiteral("home");
    if (timeline == u"local" || timeline == u"federated" || timeline.startsWith(u"tag:"))
        return QStringLiteral("public");
    if (timeline.startsWith(u"account:"))
        return QStringLiteral("account");
    if (timeline.startsWith(u"thread:"))
        return QStringLiteral("thread");
    return {};
}

} // namespace tusk::models
