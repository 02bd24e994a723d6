// Runs the tst_*.qml files in this folder. The app's QML modules are static: their plugins are
// imported here as in the app's main, and the engine learns the qrc:/qt/qml import path (Qt 6.4
// does not add it by itself).
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Tuskline_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_TimelinePlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_views, Setup)

#include "tst_qml_views.moc"
