// Editing a status (PUT /api/v1/statuses/:id), its revisions (/history) and its source (/source).
#include "server/api/common.h"
#include "server/api/compose.h"
#include "server/api/handlers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tusk::server::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

StatusEditRow revisionOf(const StatusRow &s, const QList<qint64> &mediaIds,
                         const std::optional<PollRow> &poll, qint64 at)
{
    StatusEditRow e;
    e.statusId = s.id;
    e.accountId = s.accountId;
    e.content = s.content;
    e.spoilerText = s.spoilerText;
    e.sensitive = s.sensitive;
    e.mediaIds = mediaIds;
    if (poll)
        e.pollOptions = poll->options;
    e.createdAt = at;
    return e;
}

QList<qint64> mediaIdsOf(Store &store, qint64 statusId)
{
    QList<qint64> ids;
    for (const MediaRow &m : store.media.forStatuses({statusId}).value(statusId))
        ids.append(m.id);
    return ids;
}

std::optional<StatusRow> ownStatus(Context &ctx)
{
    std::optional<StatusRow> s = ctx.store().statuses.byId(idArg(ctx));
    if (!s || s->accountId != ctx.viewer() || s->reblogOfId)
        return std::nullopt;
    return s;
}

} // namespace

Response editStatus(Context &ctx)
{
    std::optional<StatusRow> s = ownStatus(ctx);
    if (!s)
        return notFound();
    Store &store = ctx.store();
    const Params &p = ctx.params();
    const StatusRow before = *s;
    const QList<qint64> mediaBefore = mediaIdsOf(store, s->id);
    const QHash<qint64, PollRow> polls = store.polls.forStatuses({s->id});
    const bool hadPoll = polls.contains(s->id);
    const std::optional<PollRow> pollBefore =
        hadPoll ? std::optional<PollRow>(polls.value(s->id)) : std::nullopt;

    // Absent keys keep what the status has (Mastodon's UpdateService).
    QList<qint64> mediaIds = mediaBefore;
    if (p.has(u"media_ids")) {
        if (auto error = collectMedia(ctx, s->id, &mediaIds))
            return *error;
    }
    std::optional<PollRow> poll;
    if (auto error = readPoll(ctx, &poll))
        return *error;
    if ((poll || hadPoll) && !mediaIds.isEmpty())
        return unprocessable(tr("Validation failed: Polls cannot be combined with media "
                                "attachments"));

    if (p.has(u"status"))
        s->text = p.string(u"status");
    if (p.has(u"spoiler_text"))
        s->spoilerText = p.string(u"spoiler_text");
    if (s->text.trimmed().isEmpty() && mediaIds.isEmpty())
        return unprocessable(tr("Validation failed: Text can't be blank"));
    const int maxChars = ctx.core.config.maxCharacters;
    if (weightedLength(s->text) + weightedLength(s->spoilerText) > maxChars)
        return unprocessable(
            tr("Validation failed: Text character limit of %1 exceeded").arg(maxChars));
    s->sensitive = p.boolean(u"sensitive", s->sensitive) || !s->spoilerText.isEmpty();
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    if (p.has(u"language") && language.match(p.string(u"language").trimmed()).hasMatch())
        s->language = p.string(u"language").trimmed();
    ComposedText composed;
    const QString contentType = p.has(u"content_type")
                                    ? p.string(u"content_type")
                                    : (s->contentType.isEmpty() ? QString() : s->contentType);
    if (auto error = composeText(ctx, s->text, contentType, &composed))
        return *error;
    s->content = composed.html;
    s->contentType = composed.contentType;

    Database::Transaction tx(store.db());
    // The first edit also records the original, dated when it was posted.
    if (store.edits.history(s->id).isEmpty()) {
        StatusEditRow original = revisionOf(before, mediaBefore, pollBefore, before.createdAt);
        if (!store.edits.add(original))
            return Response::error(500, tr("Could not save the status"));
    }
    if (!store.edits.updateStatus(*s, composed.mentions, composed.tags))
        return Response::error(500, tr("Could not save the status"));
    if (mediaIds != mediaBefore && !store.media.attach(s->id, mediaIds))
        return Response::error(500, tr("Could not save the status"));
    // media_attributes[][id|description|focus]: alt text and focus of attached media change
    // with the edit (Mastodon 4.x).
    const QJsonValue attributes = p.value(u"media_attributes");
    QList<QJsonValue> entries;
    if (attributes.isArray()) {
        for (const QJsonValue &v : attributes.toArray())
            entries.append(v);
    } else if (attributes.isObject()) {
        for (const QJsonValue &v : attributes.toObject())
            entries.append(v);
    }
    for (const QJsonValue &entry : std::as_const(entries)) {
        const QJsonObject o = entry.toObject();
        const qint64 id = o.value(QStringLiteral("id")).toVariant().toLongLong();
        std::optional<MediaRow> m = mediaIds.contains(id) ? store.media.byId(id) : std::nullopt;
        if (!m)
            return unprocessable(
                tr("Validation failed: Media attachment %1 is not in the post").arg(id));
        if (o.contains(QStringLiteral("description")))
            m->description = o.value(QStringLiteral("description")).toString().left(1500);
        const QStringList focus =
            o.value(QStringLiteral("focus")).toString().split(u',', Qt::SkipEmptyParts);
        if (focus.size() == 2) {
            m->focusX = qBound(-1.0, focus.at(0).toDouble(), 1.0);
            m->focusY = qBound(-1.0, focus.at(1).toDouble(), 1.0);
        }
        if (!store.media.updateDetails(*m))
            return Response::error(500, tr("Could not save the status"));
    }
    std::optional<PollRow> pollAfter = pollBefore;
    if (poll) {
        poll->statusId = s->id;
        if (pollBefore && pollBefore->options == poll->options) {
            // Same options: the votes stay; expiry and flags follow the edit.
            poll->id = pollBefore->id;
            if (!store.polls.updateSettings(*poll))
                return Response::error(500, tr("Could not save the status"));
        } else if (!store.polls.removeForStatus(s->id) || !store.polls.create(*poll)) {
            // Changed options reset the votes (Mastodon): a fresh poll replaces the old one.
            return Response::error(500, tr("Could not save the status"));
        }
        pollAfter = poll;
    }
    StatusEditRow revision = revisionOf(*s, mediaIds, pollAfter, s->editedAt);
    if (!store.edits.add(revision))
        return Response::error(500, tr("Could not save the status"));
    // Those who boosted it hear about the change (Mastodon's `update` notification).
    for (const auto &[reblogId, accountId] :
         store.statuses.rebloggedBy(s->id, PageQuery{0, 0, 0, 1000})) {
        Q_UNUSED(reblogId)
        if (accountId != s->accountId)
            store.notifications.create(accountId, s->accountId, QStringLiteral("update"), s->id);
    }
    if (!tx.commit())
        return Response::error(500, tr("Could not save the status"));
    return Response::json(
        render::status(ctx.core, store.statuses.byId(s->id).value_or(*s), ctx.viewer()));
}

Response statusHistory(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    QList<StatusEditRow> edits = store.edits.history(s->id);
    if (edits.isEmpty()) // never edited: the one version there is
    {
        const QHash<qint64, PollRow> polls = store.polls.forStatuses({s->id});
        edits.append(revisionOf(*s, mediaIdsOf(store, s->id),
                                polls.contains(s->id) ? std::optional<PollRow>(polls.value(s->id))
                                                      : std::nullopt,
                                s->createdAt));
    }
    return Response::json(render::statusHistory(ctx.core, *s, edits));
}

Response statusSource(Context &ctx)
{
    const std::optional<StatusRow> s = ownStatus(ctx);
    if (!s)
        return notFound();
    tusk::StatusSource source;
    source.id = QString::number(s->id);
    source.text = s->text;
    source.spoilerText = s->spoilerText;
    return Response::json(source.toJson());
}

} // namespace tusk::server::api
