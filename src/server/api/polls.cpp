// GET /api/v1/polls/:id and POST /api/v1/polls/:id/votes.
#include "server/api/polls.h"
#include "server/api/common.h"
#include "server/api/handlers.h"

#include <QCoreApplication>

namespace tusk::server::api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::server::api", text);
}

// The poll if the viewer may see its status.
std::optional<PollRow> visiblePoll(Context &ctx)
{
    std::optional<PollRow> poll = ctx.store().polls.byId(idArg(ctx));
    if (!poll || !visibleStatus(ctx, poll->statusId))
        return std::nullopt;
    return poll;
}

} // namespace

Response poll(Context &ctx)
{
    const std::optional<PollRow> p = visiblePoll(ctx);
    if (!p)
        return notFound();
    return Response::json(render::poll(ctx.core, *p, ctx.viewer()));
}

Response votePoll(Context &ctx)
{
    std::optional<PollRow> p = visiblePoll(ctx);
    if (!p)
        return notFound();
    Store &store = ctx.store();
    const qint64 me = ctx.viewer();
    if (p->accountId == me)
        return unprocessable(tr("Validation failed: You cannot vote in your own poll"));
    if (p->expiresAt && store.nowMs() >= p->expiresAt)
        return unprocessable(tr("Validation failed: The poll has already ended"));
    if (store.polls.ownVotes(me, {p->id}).contains(p->id))
        return unprocessable(tr("Validation failed: You have already voted on this poll"));
    QList<int> choices;
    for (const QString &c : ctx.params().list(u"choices")) {
        bool ok = false;
        const int index = c.toInt(&ok);
        if (!ok || index < 0 || index >= p->options.size())
            return unprocessable(tr("Validation failed: Choices are invalid"));
        if (!choices.contains(index))
            choices.append(index);
    }
    if (choices.isEmpty())
        return unprocessable(tr("Validation failed: Choices can't be blank"));
    if (choices.size() > 1 && !p->multiple)
        return unprocessable(tr("Validation failed: This poll allows only one choice"));
    if (!store.polls.vote(p->id, me, choices))
        return Response::error(500, tr("Could not record the vote"));
    return Response::json(render::poll(ctx.core, store.polls.byId(p->id).value_or(*p), me));
}

void notifyEndedPolls(ServerCore &core)
{
    Store &store = core.store;
    Database::Transaction tx(store.db());
    for (const PollRow &p : store.polls.takeEnded(store.nowMs())) {
        store.notifications.create(p.accountId, p.accountId, QStringLiteral("poll"), p.statusId);
        for (qint64 voter : store.polls.voters(p.id)) {
            if (voter != p.accountId)
                store.notifications.create(voter, p.accountId, QStringLiteral("poll"), p.statusId);
        }
    }
    tx.commit();
}

} // namespace tusk::server::api
