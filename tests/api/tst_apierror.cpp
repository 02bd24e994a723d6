#include "api/apierror.h"

#include <QTest>

using namespace tusk::api;
using Kind = ApiError::Kind;

class TestApiError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("transient");
        QTest::newRow("mastodon 404")
            << 404 << QByteArray("Not Found") << QByteArray(R"({"error":"Record not found"})")
            << Kind::Http << QStringLiteral("Record not found") << false;
        QTest::newRow("oauth description wins")
            << 400 << QByteArray("Bad Request")
            << QByteArray(
                   R"({"error":"invalid_grant","error_description":"The provided authorization grant is invalid."})")
            << Kind::Http << QStringLiteral("The provided authorization grant is invalid.")
            << false;
        QTest::newRow("401 is auth")
            << 401 << QByteArray("Unauthorized")
            << QByteArray(R"({"error":"The access token was revoked"})") << Kind::Auth
            << QStringLiteral("The access token was revoked") << false;
        QTest::newRow("401 no body") << 401 << QByteArray() << QByteArray() << Kind::Auth
                                     << ApiError::statusText(401) << false;
        QTest::newRow("429") << 429 << QByteArray()
                             << QByteArray(R"({"error":"Too many requests"})") << Kind::RateLimited
                             << QStringLiteral("Too many requests") << false;
        QTest::newRow("503 html body")
            << 503 << QByteArray("Service Unavailable") << QByteArray("<html>down</html>")
            << Kind::Http << ApiError::statusText(503) << true;
        QTest::newRow("501 not transient")
            << 501 << QByteArray("Not Implemented") << QByteArray() << Kind::Http
            << QStringLiteral("The server answered 501 Not Implemented.") << false;
        QTest::newRow("unknown code, no reason")
            << 499 << QByteArray() << QByteArray("{}") << Kind::Http
            << QStringLiteral("The server answered with HTTP status 499.") << false;
        QTest::newRow("422 whitespace error")
            << 422 << QByteArray() << QByteArray(R"({"error":"  "})") << Kind::Http
            << ApiError::statusText(422) << false;
    }
    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        QFETCH(QByteArray, body);
        QFETCH(Kind, kind);
        QFETCH(QString, message);
        QFETCH(bool, transient);
        const ApiError e = ApiError::fromHttp(status, reason, body);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.message, message);
        QCOMPARE(e.isTransient(), transient);
    }

    void fromNetwork_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("code");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::Network << true;
        QTest::newRow("dropped") << QNetworkReply::RemoteHostClosedError << Kind::Network << true;
        QTest::newRow("dns") << QNetworkReply::HostNotFoundError << Kind::Network << true;
        QTest::newRow("timeout") << QNetworkReply::TimeoutError << Kind::Timeout << true;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Tls << false;
        QTest::newRow("cancel") << QNetworkReply::OperationCanceledError << Kind::Cancelled
                                << false;
        QTest::newRow("other") << QNetworkReply::ProtocolFailure << Kind::Network << true;
    }
    void fromNetwork()
    {
        QFETCH(QNetworkReply::NetworkError, code);
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        const ApiError e = ApiError::fromNetwork(code, QStringLiteral("qt says no"));
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.httpStatus, 0);
        QCOMPARE(e.isTransient(), transient);
        QVERIFY(!e.message.isEmpty());
        // Qt's own wording only appears where we have nothing better to say.
        QCOMPARE(e.message.contains(u"qt says no"), code == QNetworkReply::ProtocolFailure);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
