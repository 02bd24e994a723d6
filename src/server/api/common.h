#pragma once
// Helpers every handler file uses: errors in Mastodon's words, cursor parameters, Link headers
// and the visibility rule.
#include "server/context.h"
#include "server/render/render.h"

namespace tusk::server::api {

Response notFound();
Response unprocessable(const QString &message);

// max_id / since_id / min_id / limit (clamped to 1..maxLimit).
PageQuery pageQuery(const Params &params, int defaultLimit, int maxLimit);
// Sets Link: next (only when the page is full, as Mastodon) and prev, absolute, next first.
void setLinkHeader(Response &r, const Context &ctx, qint64 nextMaxId, qint64 prevMinId,
                   bool pageFull);
// Link header for a list of rows with snowflake ids.
template <typename Row>
void paginate(Response &r, const Context &ctx, const QList<Row> &rows, const PageQuery &page)
{
    if (rows.isEmpty())
        return;
    setLinkHeader(r, ctx, rows.last().id, rows.first().id, rows.size() >= page.limit);
}

// Mastodon's rule: public/unlisted for all; private for the author, followers and mentioned
// accounts; direct for the author and mentioned accounts.
bool canSee(Context &ctx, const StatusRow &s);
// The status if it exists and the viewer may see it.
std::optional<StatusRow> visibleStatus(Context &ctx, qint64 id);

// Drops statuses the viewer chose not to see: by (or boosting a status of) an account the viewer
// blocked or muted, or one that blocks the viewer. Rows stay in order; cursors for Link headers
// should come from the unfiltered page.
QList<StatusRow> withoutHidden(Context &ctx, QList<StatusRow> rows);

qint64 idArg(const Context &ctx, int index = 0);
AccountRow viewerAccount(Context &ctx);

} // namespace tusk::server::api
