// Direct conversations and grouped notifications (v2) with unread counts.
#include "server/api/socialhandlers.h"
#include "server/render/social.h"

namespace tusk::server::api {

Response conversations(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 20, 40);
    const QList<ConversationRow> rows =
        ConversationRepository(ctx.store()).list(ctx.viewer(), page);
    Response r = Response::json(render::conversations(ctx.core, rows, ctx.viewer()));
    // Cursors are last status ids, as Mastodon's to_a_paginated_by_id on last_status_id.
    if (!rows.isEmpty())
        setLinkHeader(r, ctx, rows.last().lastStatusId, rows.first().lastStatusId,
                      rows.size() >= page.limit);
    return r;
}

Response readConversation(Context &ctx)
{
    ConversationRepository repo(ctx.store());
    std::optional<ConversationRow> c = repo.get(ctx.viewer(), idArg(ctx));
    if (!c)
        return notFound();
    repo.markRead(c->id);
    c->unread = false;
    return Response::json(render::conversations(ctx.core, {*c}, ctx.viewer()).first().toObject());
}

Response deleteConversation(Context &ctx)
{
    ConversationRepository repo(ctx.store());
    const std::optional<ConversationRow> c = repo.get(ctx.viewer(), idArg(ctx));
    if (!c)
        return notFound();
    repo.remove(c->id);
    return Response::json(QJsonObject());
}

Response groupedNotifications(Context &ctx)
{
    const Params &p = ctx.params();
    const PageQuery page = pageQuery(p, 40, 80);
    const QList<GroupedNotification> groups =
        NotificationGroupRepository(ctx.store())
            .page(ctx.viewer(), page, p.list(u"types"), p.list(u"exclude_types"),
                  p.integer(u"account_id").value_or(0), p.list(u"grouped_types"));
    Response r = Response::json(render::groupedNotifications(ctx.core, groups, ctx.viewer()));
    if (!groups.isEmpty()) {
        qint64 lowest = groups.first().notification.id, highest = lowest;
        for (const GroupedNotification &g : groups) {
            lowest = qMin(lowest, g.notification.id);
            highest = qMax(highest, g.notification.id);
        }
        setLinkHeader(r, ctx, lowest, highest, groups.size() >= page.limit);
    }
    return r;
}

Response notificationGroup(Context &ctx)
{
    const std::optional<GroupedNotification> g =
        NotificationGroupRepository(ctx.store()).group(ctx.viewer(), ctx.req.arg(0));
    if (!g)
        return notFound();
    return Response::json(render::groupedNotifications(ctx.core, {*g}, ctx.viewer()));
}

Response notificationGroupAccounts(Context &ctx)
{
    const QList<qint64> ids =
        NotificationGroupRepository(ctx.store()).groupAccounts(ctx.viewer(), ctx.req.arg(0));
    if (ids.isEmpty())
        return notFound();
    const QHash<qint64, AccountRow> rows = ctx.store().accounts.byIds(ids);
    QJsonArray out;
    for (qint64 id : ids) {
        if (rows.contains(id))
            out.append(render::account(ctx.core, rows.value(id)));
    }
    return Response::json(out);
}

Response dismissNotificationGroup(Context &ctx)
{
    if (!NotificationGroupRepository(ctx.store()).dismissGroup(ctx.viewer(), ctx.req.arg(0)))
        return notFound();
    return Response::json(QJsonObject());
}

namespace {
Response unreadCount(Context &ctx, bool grouped)
{
    const Params &p = ctx.params();
    const int limit = int(qBound(qint64(1), p.integer(u"limit").value_or(100), qint64(1000)));
    const int count =
        NotificationGroupRepository(ctx.store())
            .unreadCount(ctx.viewer(), limit, grouped, p.list(u"types"), p.list(u"exclude_types"));
    return Response::json(QJsonObject{{QStringLiteral("count"), count}});
}
} // namespace

Response unreadCountV1(Context &ctx)
{
    return unreadCount(ctx, false);
}

Response unreadCountV2(Context &ctx)
{
    return unreadCount(ctx, true);
}

} // namespace tusk::server::api
