// Blocks and account mutes: POST /api/v1/accounts/:id/{block,unblock,mute,unmute},
// GET /api/v1/blocks and /api/v1/mutes.
#include "server/api/common.h"
#include "server/api/handlers.h"

#include <QCoreApplication>

namespace tusk::server::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

// The target account, or an error response (404 unknown, 422 oneself).
std::optional<Response> targetOf(Context &ctx, qint64 *target)
{
    *target = idArg(ctx);
    if (!*target || !ctx.store().accounts.byId(*target))
        return notFound();
    if (*target == ctx.viewer())
        return unprocessable(tr("Validation failed: You cannot do this to your own account"));
    return std::nullopt;
}

Response relationship(Context &ctx, qint64 target)
{
    return Response::json(
        render::relationships(ctx.core, ctx.viewer(), {target}).first().toObject());
}

Response accountList(Context &ctx, const QList<QPair<qint64, qint64>> &pairs, const PageQuery &page)
{
    QList<qint64> ids;
    for (const auto &p : pairs)
        ids.append(p.second);
    const QHash<qint64, AccountRow> rows = ctx.store().accounts.byIds(ids);
    QJsonArray out;
    for (qint64 id : std::as_const(ids)) {
        if (rows.contains(id))
            out.append(render::account(ctx.core, rows.value(id)));
    }
    Response r = Response::json(out);
    if (!pairs.isEmpty())
        setLinkHeader(r, ctx, pairs.last().first, pairs.first().first, pairs.size() >= page.limit);
    return r;
}

} // namespace

Response blockAccount(Context &ctx)
{
    qint64 target = 0;
    if (auto error = targetOf(ctx, &target))
        return *error;
    Store &store = ctx.store();
    Database::Transaction tx(store.db());
    store.blocks.block(ctx.viewer(), target);
    if (!tx.commit())
        return Response::error(500, tr("Could not block the account"));
    return relationship(ctx, target);
}

Response unblockAccount(Context &ctx)
{
    qint64 target = 0;
    if (auto error = targetOf(ctx, &target))
        return *error;
    ctx.store().blocks.unblock(ctx.viewer(), target);
    return relationship(ctx, target);
}

Response muteAccount(Context &ctx)
{
    qint64 target = 0;
    if (auto error = targetOf(ctx, &target))
        return *error;
    const Params &p = ctx.params();
    const qint64 duration = qMax<qint64>(0, p.integer(u"duration").value_or(0));
    const qint64 expiresAt = duration ? ctx.store().nowMs() + duration * 1000 : 0;
    if (!ctx.store().mutes.mute(ctx.viewer(), target, p.boolean(u"notifications", true), expiresAt))
        return Response::error(500, tr("Could not mute the account"));
    return relationship(ctx, target);
}

Response unmuteAccount(Context &ctx)
{
    qint64 target = 0;
    if (auto error = targetOf(ctx, &target))
        return *error;
    ctx.store().mutes.unmute(ctx.viewer(), target);
    return relationship(ctx, target);
}

Response blocks(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    return accountList(ctx, ctx.store().blocks.list(ctx.viewer(), page), page);
}

Response mutes(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 40, 80);
    return accountList(ctx, ctx.store().mutes.list(ctx.viewer(), page), page);
}

} // namespace tusk::server::api
