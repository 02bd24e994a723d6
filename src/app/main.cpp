// tuskline: the desktop app. Thin on purpose: everything lives in libraries the tests link too.
#include "appcontroller.h"
#include "appwindowhooks.h"
#include "diskcachenam.h"
#include "logging.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTextStream>
#include <QTranslator>

#include "tuskline_qml_imports.h"

namespace {

QCommandLineOption hidden(const QString &name, const QString &valueName = {})
{
    QCommandLineOption option(name);
    if (!valueName.isEmpty())
        option.setValueName(valueName);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// Without any GPU device node OpenGL can only be Mesa's llvmpipe (CPU rendering through LLVM's
// JIT). For a 2D list UI Qt Quick's own software renderer is the better CPU renderer: under Xvfb
// it nearly halved the app's RSS (no libLLVM pages, JIT code and driver buffers: 197 → 105 MiB
// with the first page shown, 223 → 125 MiB after 2,000 rows) with the median scrolling frame
// shorter and the p95 the same (tests/bench/bench_app.sh). Nothing in our QML needs shaders. Users
// keep the last word: QT_QUICK_BACKEND or QSG_RHI_BACKEND set means their choice stands.
bool onlySoftwareOpenGL()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND") ||
        qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    if (qEnvironmentVariable("LIBGL_ALWAYS_SOFTWARE") == u"1")
        return true;
    const QStringList gpuNodes =
        QDir(QStringLiteral("/dev/dri"))
            .entryList({QStringLiteral("card*"), QStringLiteral("renderD*")}, QDir::System);
    return gpuNodes.isEmpty() && !QFile::exists(QStringLiteral("/dev/nvidiactl"));
#else
    return false;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Tuskline"));
    QGuiApplication::setOrganizationName(QStringLiteral("Tuskline"));
    QGuiApplication::setApplicationVersion(QStringLiteral(TUSKLINE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tuskline.Tuskline"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tuskline.svg")));

    // Translations first, so --help is translated too.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qt"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("tuskline"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
        // Mirror the layout when the UI language is written right to left.
        if (QLocale(translator.language()).textDirection() == Qt::RightToLeft)
            QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    } else if (translator.load(QStringLiteral("tuskline_en"), QStringLiteral(":/i18n"))) {
        // No translation for this locale (or the C locale): English, whose file carries the
        // plural forms ("1 other", "2 others") that the "(s)" source texts leave open.
        QCoreApplication::installTranslator(&translator);
    }

    QCommandLineParser cli;
    cli.setApplicationDescription(QCoreApplication::translate("main", "Desktop Mastodon client"));
    cli.addHelpOption();
    cli.addVersionOption();
    QCommandLineOption noLocal(
        QStringLiteral("no-local"),
        QCoreApplication::translate("main", "Do not start the local instance this time."));
    cli.addOption(noLocal);
    const QCommandLineOption quitAfterFirstFrame = hidden(QStringLiteral("quit-after-first-frame"));
    const QCommandLineOption printState = hidden(QStringLiteral("print-state"));
    const QCommandLineOption bench = hidden(QStringLiteral("bench"));
    const QCommandLineOption benchScroll = hidden(QStringLiteral("bench-scroll"));
    const QCommandLineOption grab = hidden(QStringLiteral("grab"), QStringLiteral("file"));
    const QCommandLineOption grabDelay = hidden(QStringLiteral("grab-delay"), QStringLiteral("ms"));
    const QCommandLineOption dataDir = hidden(QStringLiteral("data-dir"), QStringLiteral("dir"));
    const QCommandLineOption configDir =
        hidden(QStringLiteral("config-dir"), QStringLiteral("dir"));
    const QCommandLineOption cacheDir = hidden(QStringLiteral("cache-dir"), QStringLiteral("dir"));
    const QCommandLineOption size = hidden(QStringLiteral("size"), QStringLiteral("WxH"));
    for (const auto &o : {quitAfterFirstFrame, printState, bench, benchScroll, grab, grabDelay,
                          dataDir, configDir, cacheDir, size})
        cli.addOption(o);
    cli.process(app);

    // Fusion follows the system palette (light/dark) on every platform unless the user picked a
    // style.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Fusion"));

    if (onlySoftwareOpenGL()) {
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        qCInfo(lcApp) << "no GPU device: Qt Quick's software renderer instead of llvmpipe";
    }

    tusk::app::AppOptions options;
    options.noLocal = cli.isSet(noLocal);
    options.dataDir = cli.value(dataDir);
    options.configDir = cli.value(configDir);
    options.cacheDir = cli.value(cacheDir);
    tusk::app::AppController controller(options);

    tusk::app::DiskCacheNamFactory namFactory(controller.cacheDir() + QStringLiteral("/images"));
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&namFactory);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    controller.start();
    const qint64 startedMs = sinceStart.elapsed();
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Shell/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (cli.isSet(bench) || cli.isSet(benchScroll))
        QTextStream(stdout) << "controller-started-ms " << startedMs << "\nqml-loaded-ms "
                            << sinceStart.elapsed() << Qt::endl;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (window && cli.isSet(size)) {
        const QStringList wh = cli.value(size).split(u'x');
        if (wh.size() == 2)
            window->resize(wh[0].toInt(), wh[1].toInt());
    }
    tusk::app::HookOptions hooks;
    hooks.quitAfterFirstFrame = cli.isSet(quitAfterFirstFrame);
    hooks.printState = cli.isSet(printState);
    hooks.bench = cli.isSet(bench);
    hooks.benchScroll = cli.isSet(benchScroll);
    hooks.grabFile = cli.value(grab);
    if (cli.isSet(grabDelay))
        hooks.grabDelayMs = cli.value(grabDelay).toInt();
    if (window)
        new tusk::app::AppWindowHooks(window, hooks, sinceStart, &app);
    const int rc = app.exec();
    controller.shutDown();
    return rc;
}
