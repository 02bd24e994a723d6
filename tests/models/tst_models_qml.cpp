// The QML module Tuskline.Models as an app uses it: the static plugin imported, the types
// created from QML, and an AccountSession passed in from C++ through a property.
#include "cachetestdata.h"
#include "models/statuslistmodel.h"
#include "session/accountsession.h"

#include <QNetworkAccessManager>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tuskline_ModelsPlugin)

using namespace tusk;

class TestModelsQml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void typesAndSessionFromQml()
    {
        QTemporaryDir dir;
        auth::AccountRecord record;
        record.instanceUrl = QUrl(QStringLiteral("http://127.0.0.1:9")); // never contacted
        record.username = QStringLiteral("alice");
        record.accountId = QStringLiteral("1");
        record.key = auth::AccountRecord::makeKey(record.username, record.instanceUrl);
        QNetworkAccessManager nam;
        session::AccountSession session(record, QStringLiteral("token"), &nam, dir.path());
        QVERIFY2(session.isCacheOpen(), qPrintable(session.cacheError()));
        cache::PageInfo info;
        info.reachedOldest = true;
        QVERIFY(session.cache()->insertPage(QStringLiteral("home"), cachetest::range(25, 1), info));

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import Tuskline.Models
            QtObject {
                required property QtObject account
                property TimelineModel home: TimelineModel { session: account; timeline: "home" }
                property NotificationsModel notifications: NotificationsModel { session: account }
                property ThreadModel thread: ThreadModel { session: account; statusId: "3" }
                property int homeCount: home.count
                property int role: StatusListModel.AccessibleSummaryRole
            })",
                          QUrl(QStringLiteral("qrc:/test.qml")));
        std::unique_ptr<QObject> root(component.createWithInitialProperties(
            {{QStringLiteral("account"), QVariant::fromValue<QObject *>(&session)}}));
        QVERIFY2(root, qPrintable(component.errorString()));
        auto *home = root->property("home").value<models::StatusListModel *>();
        QVERIFY(home);
        QCOMPARE(home->session(), &session);
        QCOMPARE(root->property("homeCount").toInt(), 25);
        QCOMPARE(home->roleNames().value(models::StatusListModel::AccessibleSummaryRole),
                 QByteArray("accessibleSummary"));
        QCOMPARE(root->property("role").toInt(),
                 int(models::StatusListModel::AccessibleSummaryRole));
        QCOMPARE(session.openCount(QStringLiteral("home")), 1);
        QCOMPARE(session.openCount(QStringLiteral("notifications")), 1);
        root.reset();
        QCOMPARE(session.openCount(QStringLiteral("home")), 0);
    }
};

QTEST_GUILESS_MAIN(TestModelsQml)
#include "tst_models_qml.moc"
