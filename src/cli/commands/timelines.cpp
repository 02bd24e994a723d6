// timeline and notifications: paged lists, one page or (--all) every page via the Link header.
#include "api/requests/timelines.h"
#include "api/requests/notifications.h"
#include "cli/commands/commands.h"
#include "cli/context.h"

#include <QSet>

#include <functional>

namespace tusk::cli {

namespace {
constexpr int kMaxLimit = 200; // servers clamp (Mastodon: 40); never ask for absurd pages
constexpr int kPageSizeForAll = 40;

// Prints pages from `fetch` until the last one (or just the first without --all). `print`
// returns the number of items it printed.
// The first page from --limit, --max-id and --all; false after a usage message.
bool firstPage(Context &ctx, api::PageCursor *cursor)
{
    cursor->maxId = ctx.args().value(QStringLiteral("max-id"));
    if (ctx.args().has(QStringLiteral("all")))
        cursor->limit = kPageSizeForAll;
    return intOption(ctx, QStringLiteral("limit"), 1, kMaxLimit, &cursor->limit);
}

template <typename T>
int walkPages(Context &ctx, api::PageCursor cursor,
              const std::function<api::ApiResult<QList<T>>(api::PageCursor)> &fetch,
              const std::function<void(const T &)> &print)
{
    const bool all = ctx.args().has(QStringLiteral("all"));
    qint64 total = 0;
    QSet<QString> seen;
    for (;;) {
        const api::ApiResult<QList<T>> page = fetch(cursor);
        if (!page)
            return ctx.fail(page.error(),
                            QCoreApplication::translate("tusk::cli", "Could not load %1")
                                .arg(ctx.args().command));
        bool anythingNew = false;
        for (const T &item : page.value()) {
            if (all && seen.contains(item.id))
                continue; // a server paging in circles must not print the same items forever
            if (all)
                seen.insert(item.id);
            anythingNew = true;
            print(item);
            ++total;
        }
        if (!all || page->isEmpty() || !anythingNew)
            break;
        const std::optional<api::PageCursor> next = page.links().nextCursor();
        if (!next || next->isEmpty() || *next == cursor)
            break; // the last page, or a server that points back at the same page
        cursor = *next;
        if (cursor.limit == 0)
            cursor.limit = kPageSizeForAll;
    }
    if (total == 0)
        ctx.out().info(QCoreApplication::translate("tusk::cli", "Nothing here."));
    return Ok;
}
} // namespace

int runTimeline(Context &ctx)
{
    const QStringList &p = ctx.args().positional;
    const QString kind = p.value(0);
    using namespace api::requests;
    std::function<api::ApiResult<QList<Status>>(api::PageCursor)> fetch;
    bool needsLogin = false;
    QString cached; // the cache's name for it
    if (kind == u"home" && p.size() == 1) {
        needsLogin = true;
        cached = QStringLiteral("home");
        fetch = [&ctx](api::PageCursor c) { return ctx.call(HomeTimeline{c}); };
    } else if ((kind == u"local" || kind == u"public") && p.size() == 1) {
        const auto scope =
            kind == u"local" ? PublicTimeline::Scope::Local : PublicTimeline::Scope::All;
        cached = kind == u"local" ? QStringLiteral("local") : QStringLiteral("federated");
        fetch = [&ctx, scope](api::PageCursor c) {
            PublicTimeline r;
            r.scope = scope;
            r.page = c;
            return ctx.call(r);
        };
    } else if (kind == u"tag" && p.size() == 2) {
        QString tag = p.at(1);
        if (tag.startsWith(u'#'))
            tag = tag.mid(1);
        if (tag.isEmpty())
            return ctx.usage(
                QCoreApplication::translate("tusk::cli", "timeline tag needs a hashtag."));
        cached = QStringLiteral("tag:") + tag;
        fetch = [&ctx, tag](api::PageCursor c) {
            TagTimeline r;
            r.tag = tag;
            r.page = c;
            return ctx.call(r);
        };
    } else if (kind == u"list" && p.size() == 2) {
        needsLogin = true;
        const QString id = p.at(1);
        cached = QStringLiteral("list:") + id;
        fetch = [&ctx, id](api::PageCursor c) { return ctx.call(ListTimeline{id, c}); };
    } else {
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "timeline needs one of: home, local, public, tag NAME, list ID."));
    }
    if (ctx.args().has(QStringLiteral("cached")))
        return printCachedTimeline(ctx, cached);
    api::PageCursor cursor;
    if (!firstPage(ctx, &cursor))
        return Usage;
    if (const int rc = ctx.connect(needsLogin); rc != Ok)
        return rc;
    return walkPages<Status>(ctx, cursor, fetch, [&ctx](const Status &s) { ctx.out().status(s); });
}

int runNotifications(Context &ctx)
{
    if (!ctx.args().positional.isEmpty())
        return ctx.usage(
            QCoreApplication::translate("tusk::cli", "notifications takes no arguments."));
    if (ctx.args().has(QStringLiteral("cached")))
        return printCachedTimeline(ctx, QStringLiteral("notifications"));
    api::PageCursor cursor;
    if (!firstPage(ctx, &cursor))
        return Usage;
    if (const int rc = ctx.connect(); rc != Ok)
        return rc;
    return walkPages<Notification>(
        ctx, cursor,
        [&ctx](api::PageCursor c) {
            api::requests::GetNotifications r;
            r.page = c;
            return ctx.call(r);
        },
        [&ctx](const Notification &n) { ctx.out().notification(n); });
}

} // namespace tusk::cli
