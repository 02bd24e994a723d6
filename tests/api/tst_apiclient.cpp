#include "api/apiclient.h"
#include "scriptedpeer.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace tusk::api;
using namespace std::chrono_literals;

namespace {

RequestSpec get(const QString &path)
{
    RequestSpec s;
    s.path = path;
    return s;
}

template <typename T = QJsonValue>
std::optional<ApiResult<T>> run(ApiClient &client, const RequestSpec &spec, int timeoutMs = 10'000)
{
    std::optional<ApiResult<T>> out;
    client.call(CustomRequest<T>{spec}, &client,
                [&out](ApiResult<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, timeoutMs))
        qWarning("request did not finish in time");
    return out;
}

template <typename T> QByteArray describe(const ApiResult<T> &r)
{
    return r.ok() ? QByteArray("ok")
                  : (r.error().kindName() + QStringLiteral(": ") + r.error().message).toUtf8();
}

const QString kToken = QStringLiteral("sekrit-token-Zq81");

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
    QNetworkAccessManager nam;

    std::unique_ptr<ApiClient> makeClient(const ScriptedPeer &peer)
    {
        auto client = std::make_unique<ApiClient>(&nam, peer.url());
        client->setAccessToken(kToken);
        RetryPolicy fast;
        fast.baseDelay = 10ms;
        fast.maxDelay = 50ms;
        client->setRetryPolicy(fast);
        return client;
    }

private Q_SLOTS:
    void headersAndBodies()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(200, R"({"ok":true})");
        };
        auto client = makeClient(peer);

