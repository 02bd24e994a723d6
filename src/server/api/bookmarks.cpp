// Bookmarks and the user's own favourites list.
#include "server/api/common.h"
#include "server/api/handlers.h"

namespace tusk::server::api {

namespace {
// A page of (cursor id, status id) → statuses the viewer may still see, Link on cursor ids.
Response statusPage(Context &ctx, const QList<QPair<qint64, qint64>> &pairs, const PageQuery &page)
{
    QList<qint64> ids;
    for (const auto &p : pairs)
        ids.append(p.second);
    const QHash<qint64, StatusRow> rows = ctx.store().statuses.byIds(ids);
    QList<StatusRow> visible;
    for (qint64 id : ids) {
        const auto it = rows.constFind(id);
        if (it != rows.constEnd() && canSee(ctx, *it))
            visible.append(*it);
    }
    Response r = Response::json(render::statusesJson(ctx.core, visible, ctx.viewer()));
    if (!pairs.isEmpty())
        setLinkHeader(r, ctx, pairs.last().first, pairs.first().first, pairs.size() >= page.limit);
    return r;
}
} // namespace

Response bookmark(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    ctx.store().bookmarks.add(ctx.viewer(), s->id);
    return Response::json(render::status(ctx.core, *s, ctx.viewer()));
}

Response unbookmark(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    ctx.store().bookmarks.remove(ctx.viewer(), s->id);
    return Response::json(render::status(ctx.core, *s, ctx.viewer()));
}

Response bookmarks(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 20, 40);
    return statusPage(ctx, ctx.store().bookmarks.list(ctx.viewer(), page), page);
}

Response favourites(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 20, 40);
    return statusPage(ctx, ctx.store().favourites.favouritesOf(ctx.viewer(), page), page);
}

} // namespace tusk::server::api
