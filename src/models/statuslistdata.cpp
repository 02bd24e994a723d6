// StatusListModel: what a row shows (roles), the actions a row offers, drafts of queued posts
// and the reading position.
#include "cache/queuerunner.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/statuscontent.h"
#include "models/logging.h"
#include "models/statuslistmodel.h"
#include "session/accountsession.h"

#include <QUrl>

namespace tusk::models {

QHash<int, QByteArray> StatusListModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {ItemIdRole, "itemId"},
        {StatusIdRole, "statusId"},
        {UrlRole, "url"},
        {IsOwnRole, "isOwn"},
        {AuthorIdRole, "authorId"},
        {AuthorDisplayNameRole, "authorDisplayName"},
        {AuthorHandleRole, "authorHandle"},
        {AuthorAvatarRole, "authorAvatar"},
        {BoostedByIdRole, "boostedById"},
        {BoostedByDisplayNameRole, "boostedByDisplayName"},
        {InReplyToIdRole, "inReplyToId"},
        {ReplyToHandleRole, "replyToHandle"},
        {CreatedAtRole, "createdAt"},
        {EditedAtRole, "editedAt"},
        {VisibilityRole, "visibility"},
        {ContentHtmlRole, "contentHtml"},
        {PlainTextRole, "plainText"},
        {SpoilerTextRole, "spoilerText"},
        {SensitiveRole, "sensitive"},
        {LanguageRole, "language"},
        {MediaRole, "media"},
        {CardRole, "card"},
        {PollRole, "poll"},
        {QuoteRole, "quote"},
        {RepliesCountRole, "repliesCount"},
        {ReblogsCountRole, "reblogsCount"},
        {FavouritesCountRole, "favouritesCount"},
        {FavouritedRole, "favourited"},
        {RebloggedRole, "reblogged"},
        {BookmarkedRole, "bookmarked"},
        {PinnedRole, "pinned"},
        {PendingStateRole, "pendingState"},
        {PendingErrorRole, "pendingError"},
        {FilterActionRole, "filterAction"},
        {FilterTitlesRole, "filterTitles"},
        {AccessibleSummaryRole, "accessibleSummary"},
        {GapLoadingRole, "gapLoading"},
    };
}

const StatusListModel::Entry *StatusListModel::entryFor(const Row &row) const
{
    if (row.kind == Row::Kind::Gap || !m_cache)
        return nullptr;
    if (const Entry *hit = m_entries.object(row.id))
        return hit;
    auto entry = std::make_unique<Entry>();
    std::shared_ptr<const Status> status;
    if (row.kind == Row::Kind::Status) {
        status = m_cache->status(row.id);
    } else if (row.kind == Row::Kind::Notification) {
        const auto n = m_cache->notification(row.id);
        if (n && n->status)
            status = std::make_shared<const Status>(*n->status);
    }
    if (status) {
        entry->status = status;
        entry->hasStatus = true;
        entry->presented = presentStatus(*m_sanitizer, *status);
        entry->verdict = filterVerdict(*status, filterContext(), QDateTime::currentDateTimeUtc());
        if (m_actions) {
            entry->pending = m_actions->pendingFor(entry->presented.statusId);
            applyPending(entry->presented, entry->pending);
            if (entry->pending.failed) {
                const auto failed = m_actions->actions(cache::Action::State::Failed);
                for (const cache::Action &a : failed) {
                    if (a.targetId == entry->presented.statusId)
                        entry->pendingError = a.error;
                }
            }
            if (!entry->presented.pollId.isEmpty())
                applyQueuedVote(*entry);
        }
    }
    entry->summary = summaryFor(row, *entry);
    Entry *raw = entry.get();
    m_entries.insert(row.id, entry.release());
    return raw;
}

void StatusListModel::applyQueuedVote(Entry &entry) const
{
    // Votes name the poll, not the status: PendingState does not see them.
    using State = cache::Action::State;
    for (State state : {State::Pending, State::Sending, State::Failed}) {
        for (const cache::Action &a : m_actions->actions(state)) {
            if (a.kind != cache::Action::Kind::PollVote || a.targetId != entry.presented.pollId)
                continue;
            if (state == State::Failed) {
                entry.pending.failed = true;
                entry.pendingError = a.error;
                continue;
            }
            QVariantList own;
            for (int c : a.choices)
                own.append(c);
            entry.presented.poll.insert(QStringLiteral("voted"), true);
            entry.presented.poll.insert(QStringLiteral("ownVotes"), own);
            entry.votePending = true;
        }
    }
}

