// stream: live events over tuskline_streaming's StreamingClient (WebSocket, SSE fallback,
// heartbeat, reconnects) until Ctrl+C, SIGTERM or --limit events.
#include "api/capabilities.h"
#include "cli/commands/commands.h"
#include "cli/context.h"
#include "core/entities/streamingevent.h"
#include "streaming/streamingclient.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace tusk::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tusk::cli::Stream", text);
}

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
    QString stream;
    QString param;
    bool needsLogin = false;
    if (kind == u"user" && p.size() == 1) {
        stream = QStringLiteral("user");
        needsLogin = true;
    } else if (kind == u"public" && p.size() == 1) {
        stream = QStringLiteral("public");
    } else if (kind == u"local" && p.size() == 1) {
        stream = QStringLiteral("public:local");
    } else if (kind == u"tag" && p.size() == 2 && !p.at(1).isEmpty()) {
        stream = QStringLiteral("hashtag");
        param = p.at(1).startsWith(u'#') ? p.at(1).mid(1) : p.at(1);
    } else if (kind == u"list" && p.size() == 2) {
        stream = QStringLiteral("list");
        param = p.at(1);
        needsLogin = true;
    } else {
        return ctx.usage(tr("stream needs one of: user, public, local, tag NAME, list ID."));
    }
    int limit = 0; // 0: until interrupted
    if (!intOption(ctx, QStringLiteral("limit"), 1, 1'000'000, &limit))
        return Usage;
    if (const int rc = ctx.connect(needsLogin); rc != Ok)
        return rc;

    // Where the server streams from (urls.streaming_api), and that it is there at all.
    std::optional<api::ApiResult<api::Capabilities>> caps;
    {
        QEventLoop wait;
        api::Capabilities::fetch(ctx.client(), &wait, [&](api::ApiResult<api::Capabilities> r) {
            caps.emplace(std::move(r));
            wait.quit();
        });
        if (!caps)
            wait.exec();
    }
    if (!caps->ok())
        return ctx.fail(caps->error(), tr("Could not read what the server is"));

    streaming::StreamingClient client;
    client.configure(ctx.client()->instanceUrl(), caps->value());
    client.setAccessToken(ctx.accessToken());
    client.setUseSystemReachability(false); // a command line just tries; no desktop session
    client.subscribe(stream, param);

    QEventLoop loop;
    int exitCode = Ok;
    int events = 0;
    bool everConnected = false;
    Formatter &out = ctx.out();
    const auto counted = [&] {
        if (limit > 0 && ++events >= limit)
            loop.quit();
    };
    QObject::connect(
        &client, &streaming::StreamingClient::stateChanged, &loop,
        [&](streaming::StreamingClient::State state) {
            using State = streaming::StreamingClient::State;
            if (state == State::Connected) {
                out.info(everConnected
                             ? tr("Reconnected.")
                             : tr("Connected; waiting for events (%1).")
                                   .arg(client.transport() ==
                                                streaming::StreamingClient::Transport::WebSocket
                                            ? QStringLiteral("WebSocket")
                                            : QStringLiteral("SSE")));
                everConnected = true;
            } else if (state == State::Backoff) {
                if (!everConnected) {
                    // Never got through: tell the script rather than retry forever.
                    out.error(tr("Could not connect to the streaming server at %1.")
                                  .arg(client.baseUrl().toString()));
                    exitCode = NetworkFailed;
                    loop.quit();
                } else {
                    out.info(tr("The stream dropped; reconnecting…"));
                }
            }
        });
    QObject::connect(&client, &streaming::StreamingClient::authenticationFailed, &loop, [&] {
        out.error(tr("The server refused the login for streaming. Check the token or log in "
                     "again."));
        exitCode = AuthFailed;
        loop.quit();
    });
    QObject::connect(&client, &streaming::StreamingClient::serverError, &loop,
                     [&](const QString &message, int status) {
                         out.error(status > 0
                                       ? tr("Streaming error %1: %2").arg(status).arg(message)
                                       : tr("Streaming error: %1").arg(message));
                     });
    QObject::connect(
        &client, &streaming::StreamingClient::statusReceived, &loop,
        [&](const QString &key, const Status &s) {
            if (out.json())
                out.line(compact(eventJson(key, QStringLiteral("update"), compact(s.toJson()))));
            else
                out.status(s);
            counted();
        });
    QObject::connect(&client, &streaming::StreamingClient::statusUpdated, &loop,
                     [&](const QString &key, const Status &s) {
                         if (out.json()) {
                             out.line(compact(eventJson(key, QStringLiteral("status.update"),
                                                        compact(s.toJson()))));
                         } else {
                             out.line(tr("[edited]"));
                             out.status(s);
                         }
                         counted();
                     });
    QObject::connect(&client, &streaming::StreamingClient::statusDeleted, &loop,
                     [&](const QString &key, const QString &id) {
                         if (out.json())
                             out.line(compact(eventJson(key, QStringLiteral("delete"), id)));
                         else
                             out.line(tr("[deleted] id %1").arg(id));
                         counted();
                     });
    QObject::connect(&client, &streaming::StreamingClient::notificationReceived, &loop,
                     [&](const QString &key, const Notification &n) {
                         if (out.json())
                             out.line(compact(eventJson(key, QStringLiteral("notification"),
                                                        compact(n.toJson()))));
                         else
                             out.notification(n);
                         counted();
                     });
    quitLoopOnSignals(&loop);
    client.start();
    loop.exec();
    client.stop();
    return exitCode;
}

} // namespace tusk::cli
