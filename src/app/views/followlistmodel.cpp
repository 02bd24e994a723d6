#include "followlistmodel.h"

#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "cache/timelinecache.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "session/accountsession.h"

namespace tusk::views {

FollowListModel::FollowListModel(QObject *parent) : QAbstractListModel(parent) {}

void FollowListModel::setSession(session::AccountSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    restart();
}

void FollowListModel::setAccountId(const QString &id)
{
    if (id == m_accountId)
        return;
    m_accountId = id;
    Q_EMIT accountIdChanged();
    restart();
}

void FollowListModel::setWhich(const QString &which)
{
    if (which == m_which)
        return;
    m_which = which;
    Q_EMIT whichChanged();
    restart();
}

void FollowListModel::restart()
{
    ++m_generation; // answers to earlier requests are dropped
    beginResetModel();
    m_accounts.clear();
    m_next = api::PageCursor{};
    m_started = false;
    endResetModel();
    Q_EMIT countChanged();
    setLoading(false);
    if (m_session && !m_accountId.isEmpty())
        load(api::PageCursor{});
}

int FollowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant FollowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Account &a = m_accounts.at(index.row());
    switch (role) {
    case AccountIdRole:
        return a.id;
    case DisplayNameRole:
        return content::renderDisplayName(a);
    case PlainNameRole:
    case Qt::DisplayRole:
        return a.displayName.isEmpty() ? a.username : a.displayName;
    case HandleRole: {
        if (a.acct.contains(QLatin1Char('@')) || !m_session)
            return QString(QLatin1Char('@') + a.acct);
        return QStringLiteral("@%1@%2").arg(a.acct, m_session->api()->instanceUrl().host());
    }
    case AvatarRole:
        return a.avatar;
    case NoteTextRole: {
        content::HtmlSanitizer sanitizer;
        return content::renderAccountNote(sanitizer, a).plainText;
    }
    }
    return {};
}

QHash<int, QByteArray> FollowListModel::roleNames() const
{
    return {{AccountIdRole, "accountId"}, {DisplayNameRole, "displayName"},
            {PlainNameRole, "plainName"}, {HandleRole, "handle"},
            {AvatarRole, "avatar"},       {NoteTextRole, "noteText"}};
}

bool FollowListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && m_next.has_value() && !m_loading;
}

void FollowListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(*m_next);
}

void FollowListModel::load(const api::PageCursor &cursor)
{
    if (!m_session)
        return;
    m_started = true;
    setLoading(true);
    api::requests::GetAccountFollows request;
    request.id = m_accountId;
    request.which = m_which == QLatin1String("following")
                        ? api::requests::GetAccountFollows::Which::Following
                        : api::requests::GetAccountFollows::Which::Followers;
    request.page = cursor;
    const int generation = m_generation;
    m_session->api()->call(request, this, [this, generation](api::ApiResult<QList<Account>> r) {
        if (generation != m_generation)
            return;
        setLoading(false);
        if (!r) {
            m_error = r.error().message;
            Q_EMIT errorChanged();
            m_next.reset();
            return;
        }
        const QList<Account> &page = r.value();
        // Servers end a list with an empty page or no rel="next".
        m_next = page.isEmpty() ? std::nullopt : r.links().nextCursor();
        if (page.isEmpty())
            return;
        if (m_session && m_session->cache())
            for (const Account &a : page)
                m_session->cache()->upsertAccount(a);
        beginInsertRows({}, int(m_accounts.size()), int(m_accounts.size() + page.size() - 1));
        m_accounts.append(page);
        endInsertRows();
        Q_EMIT countChanged();
    });
}

void FollowListModel::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

} // namespace tusk::views