QString StatusListModel::summaryFor(const Row &, const Entry &entry) const
{
    return entry.hasStatus ? Summary::forStatus(entry.presented, QDateTime::currentDateTimeUtc())
                           : QString();
}

QVariant StatusListModel::extraData(const Row &, const Entry *, int) const
{
    return {};
}

QVariant StatusListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() < firstTimelineRow())
        return draftData(m_drafts.at(index.row()), role);
    const Row &row = rowAt(index.row());
    switch (role) {
    case KindRole:
        return row.kind == Row::Kind::Gap            ? QStringLiteral("gap")
               : row.kind == Row::Kind::Notification ? QStringLiteral("notification")
                                                     : QStringLiteral("status");
    case ItemIdRole:
        return row.id;
    case StatusIdRole:
        return row.statusId;
    case GapLoadingRole:
        return row.kind == Row::Kind::Gap && !m_gapLoadingKey.isEmpty() &&
               row.key == m_gapLoadingKey;
    default:
        break;
    }
    if (row.kind == Row::Kind::Gap) {
        if (role == AccessibleSummaryRole)
            return tr("Missing posts. Activate to load them.");
        return role >= NotificationTypeRole ? extraData(row, nullptr, role) : QVariant();
    }
    const Entry *e = entryFor(row);
    if (role >= NotificationTypeRole)
        return extraData(row, e, role);
    if (role == AccessibleSummaryRole)
        return e ? e->summary : QString();
    if (!e || !e->hasStatus)
        return {};
    const PresentedStatus &p = e->presented;
    switch (role) {
    case UrlRole:
        return p.url;
    case IsOwnRole:
        return !m_ownAccountId.isEmpty() && p.authorId == m_ownAccountId;
    case AuthorIdRole:
        return p.authorId;
    case AuthorDisplayNameRole:
        return p.authorDisplayName;
    case AuthorHandleRole:
        return p.authorHandle;
    case AuthorAvatarRole:
        return p.authorAvatar;
    case BoostedByIdRole:
        return p.boostedById;
    case BoostedByDisplayNameRole:
        return p.boostedByDisplayName;
    case InReplyToIdRole:
        return p.inReplyToId;
    case ReplyToHandleRole:
        return p.replyToHandle;
    case CreatedAtRole:
        return p.createdAt;
    case EditedAtRole:
        return p.editedAt;
    case VisibilityRole:
        return p.visibility;
    case ContentHtmlRole:
        return p.contentHtml;
    case PlainTextRole:
        return p.plainText;
    case SpoilerTextRole:
        return p.spoilerHtml;
    case SensitiveRole:
        return p.sensitive;
    case LanguageRole:
        return p.language;
    case MediaRole:
        return p.media;
    case CardRole:
        return p.card;
    case PollRole:
        return p.poll;
    case QuoteRole:
        return p.quote;
    case RepliesCountRole:
        return p.repliesCount;
    case ReblogsCountRole:
        return p.reblogsCount;
    case FavouritesCountRole:
        return p.favouritesCount;
    case FavouritedRole:
        return p.favourited;
    case RebloggedRole:
        return p.reblogged;
    case BookmarkedRole:
        return p.bookmarked;
    case PinnedRole:
        return p.pinned;
    case PendingStateRole:
        if (e->pending.failed)
            return QStringLiteral("failed");
        return e->pending.isEmpty() && !e->votePending ? QString() : QStringLiteral("sending");
    case PendingErrorRole:
        return e->pendingError;
    case FilterActionRole:
        return e->verdict.action == FilterVerdict::Action::Warn ? QStringLiteral("warn")
                                                                : QString();
    case FilterTitlesRole:
        return e->verdict.titles;
    default:
        return {};
    }
}

