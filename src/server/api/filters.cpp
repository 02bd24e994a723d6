// Filters v2 (/api/v2/filters, keywords and statuses) and the read-only v1 view.
#include "server/api/socialhandlers.h"
#include "server/render/social.h"
#include "server/streaming/hub.h"

namespace tusk::server::api {

namespace {

const QStringList &validContexts()
{
    static const QStringList c{QStringLiteral("home"), QStringLiteral("notifications"),
                               QStringLiteral("public"), QStringLiteral("thread"),
                               QStringLiteral("account")};
    return c;
}

// keywords_attributes as JSON array, Rails' a[][k]= array, or a[0][k]= hash by index.
QList<QJsonObject> nestedObjects(const QJsonValue &v)
{
    QList<QJsonObject> out;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            out.append(e.toObject());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            return a.toLongLong() < b.toLongLong();
        });
        for (const QString &k : keys)
            out.append(o.value(k).toObject());
    }
    return out;
}

QString text(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString();
}

// Title, context, action and expiry from the request into `row`.
std::optional<Response> readFilter(Context &ctx, FilterRow *row, bool creating)
{
    const Params &p = ctx.params();
    if (creating || p.has(u"title")) {
        row->title = p.string(u"title").trimmed();
        if (row->title.isEmpty())
            return unprocessable(QStringLiteral("Validation failed: Title can't be blank"));
    }
    if (creating || p.has(u"context")) {
        QStringList context;
        for (const QString &c : p.list(u"context")) {
            if (!validContexts().contains(c))
                return unprocessable(
                    QStringLiteral("Validation failed: Context includes invalid values"));
            if (!context.contains(c))
                context.append(c);
        }
        if (context.isEmpty())
            return unprocessable(QStringLiteral("Validation failed: Context can't be blank"));
        row->context = context;
    }
    if (p.has(u"filter_action")) {
        const QString action = p.string(u"filter_action");
        if (action != u"warn" && action != u"hide" && action != u"blur")
            return unprocessable(
                QStringLiteral("Validation failed: Filter action is not included in the list"));
        row->action = action;
    }
    if (p.has(u"expires_in")) {
        const QString raw = p.string(u"expires_in");
        const qint64 seconds = raw.toLongLong();
        row->expiresAt = raw.isEmpty() || seconds <= 0
                             ? 0
                             : ctx.store().nowMs() + seconds * 1000; // empty: never
    }
    return std::nullopt;
}

void announce(Context &ctx)
{
    ctx.core.hub->filtersChanged(ctx.viewer());
}

std::optional<FilterRow> ownFilter(Context &ctx)
{
    return FilterRepository(ctx.store()).get(ctx.viewer(), idArg(ctx));
}

Response filterResponse(Context &ctx, qint64 id)
{
    const std::optional<FilterRow> f = FilterRepository(ctx.store()).get(ctx.viewer(), id);
    return f ? Response::json(render::filter(*f))
             : Response::error(500, QStringLiteral("Could not save the filter"));
}

} // namespace

Response filtersV2(Context &ctx)
{
    QJsonArray out;
    for (const FilterRow &f : FilterRepository(ctx.store()).all(ctx.viewer()))
        out.append(render::filter(f));
    return Response::json(out);
}

Response filterV2(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    return f ? Response::json(render::filter(*f)) : notFound();
}

Response createFilter(Context &ctx)
{
    FilterRow row;
    row.accountId = ctx.viewer();
    if (auto error = readFilter(ctx, &row, true))
        return *error;
    const QList<QJsonObject> keywords = nestedObjects(ctx.params().value(u"keywords_attributes"));
    for (const QJsonObject &k : keywords) {
        if (text(k.value(QStringLiteral("keyword"))).trimmed().isEmpty())
            return unprocessable(
                QStringLiteral("Validation failed: Keywords keyword can't be blank"));
    }
    FilterRepository filters(ctx.store());
    Database::Transaction tx(ctx.store().db());
    const std::optional<qint64> id = filters.create(row);
    if (!id)
        return Response::error(500, QStringLiteral("Could not save the filter"));
    for (const QJsonObject &k : keywords) {
        const QJsonValue whole = k.value(QStringLiteral("whole_word"));
        if (!filters.addKeyword(*id, text(k.value(QStringLiteral("keyword"))).trimmed(),
                                whole.isUndefined() || Params::truthy(whole)))
            return Response::error(500, QStringLiteral("Could not save the filter"));
    }
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not save the filter"));
    announce(ctx);
    return filterResponse(ctx, *id);
}

