// Server-Sent Events endpoints (/api/v1/streaming/...). Each answers with an open event stream
// that the hub feeds; the WebSocket multiplexer is not built yet.
#include "server/api/common.h"
#include "server/api/handlers.h"
#include "server/streaming/hub.h"

namespace tusk::server::api {

namespace {
Response open(Context &ctx, const QStringList &streams)
{
    Response r;
    r.contentType = "text/event-stream";
    r.body = ":)\n"; // a comment at once, so clients know the stream is up
    StreamingHub *hub = ctx.core.hub.get();
    const qint64 account = ctx.viewer();
    r.onOpen = [hub, account, streams](StreamSink *sink) { hub->addSse(sink, account, streams); };
    return r;
}

QString tagParam(Context &ctx)
{
    QString tag = ctx.params().string(u"tag").trimmed().toLower();
    if (tag.startsWith(u'#'))
        tag = tag.mid(1);
    return tag;
}
} // namespace

Response streamingHealth(Context &)
{
    return Response::text("OK");
}

Response streamUser(Context &ctx)
{
    return open(ctx, {QStringLiteral("user:%1").arg(ctx.viewer())});
}

Response streamUserNotifications(Context &ctx)
{
    return open(ctx, {QStringLiteral("user:notification:%1").arg(ctx.viewer())});
}

Response streamPublic(Context &ctx)
{
    return open(ctx, {QStringLiteral("public")});
}

Response streamPublicLocal(Context &ctx)
{
    return open(ctx, {QStringLiteral("public:local")});
}

Response streamPublicRemote(Context &ctx)
{
    return open(ctx, {QStringLiteral("public:remote")}); // nothing remote exists yet
}

Response streamHashtag(Context &ctx)
{
    const QString tag = tagParam(ctx);
    if (tag.isEmpty())
        return Response::error(400, QStringLiteral("Missing tag"));
    return open(ctx, {QStringLiteral("hashtag:") + tag});
}

Response streamHashtagLocal(Context &ctx)
{
    const QString tag = tagParam(ctx);
    if (tag.isEmpty())
        return Response::error(400, QStringLiteral("Missing tag"));
    return open(ctx, {QStringLiteral("hashtag:local:") + tag});
}

} // namespace tusk::server::api
