// Runs the tst_*.qml files in this folder. The app's QML modules are static: their plugins are
// imported here as in the app's main, and the engine learns the qrc:/qt/qml import path (Qt 6.4
// does not add it by itself). Page tests get `backend`: alice's real AccountSession over the
// bundled server, seeded once for the whole run (see testbackend.h).
#include "testbackend.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Tuskline_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_TimelinePlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_ProfilePlugin)
Q_IMPORT_QML_PLUGIN(Tuskline_NotificationsPlugin)

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale::c());
        m_backend = std::make_unique<TestBackend>();
        if (!m_backend->setUp())
            qWarning("test backend: %s", qPrintable(m_backend->error()));
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Tests only: the app itself registers everything declaratively.
        engine->rootContext()->setContextProperty(QStringLiteral("backend"), m_backend.get());
    }
    void cleanupTestCase() { m_backend.reset(); }

private:
    std::unique_ptr<TestBackend> m_backend;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_views, Setup)

#include "tst_qml_views.moc"
