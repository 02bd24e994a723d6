// stream: live posts through the app's AccountSession (one StreamingClient: WebSocket, SSE
// fallback, heartbeat, reconnects, and a REST catch-up after each reconnection, into the shared
// cache) until Ctrl+C, SIGTERM or --limit events. Every post is printed exactly once.
#include "cache/timelinecache.h"
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/entities/streamingevent.h"
#include "session/accountsession.h"
#include "session/streamsync.h"
#include "session/timelinestreams.h"
#include "streaming/streamingclient.h"

#include <QSet>

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace tusk::cli {

namespace {
// SIGINT/SIGTERM end the stream cleanly: the handler only writes a byte (async-signal-safe),
// the event loop reads it and quits.
int g_signalFds[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &byte, 1);
}

void quitLoopOnSignals(QEventLoop *loop)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, loop);
    QObject::connect(notifier, &QSocketNotifier::activated, loop, [notifier, loop] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const auto n = ::read(g_signalFds[1], &byte, 1);
        loop->quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &sa, nullptr);
    ::sigaction(SIGTERM, &sa, nullptr);
}

// --json: every event as a StreamingEvent entity, the payload re-serialised from the parsed
// entity (so a consumer sees one kind per line and the event name tells what the payload is).
QJsonObject eventJson(const QString &key, const QString &event, const QString &payload)
{
    StreamingEvent e;
    e.stream = key.split(u'/');
    e.event = event;
    e.payload = payload;
    return e.toJson();
}
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

