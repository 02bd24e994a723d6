#pragma once
// Shared by the session tests: the bundled server with alice (the session's account) following
// bob (who posts), and an AccountSession for alice tuned for quick reconnects.
#include "auth/accountstore.h"
#include "cache/timelinecache.h"
#include "cache/timelineloader.h"
#include "session/accountsession.h"
#include "streaming/streamingclient.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tusk::test {

using namespace std::chrono_literals;

struct SessionFixture {
    server::ServerConfig config;
    std::unique_ptr<TestServer> server;
    TestServer::User alice, bob;
    QNetworkAccessManager nam;
    QTemporaryDir cacheDir;

    bool setUp()
    {
        config.rateLimitRequests = 1'000'000;
        config.streamingHeartbeatMs = 200;
        server = std::make_unique<TestServer>(config);
        if (!server->isReady())
            return false;
        alice = server->addUser("alice");
        bob = server->addUser("bob");
        return server->postForm("/api/v1/accounts/" + bob.idString + "/follow", {}, alice.token)
                   .status == 200;
    }

    auth::AccountRecord record() const
    {
        auth::AccountRecord r;
        r.instanceUrl = server->url();
        r.username = alice.username;
        r.acct = alice.username;
        r.accountId = alice.idString;
        r.key = auth::AccountRecord::makeKey(alice.username, server->url());
        return r;
    }

    std::unique_ptr<session::AccountSession> session()
    {
        auto s = std::make_unique<session::AccountSession>(record(), QString::fromUtf8(alice.token),
                                                           &nam, cacheDir.path());
        streaming::StreamingClient *c = s->streaming();
        c->setUseSystemReachability(false); // about the server, not this machine's network
        c->setHeartbeatInterval(1000ms);
        c->backoff().setBase(50ms);
        c->backoff().setCap(300ms);
        return s;
    }

    QString post(const TestServer::User &u, const QString &text,
                 const QString &visibility = QStringLiteral("public"))
    {
        return server
            ->postForm("/api/v1/statuses", {{"status", text}, {"visibility", visibility}}, u.token)
            .object()
            .value("id")
            .toString();
    }

    static bool waitConnected(session::AccountSession &s, int ms = 5000)
    {
        return QTest::qWaitFor(
            [&] { return s.streaming()->state() == streaming::StreamingClient::State::Connected; },
            ms);
    }

    // Stops listening and starts again on the same port with the same data.
    bool restart(QString *error, std::chrono::milliseconds down = 0ms)
    {
        const quint16 port = server->server().port();
        server->server().close();
        if (down.count() > 0)
            QTest::qWait(int(down.count()));
        return server->server().open(server->dataDir(), error, config) &&
               server->server().listen(QHostAddress::LocalHost, port, error);
    }
};

// Every status id in `timeline`, newest first, after filling every gap through the loader
// (from the top, as a reader scrolling down would). Empty + message on failure.
inline QStringList readAllFillingGaps(session::AccountSession &s, const QString &timeline,
                                      QString *message, int maxFills = 200)
{
    for (int i = 0; i < maxFills; ++i) {
        const QList<cache::Gap> gaps = s.cache()->gaps(timeline);
        if (gaps.isEmpty())
            break;
        if (!QTest::qWaitFor([&] { return !s.loader()->isLoading(timeline); }, 10'000)) {
            *message = QStringLiteral("loader stuck");
            return {};
        }
        bool done = false, ok = false;
        auto c = QObject::connect(s.loader(), &cache::TimelineLoader::finished, s.loader(),
                                  [&](const QString &t, bool r, const QString &) {
                                      if (t == timeline) {
                                          done = true;
                                          ok = r;
                                      }
                                  });
        const bool started = s.loader()->fillGap(s.cache()->gaps(timeline).first(),
                                                 cache::TimelineLoader::GapEnd::Top);
        if (started && !QTest::qWaitFor([&] { return done; }, 10'000)) {
            *message = QStringLiteral("gap fill timed out");
            return {};
        }
        QObject::disconnect(c);
        if (started && !ok) {
            *message = QStringLiteral("gap fill failed");
            return {};
        }
    }
    QStringList ids;
    QString after;
    for (;;) {
        const QList<cache::TimelineRow> rows = s.cache()->rows(timeline, 200, after);
        if (rows.isEmpty())
            break;
        for (const cache::TimelineRow &row : rows) {
            if (row.kind == cache::TimelineRow::Kind::Gap) {
                *message = QStringLiteral("a gap is left");
                return {};
            }
            ids << row.id;
        }
        after = rows.last().sortKey;
    }
    return ids;
}

} // namespace tusk::test
