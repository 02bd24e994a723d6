#include "statussnapshotmodel.h"

#include "cache/timelinecache.h"
#include "session/accountsession.h"

#include <QHash>

namespace tusk::explore {

namespace {
QString nextName(const QString &kind)
{
    static QHash<QString, int> serials; // the GUI thread only
    return QStringLiteral("%1:%2").arg(kind).arg(++serials[kind]);
}
} // namespace

StatusSnapshotModel::StatusSnapshotModel(const QString &kind, QObject *parent)
    : StatusListModel(parent), m_name(nextName(kind))
{}

StatusSnapshotModel::~StatusSnapshotModel()
{
    clear();
}

void StatusSnapshotModel::show(const QList<Status> &statuses)
{
    cache::TimelineCache *c = session() ? session()->cache() : cache();
    if (!c)
        return;
    // Written before the name is set, so the model's first read finds the rows; when the name
    // is already set, the cache's Reset makes the model read again.
    c->replaceTimeline(m_name, statuses);
    setTimelineName(m_name);
}

void StatusSnapshotModel::clear()
{
    const bool shown = !timelineName().isEmpty();
    setTimelineName({});
    cache::TimelineCache *c = session() ? session()->cache() : cache();
    if (shown && c)
        c->clearTimeline(m_name);
}

} // namespace tusk::explore
