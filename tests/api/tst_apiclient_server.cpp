// ApiClient against the real bundled server (in-process): Link pagination over 500 statuses,
// the server's own rate limit, and the server going away mid-session.
#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "api/requests/statuses.h"
#include "testserver.h"

#include <QSet>
#include <QTest>

using namespace tusk;
using namespace tusk::api;
using namespace tusk::api::requests;
using namespace std::chrono_literals;

namespace {

template <typename R>
std::optional<ApiResult<typename R::Value>> run(ApiClient &client, const R &request)
{
    std::optional<ApiResult<typename R::Value>> out;
    client.call(request, &client,
                [&out](ApiResult<typename R::Value> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 60'000))
        qWarning("request did not finish");
    return out;
}

// Mastodon-style ids: longer is newer, then lexical.
bool newer(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() > b.size() : a > b;
}

} // namespace

class TestApiClientServer : public QObject {
    Q_OBJECT
    QNetworkAccessManager nam;

private Q_SLOTS:
    void paginationThrough500()
    {
        server::ServerConfig config;
        config.rateLimitRequests = 100'000;
        test::TestServer server(config);
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        ApiClient client(&nam, server.url());
        client.setAccessToken(QString::fromLatin1(alice.token));

        int posted = 0, failed = 0;
        for (int i = 0; i < 500; ++i) {
            PostStatus post;
            post.status = QStringLiteral("status number %1").arg(i);
            client.call(post, this, [&](ApiResult<Status> r) { r.ok() ? ++posted : ++failed; });
        }
        QTRY_VERIFY_WITH_TIMEOUT(posted + failed == 500, 120'000);
        QCOMPARE(failed, 0);

        QStringList ids;
        GetAccountStatuses request;
        request.id = alice.idString;
        request.page.limit = 40;
        int pages = 0;
        std::optional<PageCursor> firstPrev;
        while (true) {
            const auto page = run(client, request);
            QVERIFY(page && page->ok());
            ++pages;
            if (pages == 1)
                firstPrev = page->links().prevCursor();
            for (const Status &s : page->value())
                ids.append(s.id);
            if (page->value().isEmpty() || !page->links().hasNext())
                break;
            request.page = *page->links().nextCursor();
            QVERIFY(pages < 50);
        }
        QCOMPARE(ids.size(), 500);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 500);
        for (qsizetype i = 1; i < ids.size(); ++i)
            QVERIFY2(newer(ids[i - 1], ids[i]),
                     qPrintable(ids[i - 1] + QStringLiteral(" !> ") + ids[i]));
        QVERIFY(pages >= 13);

        // rel="prev" from the first page finds what was posted since.
        QVERIFY(firstPrev && !firstPrev->minId.isEmpty());
        PostStatus later;
        later.status = QStringLiteral("posted after the first page");
        const auto created = run(client, later);
        QVERIFY(created && created->ok());
        GetAccountStatuses newerPage;
        newerPage.id = alice.idString;
        newerPage.page = *firstPrev;
        const auto fresh = run(client, newerPage);
        QVERIFY(fresh && fresh->ok());
        QCOMPARE(fresh->value().size(), 1);
        QCOMPARE(fresh->value().first().id, created->value().id);
    }

    // A tiny server budget: the client waits for the reset instead of failing or hammering.
    void serverRateLimit()
    {
        server::ServerConfig config;
        config.rateLimitRequests = 5;
        config.rateLimitPeriodSecs = 2;
        test::TestServer server(config);
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        ApiClient client(&nam, server.url());
        client.setAccessToken(QString::fromLatin1(alice.token));

        QElapsedTimer timer;
        timer.start();
        int ok = 0, failed = 0;
        QString firstError;
        for (int i = 0; i < 12; ++i)
            client.call(VerifyCredentials{}, this, [&](ApiResult<Account> r) {
                if (r.ok())
                    ++ok;
                else if (++failed == 1)
                    firstError = r.error().message;
            });
        QTRY_VERIFY_WITH_TIMEOUT(ok + failed == 12, 30'000);
        QVERIFY2(failed == 0, qPrintable(firstError));
        QVERIFY2(timer.elapsed() >= 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.rateLimit().limit, 5);
        // Only the opening burst (6 in flight before the first budget arrived) can meet a 429;
        // after that the client paces itself to the budget.
        QVERIFY2(client.rateLimitHits() <= 1, qPrintable(QString::number(client.rateLimitHits())));
        QVERIFY(client.rateLimit().reset.isValid());
    }

    // The server stops between requests and comes back on the same port: idempotent calls are
    // retried and succeed; a POST without an Idempotency-Key fails clearly and is not re-sent.
    void serverGoesAway()
    {
        test::TestServer server;
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        const quint16 port = server.url().port();
        ApiClient client(&nam, server.url());
        client.setAccessToken(QString::fromLatin1(alice.token));
        RetryPolicy retry;
        retry.baseDelay = 400ms;
        retry.maxRetries = 4;
        client.setRetryPolicy(retry);
        QVERIFY(run(client, VerifyCredentials{})->ok()); // a kept-alive connection exists now

        const auto restart = [&] {
            QString error;
            if (!server.server().open(server.dataDir(), &error) ||
                !server.server().listen(QHostAddress::LocalHost, port, &error))
                qWarning("restart failed: %s", qPrintable(error));
        };

        // GET: retried until the server is back.
        server.server().close();
        std::optional<ApiResult<Account>> me;
        PendingCall *call =
            client.call(VerifyCredentials{}, this, [&](ApiResult<Account> r) { me.emplace(r); });
        QPointer<PendingCall> watch(call);
        QTest::qWait(250);
        QVERIFY(!me.has_value());
        restart();
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 20'000);
        QVERIFY2(me->ok(), qPrintable(me->ok() ? QString() : me->error().message));

        // A POST without a key: one clear failure, nothing created later.
        server.server().close();
        RequestSpec plainPost = PostStatus{}.spec();
        plainPost.idempotencyKey.clear();
        plainPost.body = QJsonObject{{QStringLiteral("status"), QStringLiteral("not retried")}};
        const auto refused = run(client, CustomRequest<QJsonObject>{plainPost});
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().kind, ApiError::Kind::Network);
        QVERIFY2(refused->error().message.contains(u"server"),
                 qPrintable(refused->error().message));
        restart();

        // PostStatus carries its key: retried through the outage, created exactly once.
        server.server().close();
        PostStatus post;
        post.status = QStringLiteral("survives the outage");
        std::optional<ApiResult<Status>> created;
        client.call(post, this, [&](ApiResult<Status> r) { created.emplace(r); });
        QTest::qWait(250);
        restart();
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 20'000);
        QVERIFY2(created->ok(), qPrintable(created->ok() ? QString() : created->error().message));

        GetAccountStatuses mine;
        mine.id = alice.idString;
        const auto statuses = run(client, mine);
        QVERIFY(statuses && statuses->ok());
        QCOMPARE(statuses->value().size(), 1);
        QCOMPARE(statuses->value().first().id, created->value().id);
    }
};

QTEST_GUILESS_MAIN(TestApiClientServer)
#include "tst_apiclient_server.moc"
