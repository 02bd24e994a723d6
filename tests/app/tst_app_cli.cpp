// The `tuskline` binary itself: whether the local instance starts (default), stays off
// (--no-local, or the setting), and what the first screen is. Each row runs the real process
// with its own data and config dirs.
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAppCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void localInstanceSwitch_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("settingOn");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("serverDataCreated");
        QTest::newRow("default: local instance, first run")
            << QStringList{} << true
            << QStringLiteral("phase=FirstRun local-enabled=yes local-running=yes accounts=0")
            << true;
        QTest::newRow("--no-local: log into a server")
            << QStringList{QStringLiteral("--no-local")} << true
            << QStringLiteral("phase=AddAccount local-enabled=no local-running=no accounts=0")
            << false;
        QTest::newRow("setting off")
            << QStringList{} << false
            << QStringLiteral("phase=AddAccount local-enabled=no local-running=no accounts=0")
            << false;
    }
    void localInstanceSwitch()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, settingOn);
        QFETCH(QString, expected);
        QFETCH(bool, serverDataCreated);
        QTemporaryDir dir;
        const QString data = dir.path() + QStringLiteral("/data");
        const QString config = dir.path() + QStringLiteral("/config");
        if (!settingOn) {
            QDir().mkpath(config);
            QSettings ini(config + QStringLiteral("/settings.ini"), QSettings::IniFormat);
            ini.setValue(QStringLiteral("localInstance/enabled"), false);
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        app.setProcessEnvironment(env);
        app.start(
            QStringLiteral(TUSKLINE_APP_BINARY),
            args + QStringList{
                       QStringLiteral("--print-state"), QStringLiteral("--quit-after-first-frame"),
                       QStringLiteral("--data-dir"), data, QStringLiteral("--config-dir"), config,
                       QStringLiteral("--cache-dir"), dir.path() + QStringLiteral("/cache")});
        QVERIFY(app.waitForFinished(30'000));
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(app.exitCode() == 0, qPrintable(QString::fromUtf8(app.readAllStandardError())));
        QVERIFY2(out.contains(expected), qPrintable(out));
        QCOMPARE(QFile::exists(data + QStringLiteral("/local-instance/server.sqlite3")),
                 serverDataCreated);
    }

    void helpMentionsNoLocal()
    {
        QProcess app;
        app.start(QStringLiteral(TUSKLINE_APP_BINARY), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(30'000));
        const QByteArray out = app.readAllStandardOutput();
        QVERIFY2(out.contains("--no-local"), out.constData());
        QVERIFY(!out.contains("--grab")); // hidden hooks stay hidden
    }
};

QTEST_MAIN(TestAppCli)
#include "tst_app_cli.moc"
