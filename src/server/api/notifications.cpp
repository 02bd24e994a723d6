#include "server/api/common.h"
#include "server/api/handlers.h"

namespace tusk::server::api {

Response notifications(Context &ctx)
{
    const Params &p = ctx.params();
    const PageQuery page = pageQuery(p, 40, 80);
    const QList<NotificationRow> rows = ctx.store().notifications.list(
        ctx.viewer(), page, p.list(u"types"), p.list(u"exclude_types"));
    Response r = Response::json(render::notifications(ctx.core, rows, ctx.viewer()));
    paginate(r, ctx, rows, page);
    return r;
}

Response notification(Context &ctx)
{
    const std::optional<NotificationRow> n =
        ctx.store().notifications.get(ctx.viewer(), idArg(ctx));
    if (!n)
        return notFound();
    return Response::json(render::notifications(ctx.core, {*n}, ctx.viewer()).first().toObject());
}

Response dismissNotification(Context &ctx)
{
    if (!ctx.store().notifications.dismiss(ctx.viewer(), idArg(ctx)))
        return notFound();
    return Response::json(QJsonObject());
}

Response clearNotifications(Context &ctx)
{
    ctx.store().notifications.clear(ctx.viewer());
    return Response::json(QJsonObject());
}

} // namespace tusk::server::api
