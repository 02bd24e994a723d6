#include "server/api/common.h"
#include "server/api/handlers.h"

namespace tusk::server::api {

Response homeTimeline(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 20, 40);
    const QList<StatusRow> rows = ctx.store().statuses.home(ctx.viewer(), page);
    Response r =
        Response::json(render::statusesJson(ctx.core, withoutHidden(ctx, rows), ctx.viewer()));
    paginate(r, ctx, rows, page);
    return r;
}

Response publicTimeline(Context &ctx)
{
    const Params &p = ctx.params();
    const PageQuery page = pageQuery(p, 20, 40);
    // Everything here is local; there is no remote content.
    if (p.boolean(u"remote"))
        return Response::json(QJsonArray());
    const QList<StatusRow> rows = p.boolean(u"only_media")
                                      ? ctx.store().statuses.withMedia(0, Visibility::Public, page)
                                      : ctx.store().statuses.publicLocal(page);
    Response r =
        Response::json(render::statusesJson(ctx.core, withoutHidden(ctx, rows), ctx.viewer()));
    paginate(r, ctx, rows, page);
    return r;
}

} // namespace tusk::server::api
