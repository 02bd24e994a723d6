#include "edithistorymodel.h"

#include "logging.h"

#include "api/apiclient.h"
#include "api/requests/statuses.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"

#include <algorithm>

namespace tusk::views {

EditHistoryModel::EditHistoryModel(QObject *parent) : QAbstractListModel(parent) {}

void EditHistoryModel::setSession(session::AccountSession *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
    reload();
}

void EditHistoryModel::setStatusId(const QString &id)
{
    if (id == m_statusId)
        return;
    m_statusId = id;
    Q_EMIT statusIdChanged();
    reload();
}

void EditHistoryModel::reload()
{
    ++m_generation; // answers to earlier requests are dropped
    beginResetModel();
    m_edits.clear();
    endResetModel();
    Q_EMIT countChanged();
    setError({});
    setLoading(false);
    if (!m_session || m_statusId.isEmpty())
        return;
    setLoading(true);
    const int generation = m_generation;
    m_session->api()->call(api::requests::GetStatusHistory{m_statusId}, this,
                           [this, generation](api::ApiResult<QList<StatusEdit>> r) {
                               if (generation != m_generation)
                                   return;
                               setLoading(false);
                               if (!r) {
                                   qCWarning(lcViews) << "edit history of" << m_statusId
                                                      << "failed:" << r.error().message;
                                   setError(r.error().message);
                                   return;
                               }
                               QList<StatusEdit> edits = std::move(r).value();
                               // Servers send the original first; a stable sort keeps that order
                               // for equal times.
                               std::stable_sort(edits.begin(), edits.end(),
                                                [](const StatusEdit &a, const StatusEdit &b) {
                                                    return a.createdAt < b.createdAt;
                                                });
                               content::HtmlSanitizer sanitizer;
                               QList<Version> versions;
                               versions.reserve(edits.size());
                               for (const StatusEdit &e : edits) {
                                   // The content pipeline renders statuses: a revision is one with
                                   // its own content, warning and emoji.
                                   Status s;
                                   s.content = e.content;
                                   s.spoilerText = e.spoilerText;
                                   s.emojis = e.emojis;
                                   s.account = e.account;
                                   const content::RichContent rich =
                                       content::renderStatusContent(sanitizer, s);
                                   const content::RichContent spoiler = content::renderSpoiler(s);
                                   Version v{e, rich.html, rich.plainText};
                                   v.edit.spoilerText = spoiler.html;
                                   versions.prepend(std::move(v));
                               }
                               if (versions.isEmpty())
                                   return;
                               beginInsertRows({}, 0, int(versions.size()) - 1);
                               m_edits = std::move(versions);
                               endInsertRows();
                               Q_EMIT countChanged();
                           });
}

int EditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

QVariant EditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Version &v = m_edits.at(index.row());
    const StatusEdit &e = v.edit;
    const Account &a = e.account;
    switch (role) {
    case AuthorNameRole:
        return content::renderDisplayName(a);
    case AuthorPlainNameRole:
        return a.displayName.isEmpty() ? a.username : a.displayName;
    case AuthorHandleRole:
        if (a.acct.contains(QLatin1Char('@')) || !m_session)
            return QString(QLatin1Char('@') + a.acct);
        return QStringLiteral("@%1@%2").arg(a.acct, m_session->api()->instanceUrl().host());
    case AuthorAvatarRole:
        return a.avatar;
    case AuthorIdRole:
        return a.id;
    case CreatedAtRole:
        return e.createdAt;
    case ContentHtmlRole:
        return v.contentHtml;
    case Qt::DisplayRole:
    case PlainTextRole:
        return v.plainText;
    case SpoilerTextRole:
        return e.spoilerText;
    case SensitiveRole:
        return e.sensitive;
    case MediaCountRole:
        return int(e.mediaAttachments.size());
    case MediaDescriptionsRole: {
        QStringList out;
        for (const MediaAttachment &m : e.mediaAttachments)
            out.append(m.description);
        return out;
    }
    case PollOptionsRole: {
        QStringList out;
        if (e.poll)
            for (const PollOption &o : e.poll->options)
                out.append(o.title);
        return out;
    }
    case IsOriginalRole:
        return index.row() == m_edits.size() - 1;
    case IsCurrentRole:
        return index.row() == 0;
    case VersionRole:
        return int(m_edits.size()) - index.row();
    }
    return {};
}

QHash<int, QByteArray> EditHistoryModel::roleNames() const
{
    return {{AuthorNameRole, "authorName"},     {AuthorPlainNameRole, "authorPlainName"},
            {AuthorHandleRole, "authorHandle"}, {AuthorAvatarRole, "authorAvatar"},
            {AuthorIdRole, "authorId"},         {CreatedAtRole, "createdAt"},
            {ContentHtmlRole, "contentHtml"},   {PlainTextRole, "plainText"},
            {SpoilerTextRole, "spoilerText"},   {SensitiveRole, "sensitive"},
            {MediaCountRole, "mediaCount"},     {MediaDescriptionsRole, "mediaDescriptions"},
            {PollOptionsRole, "pollOptions"},   {IsOriginalRole, "isOriginal"},
            {IsCurrentRole, "isCurrent"},       {VersionRole, "version"}};
}

void EditHistoryModel::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void EditHistoryModel::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

} // namespace tusk::views
