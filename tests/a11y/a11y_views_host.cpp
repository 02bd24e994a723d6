// a11y_views_host: the app-views pages in a window, over alice's real session on the in-process
// bundled server (seeded like the Qt Quick tests), for tst_a11y_views.py to inspect over AT-SPI.
// Prints "ready" on stdout once the home timeline shows rows.
#include "testbackend.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Tuskline_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_TimelinePlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ProfilePlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_NotificationsPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("a11y_views_host"));
    QLocale::setDefault(QLocale::c());
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    TestBackend backend;
    if (!backend.setUp()) {
        std::fprintf(stderr, "backend: %s\n", qPrintable(backend.error()));
        return 2;
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.rootContext()->setContextProperty(QStringLiteral("backend"), &backend);
    engine.load(QUrl(QStringLiteral("qrc:/a11y/A11yHost.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    QObject *root = engine.rootObjects().constFirst();
    // Ready once rows are shown; the script waits for this line.
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [root, poll] {
        if (root->property("rowsShown").toInt() > 0) {
            poll->stop();
            std::printf("ready\n");
            std::fflush(stdout);
        }
    });
    poll->start(100);
    // A safety net: the script normally ends the host.
    QTimer::singleShot(170'000, &app, &QCoreApplication::quit);
    return app.exec();
}
