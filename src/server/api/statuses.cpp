#include "server/api/common.h"
#include "server/api/compose.h"
#include "server/api/handlers.h"
#include "server/text/statustext.h"

#include <QRegularExpression>

namespace tusk::server::api {

namespace {

constexpr qint64 kIdempotencyWindowMs = 60 * 60 * 1000; // Mastodon keeps keys for one hour

bool validLanguage(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    return re.match(code).hasMatch();
}

} // namespace

Response createStatus(Context &ctx)
{
    Store &store = ctx.store();
    const Params &p = ctx.params();
    const qint64 me = ctx.viewer();
    const QByteArray idempotencyKey = ctx.req.header("idempotency-key");
    if (!idempotencyKey.isEmpty()) {
        const std::optional<qint64> earlier = store.statuses.idempotentStatus(
            me, idempotencyKey, store.nowMs() - kIdempotencyWindowMs);
        if (earlier) {
            if (const std::optional<StatusRow> s = store.statuses.byId(*earlier))
                return Response::json(render::status(ctx.core, *s, me));
        }
    }

    QList<qint64> mediaIds;
    if (auto error = collectMedia(ctx, 0, &mediaIds))
        return *error;
    std::optional<PollRow> poll;
    if (auto error = readPoll(ctx, &poll))
        return *error;
    if (poll && !mediaIds.isEmpty())
        return unprocessable(
            QStringLiteral("Validation failed: Polls cannot be combined with media attachments"));

    const QString text = p.string(u"status");
    const QString spoiler = p.string(u"spoiler_text");
    // A post may be only pictures (Mastodon), never empty.
    if (text.trimmed().isEmpty() && mediaIds.isEmpty())
        return unprocessable(QStringLiteral("Validation failed: Text can't be blank"));
    const int maxChars = ctx.core.config.maxCharacters;
    if (weightedLength(text) + weightedLength(spoiler) > maxChars)
        return unprocessable(
            QStringLiteral("Validation failed: Text character limit of %1 exceeded").arg(maxChars));
    ComposedText composed;
    if (auto error = composeText(ctx, text, p.string(u"content_type"), &composed))
        return *error;

    const std::optional<UserRow> user = store.accounts.user(me);
    StatusRow row;
    row.accountId = me;
    row.text = text;
    row.spoilerText = spoiler;
    const QString visibility = p.string(u"visibility");
    if (!visibility.isEmpty()) {
        if (!parseVisibility(visibility, &row.visibility))
            return unprocessable(
                QStringLiteral("Validation failed: Visibility is not included in the list"));
    } else if (user) {
        parseVisibility(user->defaultPrivacy, &row.visibility);
    }
    row.sensitive = p.boolean(u"sensitive", user && user->defaultSensitive) || !spoiler.isEmpty();
    const QString language = p.string(u"language").trimmed();
    row.language = validLanguage(language) ? language : (user ? user->defaultLanguage : QString());
    row.appId = ctx.auth->appId;

    if (p.has(u"in_reply_to_id") && !p.string(u"in_reply_to_id").isEmpty()) {
        const std::optional<StatusRow> parent =
            visibleStatus(ctx, p.string(u"in_reply_to_id").toLongLong());
        if (!parent)
            return notFound();
        row.inReplyToId = parent->id;
        row.inReplyToAccountId = parent->accountId;
    }

    row.content = composed.html;
    row.contentType = composed.contentType;
    const QList<qint64> &mentioned = composed.mentions;

    Database::Transaction tx(store.db());
    if (!store.statuses.create(row, mentioned, composed.tags))
        return Response::error(500, QStringLiteral("Could not save the status"));
    if (!mediaIds.isEmpty() && !store.media.attach(row.id, mediaIds))
        return Response::error(500, QStringLiteral("Could not save the status"));
    if (poll) {
        poll->statusId = row.id;
        if (!store.polls.create(*poll))
            return Response::error(500, QStringLiteral("Could not save the status"));
    }
    for (qint64 account : mentioned) {
        if (account != me)
            store.notifications.create(account, me, QStringLiteral("mention"), row.id);
    }
    if (!idempotencyKey.isEmpty())
        store.statuses.rememberIdempotencyKey(me, idempotencyKey, row.id);
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not save the status"));
    // Counters changed in the same transaction; read back what was stored.
    return Response::json(render::status(ctx.core, store.statuses.byId(row.id).value_or(row), me));
}

Response status(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    return Response::json(render::status(ctx.core, *s, ctx.viewer()));
}

Response deleteStatus(Context &ctx)
{
    const std::optional<StatusRow> s = ctx.store().statuses.byId(idArg(ctx));
    // Someone else's status is "not found" to this user, as in Mastodon.
    if (!s || s->accountId != ctx.viewer())
        return notFound();
    QJsonObject out = render::status(ctx.core, *s, ctx.viewer());
    if (!ctx.store().statuses.remove(*s))
        return Response::error(500, QStringLiteral("Could not delete the status"));
    // The source text lets the client offer "delete and redraft".
    out.insert(QStringLiteral("text"), s->text);
    return Response::json(out);
}

Response statusContext(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    QList<StatusRow> ancestors = store.statuses.ancestors(*s, 40);
    ancestors.removeIf([&](const StatusRow &r) { return !canSee(ctx, r); });
    ancestors = withoutHidden(ctx, ancestors);

    // Descendants in thread order: depth first, siblings oldest first; invisible branches cut.
    // Replies by hidden accounts go with their whole branch, as in Mastodon.
    const QList<StatusRow> all = withoutHidden(ctx, store.statuses.descendants(s->id, 4096));
    QHash<qint64, QList<const StatusRow *>> children;
    for (const StatusRow &r : all)
        children[r.inReplyToId].append(&r);
    QList<StatusRow> descendants;
    std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const StatusRow *c : children.value(parent)) {
            if (!canSee(ctx, *c))
                continue;
            descendants.append(*c);
            walk(c->id);
        }
    };
    walk(s->id);

    return Response::json(QJsonObject{
        {QStringLiteral("ancestors"), render::statuses(ctx.core, ancestors, ctx.viewer())},
        {QStringLiteral("descendants"), render::statuses(ctx.core, descendants, ctx.viewer())}});
}

