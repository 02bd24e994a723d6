#include "statusfiltermodel.h"

#include <QMetaObject>

namespace tusk::views {

StatusFilterModel::StatusFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &StatusFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &StatusFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &StatusFilterModel::countChanged);
}

void StatusFilterModel::setSourceModel(QAbstractItemModel *model)
{
    for (const auto &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // The status models announce loading/error with these notify signals.
        for (const char *signal : {SIGNAL(loadingChanged()), SIGNAL(errorChanged())}) {
            if (model->metaObject()->indexOfSignal(QMetaObject::normalizedSignature(signal + 1)) >=
                0)
                m_sourceConnections << connect(model, signal, this, SIGNAL(sourceStateChanged()));
        }
    }
    Q_EMIT sourceStateChanged();
    Q_EMIT countChanged();
}

void StatusFilterModel::setNotificationTypes(const QStringList &types)
{
    if (types == m_types)
        return;
    m_types = types;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void StatusFilterModel::setExcludeReplies(bool on)
{
    if (on == m_excludeReplies)
        return;
    m_excludeReplies = on;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

void StatusFilterModel::setOnlyMedia(bool on)
{
    if (on == m_onlyMedia)
        return;
    m_onlyMedia = on;
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool StatusFilterModel::isLoading() const
{
    return sourceModel() && sourceModel()->property("loading").toBool();
}

QString StatusFilterModel::error() const
{
    return sourceModel() ? sourceModel()->property("error").toString() : QString();
}

int StatusFilterModel::roleOf(const char *name) const
{
    if (!sourceModel())
        return -1;
    return sourceModel()->roleNames().key(QByteArray(name), -1);
}

bool StatusFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto value = [&](const char *role) { return index.data(roleOf(role)); };
    if (value("kind").toString() == QLatin1String("gap"))
        return true;
    if (!m_types.isEmpty() && !m_types.contains(value("notificationType").toString()))
        return false;
    if (m_excludeReplies && !value("inReplyToId").toString().isEmpty())
        return false;
    if (m_onlyMedia && value("media").toList().isEmpty())
        return false;
    return true;
}

int StatusFilterModel::toSource(int row) const
{
    return mapToSource(index(row, 0)).row();
}

template <typename... Args>
void StatusFilterModel::forward(const char *method, int row, Args... args)
{
    const int sourceRow = toSource(row);
    if (sourceModel() && sourceRow >= 0)
        QMetaObject::invokeMethod(sourceModel(), method, Q_ARG(int, sourceRow), args...);
}

void StatusFilterModel::refresh()
{
    if (sourceModel())
        QMetaObject::invokeMethod(sourceModel(), "refresh");
}

void StatusFilterModel::fillGap(int row)
{
    forward("fillGap", row);
}

void StatusFilterModel::favourite(int row, bool on)
{
    forward("favourite", row, Q_ARG(bool, on));
}

void StatusFilterModel::boost(int row, bool on)
{
    forward("boost", row, Q_ARG(bool, on));
}

void StatusFilterModel::bookmark(int row, bool on)
{
    forward("bookmark", row, Q_ARG(bool, on));
}

void StatusFilterModel::deleteStatus(int row)
{
    forward("deleteStatus", row);
}

void StatusFilterModel::vote(int row, const QList<int> &choices)
{
    forward("vote", row, Q_ARG(QList<int>, choices));
}

void StatusFilterModel::savePosition(int row, int pixelOffset)
{
    // A filtered list is not the timeline the position belongs to: only save unfiltered.
    if (m_types.isEmpty() && !m_excludeReplies && !m_onlyMedia)
        forward("savePosition", row, Q_ARG(int, pixelOffset));
}

int StatusFilterModel::restoredRow() const
{
    int sourceRow = -1;
    if (!sourceModel() ||
        !QMetaObject::invokeMethod(sourceModel(), "restoredRow", Q_RETURN_ARG(int, sourceRow)))
        return -1;
    if (sourceRow < 0)
        return -1;
    return mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

int StatusFilterModel::restoredOffset() const
{
    int offset = 0;
    if (sourceModel())
        QMetaObject::invokeMethod(sourceModel(), "restoredOffset", Q_RETURN_ARG(int, offset));
    return offset;
}

QString StatusFilterModel::statusIdAt(int row) const
{
    return index(row, 0).data(roleOf("statusId")).toString();
}

int StatusFilterModel::rowOfStatus(const QString &id) const
{
    int sourceRow = -1;
    if (!sourceModel() ||
        !QMetaObject::invokeMethod(sourceModel(), "rowOfStatus", Q_RETURN_ARG(int, sourceRow),
                                   Q_ARG(QString, id)))
        return -1;
    return sourceRow < 0 ? -1 : mapFromSource(sourceModel()->index(sourceRow, 0)).row();
}

} // namespace tusk::views
