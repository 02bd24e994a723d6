// Explore, lists and followed tags (Tuskline.Explore) over alice's real AccountSession on the
// in-process bundled server: the controllers against the server's state, and the pages by
// keyboard (Enter opens through the Navigator).
#include "explorecontrollers.h"
#include "navigator.h"
#include "sessionfixture.h"
#include "timelinemodel.h"
#include "tuskline_qml_imports.h"

#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QTest>

using namespace tusk;

namespace {
// QTest::keyClicks only takes widgets.
void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}
} // namespace

class TestExplore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void search_data();
    void search();
    void createListAndOpenItsTimeline();
    void renameAndDeleteList();
    void followedTagsUnfollow();
    void searchPageOpensResultByKeyboard();
    void listsPageOpensListByKeyboard();

private:
    QQuickItem *showPage(QQuickView &view, const QString &file);
    views::Navigator *navigator(QQmlEngine *engine);

    test::SessionFixture m_fx;
    std::unique_ptr<session::AccountSession> m_session;
    QString m_zebraStatus;
};

void TestExplore::initTestCase()
{
    QVERIFY(m_fx.setUp());
    m_zebraStatus = m_fx.post(m_fx.bob, QStringLiteral("Spotted a zebracorn today #birdwatching"));
    QVERIFY(!m_zebraStatus.isEmpty());
    m_fx.post(m_fx.bob, QStringLiteral("Nothing special here"));
    m_session = m_fx.session();
}

void TestExplore::cleanupTestCase()
{
    m_session.reset();
}

void TestExplore::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("status by word") << "zebracorn"
                                    << "statuses" << m_zebraStatus;
    QTest::newRow("account by name") << "bob"
                                     << "accounts" << m_fx.bob.idString;
    QTest::newRow("hashtag") << "#birdwatching"
                             << "hashtags"
                             << "birdwatching";
}

