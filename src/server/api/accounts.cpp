#include "server/api/common.h"
#include "server/api/handlers.h"

namespace tusk::server::api {

namespace {

std::optional<AccountRow> accountArg(Context &ctx)
{
    const qint64 id = idArg(ctx);
    return id ? ctx.store().accounts.byId(id) : std::nullopt;
}

// A page of (cursor id, account id) pairs → accounts JSON with Link headers on cursor ids.
Response accountPage(Context &ctx, const QList<QPair<qint64, qint64>> &pairs, const PageQuery &page)
{
    QList<qint64> ids;
    for (const auto &p : pairs)
        ids.append(p.second);
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

} // namespace

Response verifyCredentials(Context &ctx)
{
    const std::optional<AccountRow> a = ctx.store().accounts.byId(ctx.viewer());
    const std::optional<UserRow> u = ctx.store().accounts.user(ctx.viewer());
    if (!a || !u)
        return Response::error(401, QStringLiteral("The access token is invalid"));
    return Response::json(render::credentialAccount(ctx.core, *a, *u));
}

Response account(Context &ctx)
{
    const std::optional<AccountRow> a = accountArg(ctx);
    if (!a)
        return notFound();
    return Response::json(render::account(ctx.core, *a));
}

Response lookupAccount(Context &ctx)
{
    QString acct = ctx.params().string(u"acct").trimmed();
    if (acct.startsWith(u'@'))
        acct = acct.mid(1);
    const qsizetype at = acct.indexOf(u'@');
    if (at >= 0) {
        if (acct.mid(at + 1).compare(ctx.core.localHost, Qt::CaseInsensitive) != 0)
            return notFound(); // no federation yet: remote accounts are unknown
        acct = acct.left(at);
    }
    const std::optional<AccountRow> a =
        acct.isEmpty() ? std::nullopt : ctx.store().accounts.byUsername(acct);
    if (!a)
        return notFound();
    return Response::json(render::account(ctx.core, *a));
}

Response searchAccounts(Context &ctx)
{
    const Params &p = ctx.params();
    QString q = p.string(u"q").trimmed();
    if (q.startsWith(u'@'))
        q = q.mid(1);
    const qsizetype at = q.indexOf(u'@');
    if (at >= 0) {
        if (q.mid(at + 1).compare(ctx.core.localHost, Qt::CaseInsensitive) != 0)
            return Response::json(QJsonArray()); // no federation: nobody elsewhere
        q = q.left(at);
    }
    if (q.isEmpty())
        return Response::json(QJsonArray());
    const int limit = int(qBound(qint64(1), p.integer(u"limit").value_or(40), qint64(80)));
    const int offset = int(qMax<qint64>(0, p.integer(u"offset").value_or(0)));
    const qint64 followedBy = p.boolean(u"following") ? ctx.viewer() : 0;
    return Response::json(
        render::accounts(ctx.core, ctx.store().accounts.search(q, followedBy, limit, offset)));
}

Response accountStatuses(Context &ctx)
{
    const std::optional<AccountRow> a = accountArg(ctx);
    if (!a)
        return notFound();
    const Params &p = ctx.params();
    const PageQuery page = pageQuery(p, 20, 40);
    const qint64 viewer = ctx.viewer();
    // Someone who blocked the viewer shows them nothing (Mastodon's AccountStatusesFilter).
    if (viewer && ctx.store().blocks.isBlocking(a->id, viewer))
        return Response::json(QJsonArray());
    if (p.boolean(u"pinned")) {
        // Pins come in pin order, one page (at most five); only what the viewer may see.
        if (page.maxId || page.minId || page.sinceId)
            return Response::json(QJsonArray());
        const QList<qint64> ids = ctx.store().pins.pinnedStatusIds(a->id);
        const QHash<qint64, StatusRow> byId = ctx.store().statuses.byIds(ids);
        QList<StatusRow> rows;
        for (qint64 id : ids) {
            if (byId.contains(id) && canSee(ctx, byId.value(id)))
                rows.append(byId.value(id));
        }
        return Response::json(render::statusesJson(ctx.core, rows, viewer));
    }
    const bool follows = viewer && ctx.store().follows.isFollowing(viewer, a->id);
    if (p.boolean(u"only_media")) {
        const Visibility highest = viewer == a->id ? Visibility::Direct
                                   : follows       ? Visibility::Private
                                                   : Visibility::Unlisted;
        QList<StatusRow> rows = ctx.store().statuses.withMedia(a->id, highest, page);
        // Direct ones only where the viewer is mentioned (or the author).
        rows.removeIf([&](const StatusRow &s) { return !canSee(ctx, s); });
        Response r = Response::json(render::statusesJson(ctx.core, rows, viewer));
        paginate(r, ctx, rows, page);
        return r;
    }
    const QList<StatusRow> rows = ctx.store().statuses.byAccount(
        a->id, viewer, follows, p.boolean(u"exclude_replies"), p.boolean(u"exclude_reblogs"), page);
    Response r = Response::json(render::statusesJson(ctx.core, rows, viewer));
    paginate(r, ctx, rows, page);
    return r;
}

Response accountFollowers(Context &ctx)
{
    const std::optional<AccountRow> a = accountArg(ctx);
    if (!a)
        return notFound();
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    return accountPage(ctx, ctx.store().follows.followersOf(a->id, page), page);
}

Response accountFollowing(Context &ctx)
{
    const std::optional<AccountRow> a = accountArg(ctx);
    if (!a)
        return notFound();
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    return accountPage(ctx, ctx.store().follows.followingOf(a->id, page), page);
}

Response follow(Context &ctx)
{
    const std::optional<AccountRow> target = accountArg(ctx);
    if (!target)
        return notFound();
    const qint64 me = ctx.viewer();
    if (target->id == me || ctx.store().blocks.isBlocking(target->id, me) ||
        ctx.store().blocks.isBlocking(me, target->id))
        return Response::error(403, QStringLiteral("This action is not allowed"));
    Store &store = ctx.store();
    const Params &p = ctx.params();
    const std::optional<FollowRow> existing = store.follows.get(me, target->id);
    // Omitted options keep their current values (Mastodon's FollowService).
    const bool reblogs = p.boolean(u"reblogs", existing ? existing->showReblogs : true);
    const bool notify = p.boolean(u"notify", existing ? existing->notify : false);
    Database::Transaction tx(store.db());
    if (!existing && target->locked) {
        // A locked account decides: the follow waits as a request.
        if (store.follows.request(me, target->id, reblogs, notify))
            store.notifications.create(target->id, me, QStringLiteral("follow_request"), 0);
    } else if (store.follows.follow(me, target->id, reblogs, notify)) {
        store.notifications.create(target->id, me, QStringLiteral("follow"), 0);
    }
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not follow"));
    return Response::json(render::relationships(ctx.core, me, {target->id}).first().toObject());
}

Response unfollow(Context &ctx)
{
    const std::optional<AccountRow> target = accountArg(ctx);
    if (!target)
        return notFound();
    Database::Transaction tx(ctx.store().db());
    ctx.store().follows.unfollow(ctx.viewer(), target->id);
    // Withdrawing a pending request is also an unfollow.
    if (ctx.store().follows.cancelRequest(ctx.viewer(), target->id))
        ctx.store().notifications.removeFor(ctx.viewer(), QStringLiteral("follow_request"), 0,
                                            target->id);
    tx.commit();
    return Response::json(
        render::relationships(ctx.core, ctx.viewer(), {target->id}).first().toObject());
}

Response followRequests(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    return accountPage(ctx, ctx.store().follows.requestsFor(ctx.viewer(), page), page);
}

Response authorizeFollowRequest(Context &ctx)
{
    const qint64 requester = idArg(ctx);
    Store &store = ctx.store();
    const std::optional<FollowRow> pending = store.follows.pendingRequest(requester, ctx.viewer());
    if (!pending)
        return notFound();
    Database::Transaction tx(store.db());
    store.follows.cancelRequest(requester, ctx.viewer());
    store.follows.follow(requester, ctx.viewer(), pending->showReblogs, pending->notify);
    store.notifications.removeFor(requester, QStringLiteral("follow_request"), 0, ctx.viewer());
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not authorize"));
    return Response::json(
        render::relationships(ctx.core, ctx.viewer(), {requester}).first().toObject());
}

Response rejectFollowRequest(Context &ctx)
{
    const qint64 requester = idArg(ctx);
    Store &store = ctx.store();
    if (!store.follows.pendingRequest(requester, ctx.viewer()))
        return notFound();
    Database::Transaction tx(store.db());
    store.follows.cancelRequest(requester, ctx.viewer());
    store.notifications.removeFor(requester, QStringLiteral("follow_request"), 0, ctx.viewer());
    tx.commit();
    return Response::json(
        render::relationships(ctx.core, ctx.viewer(), {requester}).first().toObject());
}

Response relationships(Context &ctx)
{
    QList<qint64> ids;
    for (const QString &s : ctx.params().list(u"id")) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (ok && !ids.contains(id))
            ids.append(id);
    }
    // Unknown ids are left out, as Mastodon does.
    const QHash<qint64, AccountRow> known = ctx.store().accounts.byIds(ids);
    ids.removeIf([&](qint64 id) { return !known.contains(id); });
    return Response::json(render::relationships(ctx.core, ctx.viewer(), ids));
}

} // namespace tusk::server::api
