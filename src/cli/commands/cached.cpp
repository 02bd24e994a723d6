// What the CLI shares with the app's cache: reads with the server down (--cached) and the offline
// action queue (queue, queue retry SEQ, queue drop SEQ).
#include "cache/actionqueue.h"
#include "cache/queuerunner.h"
#include "cache/timelinecache.h"
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "session/accountsession.h"

#include <QJsonObject>
#include <QTimer>

namespace tusk::cli {

namespace {
constexpr int kDefaultCachedRows = 20;

std::unique_ptr<session::AccountSession> openCache(Context &ctx, int *exitCode)
{
    auth::AccountRecord record;
    *exitCode = ctx.resolveCachedAccount(&record);
    if (*exitCode != Ok)
        return nullptr;
    auto s = ctx.makeSession(record);
    if (!s->isCacheOpen()) {
        *exitCode = ctx.fail(
            Failure, QCoreApplication::translate("tusk::cli", "The cache of %1 cannot be read: %2")
                         .arg(record.key, s->cacheError()));
        return nullptr;
    }
    return s;
}
} // namespace

int printCachedTimeline(Context &ctx, const QString &timeline)
{
    int limit = kDefaultCachedRows;
    if (!intOption(ctx, QStringLiteral("limit"), 1, 1'000'000, &limit))
        return Usage;
    const bool all = ctx.args().has(QStringLiteral("all"));
    int rc = Ok;
    const auto s = openCache(ctx, &rc);
    if (!s)
        return rc;
    const cache::TimelineCache *cache = s->cache();
    QString after;
    if (const QString maxId = ctx.args().value(QStringLiteral("max-id")); !maxId.isEmpty()) {
        after = cache->sortKeyOf(timeline, maxId);
        if (after.isEmpty())
            return ctx.fail(Failure,
                            QCoreApplication::translate("tusk::cli", "%1 is not in the cached %2.")
                                .arg(maxId, timeline));
    }
    Formatter &out = ctx.out();
    int printed = 0;
    bool gapShown = false;
    while (all || printed < limit) {
        const QList<cache::TimelineRow> rows =
            cache->rows(timeline, all ? 200 : limit - printed, after);
        if (rows.isEmpty())
            break;
        for (const cache::TimelineRow &row : rows) {
            if (!all && printed >= limit)
                break;
            if (row.kind == cache::TimelineRow::Kind::Gap) {
                if (!gapShown && !out.json())
                    out.info(QCoreApplication::translate(
                        "tusk::cli",
                        "(Some posts here were never loaded; they are not in the cache.)"));
                gapShown = true;
                continue;
            }
            if (row.notification)
                out.notification(*row.notification);
            else if (row.status)
                out.status(*row.status);
            else
                continue;
            ++printed;
        }
        after = rows.last().sortKey;
    }
    if (printed == 0)
        out.info(QCoreApplication::translate("tusk::cli", "Nothing cached here."));
    return Ok;
}

int printCachedThread(Context &ctx, const QString &id)
{
    int rc = Ok;
    const auto s = openCache(ctx, &rc);
    if (!s)
        return rc;
    const cache::TimelineCache *cache = s->cache();
    const QList<cache::TimelineRow> rows = cache->rows(QStringLiteral("thread:") + id, 100'000);
    int printed = 0;
    for (const cache::TimelineRow &row : rows) {
        if (row.status) {
            ctx.out().status(*row.status);
            ++printed;
        }
    }
    if (printed > 0)
        return Ok;
    const auto status = cache->status(id);
    if (!status)
        return ctx.fail(
            Failure,
            QCoreApplication::translate("tusk::cli", "Post %1 is not in the cache.").arg(id));
    ctx.out().status(*status);
    ctx.out().info(
        QCoreApplication::translate("tusk::cli", "(Only the post is cached, not its thread.)"));
    return Ok;
}

namespace {
QJsonObject actionJson(const cache::Action &a)
{
    QJsonObject o{{QStringLiteral("seq"), a.seq},
                  {QStringLiteral("kind"), cache::Action::kindName(a.kind)},
                  {QStringLiteral("state"), cache::Action::stateName(a.state)},
                  {QStringLiteral("target_id"), a.targetId},
                  {QStringLiteral("attempts"), a.attempts},
                  {QStringLiteral("created_at"), a.createdAt.toUTC().toString(Qt::ISODateWithMs)}};
    if (!a.error.isEmpty())
        o.insert(QStringLiteral("error"), a.error);
    if (!a.text.isEmpty())
        o.insert(QStringLiteral("text"), a.text);
    if (!a.inReplyToId.isEmpty())
        o.insert(QStringLiteral("in_reply_to_id"), a.inReplyToId);
    return o;
}

QString stateWords(cache::Action::State state)
{
    switch (state) {
    case cache::Action::State::Pending:
        return QCoreApplication::translate("tusk::cli", "waiting");
    case cache::Action::State::Sending:
        return QCoreApplication::translate("tusk::cli", "sending");
    case cache::Action::State::Done:
        return QCoreApplication::translate("tusk::cli", "sent");
    case cache::Action::State::Failed:
        return QCoreApplication::translate("tusk::cli", "failed");
    }
    return {};
}

void printAction(Formatter &out, const cache::Action &a)
{
    if (out.json()) {
        out.jsonLine(actionJson(a));
        return;
    }
    QString line = QStringLiteral("#%1  %2  %3").arg(a.seq).arg(a.describe(), stateWords(a.state));
    if (!a.targetId.isEmpty())
        line += QStringLiteral("  %1").arg(a.targetId);
    if (!a.text.isEmpty()) {
        QString text = a.text.simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        line += QStringLiteral("  \"%1\"").arg(text);
    }
    if (a.attempts > 0)
        line += QStringLiteral("  ") + QCoreApplication::translate("tusk::cli::Cached",
                                                                   "(%n attempt(s))", nullptr,
                                                                   a.attempts);
    out.line(line);
    if (!a.error.isEmpty())
        out.line(QStringLiteral("    ") + a.error);
}

bool parseSeq(Context &ctx, qint64 *seq)
{
    bool ok = false;
    QString text = ctx.args().positional.value(1);
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    *seq = text.toLongLong(&ok);
    if (!ok || *seq <= 0 || ctx.args().positional.size() != 2) {
        ctx.usage(
            QCoreApplication::translate(
                "tusk::cli", "queue %1 needs the number of an action (see \"tuskline-cli queue\").")
                .arg(ctx.args().positional.value(0)));
        return false;
    }
    return true;
}

// Sends the whole queue (in order, so `seq` and what was queued before it) until it drains or
// the runner has to wait; the exit code says how it went for `seq`.
int sendQueue(Context &ctx, session::AccountSession &s, qint64 seq)
{
    cache::QueueRunner *runner = s.runner();
    QEventLoop loop;
    int rc = -1;
    bool kicked = false;
    QObject::connect(runner, &cache::QueueRunner::drained, &loop, [&] {
        rc = Ok;
        loop.quit();
    });
    QObject::connect(runner, &cache::QueueRunner::stateChanged, &loop,
                     [&](cache::QueueRunner::State state) {
                         if (state == cache::QueueRunner::State::Waiting && !kicked) {
                             // Backing off from an earlier run: the user asked for now.
                             kicked = true;
                             QTimer::singleShot(0, runner, &cache::QueueRunner::kick);
                         } else if (state == cache::QueueRunner::State::Waiting) {
                             rc = NetworkFailed; // a transient failure: the rest stays queued
                             loop.quit();
                         } else if (state == cache::QueueRunner::State::AuthPaused) {
                             rc = AuthFailed;
                             loop.quit();
                         }
                     });
    QObject::connect(&s, &session::AccountSession::authenticationRequired, &loop, [&] {
        rc = AuthFailed;
        loop.quit();
    });
    runner->start();
    if (rc < 0)
        loop.exec();
    runner->stop();
    const auto a = s.actions()->action(seq);
    if (rc == Ok && a && a->state == cache::Action::State::Failed)
        rc = ServerFailed;
    switch (rc) {
    case Ok:
        if (!ctx.out().quiet() || ctx.out().json()) {
            if (a)
                printAction(ctx.out(), *a);
            else
                ctx.out().info(QCoreApplication::translate("tusk::cli", "Sent #%1.").arg(seq));
        }
        return Ok;
    case ServerFailed:
        return ctx.fail(
            ServerFailed,
            QCoreApplication::translate("tusk::cli", "The server refused #%1: %2")
                .arg(seq)
                .arg(a ? a->error : QCoreApplication::translate("tusk::cli", "unknown error")));
    case AuthFailed:
        return ctx.fail(AuthFailed,
                        QCoreApplication::translate(
                            "tusk::cli", "The server refused the login; #%1 stays queued.")
                            .arg(seq));
    default:
        return ctx.fail(NetworkFailed,
                        QCoreApplication::translate(
                            "tusk::cli", "Could not reach the server; #%1 stays queued%2")
                            .arg(seq)
                            .arg(a && !a->error.isEmpty() ? QStringLiteral(" (%1).").arg(a->error)
                                                          : QStringLiteral(".")));
    }
}
} // namespace

int runQueue(Context &ctx)
{
    const QStringList &p = ctx.args().positional;
    const QString sub = p.value(0);
    if (!(sub.isEmpty() || sub == u"retry" || sub == u"drop") || (sub.isEmpty() && !p.isEmpty()))
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "queue takes nothing, or retry SEQ, or drop SEQ."));
    if (sub.isEmpty() && p.size() > 1)
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "queue takes nothing, or retry SEQ, or drop SEQ."));
    qint64 seq = 0;
    if (!sub.isEmpty() && !parseSeq(ctx, &seq))
        return Usage;
    int rc = Ok;
    auth::AccountRecord record;
    if (const int r = ctx.resolveCachedAccount(&record); r != Ok)
        return r;
    if (sub == u"retry") {
        // Sending needs the login; listing and dropping do not.
        if (rc = ctx.connect(); rc != Ok)
            return rc;
    }
    auto s = ctx.makeSession(record);
    if (!s->isCacheOpen())
        return ctx.fail(
            Failure, QCoreApplication::translate("tusk::cli", "The cache of %1 cannot be read: %2")
                         .arg(record.key, s->cacheError()));
    cache::ActionQueue *queue = s->actions();
    if (sub.isEmpty()) {
        QList<cache::Action> shown;
        for (const cache::Action &a : queue->actions()) {
            if (a.state != cache::Action::State::Done)
                shown << a;
        }
        for (const cache::Action &a : shown)
            printAction(ctx.out(), a);
        if (shown.isEmpty())
            ctx.out().info(QCoreApplication::translate("tusk::cli", "Nothing waits to be sent."));
        return Ok;
    }
    const auto action = queue->action(seq);
    if (!action)
        return ctx.fail(Failure, QCoreApplication::translate("tusk::cli",
                                                             "There is no action #%1 in the queue.")
                                     .arg(seq));
    if (sub == u"drop") {
        if (action->state == cache::Action::State::Done)
            return ctx.fail(
                Failure,
                QCoreApplication::translate("tusk::cli", "#%1 was already sent.").arg(seq));
        if (!queue->discard(seq))
            return ctx.fail(Failure, QCoreApplication::translate(
                                         "tusk::cli", "#%1 is being sent right now; try again.")
                                         .arg(seq));
        ctx.out().info(QCoreApplication::translate("tusk::cli", "Dropped #%1 (%2).")
                           .arg(seq)
                           .arg(action->describe()));
        return Ok;
    }
    // retry: a failed action goes back in line; a waiting one is just sent now.
    if (action->state == cache::Action::State::Done)
        return ctx.fail(Failure,
                        QCoreApplication::translate("tusk::cli", "#%1 was already sent.").arg(seq));
    if (action->state == cache::Action::State::Failed && !queue->retry(seq))
        return ctx.fail(Failure, QCoreApplication::translate(
                                     "tusk::cli", "#%1 could not be put back in the queue.")
                                     .arg(seq));
    return sendQueue(ctx, *s, seq);
}

} // namespace tusk::cli