void TestExplore::search()
{
    QFETCH(QString, query);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    explore::SearchController c;
    c.setSession(m_session.get());
    QSignalSpy results(&c, &explore::SearchController::resultsChanged);
    c.search(query);
    QVERIFY(c.isLoading());
    QVERIFY(results.wait(10'000));
    QVERIFY2(c.error().isEmpty(), qPrintable(c.error()));
    QVERIFY(c.searched());
    const QVariantList rows = c.property(kind.toLatin1()).toList();
    QStringList found;
    for (const QVariant &v : rows) {
        const QVariantMap m = v.toMap();
        found << (kind == QLatin1String("statuses")   ? m.value("statusId").toString()
                  : kind == QLatin1String("accounts") ? m.value("accountId").toString()
                                                      : m.value("name").toString().toLower());
    }
    QVERIFY2(found.contains(expected), qPrintable(found.join(',')));
    if (kind == QLatin1String("statuses")) {
        QVERIFY(rows.first().toMap().value("plainText").toString().contains("zebracorn"));
        QCOMPARE(rows.first().toMap().value("authorId").toString(), m_fx.bob.idString);
    }
    c.clear();
    QVERIFY(c.statuses().isEmpty() && c.accounts().isEmpty() && !c.searched());
}

void TestExplore::createListAndOpenItsTimeline()
{
    explore::ListsController lists;
    QSignalSpy changed(&lists, &explore::ListsController::listsChanged);
    lists.setSession(m_session.get());
    QVERIFY(changed.wait(10'000)); // the first load
    QSignalSpy created(&lists, &explore::ListsController::created);
    lists.create(QStringLiteral("Birders"));
    QVERIFY(created.wait(10'000));
    const QString id = created.first().first().toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(lists.lists().last().toMap().value("title").toString(), QStringLiteral("Birders"));
    // The server has it.
    const QJsonArray onServer = m_fx.server->get("/api/v1/lists", m_fx.alice.token).array();
    QVERIFY(std::any_of(onServer.begin(), onServer.end(),
                        [&](const QJsonValue &v) { return v[u"id"].toString() == id; }));
    // bob in the list; its timeline shows his posts.
    QCOMPARE(m_fx.server
                 ->postForm(QStringLiteral("/api/v1/lists/%1/accounts").arg(id),
                            {{"account_ids[]", m_fx.bob.idString}}, m_fx.alice.token)
                 .status,
             200);
    models::TimelineModel timeline;
    timeline.setSession(m_session.get());
    timeline.setTimeline(QStringLiteral("list:") + id);
    QTRY_VERIFY_WITH_TIMEOUT(timeline.count() >= 2, 10'000);
    QVERIFY(timeline.rowOfStatus(m_zebraStatus) >= 0);
}

void TestExplore::renameAndDeleteList()
{
    explore::ListsController lists;
    QSignalSpy changed(&lists, &explore::ListsController::listsChanged);
    lists.setSession(m_session.get());
    QVERIFY(changed.wait(10'000));
    QSignalSpy created(&lists, &explore::ListsController::created);
    lists.create(QStringLiteral("Temporary"));
    QVERIFY(created.wait(10'000));
    const QString id = created.first().first().toString();
    changed.clear();
    lists.rename(id, QStringLiteral("Renamed"));
    QVERIFY(changed.wait(10'000));
    QCOMPARE(m_fx.server->get("/api/v1/lists/" + id, m_fx.alice.token)
                 .object()
                 .value("title")
                 .toString(),
             QStringLiteral("Renamed"));
    changed.clear();
    lists.remove(id);
    QVERIFY(changed.wait(10'000));
    const QVariantList left = lists.lists();
    QVERIFY(std::none_of(left.begin(), left.end(), [&](const QVariant &v) {
        return v.toMap().value("id").toString() == id;
    }));
    QCOMPARE(m_fx.server->get("/api/v1/lists/" + id, m_fx.alice.token).status, 404);
}

void TestExplore::followedTagsUnfollow()
{
    QCOMPARE(m_fx.server->postForm("/api/v1/tags/birdwatching/follow", {}, m_fx.alice.token).status,
             200);
    explore::FollowedTagsController tags;
    QSignalSpy changed(&tags, &explore::FollowedTagsController::tagsChanged);
    tags.setSession(m_session.get());
    QVERIFY(changed.wait(10'000));
    QCOMPARE(tags.tags().size(), 1);
    QCOMPARE(tags.tags().first().toMap().value("name").toString().toLower(),
             QStringLiteral("birdwatching"));
    QVERIFY(tags.tags().first().toMap().value("following").toBool());
    changed.clear();
    tags.setFollowing(QStringLiteral("birdwatching"), false);
    QVERIFY(changed.wait(10'000));
    QVERIFY2(tags.error().isEmpty(), qPrintable(tags.error()));
    QVERIFY(!tags.tags().first().toMap().value("following").toBool());
    QCOMPARE(m_fx.server->get("/api/v1/followed_tags", m_fx.alice.token).array().size(), 0);
    // A fresh load no longer lists it.
    changed.clear();
    tags.refresh();
    QVERIFY(changed.wait(10'000));
    QVERIFY(tags.tags().isEmpty());
}

QQuickItem *TestExplore::showPage(QQuickView &view, const QString &file)
{
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.setInitialProperties({{"session", QVariant::fromValue<QObject *>(m_session.get())}});
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(600, 500);
    view.setSource(QUrl(QStringLiteral("qrc:/qt/qml/Tuskline/Explore/") + file));
    if (view.status() != QQuickView::Ready) {
        for (const QQmlError &e : view.errors())
            qWarning() << e.toString();
        return nullptr;
    }
    view.show();
    view.requestActivate();
    if (!QTest::qWaitForWindowActive(&view))
        return nullptr;
    return view.rootObject();
}

views::Navigator *TestExplore::navigator(QQmlEngine *engine)
{
    const int type = qmlTypeId("Tuskline.Views", 1, 0, "Navigator");
    return engine->singletonInstance<views::Navigator *>(type);
}

void TestExplore::searchPageOpensResultByKeyboard()
{
    QQuickView view;
    QQuickItem *page = showPage(view, QStringLiteral("SearchPage.qml"));
    QVERIFY(page);
    auto *field = page->property("field").value<QQuickItem *>();
    QVERIFY(field);
    page->forceActiveFocus(); // as the shell does with a new page
    QTRY_VERIFY(field->hasActiveFocus());
    typeText(&view, QStringLiteral("zebracorn"));
    QTest::keyClick(&view, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->property("count").toInt() >= 1, 10'000);
    views::Navigator *nav = navigator(view.engine());
    QVERIFY(nav);
    QSignalSpy thread(nav, &views::Navigator::threadRequested);
    QTest::keyClick(&view, Qt::Key_Down); // into the results (only posts match)
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(thread.size(), 1);
    QCOMPARE(thread.first().at(1).toString(), m_zebraStatus);
}

void TestExplore::listsPageOpensListByKeyboard()
{
    QQuickView view;
    QQuickItem *page = showPage(view, QStringLiteral("ListsPage.qml"));
    QVERIFY(page);
    auto *field = page->property("newListField").value<QQuickItem *>();
    QVERIFY(field);
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->property("controller").value<QObject *>()->property("loading").toBool(), 10'000);
    const int before = page->property("count").toInt();
    field->forceActiveFocus();
    typeText(&view, QStringLiteral("Keyboard list"));
    QTest::keyClick(&view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->property("count").toInt(), before + 1, 10'000);
    views::Navigator *nav = navigator(view.engine());
    QSignalSpy timeline(nav, &views::Navigator::timelineRequested);
    auto *list = page->property("listsView").value<QQuickItem *>();
    list->forceActiveFocus();
    list->setProperty("currentIndex", before);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(timeline.size(), 1);
    QVERIFY(timeline.first().at(1).toString().startsWith(QStringLiteral("list:")));
}

QTEST_MAIN(TestExplore)
#include "tst_explore.moc"
