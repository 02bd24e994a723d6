// GET /api/v2/search: accounts, hashtags and (signed in) statuses through the FTS5 index.
#include "server/api/socialhandlers.h"
#include "server/render/social.h"

namespace tusk::server::api {

namespace {

QList<AccountRow> searchAccounts(Context &ctx, QString q, bool following, int limit, int offset)
{
    if (q.startsWith(u'@'))
        q = q.mid(1);
    const qsizetype at = q.indexOf(u'@');
    if (at >= 0) {
        // No federation: only this server's domain can match.
        if (q.mid(at + 1).compare(ctx.core.localHost, Qt::CaseInsensitive) != 0)
            return {};
        q = q.left(at);
    }
    if (q.isEmpty())
        return {};
    return ctx.store().accounts.search(q, following ? ctx.viewer() : 0, limit, offset);
}

} // namespace

Response searchV2(Context &ctx)
{
    const Params &p = ctx.params();
    const QString q = p.string(u"q").trimmed();
    if (!p.has(u"q"))
        return Response::error(400, QStringLiteral("Missing required parameter: q"));
    const bool signedIn = ctx.viewer() != 0;
    // Mastodon's rules for anonymous searches.
    if (!signedIn && p.has(u"offset"))
        return Response::error(
            401,
            QStringLiteral("Search queries pagination is not supported without authentication"));
    if (!signedIn && p.boolean(u"resolve"))
        return Response::error(401, QStringLiteral("Search queries that resolve remote resources "
                                                   "are not supported without authentication"));
    const QString type = p.string(u"type");
    if (!type.isEmpty() && type != u"accounts" && type != u"hashtags" && type != u"statuses")
        return unprocessable(QStringLiteral("Unknown type"));
    const int limit = int(qBound(qint64(1), p.integer(u"limit").value_or(20), qint64(40)));
    const int offset = int(qMax<qint64>(0, p.integer(u"offset").value_or(0)));
    auto wants = [&](const char *t) { return type.isEmpty() || type == QLatin1String(t); };

    QJsonArray accounts, hashtags, statuses;
    if (wants("accounts") && !q.isEmpty())
        accounts = render::accounts(ctx.core,
                                    searchAccounts(ctx, q, p.boolean(u"following"), limit, offset));
    if (wants("hashtags") && !q.isEmpty()) {
        QString name = q.startsWith(u'#') ? q.mid(1) : q;
        if (TagRepository::validName(name))
            hashtags = render::tags(
                ctx.core, TagRepository(ctx.store()).search(name, limit, offset), ctx.viewer());
    }
    // Like Mastodon, statuses only for someone signed in, and only what they may see.
    if (wants("statuses") && signedIn && !q.isEmpty()) {
        Store &store = ctx.store();
        QList<StatusRow> rows;
        // A status URL resolves to that status.
        const QString statusPrefix = ctx.core.url(u"/@");
        if (q.startsWith(statusPrefix)) {
            const qint64 id = q.section(u'/', -1).toLongLong();
            if (const std::optional<StatusRow> s = visibleStatus(ctx, id))
                rows.append(*s);
        } else {
            const qint64 author = p.integer(u"account_id").value_or(0);
            // Blocked and muted accounts stay out, as in Mastodon's search.
            rows = withoutHidden(
                ctx, visibleInOrder(ctx, SearchRepository(store).statuses(q, ctx.viewer(), author,
                                                                          limit, offset)));
        }
        statuses = render::statuses(ctx.core, rows, ctx.viewer());
    }
    return Response::json(QJsonObject{{QStringLiteral("accounts"), accounts},
                                      {QStringLiteral("statuses"), statuses},
                                      {QStringLiteral("hashtags"), hashtags}});
}

} // namespace tusk::server::api
