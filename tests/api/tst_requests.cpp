// Each request type states the right verb, path, query and body, and its Value parses the real
// answers recorded from servers (fixtures).
#include "api/apiclient.h"
#include "api/requests/accounts.h"
#include "api/requests/instance.h"
#include "api/requests/notifications.h"
#include "api/requests/oauth.h"
#include "api/requests/statuses.h"
#include "api/requests/timelines.h"

#include <QFile>
#include <QTest>

using namespace tusk;
using namespace tusk::api;
using namespace tusk::api::requests;

Q_DECLARE_METATYPE(tusk::api::RequestSpec)

namespace {

QByteArray fixture(const QString &relative)
{
    const QByteArray env = qgetenv("TUSKLINE_FIXTURES");
    QFile f((env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : QString::fromLocal8Bit(env)) +
            u'/' + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

template <typename T> Result<T> parse(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return ResponseParser<T>::parse(doc.isArray() ? QJsonValue(doc.array())
                                                  : QJsonValue(doc.object()));
}

PageCursor olderThan(const QString &id)
{
    PageCursor c;
    c.maxId = id;
    c.limit = 40;
    return c;
}

} // namespace

class TestRequests : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void specs_data()
    {
        QTest::addColumn<RequestSpec>("spec");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("target"); // path?query as ApiClient sends it
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<bool>("retryable");

        QTest::newRow("verify credentials")
            << VerifyCredentials{}.spec() << QByteArray("GET")
            << "/api/v1/accounts/verify_credentials" << QByteArray() << true << true;
        QTest::newRow("account, odd id")
            << GetAccount{QStringLiteral("a/b c")}.spec() << QByteArray("GET")
            << "/api/v1/accounts/a%2Fb%20c" << QByteArray() << true << true;
        QTest::newRow("lookup") << LookupAccount{QStringLiteral("alice@example.social")}.spec()
                                << QByteArray("GET")
                                << "/api/v1/accounts/lookup?acct=alice%40example.social"
                                << QByteArray() << true << true;
        GetAccountStatuses accountStatuses;
        accountStatuses.id = QStringLiteral("7");
        accountStatuses.page = olderThan(QStringLiteral("100"));
        accountStatuses.excludeReplies = true;
        QTest::newRow("account statuses")
            << accountStatuses.spec() << QByteArray("GET")
            << "/api/v1/accounts/7/statuses?max_id=100&limit=40&exclude_replies=true"
            << QByteArray() << true << true;
        QTest::newRow("relationships")
            << GetRelationships{{QStringLiteral("1"), QStringLiteral("2")}}.spec()
            << QByteArray("GET") << "/api/v1/accounts/relationships?id[]=1&id[]=2" << QByteArray()
            << true << true;
        QTest::newRow("unfollow")
            << AccountAction{QStringLiteral("9"), AccountAction::Kind::Unfollow}.spec()
            << QByteArray("POST") << "/api/v1/accounts/9/unfollow" << QByteArray() << true << false;
        PostStatus post;
        post.status = QStringLiteral("hello + world");
        post.visibility = QStringLiteral("unlisted");
        post.mediaIds = {QStringLiteral("m1")};
        post.idempotencyKey = QStringLiteral("fixed-key");
        QTest::newRow("post status")
            << post.spec() << QByteArray("POST") << "/api/v1/statuses"
            << QByteArray(
                   R"({"media_ids":["m1"],"status":"hello + world","visibility":"unlisted"})")
            << true << true;
        QTest::newRow("delete status")
            << DeleteStatus{QStringLiteral("5")}.spec() << QByteArray("DELETE")
            << "/api/v1/statuses/5" << QByteArray() << true << true;
        QTest::newRow("context") << GetContext{QStringLiteral("5")}.spec() << QByteArray("GET")
                                 << "/api/v1/statuses/5/context" << QByteArray() << true << true;
        QTest::newRow("reblog")
            << StatusAction{QStringLiteral("5"), StatusAction::Kind::Reblog}.spec()
            << QByteArray("POST") << "/api/v1/statuses/5/reblog" << QByteArray() << true << false;
        QTest::newRow("home") << HomeTimeline{olderThan(QStringLiteral("01HX"))}.spec()
                              << QByteArray("GET") << "/api/v1/timelines/home?max_id=01HX&limit=40"
                              << QByteArray() << true << true;
        PublicTimeline local;
        local.scope = PublicTimeline::Scope::Local;
        QTest::newRow("local") << local.spec() << QByteArray("GET")
                               << "/api/v1/timelines/public?local=true" << QByteArray() << true
                               << true;
        QTest::newRow("tag") << TagTimeline{QStringLiteral("café"), false, {}}.spec()
                             << QByteArray("GET") << "/api/v1/timelines/tag/caf%C3%A9"
                             << QByteArray() << true << true;
        GetNotifications notes;
        notes.types = {QStringLiteral("mention")};
        QTest::newRow("notifications")
            << notes.spec() << QByteArray("GET") << "/api/v1/notifications?types[]=mention"
            << QByteArray() << true << true;
        QTest::newRow("grouped") << GetGroupedNotifications{}.spec() << QByteArray("GET")
                                 << "/api/v2/notifications" << QByteArray() << true << true;
        QTest::newRow("instance v2") << GetInstanceV2{}.spec() << QByteArray("GET")
                                     << "/api/v2/instance" << QByteArray() << false << true;
        RegisterApp app;
        app.redirectUris = {QStringLiteral("http://127.0.0.1/callback"),
                            QStringLiteral("urn:ietf:wg:oauth:2.0:oob")};
        QTest::newRow("register app")
            << app.spec() << QByteArray("POST") << "/api/v1/apps"
            << QByteArray(
                   "client_name=Tuskline&redirect_uris=http%3A%2F%2F127.0.0.1%2Fcallback%0Aurn%"
                   "3Aietf%3Awg%3Aoauth%3A2.0%3Aoob"
                   "&scopes=read%20write%20follow%20push&website=https%3A%2F%2Ftuskline.example%2F")
            << false << false;
        ObtainToken token;
        token.clientId = QStringLiteral("cid");
        token.clientSecret = QStringLiteral("cs");
        token.redirectUri = QStringLiteral("urn:ietf:wg:oauth:2.0:oob");
        token.code = QStringLiteral("c0de");
        token.codeVerifier = QStringLiteral("v");
        QTest::newRow("token") << token.spec() << QByteArray("POST") << "/oauth/token"
                               << QByteArray(
                                      "grant_type=authorization_code&client_id=cid&client_secret=cs"
                                      "&redirect_uri=urn%3Aietf%3Awg%3Aoauth%3A2.0%3Aoob&code=c0de"
                                      "&scope=read%20write%20follow%20push&code_verifier=v")
                               << false << false;
        QTest::newRow("revoke")
            << RevokeToken{QStringLiteral("cid"), QStringLiteral("cs"), QStringLiteral("t")}.spec()
            << QByteArray("POST") << "/oauth/revoke"
            << QByteArray("client_id=cid&client_secret=cs&token=t") << false << false;
    }
    void specs()
    {
        QFETCH(RequestSpec, spec);
        QFETCH(QByteArray, verb);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(bool, authenticated);
        QFETCH(bool, retryable);
        // A trailing slash or a path prefix on the instance URL must not matter.
        const QUrl url =
            ApiClient(nullptr, QUrl(QStringLiteral("https://example.social/"))).urlFor(spec);
        const QUrl prefixed =
            ApiClient(nullptr, QUrl(QStringLiteral("https://example.social/mastodon")))
                .urlFor(spec);
        QCOMPARE(prefixed.toString(QUrl::FullyEncoded),
                 QStringLiteral("https://example.social/mastodon") + target);
        QCOMPARE(verbName(spec.verb), verb);
        QCOMPARE(
            url.toString(QUrl::FullyEncoded).mid(QStringLiteral("https://example.social").size()),
            target);
        QCOMPARE(spec.body.bytes(), body);
        QCOMPARE(spec.authenticated, authenticated);
        QCOMPARE(spec.isRetryable(), retryable);
    }

    void postKeyIsFixedPerPost()
    {
        const PostStatus a, b;
        QVERIFY(!a.idempotencyKey.isEmpty());
        QVERIFY(a.idempotencyKey != b.idempotencyKey);
        QCOMPARE(a.spec().idempotencyKey, a.spec().idempotencyKey); // same post, same key
    }

    void authorizeUrl()
    {
        AuthorizeUrl a;
        a.clientId = QStringLiteral("cid");
        a.redirectUri = QStringLiteral("http://127.0.0.1:4567/callback");
        a.state = QStringLiteral("st");
        a.codeChallenge = QStringLiteral("ch");
        const QUrl url = a.url(QUrl(QStringLiteral("https://example.social/")));
        QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 a.redirectUri);
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 QStringLiteral("read write follow push"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("force_login")), QStringLiteral("true"));
        QCOMPARE(q.queryItemValue(QStringLiteral("state")), QStringLiteral("st"));
        QCOMPARE(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    }

