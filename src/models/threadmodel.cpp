#include "models/threadmodel.h"

#include "cache/timelineloader.h"

namespace tusk::models {

ThreadModel::ThreadModel(QObject *parent) : StatusListModel(parent) {}

void ThreadModel::setStatusId(const QString &statusId)
{
    if (statusId == m_statusId)
        return;
    m_statusId = statusId;
    setTimelineName(statusId.isEmpty() ? QString() : QStringLiteral("thread:") + statusId);
    Q_EMIT statusIdChanged();
}

bool ThreadModel::startNetwork()
{
    return loader() && loader()->fetchThread(m_statusId);
}

int ThreadModel::focusRow() const
{
    for (int i = 0; i < timelineRowCount(); ++i) {
        if (rowAt(firstTimelineRow() + i).focus)
            return firstTimelineRow() + i;
    }
    return -1;
}

void ThreadModel::rowsReloaded()
{
    if (!cache())
        return;
    if (timelineRowCount() == 0 && !m_statusId.isEmpty()) {
        // Never opened before: show the status itself (if any timeline has it) until the
        // context arrives and replaces the thread.
        if (const auto focus = cache()->status(m_statusId)) {
            Row row;
            row.kind = Row::Kind::Status;
            row.id = m_statusId;
            row.key = QStringLiteral("focus");
            row.statusId = focus->reblog ? focus->reblog->id : focus->id;
            row.focus = true;
            addRow(std::move(row));
        }
        return;
    }
    // Server order is ancestors, focus, descendants (each parent before its replies).
    QHash<QString, int> depthOf;
    bool pastFocus = false;
    for (int i = 0; i < timelineRowCount(); ++i) {
        Row &row = mutableRow(i);
        if (row.kind == Row::Kind::Gap)
            continue;
        const auto status = cache()->status(row.id);
        const Status *shown =
            status ? (status->reblog ? status->reblog.get() : status.get()) : nullptr;
        row.focus = row.statusId == m_statusId;
        if (row.focus || !pastFocus) {
            row.depth = 0;
            pastFocus = pastFocus || row.focus;
        } else {
            const QString parent = shown ? shown->inReplyToId : QString();
            row.depth = depthOf.contains(parent) ? depthOf.value(parent) + 1 : 1;
        }
        depthOf.insert(row.statusId, row.depth);
    }
    if (timelineRowCount() > 0)
        Q_EMIT dataChanged(index(firstTimelineRow()), index(rowCount() - 1),
                           {DepthRole, IsFocusRole});
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> roles = StatusListModel::roleNames();
    roles.insert(DepthRole, "depth");
    roles.insert(IsFocusRole, "isFocus");
    return roles;
}

QVariant ThreadModel::extraData(const Row &row, const Entry *, int role) const
{
    switch (role) {
    case DepthRole:
        return row.depth;
    case IsFocusRole:
        return row.focus;
    default:
        return {};
    }
}

} // namespace tusk::models
