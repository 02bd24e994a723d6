// The streaming endpoints as URLs and frames (api/requests/streaming.h), and the stream keys
// StreamingClient files events under.
#include "api/requests/streaming.h"
#include "streaming/streamingclient.h"

#include <QTest>

using namespace tusk::api::requests;
using tusk::streaming::StreamingClient;

class TestStreamingUrls : public QObject {
    Q_OBJECT
private slots:
    void socketUrl_data();
    void socketUrl();
    void sseUrl_data();
    void sseUrl();
    void frames();
    void keys_data();
    void keys();
};

void TestStreamingUrls::socketUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("https instance") << "https://mastodon.example"
                                    << "wss://mastodon.example/api/v1/streaming";
    QTest::newRow("advertised wss") << "wss://streaming.mastodon.example"
                                    << "wss://streaming.mastodon.example/api/v1/streaming";
    QTest::newRow("plain http with port") << "http://127.0.0.1:8080/"
                                          << "ws://127.0.0.1:8080/api/v1/streaming";
    QTest::newRow("path prefix") << "https://example.org/social/"
                                 << "wss://example.org/social/api/v1/streaming";
}

void TestStreamingUrls::socketUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(streamingSocketUrl(QUrl(base)).toString(), expected);
}

void TestStreamingUrls::sseUrl_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("expected");
    const QString b = QStringLiteral("https://m.example/api/v1/streaming/");
    QTest::newRow("user") << "user"
                          << "" << b + "user";
    QTest::newRow("notifications") << "user:notification"
                                   << "" << b + "user/notification";
    QTest::newRow("public") << "public"
                            << "" << b + "public";
    QTest::newRow("local") << "public:local"
                           << "" << b + "public/local";
    QTest::newRow("remote media") << "public:remote:media"
                                  << "" << b + "public/remote?only_media=true";
    QTest::newRow("hashtag") << "hashtag"
                             << "c++" << b + "hashtag?tag=c%2B%2B";
    QTest::newRow("local hashtag") << "hashtag:local"
                                   << "tusk" << b + "hashtag/local?tag=tusk";
    QTest::newRow("list") << "list"
                          << "42" << b + "list?list=42";
    QTest::newRow("direct") << "direct"
                            << "" << b + "direct";
}

void TestStreamingUrls::sseUrl()
{
    QFETCH(QString, stream);
    QFETCH(QString, param);
    QFETCH(QString, expected);
    // The advertised wss:// base serves SSE over https://.
    const StreamingSse sse{stream, param};
    QCOMPARE(sse.url(QUrl("wss://m.example")).toString(QUrl::FullyEncoded), expected);
    QCOMPARE(sse.url(QUrl("https://m.example/")).toString(QUrl::FullyEncoded), expected);
}

void TestStreamingUrls::frames()
{
    QCOMPARE(streamingFrame(true, "hashtag:local", "foo"),
             QJsonObject({{"type", "subscribe"}, {"stream", "hashtag:local"}, {"tag", "foo"}}));
    QCOMPARE(streamingFrame(false, "user", {}),
             QJsonObject({{"type", "unsubscribe"}, {"stream", "user"}}));
    QCOMPARE(streamingFrame(true, "list", "7"),
             QJsonObject({{"type", "subscribe"}, {"stream", "list"}, {"list", "7"}}));
}

void TestStreamingUrls::keys_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain") << "user"
                           << ""
                           << "user";
    QTest::newRow("tag folded") << "hashtag"
                                << "#Rust"
                                << "hashtag/rust";
    QTest::newRow("local tag") << "hashtag:local"
                               << "RUST"
                               << "hashtag:local/rust";
    QTest::newRow("list id kept") << "list"
                                  << "AbC"
                                  << "list/AbC";
}

void TestStreamingUrls::keys()
{
    QFETCH(QString, stream);
    QFETCH(QString, param);
    QFETCH(QString, key);
    QCOMPARE(StreamingClient::streamKey(stream, param), key);
}

QTEST_APPLESS_MAIN(TestStreamingUrls)
#include "tst_streaming_urls.moc"
