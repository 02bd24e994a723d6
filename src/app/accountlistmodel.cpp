#include "accountlistmodel.h"

namespace tusk::app {

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return r.key;
    case Qt::DisplayRole:
    case DisplayNameRole:
        return r.displayName;
    case HandleRole:
        return r.handle;
    case AvatarRole:
        return r.avatar;
    case UnreadRole:
        return r.unread;
    case IsLocalRole:
        return r.isLocal;
    case IsCurrentRole:
        return r.key == m_current;
    case StateRole:
        return r.state;
    case ProblemRole:
        return r.problem;
    case InstanceRole:
        return r.instance;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return {{KeyRole, "key"},
            {DisplayNameRole, "displayName"},
            {HandleRole, "handle"},
            {AvatarRole, "avatar"},
            {UnreadRole, "unread"},
            {IsLocalRole, "isLocal"},
            {IsCurrentRole, "isCurrent"},
            {StateRole, "loginState"},
            {ProblemRole, "problem"},
            {InstanceRole, "instance"}};
}

QString AccountListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

int AccountListModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).key == key)
            return i;
    return -1;
}

const AccountListModel::Row *AccountListModel::row(const QString &key) const
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &m_rows.at(i);
}

void AccountListModel::upsert(const Row &row)
{
    const int i = indexOf(row.key);
    if (i >= 0) {
        Row &existing = m_rows[i];
        const int unread = existing.unread;
        const QString state = existing.state;
        const QString problem = existing.problem;
        existing = row;
        existing.unread = unread;
        existing.state = state;
        existing.problem = problem;
        Q_EMIT dataChanged(index(i), index(i));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
    Q_EMIT countChanged();
}

void AccountListModel::remove(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
    Q_EMIT countChanged();
}

void AccountListModel::setUnread(const QString &key, int unread)
{
    const int i = indexOf(key);
    if (i < 0 || m_rows[i].unread == unread)
        return;
    m_rows[i].unread = unread;
    Q_EMIT dataChanged(index(i), index(i), {UnreadRole});
}

void AccountListModel::setState(const QString &key, const QString &state, const QString &problem)
{
    const int i = indexOf(key);
    if (i < 0)
        return;
    m_rows[i].state = state;
    m_rows[i].problem = problem;
    Q_EMIT dataChanged(index(i), index(i), {StateRole, ProblemRole});
}

void AccountListModel::setCurrent(const QString &key)
{
    const int old = indexOf(m_current);
    m_current = key;
    const int now = indexOf(key);
    if (old >= 0)
        Q_EMIT dataChanged(index(old), index(old), {IsCurrentRole});
    if (now >= 0)
        Q_EMIT dataChanged(index(now), index(now), {IsCurrentRole});
}

} // namespace tusk::app