Response updateFilter(Context &ctx)
{
    std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    if (auto error = readFilter(ctx, &*f, false))
        return *error;
    FilterRepository filters(ctx.store());
    Database::Transaction tx(ctx.store().db());
    if (!filters.update(*f))
        return Response::error(500, QStringLiteral("Could not save the filter"));
    // Rails nested attributes: with an id, update (or _destroy) that keyword; without, add one.
    for (const QJsonObject &k : nestedObjects(ctx.params().value(u"keywords_attributes"))) {
        const qint64 keywordId = text(k.value(QStringLiteral("id"))).toLongLong();
        const QString keyword = text(k.value(QStringLiteral("keyword"))).trimmed();
        const QJsonValue whole = k.value(QStringLiteral("whole_word"));
        if (keywordId) {
            auto existing = filters.keyword(ctx.viewer(), keywordId);
            if (!existing || existing->second != f->id)
                return notFound();
            if (Params::truthy(k.value(QStringLiteral("_destroy")))) {
                filters.removeKeyword(keywordId);
                continue;
            }
            if (k.contains(QStringLiteral("keyword"))) {
                if (keyword.isEmpty())
                    return unprocessable(
                        QStringLiteral("Validation failed: Keywords keyword can't be blank"));
                existing->first.keyword = keyword;
            }
            if (!whole.isUndefined())
                existing->first.wholeWord = Params::truthy(whole);
            filters.updateKeyword(existing->first);
        } else {
            if (keyword.isEmpty())
                return unprocessable(
                    QStringLiteral("Validation failed: Keywords keyword can't be blank"));
            filters.addKeyword(f->id, keyword, whole.isUndefined() || Params::truthy(whole));
        }
    }
    if (!tx.commit())
        return Response::error(500, QStringLiteral("Could not save the filter"));
    announce(ctx);
    return filterResponse(ctx, f->id);
}

Response deleteFilter(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    FilterRepository(ctx.store()).remove(f->id);
    announce(ctx);
    return Response::json(QJsonObject());
}

Response filterKeywords(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    QJsonArray out;
    for (const FilterKeywordRow &k : f->keywords)
        out.append(render::filterKeyword(k));
    return Response::json(out);
}

Response addFilterKeyword(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    const QString keyword = ctx.params().string(u"keyword").trimmed();
    if (keyword.isEmpty())
        return unprocessable(QStringLiteral("Validation failed: Keyword can't be blank"));
    const bool whole = ctx.params().boolean(u"whole_word", true);
    const std::optional<qint64> id =
        FilterRepository(ctx.store()).addKeyword(f->id, keyword, whole);
    if (!id)
        return Response::error(500, QStringLiteral("Could not save the keyword"));
    announce(ctx);
    return Response::json(render::filterKeyword(FilterKeywordRow{*id, keyword, whole}));
}

Response filterKeyword(Context &ctx)
{
    const auto k = FilterRepository(ctx.store()).keyword(ctx.viewer(), idArg(ctx));
    return k ? Response::json(render::filterKeyword(k->first)) : notFound();
}

Response updateFilterKeyword(Context &ctx)
{
    FilterRepository filters(ctx.store());
    auto k = filters.keyword(ctx.viewer(), idArg(ctx));
    if (!k)
        return notFound();
    const Params &p = ctx.params();
    if (p.has(u"keyword")) {
        const QString keyword = p.string(u"keyword").trimmed();
        if (keyword.isEmpty())
            return unprocessable(QStringLiteral("Validation failed: Keyword can't be blank"));
        k->first.keyword = keyword;
    }
    if (p.has(u"whole_word"))
        k->first.wholeWord = p.boolean(u"whole_word");
    if (!filters.updateKeyword(k->first))
        return Response::error(500, QStringLiteral("Could not save the keyword"));
    announce(ctx);
    return Response::json(render::filterKeyword(k->first));
}

Response deleteFilterKeyword(Context &ctx)
{
    FilterRepository filters(ctx.store());
    const auto k = filters.keyword(ctx.viewer(), idArg(ctx));
    if (!k)
        return notFound();
    filters.removeKeyword(k->first.id);
    announce(ctx);
    return Response::json(QJsonObject());
}

Response filterStatuses(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    QJsonArray out;
    for (const FilterStatusRow &s : f->statuses)
        out.append(render::filterStatus(s));
    return Response::json(out);
}

Response addFilterStatus(Context &ctx)
{
    const std::optional<FilterRow> f = ownFilter(ctx);
    if (!f)
        return notFound();
    const std::optional<StatusRow> s =
        visibleStatus(ctx, ctx.params().integer(u"status_id").value_or(0));
    if (!s)
        return notFound();
    const std::optional<qint64> id = FilterRepository(ctx.store()).addStatus(f->id, s->id);
    if (!id)
        return Response::error(500, QStringLiteral("Could not save the filter"));
    if (*id == 0)
        return unprocessable(QStringLiteral("Validation failed: Status has already been taken"));
    announce(ctx);
    return Response::json(render::filterStatus(FilterStatusRow{*id, s->id}));
}

Response filterStatus(Context &ctx)
{
    const auto s = FilterRepository(ctx.store()).filterStatus(ctx.viewer(), idArg(ctx));
    return s ? Response::json(render::filterStatus(s->first)) : notFound();
}

Response deleteFilterStatus(Context &ctx)
{
    FilterRepository filters(ctx.store());
    const auto s = filters.filterStatus(ctx.viewer(), idArg(ctx));
    if (!s)
        return notFound();
    filters.removeStatus(s->first.id);
    announce(ctx);
    return Response::json(QJsonObject());
}

Response filtersV1(Context &ctx)
{
    return Response::json(render::filtersV1(FilterRepository(ctx.store()).all(ctx.viewer())));
}

Response filterV1(Context &ctx)
{
    // v1 filters are the v2 keywords.
    const qint64 id = idArg(ctx);
    for (const QJsonValue &f : render::filtersV1(FilterRepository(ctx.store()).all(ctx.viewer()))) {
        if (f[QStringLiteral("id")].toString() == QString::number(id))
            return Response::json(f.toObject());
    }
    return notFound();
}

} // namespace tusk::server::api
