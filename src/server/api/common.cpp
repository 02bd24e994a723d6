#include "server/api/common.h"

#include <QUrlQuery>

namespace tusk::server::api {

Response notFound()
{
    return Response::error(404, QStringLiteral("Record not found"));
}

Response unprocessable(const QString &message)
{
    return Response::error(422, message);
}

PageQuery pageQuery(const Params &params, int defaultLimit, int maxLimit)
{
    PageQuery p;
    p.maxId = params.integer(u"max_id").value_or(0);
    p.sinceId = params.integer(u"since_id").value_or(0);
    p.minId = params.integer(u"min_id").value_or(0);
    p.limit =
        int(qBound<qint64>(1, params.integer(u"limit").value_or(defaultLimit), qint64(maxLimit)));
    return p;
}

void setLinkHeader(Response &r, const Context &ctx, qint64 nextMaxId, qint64 prevMinId,
                   bool pageFull)
{
    // Keep the caller's other parameters (limit, types[], ...), replace the cursors, and never
    // echo an access token into a URL.
    QByteArray kept;
    for (const QByteArray &pair : ctx.req.rawQuery.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.first(eq);
        if (pair.isEmpty() || name == "max_id" || name == "min_id" || name == "since_id" ||
            name == "access_token")
            continue;
        kept += pair + '&';
    }
    const QString base = ctx.core.url(ctx.req.path) + u'?' + QString::fromLatin1(kept);
    QByteArray value;
    if (pageFull)
        value += "<" + (base + QStringLiteral("max_id=%1").arg(nextMaxId)).toUtf8() +
                 ">; rel=\"next\", ";
    value += "<" + (base + QStringLiteral("min_id=%1").arg(prevMinId)).toUtf8() + ">; rel=\"prev\"";
    r.setHeader("Link", value);
}

bool canSee(Context &ctx, const StatusRow &s)
{
    const qint64 viewer = ctx.viewer();
    switch (s.visibility) {
    case Visibility::Public:
    case Visibility::Unlisted:
        // An author who blocked the viewer is invisible to them (Mastodon's StatusPolicy).
        return !viewer || viewer == s.accountId ||
               !ctx.store().blocks.isBlocking(s.accountId, viewer);
    case Visibility::Private:
        if (!viewer)
            return false;
        return s.accountId == viewer || ctx.store().follows.isFollowing(viewer, s.accountId) ||
               ctx.store().statuses.isMentioned(s.id, viewer);
    case Visibility::Direct:
        if (!viewer)
            return false;
        return s.accountId == viewer || ctx.store().statuses.isMentioned(s.id, viewer);
    }
    return false;
}

std::optional<StatusRow> visibleStatus(Context &ctx, qint64 id)
{
    if (!id)
        return std::nullopt;
    std::optional<StatusRow> s = ctx.store().statuses.byId(id);
    if (!s || !canSee(ctx, *s))
        return std::nullopt;
    // A reblog is only as visible as what it wraps.
    if (s->reblogOfId) {
        const std::optional<StatusRow> original = ctx.store().statuses.byId(s->reblogOfId);
        if (!original || !canSee(ctx, *original))
            return std::nullopt;
    }
    return s;
}

QList<StatusRow> withoutHidden(Context &ctx, QList<StatusRow> rows)
{
    const QSet<qint64> hidden = ctx.store().blocks.hiddenFrom(ctx.viewer());
    if (hidden.isEmpty() || rows.isEmpty())
        return rows;
    QList<qint64> originals;
    for (const StatusRow &s : std::as_const(rows)) {
        if (s.reblogOfId)
            originals.append(s.reblogOfId);
    }
    const QHash<qint64, StatusRow> wrapped = ctx.store().statuses.byIds(originals);
    rows.removeIf([&](const StatusRow &s) {
        if (hidden.contains(s.accountId))
            return true;
        const auto o = wrapped.constFind(s.reblogOfId);
        return o != wrapped.constEnd() && hidden.contains(o->accountId);
    });
    return rows;
}

qint64 idArg(const Context &ctx, int index)
{
    bool ok = false;
    const qint64 id = ctx.req.arg(index).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

AccountRow viewerAccount(Context &ctx)
{
    return ctx.store().accounts.byId(ctx.viewer()).value_or(AccountRow());
}

} // namespace tusk::server::api
