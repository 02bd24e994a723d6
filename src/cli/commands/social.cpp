// follow, unfollow (an acct resolved through lookup, else search) and search.
#include "api/requests/accounts.h"
#include "api/requests/cli_extra.h"
#include "cli/commands/commands.h"
#include "cli/context.h"

namespace tusk::cli {

namespace {
bool isNotFoundOrMissingEndpoint(const api::ApiError &e)
{
    return e.kind == api::ApiError::Kind::Http && (e.httpStatus == 404 || e.httpStatus == 410);
}

// v2 search, or v1 on servers without it, or (for accounts) the accounts-only search.
api::ApiResult<tusk::Search> search(Context &ctx, const api::requests::Search &request)
{
    auto r = ctx.call(request);
    if (!r && isNotFoundOrMissingEndpoint(r.error()))
        r = ctx.call(api::requests::SearchV1{request.query, request.resolve});
    if (!r && isNotFoundOrMissingEndpoint(r.error()) &&
        (request.type.isEmpty() || request.type == u"accounts")) {
        auto accounts =
            ctx.call(api::requests::SearchAccounts{request.query, request.resolve, request.limit});
        if (!accounts)
            return accounts.error();
        if (request.type.isEmpty())
            ctx.out().info(QCoreApplication::translate(
                "tusk::cli", "This server can only search for accounts."));
        const int status = accounts.httpStatus();
        tusk::Search result;
        result.accounts = std::move(accounts).value();
        return api::ApiResult<tusk::Search>(std::move(result), {}, status);
    }
    return r;
}

// "user", "@user", "user@host", "@user@host" or a profile URL → the account, or an error code.
int resolveAccount(Context &ctx, const QString &input, Account *out)
{
    QString acct = input.trimmed();
    if (acct.startsWith(u'@'))
        acct = acct.mid(1);
    if (acct.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("tusk::cli", "Which account? Give user or user@host."));
    const bool isUrl =
        acct.startsWith(QLatin1String("https://")) || acct.startsWith(QLatin1String("http://"));
    if (!isUrl) {
        auto found = ctx.call(api::requests::LookupAccount{acct});
        if (found) {
            *out = found.value();
            return Ok;
        }
        if (!isNotFoundOrMissingEndpoint(found.error()))
            return ctx.fail(
                found.error(),
                QCoreApplication::translate("tusk::cli", "Could not look up %1").arg(input));
    }
    // Not known locally (or no lookup endpoint): let the server resolve it.
    api::requests::Search request;
    request.query = isUrl ? acct : u'@' + acct;
    request.type = QStringLiteral("accounts");
    request.resolve = true;
    const auto r = search(ctx, request);
    if (!r)
        return ctx.fail(r.error(),
                        QCoreApplication::translate("tusk::cli", "Could not find %1").arg(input));
    for (const Account &a : r->accounts) {
        if (isUrl ? (a.url == acct || a.uri == acct)
                  : a.acct.compare(acct, Qt::CaseInsensitive) == 0) {
            *out = a;
            return Ok;
        }
    }
    return ctx.fail(
        ServerFailed,
        QCoreApplication::translate("tusk::cli", "No account %1 was found.").arg(input));
}
} // namespace

int runFollow(Context &ctx)
{
    const bool follow = ctx.args().command == u"follow";
    if (ctx.args().positional.size() != 1)
        return ctx.usage(
            QCoreApplication::translate("tusk::cli", "%1 needs an account: user or user@host.")
                .arg(ctx.args().command));
    if (const int rc = ctx.connect(); rc != Ok)
        return rc;
    Account target;
    if (const int rc = resolveAccount(ctx, ctx.args().positional.constFirst(), &target); rc != Ok)
        return rc;
    using Kind = api::requests::AccountAction::Kind;
    const auto r =
        ctx.call(api::requests::AccountAction{target.id, follow ? Kind::Follow : Kind::Unfollow});
    if (!r)
        return ctx.fail(r.error(), QCoreApplication::translate("tusk::cli", "Could not %1 @%2")
                                       .arg(ctx.args().command, target.acct));
    if (ctx.out().json()) {
        ctx.out().entity(r.value());
    } else if (!ctx.out().quiet()) {
        if (!follow)
            ctx.out().line(QCoreApplication::translate("tusk::cli", "You no longer follow @%1.")
                               .arg(target.acct));
        else if (r->following)
            ctx.out().line(
                QCoreApplication::translate("tusk::cli", "You now follow @%1.").arg(target.acct));
        else if (r->requested)
            ctx.out().line(QCoreApplication::translate("tusk::cli",
                                                       "Asked @%1 to approve your follow request.")
                               .arg(target.acct));
        else
            ctx.out().line(QCoreApplication::translate("tusk::cli",
                                                       "The server did not confirm following @%1.")
                               .arg(target.acct));
    }
    return Ok;
}

int runSearch(Context &ctx)
{
    const Arguments &a = ctx.args();
    if (a.positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("tusk::cli", "search needs something to search for."));
    api::requests::Search request;
    request.query = a.positional.join(u' ');
    request.type = a.value(QStringLiteral("type"));
    static const QStringList types{QStringLiteral("accounts"), QStringLiteral("statuses"),
                                   QStringLiteral("hashtags")};
    if (a.has(QStringLiteral("type")) && !types.contains(request.type))
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "--type is one of accounts, statuses, hashtags."));
    request.resolve = a.has(QStringLiteral("resolve"));
    if (!intOption(ctx, QStringLiteral("limit"), 1, 40, &request.limit))
        return Usage;
    if (const int rc = ctx.connect(false); rc != Ok)
        return rc;
    const auto r = search(ctx, request);
    if (!r)
        return ctx.fail(r.error(), QCoreApplication::translate("tusk::cli", "Could not search"));
    ctx.out().search(r.value());
    return Ok;
}

} // namespace tusk::cli
