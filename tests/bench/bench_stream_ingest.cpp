// Streaming ingest through AccountSession: statuses the bundled server (in-process, same thread)
// pushes over its streaming connection into the account's cache, end to end: the server renders
// each status as JSON, frames it (WebSocket or SSE), StreamingClient parses it into a Status,
// StreamSync writes the burst into TimelineCache ("home") in batches. events/s = events /
// (wall time from the first event emitted to the last one written), median of 5 rounds per
// transport; each round has a fresh cache. The CPU time of the process (server included) is
// printed too.
// Usage: bench_stream_ingest [events]   (default 2000)
#include "server/context.h"
#include "server/streaming/hub.h"
#include "session/accountsession.h"
#include "session/streamsync.h"
#include "streaming/streamingclient.h"
#include "testserver.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace tusk;
using namespace std::chrono_literals;

namespace {

struct Round {
    double eventsPerSecond = 0;
    double cpuPerEventUs = 0;
    double serverPerEventUs = 0; // rendering and sending, inside statusCreated()
    bool ok = false;
};

Round runRound(test::TestServer &server, const test::TestServer::User &alice,
               const QList<qint64> &statusIds, bool sse, QNetworkAccessManager *nam)
{
    Round round;
    QTemporaryDir dir;
    auth::AccountRecord record;
    record.instanceUrl = server.url();
    record.username = alice.username;
    record.accountId = alice.idString;
    record.key = auth::AccountRecord::makeKey(alice.username, server.url());
    session::AccountSession s(record, QString::fromLatin1(alice.token), nam, dir.path());
    s.streaming()->setUseSystemReachability(false);
    if (sse)
        s.streaming()->setTransport(streaming::StreamingClient::Transport::ServerSentEvents);
    s.openTimeline(QStringLiteral("home"));
    s.start();
    if (!QTest::qWaitFor([&] { return s.streamSync()->isCaughtUp(QStringLiteral("home")); },
                         10'000)) {
        std::fprintf(stderr, "no catch-up\n");
        return round;
    }
    QTest::qWait(200); // subscription settled
    // Start from an empty home so every event is a new top (the common case), not a re-send
    // of what the catch-up stored.
    s.cache()->clearTimeline(QStringLiteral("home"));
    const qint64 before = s.streamSync()->eventsApplied();
    const qint64 want = before + statusIds.size();

    server::StreamingHub &hub = *server.server().core().hub;
    QElapsedTimer wall;
    const double cpu0 = bench::cpuSeconds();
    wall.start();
    // Emit in slices so the server's sockets drain while the client reads, as a busy server's
    // would.
    constexpr int kSlice = 100;
    double serverCpu = 0;
    for (qsizetype i = 0; i < statusIds.size(); i += kSlice) {
        const double c0 = bench::cpuSeconds();
        for (qsizetype j = i; j < std::min(statusIds.size(), i + kSlice); ++j)
            hub.statusCreated(statusIds.at(j));
        serverCpu += bench::cpuSeconds() - c0;
        QCoreApplication::processEvents();
    }
    const bool done =
        QTest::qWaitFor([&] { return s.streamSync()->eventsApplied() >= want; }, 60'000);
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = bench::cpuSeconds() - cpu0;
    if (!done) {
        std::fprintf(stderr, "only %lld of %lld events arrived\n",
                     static_cast<long long>(s.streamSync()->eventsApplied() - before),
                     static_cast<long long>(statusIds.size()));
        return round;
    }
    const int stored = s.cache()->itemCount(QStringLiteral("home"));
    if (stored != std::min<int>(int(statusIds.size()), s.cache()->maxItemsPerTimeline())) {
        std::fprintf(stderr, "home holds %d\n", stored);
        return round;
    }
    round.eventsPerSecond = double(statusIds.size()) / seconds;
    round.cpuPerEventUs = cpu * 1e6 / double(statusIds.size());
    round.serverPerEventUs = serverCpu * 1e6 / double(statusIds.size());
    round.ok = true;
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? std::max(1, atoi(argv[1])) : 2000;

    server::ServerConfig config;
    config.rateLimitRequests = 10'000'000;
    test::TestServer server(config);
    if (!server.isReady()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(server.error()));
        return 1;
    }
    const auto alice = server.addUser(QStringLiteral("alice"));
    const auto bob = server.addUser(QStringLiteral("bob"));
    server.postForm("/api/v1/accounts/" + bob.idString + "/follow", {}, alice.token);
    std::printf("seeding %d statuses...\n", events);
    std::fflush(stdout);
    QList<qint64> ids; // oldest first: the order a stream delivers them
    for (int i = 0; i < events; ++i) {
        const QJsonObject o =
            server
                .postForm("/api/v1/statuses",
                          {{"status", QStringLiteral("Status %1 with a #tag, a link "
                                                     "https://example.com/%1 and some text to "
                                                     "sanitize and index.")
                                          .arg(i)}},
                          bob.token)
                .object();
        ids << o.value(u"id").toString().toLongLong();
    }

    QNetworkAccessManager nam;
    for (const bool sse : {false, true}) {
        QList<double> rates, cpus, serverCpus;
        for (int r = 0; r < 5; ++r) {
            const Round round = runRound(server, alice, ids, sse, &nam);
            if (!round.ok)
                return 1;
            rates << round.eventsPerSecond;
            cpus << round.cpuPerEventUs;
            serverCpus << round.serverPerEventUs;
        }
        const double client = bench::median(cpus) - bench::median(serverCpus);
        std::printf("stream ingest %s, %d events into home: median %.0f events/s wall "
                    "(min %.0f, max %.0f); CPU per event %.0f µs (server emit %.0f µs, client "
                    "%.0f µs = %.0f events/s of client CPU)\n",
                    sse ? "SSE      " : "WebSocket", events, bench::median(rates),
                    *std::min_element(rates.cbegin(), rates.cend()),
                    *std::max_element(rates.cbegin(), rates.cend()), bench::median(cpus),
                    bench::median(serverCpus), client, client > 0 ? 1e6 / client : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
