// Lists: CRUD, members, the list timeline and the list and direct event streams.
#include "server/api/socialhandlers.h"
#include "server/render/social.h"
#include "server/streaming/hub.h"

namespace tusk::server::api {

namespace {

bool validPolicy(const QString &policy)
{
    return policy == u"followed" || policy == u"list" || policy == u"none";
}

// Fills the list from the request; an error response when a value is invalid.
std::optional<Response> readList(Context &ctx, ListRow *row, bool creating)
{
    const Params &p = ctx.params();
    if (creating || p.has(u"title")) {
        const QString title = p.string(u"title").trimmed();
        if (title.isEmpty())
            return unprocessable(QStringLiteral("Validation failed: Title can't be blank"));
        row->title = title;
    }
    if (p.has(u"replies_policy")) {
        const QString policy = p.string(u"replies_policy");
        if (!validPolicy(policy))
            return unprocessable(
                QStringLiteral("Validation failed: Replies policy is not included in the list"));
        row->repliesPolicy = policy;
    }
    if (p.has(u"exclusive"))
        row->exclusive = p.boolean(u"exclusive");
    return std::nullopt;
}

std::optional<ListRow> ownList(Context &ctx, int arg = 0)
{
    return ListRepository(ctx.store()).get(ctx.viewer(), idArg(ctx, arg));
}

QList<qint64> accountIdsParam(Context &ctx)
{
    QList<qint64> ids;
    for (const QString &s : ctx.params().list(u"account_ids")) {
        bool ok = false;
        const qint64 id = s.toLongLong(&ok);
        if (ok && id > 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

Response openStream(Context &ctx, const QString &key)
{
    Response r;
    r.contentType = "text/event-stream";
    r.body = ":)\n";
    StreamingHub *hub = ctx.core.hub.get();
    const qint64 account = ctx.viewer();
    r.onOpen = [hub, account, key](StreamSink *sink) { hub->addSse(sink, account, {key}); };
    return r;
}

} // namespace

Response lists(Context &ctx)
{
    QJsonArray out;
    for (const ListRow &l : ListRepository(ctx.store()).all(ctx.viewer()))
        out.append(render::list(l));
    return Response::json(out);
}

Response list(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    return l ? Response::json(render::list(*l)) : notFound();
}

Response createList(Context &ctx)
{
    ListRow row;
    row.accountId = ctx.viewer();
    if (auto error = readList(ctx, &row, true))
        return *error;
    const std::optional<ListRow> created = ListRepository(ctx.store()).create(row);
    if (!created)
        return Response::error(500, QStringLiteral("Could not create the list"));
    return Response::json(render::list(*created));
}

Response updateList(Context &ctx)
{
    std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    if (auto error = readList(ctx, &*l, false))
        return *error;
    if (!ListRepository(ctx.store()).update(*l))
        return Response::error(500, QStringLiteral("Could not update the list"));
    return Response::json(render::list(*l));
}

Response deleteList(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    ListRepository(ctx.store()).remove(l->id);
    return Response::json(QJsonObject());
}

Response listAccounts(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    // limit=0 means every member (Mastodon).
    const bool all = ctx.params().integer(u"limit") == 0;
    PageQuery page = pageQuery(ctx.params(), 40, 80);
    if (all)
        page.limit = 0;
    const QList<qint64> ids = ListRepository(ctx.store()).members(l->id, page);
    const QHash<qint64, AccountRow> rows = ctx.store().accounts.byIds(ids);
    QJsonArray out;
    for (qint64 id : ids) {
        if (rows.contains(id))
            out.append(render::account(ctx.core, rows.value(id)));
    }
    Response r = Response::json(out);
    if (!ids.isEmpty() && !all)
        setLinkHeader(r, ctx, ids.last(), ids.first(), ids.size() >= page.limit);
    return r;
}

Response addListAccounts(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    const QList<qint64> ids = accountIdsParam(ctx);
    Store &store = ctx.store();
    // Only accounts the owner follows (or asked to follow), as Mastodon's ListAccount.
    for (qint64 id : ids) {
        if (!store.follows.isFollowing(ctx.viewer(), id) &&
            !store.follows.pendingRequest(ctx.viewer(), id))
            return notFound();
    }
    const QList<qint64> present = ListRepository(store).members(l->id, PageQuery{0, 0, 0, 0});
    for (qint64 id : ids) {
        if (present.contains(id))
            return unprocessable(
                QStringLiteral("Validation failed: Account has already been taken"));
    }
    if (!ListRepository(store).add(l->id, ids))
        return Response::error(500, QStringLiteral("Could not update the list"));
    return Response::json(QJsonObject());
}

Response removeListAccounts(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    ListRepository(ctx.store()).removeMembers(l->id, accountIdsParam(ctx));
    return Response::json(QJsonObject());
}

Response listTimeline(Context &ctx)
{
    const std::optional<ListRow> l = ownList(ctx);
    if (!l)
        return notFound();
    const PageQuery page = pageQuery(ctx.params(), 20, 40);
    return statusPage(ctx, ListRepository(ctx.store()).timeline(*l, page), page);
}

Response accountLists(Context &ctx)
{
    const qint64 id = idArg(ctx);
    if (!ctx.store().accounts.byId(id))
        return notFound();
    QJsonArray out;
    for (const ListRow &l : ListRepository(ctx.store()).containing(ctx.viewer(), id))
        out.append(render::list(l));
    return Response::json(out);
}

Response streamList(Context &ctx)
{
    const qint64 id = ctx.params().integer(u"list").value_or(0);
    if (!ListRepository(ctx.store()).get(ctx.viewer(), id))
        return Response::error(404, QStringLiteral("Record not found"));
    return openStream(ctx, QStringLiteral("list:%1").arg(id));
}

Response streamDirect(Context &ctx)
{
    return openStream(ctx, QStringLiteral("direct:%1").arg(ctx.viewer()));
}

} // namespace tusk::server::api
