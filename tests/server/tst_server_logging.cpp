// With every debug category switched on (as a user chasing a bug would do), nothing the server
// process logs may contain a token or a password.
#include "testserver.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

namespace {
QMutex g_mutex;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_mutex);
    g_messages << QString::fromUtf8(context.category ? context.category : "") + u' ' + message;
}
} // namespace

class TestServerLogging : public QObject {
    Q_OBJECT
private slots:
    void noSecretsWithAllDebugOutputOn()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\n*.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(capture);

        tusk::test::TestServer server;
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        QVERIFY(!alice.token.isEmpty());
        QCOMPARE(
            server.get(QStringLiteral("/api/v1/accounts/verify_credentials"), alice.token).status,
            200);
        const auto posted =
            server.postForm(QStringLiteral("/api/v1/statuses"),
                            {{QStringLiteral("status"), QStringLiteral("hi")}}, alice.token);
        QCOMPARE(posted.status, 200);
        const auto app = server.postForm(
            QStringLiteral("/api/v1/apps"),
            {{QStringLiteral("client_name"), QStringLiteral("t")},
             {QStringLiteral("redirect_uris"), QStringLiteral("urn:ietf:wg:oauth:2.0:oob")}});
        QCOMPARE(app.status, 200);
        const auto password = server.postForm(
            QStringLiteral("/oauth/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("password")},
             {QStringLiteral("client_id"), app.object().value(u"client_id").toString()},
             {QStringLiteral("client_secret"), app.object().value(u"client_secret").toString()},
             {QStringLiteral("username"), alice.username},
             {QStringLiteral("password"), alice.password},
             {QStringLiteral("scope"), QStringLiteral("read")}});
        QCOMPARE(password.status, 200);
        const QString issued = password.object().value(u"access_token").toString();
        QVERIFY(!issued.isEmpty());

        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());

        QMutexLocker lock(&g_mutex);
        QVERIFY2(!g_messages.isEmpty(), "debug logging produced nothing: the check would be empty");
        const QStringList secrets{QString::fromLatin1(alice.token), alice.password, issued,
                                  app.object().value(u"client_secret").toString()};
        for (const QString &message : std::as_const(g_messages))
            for (const QString &secret : secrets)
                QVERIFY2(!message.contains(secret),
                         qPrintable(QStringLiteral("secret in log: ") + message));
    }
};

QTEST_GUILESS_MAIN(TestServerLogging)
#include "tst_server_logging.moc"