        RequestSpec json;
        json.verb = Verb::Post;
        json.path = QStringLiteral("/api/v1/things");
        json.body = QJsonObject{{QStringLiteral("status"), QStringLiteral("a+b & c")}};
        json.idempotencyKey = QStringLiteral("key-1");
        auto r = run<QJsonObject>(*client, json);
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().value(QStringLiteral("ok")).toBool(), true);

        RequestSpec form;
        form.verb = Verb::Put;
        form.path = QStringLiteral("/api/v1/form");
        form.query.addQueryItem(QStringLiteral("q"), QStringLiteral("1+1=2 & ü"));
        QUrlQuery fields;
        fields.addQueryItem(QStringLiteral("media_ids[]"), QStringLiteral("1"));
        fields.addQueryItem(QStringLiteral("media_ids[]"), QStringLiteral("2"));
        fields.addQueryItem(QStringLiteral("text"), QStringLiteral("a+b"));
        form.body = fields;
        form.authenticated = false;
        QVERIFY(run(*client, form)->ok());

        QCOMPARE(peer.requests.size(), 2);
        const RecordedRequest &a = peer.requests[0];
        QCOMPARE(a.method, QByteArray("POST"));
        QCOMPARE(a.target, QByteArray("/api/v1/things"));
        QCOMPARE(a.header("Authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(a.header("User-Agent"), QByteArray("Tuskline/" TUSKLINE_VERSION));
        QCOMPARE(a.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(a.header("Idempotency-Key"), QByteArray("key-1"));
        QCOMPARE(a.body, QByteArray(R"({"status":"a+b & c"})"));

        const RecordedRequest &b = peer.requests[1];
        QCOMPARE(b.method, QByteArray("PUT"));
        QCOMPARE(b.target, QByteArray("/api/v1/form?q=1%2B1%3D2%20%26%20%C3%BC"));
        QVERIFY(b.header("Authorization").isEmpty());
        QCOMPARE(b.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(b.body, QByteArray("media_ids[]=1&media_ids[]=2&text=a%2Bb"));
    }

    void linksAndParse()
    {
        ScriptedPeer peer;
        peer.handler = [&peer](const RecordedRequest &req) {
            if (req.target.startsWith("/bad"))
                return ScriptedReply::json(200, "{not json");
            return ScriptedReply::json(
                200, "[1,2]",
                {{"Link", "</list?min_id=9>; rel=\"prev\", <" + peer.url().toEncoded() +
                              "/list?max_id=3>; rel=\"next\""}});
        };
        auto client = makeClient(peer);
        auto r = run<QJsonArray>(*client, get(QStringLiteral("/list")));
        QVERIFY(r && r->ok());
        QCOMPARE(r->value().size(), 2);
        QCOMPARE(r->links().nextCursor()->maxId, QStringLiteral("3"));
        QCOMPARE(r->links().prev, peer.url().resolved(QUrl(QStringLiteral("/list?min_id=9"))));

        // A JSON array where an object is expected, and broken JSON, are Parse errors.
        auto wrongShape = run<QJsonObject>(*client, get(QStringLiteral("/list")));
        QCOMPARE(wrongShape->error().kind, ApiError::Kind::Parse);
        auto broken = run<QJsonObject>(*client, get(QStringLiteral("/bad")));
        QCOMPARE(broken->error().kind, ApiError::Kind::Parse);
        QCOMPARE(broken->error().httpStatus, 200);
    }

    void retries_data()
    {
        QTest::addColumn<Verb>("verb");
        QTest::addColumn<QString>("idempotencyKey");
        QTest::addColumn<bool>("drop"); // connection dropped instead of a 503
        QTest::addColumn<bool>("expectRetry");
        QTest::newRow("GET 503") << Verb::Get << QString() << false << true;
        QTest::newRow("DELETE 503") << Verb::Delete << QString() << false << true;
        QTest::newRow("POST 503") << Verb::Post << QString() << false << false;
        QTest::newRow("POST+key 503") << Verb::Post << QStringLiteral("k") << false << true;
        QTest::newRow("PATCH 503") << Verb::Patch << QString() << false << false;
        QTest::newRow("GET dropped") << Verb::Get << QString() << true << true;
        QTest::newRow("POST dropped") << Verb::Post << QString() << true << false;
        QTest::newRow("POST+key dropped") << Verb::Post << QStringLiteral("k") << true << true;
    }
    void retries()
    {
        QFETCH(Verb, verb);
        QFETCH(QString, idempotencyKey);
        QFETCH(bool, drop);
        QFETCH(bool, expectRetry);
        ScriptedPeer peer;
        int n = 0;
        peer.handler = [&](const RecordedRequest &) {
            if (++n <= 2)
                return drop ? ScriptedReply::dropMidResponse()
                            : ScriptedReply::json(503, "<html>busy</html>");
            return ScriptedReply::json(200, "{}");
        };
        auto client = makeClient(peer);
        RequestSpec spec = get(QStringLiteral("/thing"));
        spec.verb = verb;
        spec.idempotencyKey = idempotencyKey;
        auto r = run(*client, spec);
        QVERIFY(r);
        if (expectRetry) {
            QVERIFY2(r->ok(), describe(*r).constData());
            QCOMPARE(peer.requests.size(), 3);
            // The same key on every attempt: the server sees one logical post.
            for (const auto &req : peer.requests)
                QCOMPARE(req.header("Idempotency-Key"), idempotencyKey.toUtf8());
        } else {
            QVERIFY(!r->ok());
            QCOMPARE(peer.requests.size(), 1);
            QCOMPARE(r->error().kind, drop ? ApiError::Kind::Network : ApiError::Kind::Http);
            QVERIFY(!r->error().message.isEmpty());
            if (!drop)
                QCOMPARE(r->error().httpStatus, 503);
        }
    }

    void retriesGiveUp()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(500, R"({"error":"boom"})");
        };
        auto client = makeClient(peer);
        auto r = run(*client, get(QStringLiteral("/x")));
        QCOMPARE(r->error().kind, ApiError::Kind::Http);
        QCOMPARE(r->error().message, QStringLiteral("boom"));
        QCOMPARE(peer.requests.size(), 1 + client->retryPolicy().maxRetries);
    }

    void connectionRefused()
    {
        quint16 port;
        {
            ScriptedPeer gone;
            port = gone.serverPort();
        }
        auto client = std::make_unique<ApiClient>(
            &nam, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        RetryPolicy p;
        p.maxRetries = 1;
        p.baseDelay = 5ms;
        client->setRetryPolicy(p);
        auto r = run(*client, get(QStringLiteral("/x")));
        QCOMPARE(r->error().kind, ApiError::Kind::Network);
        QVERIFY(r->error().message.contains(u"refused"));
    }

    void rateLimitRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("seconds") << QByteArray("1");
        QTest::newRow("http date") << QDateTime::currentDateTimeUtc()
                                          .addSecs(2)
                                          .toString(u"ddd, dd MMM yyyy HH:mm:ss 'GMT'")
                                          .toLatin1();
        QTest::newRow("reset header only") << QByteArray();
    }
    void rateLimitRetryAfter()
    {
        QFETCH(QByteArray, retryAfter);
        ScriptedPeer peer;
        int n = 0;
        peer.handler = [&](const RecordedRequest &) {
            if (++n == 1) {
                QList<QPair<QByteArray, QByteArray>> h;
                if (!retryAfter.isEmpty())
                    h.append(qMakePair(QByteArray("Retry-After"), retryAfter));
                h.append(qMakePair(QByteArray("X-RateLimit-Limit"), QByteArray("3")));
                h.append(qMakePair(QByteArray("X-RateLimit-Remaining"), QByteArray("0")));
                h.append(qMakePair(QByteArray("X-RateLimit-Reset"), QDateTime::currentDateTimeUtc()
                                                                        .addSecs(1)
                                                                        .toString(Qt::ISODateWithMs)
                                                                        .toLatin1()));
                return ScriptedReply::json(429, R"({"error":"Too many requests"})", h);
            }
            return ScriptedReply::json(200, "{}");
        };
        auto client = makeClient(peer);
        client->setMaxConcurrent(1); // so arrival order is send order
        // A POST without a key is still re-sent after a 429: the server did not process it.
        RequestSpec post = get(QStringLiteral("/a"));
        post.verb = Verb::Post;
        std::optional<ApiResult<QJsonValue>> first, second;
        client->call(CustomRequest<>{post}, this,
                     [&](ApiResult<QJsonValue> r) { first.emplace(r); });
        QTRY_COMPARE(peer.requests.size(), 1);
        QTRY_VERIFY(client->pausedUntil().isValid());
        // Issued during the pause: queued, not sent.
        client->call(CustomRequest<>{get(QStringLiteral("/b"))}, this,
                     [&](ApiResult<QJsonValue> r) { second.emplace(r); });
        QTest::qWait(300);
        QCOMPARE(peer.requests.size(), 1);
        QCOMPARE(client->queuedCount(), 2);
        QCOMPARE(first.has_value(), false);
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 5000);
        QVERIFY(first->ok());
        QVERIFY(second->ok());
        QCOMPARE(peer.requests.size(), 3);
        QVERIFY2(peer.requests[1].atMs - peer.requests[0].atMs >= 600,
                 qPrintable(QString::number(peer.requests[1].atMs - peer.requests[0].atMs)));
        QCOMPARE(peer.requests[1].target, QByteArray("/a")); // the rate-limited call goes first
    }

    void rateLimitGivesUp()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(429, "{}", {{"Retry-After", "0"}});
        };
        auto client = makeClient(peer);
        auto r = run(*client, get(QStringLiteral("/a")));
        QCOMPARE(r->error().kind, ApiError::Kind::RateLimited);
        QCOMPARE(r->error().httpStatus, 429);
        QCOMPARE(peer.requests.size(), 1 + client->retryPolicy().maxRateLimitWaits);
    }

    void exhaustedBudgetPausesProactively()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(200, "{}",
                                       {{"X-RateLimit-Limit", "300"},
                                        {"X-RateLimit-Remaining", "0"},
                                        {"X-RateLimit-Reset", QDateTime::currentDateTimeUtc()
                                                                  .addMSecs(1200)
                                                                  .toString(Qt::ISODateWithMs)
                                                                  .toLatin1()}});
        };
        auto client = makeClient(peer);
        QSignalSpy changed(client.get(), &ApiClient::rateLimitChanged);
        QVERIFY(run(*client, get(QStringLiteral("/a")))->ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(client->rateLimit().limit, 300);
        QVERIFY(client->rateLimit().isExhausted());
        QVERIFY(run(*client, get(QStringLiteral("/b")))->ok());
        QVERIFY(peer.requests[1].atMs - peer.requests[0].atMs >= 800);
    }

    void unauthorizedSignals()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(401, R"({"error":"The access token is invalid"})");
        };
        auto client = makeClient(peer);
        QSignalSpy spy(client.get(), &ApiClient::authenticationFailed);
        auto r = run(*client, get(QStringLiteral("/api/v1/accounts/verify_credentials")));
        QCOMPARE(r->error().kind, ApiError::Kind::Auth);
        QCOMPARE(r->error().message, QStringLiteral("The access token is invalid"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(peer.requests.size(), 1); // a 401 is not retried
        // Without a token there is no login to lose.
        client->setAccessToken({});
        QCOMPARE(run(*client, get(QStringLiteral("/x")))->error().kind, ApiError::Kind::Auth);
        QCOMPARE(spy.size(), 1);
    }

    void timeout()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) { return ScriptedReply::stall(); };
        auto client = makeClient(peer);
        RetryPolicy p = client->retryPolicy();
        p.maxRetries = 1;
        client->setRetryPolicy(p);
        RequestSpec spec = get(QStringLiteral("/slow"));
        spec.timeout = 300ms;
        QElapsedTimer t;
        t.start();
        auto r = run(*client, spec);
        QCOMPARE(r->error().kind, ApiError::Kind::Timeout);
        QVERIFY(t.elapsed() >= 550);
        QCOMPARE(peer.requests.size(), 2);
    }

    void sizeCap()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) {
            return ScriptedReply::json(200, "[\"" + QByteArray(200'000, 'x') + "\"]");
        };
        auto client = makeClient(peer);
        RequestSpec spec = get(QStringLiteral("/big"));
        spec.maxResponseBytes = 100'000;
        QCOMPARE(run(*client, spec)->error().kind, ApiError::Kind::TooLarge);
        spec.maxResponseBytes = 300'000;
        QVERIFY(run(*client, spec)->ok());
    }

    void tokenStaysHome()
    {
        ScriptedPeer home, other;
        home.handler =
            other.handler = [](const RecordedRequest &) { return ScriptedReply::json(200, "{}"); };
        auto client = makeClient(home);
        RequestSpec spec;
        spec.absoluteUrl = other.url().resolved(QUrl(QStringLiteral("/nodeinfo/2.0")));
        QCOMPARE(run(*client, spec)->error().kind, ApiError::Kind::Refused);
        QCOMPARE(other.requests.size(), 0);
        spec.authenticated = false;
        QVERIFY(run(*client, spec)->ok());
        QCOMPARE(other.requests.size(), 1);
        QVERIFY(other.requests[0].header("Authorization").isEmpty());
    }

    void abortAndContext()
    {
        ScriptedPeer peer;
        peer.handler = [](const RecordedRequest &) { return ScriptedReply::stall(); };
        auto client = makeClient(peer);
        std::optional<ApiResult<QJsonValue>> out;
        PendingCall *call = client->call(CustomRequest<>{get(QStringLiteral("/s"))}, this,
                                         [&](ApiResult<QJsonValue> r) { out.emplace(r); });
        QTRY_COMPARE(peer.requests.size(), 1);
        call->abort();
        QTRY_VERIFY(out.has_value());
        QCOMPARE(out->error().kind, ApiError::Kind::Cancelled);

        // A destroyed context means nobody is left to call back.
        bool called = false;
        auto *context = new QObject;
        PendingCall *second = client->call(CustomRequest<>{get(QStringLiteral("/s"))}, context,
                                           [&](ApiResult<QJsonValue>) { called = true; });
        QPointer<PendingCall> watch(second);
        delete context;
        second->abort();
        QTRY_VERIFY(watch.isNull());
        QVERIFY(!called);
    }

    void redaction()
    {
        const QUrl url(QStringLiteral("https://u:p@example.social/api/v1/"
                                      "streaming?stream=user&access_token=abc123&code=xyz"));
        const QString s = ApiClient::redactedUrl(url);
        QVERIFY(!s.contains(u"abc123"));
        QVERIFY(!s.contains(u"xyz"));
        QVERIFY(!s.contains(u"u:p"));
        QVERIFY(s.contains(u"stream=user"));
    }

    void noTokenInLogs()
    {
        static QStringList captured;
        captured.clear();
        // A filter, because ctest's QT_LOGGING_RULES=*.debug=false outranks setFilterRules().
        static QLoggingCategory::CategoryFilter previousFilter = nullptr;
        previousFilter = QLoggingCategory::installFilter([](QLoggingCategory *category) {
            if (previousFilter)
                previousFilter(category);
            if (qstrncmp(category->categoryName(), "tuskline", 8) == 0)
                category->setEnabled(QtDebugMsg, true);
        });
        const auto previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &msg) {
                captured.append(msg);
            });
        ScriptedPeer peer;
        int n = 0;
        peer.handler = [&](const RecordedRequest &) {
            return ++n == 1 ? ScriptedReply::json(503, "{}") : ScriptedReply::json(401, "{}");
        };
        auto client = makeClient(peer);
        RequestSpec spec = get(QStringLiteral("/x"));
        spec.query.addQueryItem(QStringLiteral("access_token"), kToken);
        run(*client, spec);
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(previousFilter);
        QVERIFY(captured.size() >= 3); // request lines, retry, failure
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
