// Pinned statuses (POST /api/v1/statuses/:id/pin|unpin) and muted conversations
// (POST /api/v1/statuses/:id/mute|unmute).
#include "server/api/common.h"
#include "server/api/handlers.h"

#include <QCoreApplication>

namespace tusk::server::api {

namespace {

constexpr int kMaxPins = 5; // Mastodon's default, also in /api/v2/instance

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

Response rendered(Context &ctx, const StatusRow &s)
{
    return Response::json(render::status(ctx.core, s, ctx.viewer()));
}

} // namespace

Response pinStatus(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    // Mastodon's StatusPinValidator, in its order.
    if (s->reblogOfId)
        return unprocessable(tr("Validation failed: A boost cannot be pinned"));
    if (s->accountId != ctx.viewer())
        return unprocessable(tr("Validation failed: Only your own posts can be pinned"));
    if (s->visibility == Visibility::Direct)
        return unprocessable(tr("Validation failed: A direct post cannot be pinned"));
    Store &store = ctx.store();
    if (!store.pins.pinned(ctx.viewer(), {s->id}).contains(s->id)) {
        if (store.pins.count(ctx.viewer()) >= kMaxPins)
            return unprocessable(
                tr("Validation failed: You can pin at most %1 posts").arg(kMaxPins));
        if (!store.pins.pin(ctx.viewer(), s->id))
            return Response::error(500, tr("Could not pin the post"));
    }
    return rendered(ctx, *s);
}

Response unpinStatus(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    ctx.store().pins.unpin(ctx.viewer(), s->id);
    return rendered(ctx, *s);
}

Response muteStatus(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    if (!store.mutes.muteConversation(ctx.viewer(), store.mutes.rootOf(s->id)))
        return Response::error(500, tr("Could not mute the conversation"));
    return rendered(ctx, *s);
}

Response unmuteStatus(Context &ctx)
{
    const std::optional<StatusRow> s = visibleStatus(ctx, idArg(ctx));
    if (!s)
        return notFound();
    Store &store = ctx.store();
    store.mutes.unmuteConversation(ctx.viewer(), store.mutes.rootOf(s->id));
    return rendered(ctx, *s);
}

} // namespace tusk::server::api