int runStream(Context &ctx)
{
    const QStringList &p = ctx.args().positional;
    const QString kind = p.value(0);
    QStringList timelines; // what the session opens (and so subscribes)
    bool needsLogin = false;
    if (kind == u"user" && p.size() == 1) {
        timelines = {QStringLiteral("home"), QStringLiteral("notifications")};
        needsLogin = true;
    } else if (kind == u"public" && p.size() == 1) {
        timelines = {QStringLiteral("federated")};
    } else if (kind == u"local" && p.size() == 1) {
        timelines = {QStringLiteral("local")};
    } else if (kind == u"tag" && p.size() == 2 && !p.at(1).isEmpty() && p.at(1) != u"#") {
        timelines = {QStringLiteral("tag:") +
                     (p.at(1).startsWith(u'#') ? p.at(1).mid(1) : p.at(1))};
    } else if (kind == u"list" && p.size() == 2) {
        timelines = {QStringLiteral("list:") + p.at(1)};
        needsLogin = true;
    } else {
        return ctx.usage(QCoreApplication::translate(
            "tusk::cli", "stream needs one of: user, public, local, tag NAME, list ID."));
    }
    int limit = 0; // 0: until interrupted
    if (!intOption(ctx, QStringLiteral("limit"), 1, 1'000'000, &limit))
        return Usage;
    if (const int rc = ctx.connect(needsLogin); rc != Ok)
        return rc;
    auth::AccountRecord record;
    if (const int rc = ctx.resolveOnlineAccount(&record); rc != Ok)
        return rc;

    // The app's session: one StreamingClient, its REST catch-up after every (re)connection and
    // the account's cache. What is printed comes from the cache, so a post that arrives both
    // live and through a catch-up is printed once.
    const auto session = ctx.makeSession(record);
    streaming::StreamingClient *client = session->streaming();
    client->setUseSystemReachability(false);       // a command line just tries; no desktop session
    session->streamSync()->setFillGaps(timelines); // print what an outage hid, too
    cache::TimelineCache *cache = session->cache();

    QEventLoop loop;
    int exitCode = Ok;
    int events = 0;
    bool everConnected = false;
    Formatter &out = ctx.out();
    const auto counted = [&] {
        if (limit > 0 && ++events >= limit)
            loop.quit();
    };
    // Printed are items newer than each timeline's top once its first catch-up is done (older
    // ones were there before the command started), each once.
    QHash<QString, QString> baseline; // timeline -> newest sort key at the start
    QSet<QString> printed;
    const auto printNew = [&](const QString &timeline, const QStringList &ids) {
        const QString base = baseline.value(timeline);
        QList<QPair<QString, QString>> fresh; // sort key, id
        for (const QString &id : ids) {
            const QString key = cache->sortKeyOf(timeline, id);
            if (!key.isEmpty() && key > base && !printed.contains(timeline + u'/' + id))
                fresh.append({key, id});
        }
        std::sort(fresh.begin(), fresh.end()); // oldest first, the order they happened
        const QString streamKey = session::streamForTimeline(timeline)->key();
        for (const auto &[key, id] : std::as_const(fresh)) {
            if (limit > 0 && events >= limit)
                return;
            printed.insert(timeline + u'/' + id);
            if (cache::TimelineCache::isNotificationTimeline(timeline)) {
                const auto n = cache->notification(id);
                if (!n)
                    continue;
                if (out.json())
                    out.line(compact(eventJson(streamKey, QStringLiteral("notification"),
                                               compact(n->toJson()))));
                else
                    out.notification(*n);
            } else {
                const auto s = cache->status(id);
                if (!s)
                    continue;
                if (out.json())
                    out.line(compact(
                        eventJson(streamKey, QStringLiteral("update"), compact(s->toJson()))));
                else
                    out.status(*s);
            }
            counted();
        }
    };
    // Ready once every timeline has had its first catch-up: from then on, all is new.
    const auto transportName = [&] {
        return client->transport() == streaming::StreamingClient::Transport::WebSocket
                   ? QStringLiteral("WebSocket")
                   : QStringLiteral("SSE");
    };
    QObject::connect(
        session->streamSync(), &session::StreamSync::catchUpFinished, &loop,
        [&](const QString &timeline) {
            if (baseline.contains(timeline) || !timelines.contains(timeline))
                return;
            const QList<cache::TimelineRow> top = cache->rows(timeline, 1);
            baseline.insert(timeline, top.isEmpty() ? QString() : top.constFirst().sortKey);
            if (baseline.size() == timelines.size())
                out.info(
                    QCoreApplication::translate("tusk::cli", "Connected; waiting for events (%1).")
                        .arg(transportName()));
        });
    QObject::connect(
        cache, &cache::TimelineCache::changed, &loop, [&](const cache::TimelineChange &change) {
            if (change.kind != cache::TimelineChange::Kind::Inserted ||
                !timelines.contains(change.timeline) || !baseline.contains(change.timeline))
                return;
            printNew(change.timeline, change.ids);
        });
    QObject::connect(
        client, &streaming::StreamingClient::stateChanged, &loop,
        [&](streaming::StreamingClient::State state) {
            using State = streaming::StreamingClient::State;
            if (state == State::Connected) {
                if (everConnected && baseline.size() == timelines.size())
                    out.info(QCoreApplication::translate("tusk::cli", "Reconnected."));
                everConnected = true;
            } else if (state == State::Backoff) {
                if (!everConnected) {
                    // Never got through: tell the script rather than retry forever.
                    out.error(QCoreApplication::translate(
                                  "tusk::cli", "Could not connect to the streaming server at %1.")
                                  .arg(client->baseUrl().toString()));
                    exitCode = NetworkFailed;
                    loop.quit();
                } else {
                    out.info(QCoreApplication::translate("tusk::cli",
                                                         "The stream dropped; reconnecting…"));
                }
            }
        });
    QObject::connect(session.get(), &session::AccountSession::authenticationRequired, &loop, [&] {
        out.error(QCoreApplication::translate(
            "tusk::cli", "The server refused the login for streaming. Check the token or log in "
                         "again."));
        exitCode = AuthFailed;
        loop.quit();
    });
    QObject::connect(
        client, &streaming::StreamingClient::serverError, &loop,
        [&](const QString &message, int status) {
            out.error(
                status > 0
                    ? QCoreApplication::translate("tusk::cli", "Streaming error %1: %2")
                          .arg(status)
                          .arg(message)
                    : QCoreApplication::translate("tusk::cli", "Streaming error: %1").arg(message));
        });
    // Edits and deletes are shown as they come (they change what was printed before).
    QObject::connect(client, &streaming::StreamingClient::statusUpdated, &loop,
                     [&](const QString &key, const Status &s) {
                         if (out.json()) {
                             out.line(compact(eventJson(key, QStringLiteral("status.update"),
                                                        compact(s.toJson()))));
                         } else {
                             out.line(QCoreApplication::translate("tusk::cli", "[edited]"));
                             out.status(s);
                         }
                         counted();
                     });
    QObject::connect(
        client, &streaming::StreamingClient::statusDeleted, &loop,
        [&](const QString &key, const QString &id) {
            if (out.json())
                out.line(compact(eventJson(key, QStringLiteral("delete"), id)));
            else
                out.line(QCoreApplication::translate("tusk::cli", "[deleted] id %1").arg(id));
            counted();
        });
    quitLoopOnSignals(&loop);
    for (const QString &t : timelines)
        session->openTimeline(t);
    session->start();
    loop.exec();
    session->stop();
    return exitCode;
}

} // namespace tusk::cli
