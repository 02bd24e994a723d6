// POST /api/v1/reports: a user reports an account (and optionally some of its posts) to the
// admins of this server. Validation as Mastodon: the account must exist and not be the
// reporter; the statuses must be the target's and visible to the reporter.
#include "server/store/reports.h"
#include "server/api/common.h"
#include "server/api/handlers.h"
#include "server/render/render.h"

#include <QJsonArray>

namespace tusk::server::api {

namespace {

const QStringList kCategories = {QStringLiteral("spam"), QStringLiteral("legal"),
                                 QStringLiteral("violation"), QStringLiteral("other")};

} // namespace

Response createReport(Context &ctx)
{
    const Params &p = ctx.params();
    const std::optional<qint64> targetId = p.integer(u"account_id");
    const std::optional<AccountRow> target =
        targetId ? ctx.store().accounts.byId(*targetId) : std::nullopt;
    if (!target)
        return notFound();
    if (target->id == ctx.viewer())
        return unprocessable(QStringLiteral("Validation failed: You cannot report yourself"));
    ReportRow row;
    row.accountId = ctx.viewer();
    row.targetAccountId = target->id;
    row.comment = p.string(u"comment");
    if (row.comment.size() > 1000)
        return unprocessable(
            QStringLiteral("Validation failed: Comment is too long (maximum is 1000 characters)"));
    row.forward = p.boolean(u"forward");
    row.ruleIds = p.list(u"rule_ids");
    const QString category = p.string(u"category");
    if (!category.isEmpty() && !kCategories.contains(category))
        return unprocessable(QStringLiteral("Validation failed: Category is not included in the "
                                            "list"));
    row.category = category.isEmpty() ? (row.ruleIds.isEmpty() ? QStringLiteral("other")
                                                               : QStringLiteral("violation"))
                                      : category;
    for (const QString &id : p.list(u"status_ids")) {
        const std::optional<StatusRow> s = visibleStatus(ctx, id.toLongLong());
        if (!s || s->accountId != target->id)
            return notFound();
        if (!row.statusIds.contains(s->id))
            row.statusIds.append(s->id);
    }
    if (!ReportRepository(ctx.store()).create(row))
        return Response::error(500, QStringLiteral("Could not save the report"));

    QJsonArray statusIds;
    for (qint64 id : std::as_const(row.statusIds))
        statusIds.append(QString::number(id));
    return Response::json(QJsonObject{
        {QStringLiteral("id"), QString::number(row.id)},
        {QStringLiteral("action_taken"), false},
        {QStringLiteral("action_taken_at"), QJsonValue::Null},
        {QStringLiteral("category"), row.category},
        {QStringLiteral("comment"), row.comment},
        {QStringLiteral("forwarded"), false}, // nothing to forward to: no federation yet
        {QStringLiteral("created_at"), render::timestamp(row.createdAt)},
        {QStringLiteral("status_ids"),
         statusIds.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(statusIds)},
        {QStringLiteral("rule_ids"), row.ruleIds.isEmpty()
                                         ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QJsonArray::fromStringList(row.ruleIds))},
        {QStringLiteral("target_account"), render::account(ctx.core, *target)},
    });
}

} // namespace tusk::server::api
