// tuskline: the desktop app. Thin on purpose: everything lives in libraries the tests link too.
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QQuickWindow>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tuskline_ShellPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tuskline"));
    QGuiApplication::setOrganizationName(QStringLiteral("Tuskline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TUSKLINE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tuskline.Tuskline"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tuskline.svg")));

    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate("main", "Desktop Mastodon client"));
    cli.addHelpOption();
    cli.addVersionOption();
    // For smoke tests and start-up benchmarks: exit once the first frame has been shown.
    QCommandLineOption quitAfterFirstFrame(QStringLiteral("quit-after-first-frame"));
    quitAfterFirstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    cli.addOption(quitAfterFirstFrame);
    cli.process(app);

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tuskline"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    // Fusion follows the system palette (light/dark) on every platform unless the user picked a style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Shell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (cli.isSet(quitAfterFirstFrame)) {
        if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
            QObject::connect(window, &QQuickWindow::frameSwapped, &app, &QCoreApplication::quit,
                             Qt::QueuedConnection);
    }
    return app.exec();
}