Response favourite(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    const qint64 me = ctx.viewer();
    Database::Transaction tx(store.db());
    if (store.favourites.add(me, s->id) && s->accountId != me)
        store.notifications.create(s->accountId, me, QStringLiteral("favourite"), s->id);
    tx.commit();
    return Response::json(render::status(ctx.core, store.statuses.byId(s->id).value_or(*s), me));
}

Response unfavourite(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    const qint64 me = ctx.viewer();
    Database::Transaction tx(store.db());
    if (store.favourites.remove(me, s->id))
        store.notifications.removeFor(me, QStringLiteral("favourite"), s->id, s->accountId);
    tx.commit();
    return Response::json(render::status(ctx.core, store.statuses.byId(s->id).value_or(*s), me));
}

Response favouritedBy(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    const QList<QPair<qint64, qint64>> pairs = ctx.store().favourites.favouritedBy(s->id, page);
    QList<qint64> ids;
    for (const auto &pair : pairs)
        ids.append(pair.second);
    const QHash<qint64, AccountRow> rows = ctx.store().accounts.byIds(ids);
    QJsonArray out;
    for (qint64 id : ids) {
        if (rows.contains(id))
            out.append(render::account(ctx.core, rows.value(id)));
    }
    Response r = Response::json(out);
    if (!pairs.isEmpty())
        setLinkHeader(r, ctx, pairs.last().first, pairs.first().first, pairs.size() >= page.limit);
    return r;
}

} // namespace tusk::server::api

namespace tusk::server::api {

Response reblog(Context &ctx)
{
    Store &store = ctx.store();
    const qint64 me = ctx.viewer();
    std::optional<StatusRow> original = visibleStatus(ctx, idArg(ctx));
    if (original && original->reblogOfId) // reblogging a reblog boosts what it wraps
        original = visibleStatus(ctx, original->reblogOfId);
    if (!original)
        return notFound();
    // Direct statuses never; private ones only by their author (Mastodon's rule).
    if (original->visibility == Visibility::Direct ||
        (original->visibility == Visibility::Private && original->accountId != me))
        return Response::error(403, QStringLiteral("This action is not allowed"));
    if (const std::optional<StatusRow> existing = store.statuses.reblogBy(me, original->id))
        return Response::json(render::status(ctx.core, *existing, me));

    StatusRow row;
    row.accountId = me;
    row.reblogOfId = original->id;
    row.appId = ctx.auth->appId;
    row.visibility =
        original->visibility == Visibility::Private ? Visibility::Private : Visibility::Public;
    const QString visibility = ctx.params().string(u"visibility");
    if (!visibility.isEmpty()) {
        Visibility v;
        if (!parseVisibility(visibility, &v) || v == Visibility::Direct)
            return unprocessable(
                QStringLiteral("Validation failed: Visibility is not included in the list"));
        if (row.visibility != Visibility::Private)
            row.visibility = v;
    }
    Database::Transaction tx(store.db());
    if (!store.statuses.create(row, {}, {}))
        return Response::error(500, QStringLiteral("Could not reblog"));
    if (original->accountId != me)
        store.notifications.create(original->accountId, me, QStringLiteral("reblog"), original->id);
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not reblog"));
    return Response::json(render::status(ctx.core, row, me));
}

Response unreblog(Context &ctx)
{
    Store &store = ctx.store();
    const qint64 me = ctx.viewer();
    std::optional<StatusRow> original = visibleStatus(ctx, idArg(ctx));
    if (original && original->reblogOfId)
        original = visibleStatus(ctx, original->reblogOfId);
    if (!original)
        return notFound();
    if (const std::optional<StatusRow> wrapper = store.statuses.reblogBy(me, original->id)) {
        Database::Transaction tx(store.db());
        store.statuses.remove(*wrapper);
        store.notifications.removeFor(me, QStringLiteral("reblog"), original->id,
                                      original->accountId);
        tx.commit();
    }
    return Response::json(
        render::status(ctx.core, store.statuses.byId(original->id).value_or(*original), me));
}

Response rebloggedBy(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    const QList<QPair<qint64, qint64>> pairs = ctx.store().statuses.rebloggedBy(s->id, page);
    QList<qint64> ids;
    for (const auto &pair : pairs)
        ids.append(pair.second);
    const QHash<qint64, AccountRow> rows = ctx.store().accounts.byIds(ids);
    QJsonArray out;
    for (qint64 id : ids) {
        if (rows.contains(id))
            out.append(render::account(ctx.core, rows.value(id)));
    }
    Response r = Response::json(out);
    if (!pairs.isEmpty())
        setLinkHeader(r, ctx, pairs.last().first, pairs.first().first, pairs.size() >= page.limit);
    return r;
}

} // namespace tusk::server::api