QVariant StatusListModel::draftData(const cache::Action &draft, int role) const
{
    const bool failed = draft.state == cache::Action::State::Failed;
    switch (role) {
    case KindRole:
        return QStringLiteral("status");
    case ItemIdRole:
        return QStringLiteral("local:%1").arg(draft.seq);
    case StatusIdRole:
        return QString();
    case IsOwnRole:
        return true;
    case AuthorIdRole:
        return m_ownAccountId;
    case AuthorDisplayNameRole:
    case AuthorHandleRole:
    case AuthorAvatarRole: {
        const auto me = m_cache ? m_cache->account(m_ownAccountId) : std::nullopt;
        if (!me)
            return QString();
        return role == AuthorDisplayNameRole ? content::renderDisplayName(*me)
               : role == AuthorHandleRole    ? handleOf(*me)
                                             : me->avatar;
    }
    case InReplyToIdRole:
        return draft.inReplyToId;
    case CreatedAtRole:
        return draft.createdAt;
    case VisibilityRole:
        return draft.visibility.isEmpty() ? QStringLiteral("public") : draft.visibility;
    case ContentHtmlRole:
        return draft.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    case PlainTextRole:
        return draft.text;
    case SpoilerTextRole:
        return draft.spoilerText.toHtmlEscaped();
    case SensitiveRole:
        return draft.sensitive;
    case LanguageRole:
        return draft.language;
    case MediaRole: {
        QVariantList media;
        for (const cache::MediaDraft &m : draft.media) {
            const QString url = QUrl::fromLocalFile(m.path).toString();
            media.append(QVariantMap{{QStringLiteral("id"), m.uploadedId},
                                     {QStringLiteral("type"), QStringLiteral("image")},
                                     {QStringLiteral("url"), url},
                                     {QStringLiteral("previewUrl"), url},
                                     {QStringLiteral("description"), m.description}});
        }
        return media;
    }
    case CardRole:
    case PollRole:
    case QuoteRole:
        return QVariantMap();
    case PendingStateRole:
        return failed ? QStringLiteral("failed") : QStringLiteral("sending");
    case PendingErrorRole:
        return draft.error;
    case AccessibleSummaryRole: {
        const QString text = draft.spoilerText.isEmpty()
                                 ? draft.text
                                 : tr("Content warning: %1").arg(draft.spoilerText);
        return failed ? tr("Your post could not be sent: %1. %2").arg(draft.error, text)
                      : tr("Your post, not sent yet: %1").arg(text);
    }
    default:
        return {};
    }
}

void StatusListModel::refreshDrafts()
{
    QList<cache::Action> fresh;
    if (m_actions && showsDrafts()) {
        fresh = m_actions->pendingPosts();
        for (const cache::Action &a : m_actions->actions(cache::Action::State::Failed)) {
            if (a.kind == cache::Action::Kind::Post)
                fresh.append(a);
        }
        std::sort(fresh.begin(), fresh.end(),
                  [](const cache::Action &a, const cache::Action &b) { return a.seq > b.seq; });
    }
    const auto contains = [&fresh](qint64 seq) {
        return std::any_of(fresh.cbegin(), fresh.cend(),
                           [seq](const cache::Action &a) { return a.seq == seq; });
    };
    for (int i = int(m_drafts.size()) - 1; i >= 0; --i) {
        if (!contains(m_drafts.at(i).seq)) {
            beginRemoveRows({}, i, i);
            m_drafts.removeAt(i);
            endRemoveRows();
        }
    }
    // What is left is in the same (newest first) order as `fresh`.
    for (int j = 0; j < fresh.size(); ++j) {
        if (j < m_drafts.size() && m_drafts.at(j).seq == fresh.at(j).seq) {
            if (m_drafts.at(j).state != fresh.at(j).state ||
                m_drafts.at(j).error != fresh.at(j).error) {
                m_drafts[j] = fresh.at(j);
                Q_EMIT dataChanged(index(j), index(j));
            }
            continue;
        }
        beginInsertRows({}, j, j);
        m_drafts.insert(j, fresh.at(j));
        endInsertRows();
    }
}

void StatusListModel::onActionChanged(qint64, const QString &targetId)
{
    if (!m_started)
        return;
    if (showsDrafts())
        refreshDrafts();
    QSet<QString> ids;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.kind != Row::Kind::Gap && (r.statusId == targetId || r.id == targetId))
            ids.insert(r.id);
    }
    // A vote names the poll: find the rows showing it among the realised ones.
    const auto keys = m_entries.keys();
    for (const QString &key : keys) {
        if (const Entry *e = m_entries.object(key); e && e->presented.pollId == targetId)
            ids.insert(key);
    }
    for (const QString &id : std::as_const(ids)) {
        m_entries.remove(id);
        const int i = indexOfItem(id);
        if (i >= 0)
            rowChanged(i);
    }
}

