// Hashtags: the tag timeline, the Tag entity and followed tags.
#include "server/api/socialhandlers.h"
#include "server/render/social.h"

namespace tusk::server::api {

namespace {

QString normalTag(QString name)
{
    name = name.trimmed();
    if (name.startsWith(u'#'))
        name = name.mid(1);
    return name.toLower();
}

QStringList normalTags(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names) {
        const QString t = normalTag(n);
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out.mid(0, 4); // Mastodon takes at most four of each
}

} // namespace

QList<StatusRow> visibleInOrder(Context &ctx, const QList<qint64> &ids)
{
    const QHash<qint64, StatusRow> rows = ctx.store().statuses.byIds(ids);
    QList<StatusRow> out;
    for (qint64 id : ids) {
        const auto it = rows.constFind(id);
        if (it == rows.constEnd() || !canSee(ctx, *it))
            continue;
        if (it->reblogOfId && !visibleStatus(ctx, it->reblogOfId))
            continue;
        out.append(*it);
    }
    return out;
}

Response statusPage(Context &ctx, const QList<qint64> &ids, const PageQuery &page)
{
    // Blocked and muted accounts stay out, as in Mastodon's tag and list feeds.
    const QList<StatusRow> rows = withoutHidden(ctx, visibleInOrder(ctx, ids));
    Response r = Response::json(render::statusesJson(ctx.core, rows, ctx.viewer()));
    if (!ids.isEmpty())
        setLinkHeader(r, ctx, ids.last(), ids.first(), ids.size() >= page.limit);
    return r;
}

Response tagTimeline(Context &ctx)
{
    const Params &p = ctx.params();
    const PageQuery page = pageQuery(p, 20, 40);
    if (p.boolean(u"remote")) // nothing here comes from elsewhere
        return Response::json(QJsonArray());
    QStringList any = normalTags(p.list(u"any"));
    const QString main = normalTag(ctx.req.arg(0));
    if (!main.isEmpty())
        any.prepend(main);
    const QList<qint64> ids =
        TagRepository(ctx.store())
            .timeline(any, normalTags(p.list(u"all")), normalTags(p.list(u"none")),
                      p.boolean(u"only_media"), page);
    return statusPage(ctx, ids, page);
}

Response tag(Context &ctx)
{
    const QString name = normalTag(ctx.req.arg(0));
    if (!TagRepository::validName(name))
        return notFound();
    // Unknown but valid names are shown with no id and no uses, as Mastodon does.
    const TagRow row = TagRepository(ctx.store()).byName(name).value_or(TagRow{0, name});
    return Response::json(render::tag(ctx.core, row, ctx.viewer()));
}

Response followTag(Context &ctx)
{
    const QString name = normalTag(ctx.req.arg(0));
    if (!TagRepository::validName(name))
        return notFound();
    TagRepository tags(ctx.store());
    const std::optional<TagRow> row = tags.ensure(name);
    if (!row || !tags.follow(ctx.viewer(), row->id))
        return Response::error(500, QStringLiteral("Could not follow the hashtag"));
    return Response::json(render::tag(ctx.core, *row, ctx.viewer()));
}

Response unfollowTag(Context &ctx)
{
    const QString name = normalTag(ctx.req.arg(0));
    if (!TagRepository::validName(name))
        return notFound();
    TagRepository tags(ctx.store());
    const std::optional<TagRow> row = tags.byName(name);
    if (!row)
        return notFound();
    tags.unfollow(ctx.viewer(), row->id);
    return Response::json(render::tag(ctx.core, *row, ctx.viewer()));
}

Response followedTags(Context &ctx)
{
    const PageQuery page = pageQuery(ctx.params(), 100, 200);
    const QList<QPair<qint64, TagRow>> pairs =
        TagRepository(ctx.store()).followedTags(ctx.viewer(), page);
    QList<TagRow> rows;
    for (const auto &pair : pairs)
        rows.append(pair.second);
    Response r = Response::json(render::tags(ctx.core, rows, ctx.viewer()));
    if (!pairs.isEmpty())
        setLinkHeader(r, ctx, pairs.last().first, pairs.first().first, pairs.size() >= page.limit);
    return r;
}

} // namespace tusk::server::api
