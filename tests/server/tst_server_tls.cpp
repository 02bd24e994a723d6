// `serve --tls-cert --tls-key`: HTTPS and wss: with a certificate made for the test by the openssl
// command line tool, trusted explicitly by the client (never by turning verification off).
#include "server/server.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using tusk::server::Server;

class TestServerTls : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void httpsAndWss();
    void plainHttpToTlsPortIsRefused();
    void badFilesAreReported_data();
    void badFilesAreReported();

private:
    QSslConfiguration trusting() const;
    QTemporaryDir m_certDir;
    QString m_cert;
    QString m_key;
};

void TestServerTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QFAIL("Qt has no TLS backend here; install libssl3");
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QFAIL("the openssl command is needed to make a test certificate (apt install openssl)");
    m_cert = m_certDir.filePath(QStringLiteral("cert.pem"));
    m_key = m_certDir.filePath(QStringLiteral("key.pem"));
    QProcess p;
    p.start(openssl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                      "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", m_key,
                      "-out", m_cert});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

QSslConfiguration TestServerTls::trusting() const
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setCaCertificates(QSslCertificate::fromPath(m_cert));
    return c;
}

void TestServerTls::httpsAndWss()
{
    QTemporaryDir data;
    Server server;
    QString error;
    QVERIFY2(server.open(data.path(), &error), qPrintable(error));
    server.setTls(m_cert, m_key);
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));

    QNetworkAccessManager nam;
    QNetworkRequest request(server.url().resolved(QUrl("/api/v1/instance")));
    request.setSslConfiguration(trusting());
    QNetworkReply *reply = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject instance = QJsonDocument::fromJson(reply->readAll()).object();
    const QString streaming = instance.value("urls").toObject().value("streaming_api").toString();
    QVERIFY2(streaming.startsWith("wss://127.0.0.1:"), qPrintable(streaming));
    reply->deleteLater();

    // The streaming health check and a public stream over wss.
    QWebSocket ws;
    QUrl wsUrl(streaming + "/api/v1/streaming?stream=public");
    QNetworkRequest wsRequest(wsUrl);
    wsRequest.setSslConfiguration(trusting());
    QString wsError;
    connect(&ws, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [&] { wsError = ws.errorString(); });
    ws.setSslConfiguration(trusting());
    ws.open(wsRequest);
    QTRY_VERIFY2_WITH_TIMEOUT(ws.state() == QAbstractSocket::ConnectedState, qPrintable(wsError),
                              10000);
    ws.close();

    // A client that does not trust the certificate gets a TLS error, not an answer.
    QNetworkRequest untrusted(server.url().resolved(QUrl("/api/v1/instance")));
    QNetworkAccessManager fresh; // not the pooled, already trusted connection
    QNetworkReply *refused = fresh.get(untrusted);
    QTRY_VERIFY_WITH_TIMEOUT(refused->isFinished(), 10000);
    QVERIFY2(refused->error() != QNetworkReply::NoError, qPrintable(refused->errorString()));
    QVERIFY(!refused->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    refused->deleteLater();
}

void TestServerTls::plainHttpToTlsPortIsRefused()
{
    QTemporaryDir data;
    Server server;
    QString error;
    QVERIFY(server.open(data.path(), &error));
    server.setTls(m_cert, m_key);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
    QTcpSocket plain;
    plain.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(plain.waitForConnected(5000));
    plain.write("GET /api/v1/instance HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    // Never an HTTP answer in clear text; the connection ends.
    QTRY_COMPARE_WITH_TIMEOUT(plain.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(!plain.readAll().startsWith("HTTP/1.1 200"));
    // The server still serves TLS clients afterwards.
    QNetworkAccessManager nam;
    QNetworkRequest request(server.url().resolved(QUrl("/api/v1/instance")));
    request.setSslConfiguration(trusting());
    QNetworkReply *reply = nam.get(request);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
}

void TestServerTls::badFilesAreReported_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing certificate") << "nocert"
                                         << "Cannot read the certificate";
    QTest::newRow("missing key") << "nokey"
                                 << "Cannot read the private key";
    QTest::newRow("key given as certificate") << "swapped"
                                              << "holds no PEM certificate";
}

void TestServerTls::badFilesAreReported()
{
    QFETCH(QString, which);
    QFETCH(QString, expected);
    QTemporaryDir data;
    Server server;
    QString error;
    QVERIFY(server.open(data.path(), &error));
    if (which == u"nocert")
        server.setTls(data.filePath("absent.pem"), m_key);
    else if (which == u"nokey")
        server.setTls(m_cert, data.filePath("absent.pem"));
    else
        server.setTls(m_key, m_cert);
    QVERIFY(!server.listen(QHostAddress::LocalHost, 0, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!server.isListening());
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