    // The Value types parse what real servers sent.
    void values()
    {
        const auto account = parse<VerifyCredentials::Value>(fixture(QStringLiteral(
            "mastodon-py/test_account__001_GET_api_v1_accounts_verify_credentials.json")));
        QVERIFY2(account.ok(), qPrintable(account.ok() ? QString() : account.error().toString()));
        QVERIFY(!account->id.isEmpty());
        QVERIFY(account->source.has_value());

        const auto home = parse<HomeTimeline::Value>(fixture(
            QStringLiteral("mastodon-py/test_home_tl__002_GET_api_v1_timelines_home.json")));
        QVERIFY2(home.ok(), qPrintable(home.ok() ? QString() : home.error().toString()));

        const auto token =
            parse<ObtainToken::Value>(fixture(QStringLiteral("bigbone/access_token.json")));
        QVERIFY(token.ok());
        QCOMPARE(token->accessToken, QStringLiteral("test"));

        const auto app =
            parse<RegisterApp::Value>(fixture(QStringLiteral("bigbone/application.json")));
        QVERIFY(app.ok());
        QCOMPARE(app->clientSecret, QStringLiteral("client secret"));

        const auto grouped = parse<GetGroupedNotifications::Value>(fixture(QStringLiteral(
            "mastodon-py/test_grouped_notifications__008_GET_api_v2_notifications.json")));
        QVERIFY2(grouped.ok(), qPrintable(grouped.ok() ? QString() : grouped.error().toString()));

        const auto notes = parse<GetNotifications::Value>(fixture(QStringLiteral(
            "mastodon-py/test_follow_with_notify_reblog__006_GET_api_v1_notifications.json")));
        QVERIFY2(notes.ok(), qPrintable(notes.ok() ? QString() : notes.error().toString()));

        // A list with one bad element names the element.
        const auto broken = parse<QList<Status>>(R"([{"id":"1"}, 5])");
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().path.startsWith(u"$["), qPrintable(broken.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
