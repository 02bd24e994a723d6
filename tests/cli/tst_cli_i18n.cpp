// German output of the real tuskline-cli. Each row comes from a different translation context
// (main.cpp, the command table, the status commands, the argument parser): a context that lupdate
// records differently from the one the code passes at run time prints English here.
// The entity registry is not reachable from the CLI, so its messages are checked in-process
// against the same German catalogue.
#include "core/entities/registry.h"

#include "clirunner.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTranslator>

using namespace tusk;

class TestCliI18n : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void germanCli_data()
    {
        QTest::addColumn<QString>("locale"); // "LANGUAGE" or "LANG": how German is asked for
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // a whole line of stdout + stderr

        for (const QString &locale : {QStringLiteral("LANGUAGE"), QStringLiteral("LANG")}) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::addRow("%s %s", qPrintable(locale), name) << locale;
            };
            // table.cpp
            row("--help") << QStringList{"--help"} << 0
                          << "Verwendung: tuskline-cli [GLOBALE OPTIONEN] BEFEHL [ARGUMENTE]";
            row("--help global options") << QStringList{"--help"} << 0 << "Globale Optionen:";
            row("help fav") << QStringList{"help", "fav"} << 0
                            << "Verwendung: tuskline-cli [GLOBALE OPTIONEN] fav ID";
            row("help fav text") << QStringList{"help", "fav"} << 0
                                 << "Einen Beitrag favorisieren.";
            // statuses.cpp
            row("post without text") << QStringList{"post"} << 2
                                     << "post braucht genau ein Textargument (setze es in "
                                        "Anführungszeichen oder lies es "
                                        "mit „-“ von stdin).";
            row("fav without id") << QStringList{"fav"} << 2
                                  << "fav braucht die ID eines Beitrags.";
            // main.cpp
            row("unknown command")
                << QStringList{"nosuch"} << 2 << "Es gibt keinen Befehl „nosuch“.";
            row("option of another command") << QStringList{"fav", "--limit", "3", "1"} << 2
                                             << "--limit ist keine Option von fav.";
            // arguments.cpp, then main.cpp's hint
            row("unknown option") << QStringList{"--bogus"} << 2 << "Unbekannte Option --bogus.";
            row("unknown option hint")
                << QStringList{"--bogus"} << 2
                << "Rufe „tuskline-cli --help“ auf, um die Hilfe anzuzeigen.";
        }
    }
    void germanCli()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);

        CliRunner cli;
        QProcessEnvironment env = cli.env();
        env.remove(QStringLiteral("LC_ALL"));
        env.remove(QStringLiteral("LC_MESSAGES"));
        if (locale == u"LANGUAGE") {
            // The C locale for everything else: Qt takes the UI language from LANGUAGE alone.
            env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
            env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        } else {
            env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        }
        const CliRun r = cli.run(args, {}, &env);
        QVERIFY2(!r.crashed(), r.describe());
        QCOMPARE(r.exitCode, exitCode);
        const QStringList lines =
            (r.stdoutText() + r.stderrText()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(expected), r.describe());
    }

    // The same messages in English without a German locale, so the rows above cannot pass on
    // text that is never translated.
    void englishByDefault()
    {
        CliRunner cli;
        const CliRun r = cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.stdoutText().startsWith(
                     QStringLiteral("Usage: tuskline-cli [GLOBAL OPTIONS] COMMAND [ARGS]\n")),
                 r.describe());
    }

    void germanEntityErrors()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/tuskline_de.qm")));
        QCoreApplication::installTranslator(&translator);
        const auto notArray = entities::parseAs(u"Status[]", QJsonObject());
        const auto unknown = entities::parseAs(u"NoSuchKind", QJsonObject());
        QCoreApplication::removeTranslator(&translator);

        QVERIFY(!notArray.ok());
        QVERIFY2(notArray.error().message.startsWith(QStringLiteral("Array erwartet, ")),
                 qPrintable(notArray.error().message));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, QStringLiteral("unbekannte Entitätsart: NoSuchKind"));
    }
};

QTEST_GUILESS_MAIN(TestCliI18n)
#include "tst_cli_i18n.moc"