bool StatusListModel::enqueue(int row, cache::Action::Kind on, cache::Action::Kind off, bool state)
{
    if (!m_actions || row < firstTimelineRow() || row >= rowCount())
        return false;
    const Row &r = rowAt(row);
    if (r.kind == Row::Kind::Gap || r.statusId.isEmpty())
        return false;
    cache::Action action;
    action.kind = state ? on : off;
    action.targetId = r.statusId;
    return queue(action);
}

bool StatusListModel::queue(const cache::Action &action)
{
    if (m_actions->enqueue(action) == 0)
        return false;
    // The runner sleeps while the queue is empty; tell it there is work.
    if (m_session && m_session->runner())
        m_session->runner()->start();
    return true;
}

void StatusListModel::favourite(int row, bool on)
{
    enqueue(row, cache::Action::Kind::Favourite, cache::Action::Kind::Unfavourite, on);
}

void StatusListModel::boost(int row, bool on)
{
    enqueue(row, cache::Action::Kind::Reblog, cache::Action::Kind::Unreblog, on);
}

void StatusListModel::bookmark(int row, bool on)
{
    enqueue(row, cache::Action::Kind::Bookmark, cache::Action::Kind::Unbookmark, on);
}

void StatusListModel::deleteStatus(int row)
{
    if (!m_actions || row < 0 || row >= rowCount())
        return;
    if (row < firstTimelineRow()) {
        // A draft not sent yet is simply dropped from the queue.
        m_actions->discard(m_drafts.at(row).seq);
        return;
    }
    enqueue(row, cache::Action::Kind::Delete, cache::Action::Kind::Delete, true);
}

void StatusListModel::vote(int row, const QList<int> &choices)
{
    if (!m_actions || row < firstTimelineRow() || row >= rowCount() || choices.isEmpty())
        return;
    const Entry *e = entryFor(rowAt(row));
    if (!e || e->presented.pollId.isEmpty())
        return;
    cache::Action action;
    action.kind = cache::Action::Kind::PollVote;
    action.targetId = e->presented.pollId;
    action.choices = choices;
    queue(action);
}

void StatusListModel::savePosition(int row, int pixelOffset)
{
    if (row < firstTimelineRow() || row >= rowCount())
        return;
    // A gap row has no item of its own: keep the item above it.
    int i = row - firstTimelineRow();
    while (i > 0 && m_rows.at(i).kind == Row::Kind::Gap)
        --i;
    if (m_rows.at(i).kind == Row::Kind::Gap)
        return;
    m_positionToSave = cache::ReadingPosition{m_rows.at(i).id, pixelOffset};
    m_restored = m_positionToSave;
    m_positionTimer.start();
}

void StatusListModel::flushPosition()
{
    m_positionTimer.stop();
    const auto position = std::exchange(m_positionToSave, std::nullopt);
    if (!position || m_timeline.isEmpty())
        return;
    // Through the session when there is one: it also syncs home/notifications markers.
    if (m_session)
        m_session->savePosition(m_timeline, *position);
    else if (m_cache)
        m_cache->savePosition(m_timeline, *position);
}

int StatusListModel::restoredRow() const
{
    return m_restored ? rowOfStatus(m_restored->itemId) : -1;
}

int StatusListModel::restoredOffset() const
{
    return m_restored ? m_restored->pixelOffset : 0;
}

QString StatusListModel::statusIdAt(int row) const
{
    if (row < firstTimelineRow() || row >= rowCount())
        return {};
    return rowAt(row).statusId;
}

int StatusListModel::rowOfStatus(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (QStringLiteral("local:%1").arg(m_drafts.at(i).seq) == id)
            return i;
    }
    const int first = firstTimelineRow();
    // The item itself first, then a row showing it (a boost of it, a group holding it).
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).kind != Row::Kind::Gap && m_rows.at(i).id == id)
            return first + i;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.kind == Row::Kind::Gap)
            continue;
        if (r.statusId == id)
            return first + i;
        for (const Member &m : r.members) {
            if (m.id == id)
                return first + i;
        }
    }
    return -1;
}

} // namespace tusk::models
