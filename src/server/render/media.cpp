// Media attachments, polls and edit history as Mastodon renders them.
#include "server/render/render.h"

#include <QDateTime>

namespace tusk::server::render {

namespace {

tusk::MediaSize mediaSize(int width, int height)
{
    tusk::MediaSize s;
    s.width = width;
    s.height = height;
    s.size = QStringLiteral("%1x%2").arg(width).arg(height);
    s.aspect = double(width) / height;
    return s;
}

} // namespace

QString mediaUrl(const ServerCore &core, const QString &fileName)
{
    return core.url(QStringLiteral("/system/media/") + fileName);
}

tusk::MediaAttachment mediaEntity(const ServerCore &core, const MediaRow &m)
{
    tusk::MediaAttachment e;
    e.id = QString::number(m.id);
    e.type = m.type;
    e.url = mediaUrl(core, m.fileName);
    // Images always have a preview to show; video and audio only once a still exists.
    e.previewUrl = !m.previewName.isEmpty() ? mediaUrl(core, m.previewName)
                   : m.type == u"image"     ? e.url
                                            : QString();
    tusk::MediaMeta meta;
    if (m.width > 0 && m.height > 0) {
        meta.original = mediaSize(m.width, m.height);
        meta.small = m.previewWidth > 0 ? mediaSize(m.previewWidth, m.previewHeight)
                                        : mediaSize(m.width, m.height);
    }
    if (m.type == u"image") {
        tusk::MediaFocus focus;
        focus.x = m.focusX;
        focus.y = m.focusY;
        meta.focus = focus;
    }
    e.meta = meta;
    e.description = m.description;
    e.blurhash = m.blurhash;
    return e;
}

QJsonObject mediaAttachment(const ServerCore &core, const MediaRow &m)
{
    return mediaEntity(core, m).toJson();
}

tusk::Poll pollEntity(const PollRow &p, qint64 viewer, const QList<int> *ownVotes, qint64 nowMs)
{
    tusk::Poll e;
    e.id = QString::number(p.id);
    if (p.expiresAt)
        e.expiresAt = QDateTime::fromMSecsSinceEpoch(p.expiresAt, Qt::UTC);
    e.expired = p.expiresAt && nowMs >= p.expiresAt;
    e.multiple = p.multiple;
    // Totals stay hidden until the poll ends when its author asked so.
    const bool hidden = p.hideTotals && !e.expired;
    qint64 total = 0;
    for (qsizetype i = 0; i < p.options.size(); ++i) {
        tusk::PollOption o;
        o.title = p.options.at(i);
        const int votes = i < p.votes.size() ? p.votes.at(i) : 0;
        if (!hidden)
            o.votesCount = votes;
        total += votes;
        e.options.append(o);
    }
    e.votesCount = total;
    e.votersCount = p.votersCount;
    if (viewer) {
        // Mastodon counts the author as having voted (they cannot).
        e.voted = p.accountId == viewer || (ownVotes && !ownVotes->isEmpty());
        QList<qint64> own;
        if (ownVotes) {
            for (int c : *ownVotes)
                own.append(c);
        }
        e.ownVotes = own;
    }
    return e;
}

QJsonObject poll(ServerCore &core, const PollRow &p, qint64 viewer)
{
    const QHash<qint64, QList<int>> own = core.store.polls.ownVotes(viewer, {p.id});
    const auto it = own.constFind(p.id);
    return pollEntity(p, viewer, it == own.constEnd() ? nullptr : &*it, core.store.nowMs())
        .toJson();
}

QJsonArray statusHistory(ServerCore &core, const StatusRow &status,
                         const QList<StatusEditRow> &edits)
{
    const std::optional<AccountRow> author = core.store.accounts.byId(status.accountId);
    const tusk::Account account = accountEntity(core, author.value_or(AccountRow()));
    QList<qint64> mediaIds;
    for (const StatusEditRow &e : edits)
        mediaIds.append(e.mediaIds);
    QHash<qint64, MediaRow> media;
    for (qint64 id : std::as_const(mediaIds)) {
        if (!media.contains(id)) {
            if (const std::optional<MediaRow> m = core.store.media.byId(id))
                media.insert(id, *m);
        }
    }
    QJsonArray out;
    for (const StatusEditRow &row : edits) {
        tusk::StatusEdit e;
        e.content = row.content;
        e.spoilerText = row.spoilerText;
        e.sensitive = row.sensitive;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(row.createdAt, Qt::UTC);
        e.account = account;
        if (row.pollOptions) {
            tusk::StatusEditPoll poll;
            for (const QString &title : *row.pollOptions) {
                tusk::PollOption o;
                o.title = title;
                poll.options.append(o);
            }
            e.poll = poll;
        }
        for (qint64 id : row.mediaIds) {
            if (media.contains(id))
                e.mediaAttachments.append(mediaEntity(core, media.value(id)));
        }
        QJsonObject o = e.toJson();
        // StatusEdit's poll options carry only titles (Mastodon's serializer).
        if (o.value(QStringLiteral("poll")).isObject()) {
            QJsonArray options;
            for (const QString &title : *row.pollOptions)
                options.append(QJsonObject{{QStringLiteral("title"), title}});
            o.insert(QStringLiteral("poll"), QJsonObject{{QStringLiteral("options"), options}});
        }
        out.append(o);
    }
    return out;
}

} // namespace tusk::server::render
