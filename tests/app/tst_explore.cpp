// Explore, lists and followed tags (Tuskline.Explore) over alice's real AccountSession on the
// in-process bundled server: the controllers against the server's state, and the pages by
// keyboard (Enter opens through the Navigator; a post found is the real status item, and its
// favourite reaches the server; list members added and removed by keyboard).
#include "explorecontrollers.h"
#include "listmemberscontroller.h"
#include "navigator.h"
#include "sessionfixture.h"
#include "timelinemodel.h"
#include "trendscontroller.h"
#include "tuskline_qml_imports.h"

#include <QQmlComponent>
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
    void searchResultIsStatusItemAndFavourites();
    void searchFollowsAccount();
    void listsPageOpensListByKeyboard();
    void listMemberCandidates();
    void listMemberAddRejected_data();
    void listMemberAddRejected();
    void listMembersByKeyboard();
    void exploreHomeWithoutTrends();

private:
    QQuickItem *showPage(QQuickView &view, const QString &file);
    views::Navigator *navigator(QQmlEngine *engine);
    QString createList(const QString &title);
    QStringList listMemberIds(const QString &listId);

    test::SessionFixture m_fx;
    test::TestServer::User m_carol; // alice does not follow her
    std::unique_ptr<session::AccountSession> m_session;
    QString m_zebraStatus;
};

void TestExplore::initTestCase()
{
    QVERIFY(m_fx.setUp());
    m_zebraStatus = m_fx.post(m_fx.bob, QStringLiteral("Spotted a zebracorn today #birdwatching"));
    QVERIFY(!m_zebraStatus.isEmpty());
    m_fx.post(m_fx.bob, QStringLiteral("Nothing special here"));
    m_carol = m_fx.server->addUser("carol");
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
    // Before the answer, count is what Explore shows without a search (the local timeline).
    auto *controller = page->property("controller").value<QObject *>();
    QTRY_VERIFY_WITH_TIMEOUT(controller->property("searched").toBool(), 10'000);
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

QString TestExplore::createList(const QString &title)
{
    return m_fx.server->postForm("/api/v1/lists", {{"title", title}}, m_fx.alice.token)
        .object()
        .value("id")
        .toString();
}

QStringList TestExplore::listMemberIds(const QString &listId)
{
    QStringList ids;
    const QJsonArray members =
        m_fx.server->get(QStringLiteral("/api/v1/lists/%1/accounts").arg(listId), m_fx.alice.token)
            .array();
    for (const QJsonValue &v : members)
        ids << v[u"id"].toString();
    return ids;
}

void TestExplore::searchResultIsStatusItemAndFavourites()
{
    QQuickView view;
    QQuickItem *page = showPage(view, QStringLiteral("SearchPage.qml"));
    QVERIFY(page);
    page->forceActiveFocus();
    typeText(&view, QStringLiteral("zebracorn"));
    QTest::keyClick(&view, Qt::Key_Return);
    auto *posts = page->property("postsView").value<QQuickItem *>();
    QVERIFY(posts);
    auto *list = posts->property("view").value<QQuickItem *>();
    QTRY_COMPARE_WITH_TIMEOUT(list->property("count").toInt(), 1, 10'000);
    QCOMPARE(page->property("tabs").value<QObject *>()->property("currentIndex").toInt(), 2);
    // The row is the timeline's status item over the model's roles, not a plain text row.
    QQuickItem *row = nullptr;
    QTRY_VERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row),
                                          Q_ARG(int, 0)) &&
                row);
    auto *status = row->property("content").value<QQuickItem *>();
    QVERIFY(status);
    QVERIFY2(QByteArray(status->metaObject()->className()).startsWith("StatusDelegate"),
             status->metaObject()->className());
    QCOMPARE(status->property("statusId").toString(), m_zebraStatus);
    auto *entry = status->property("entry").value<QObject *>(); // the model's row
    QVERIFY(entry);
    QVERIFY(entry->property("accessibleSummary").toString().contains("zebracorn"));
    QVERIFY(!entry->property("favourited").toBool());
    // f on the focused post favourites it through the account's queue: the server has it.
    QTest::keyClick(&view, Qt::Key_Down);
    QTRY_VERIFY(status->hasActiveFocus());
    QTest::keyClick(&view, Qt::Key_F);
    QTRY_VERIFY(entry->property("favourited").toBool()); // shown at once (pending)
    QTRY_VERIFY_WITH_TIMEOUT(m_fx.server->get("/api/v1/statuses/" + m_zebraStatus, m_fx.alice.token)
                                 .object()
                                 .value("favourited")
                                 .toBool(),
                             10'000);
    // "/" from the results goes back to the field, and the results stay; the shell's own "/"
    // shortcut (here a stand-in) does not fire.
    QQmlComponent shortcutComponent(view.engine());
    shortcutComponent.setData("import QtQuick\nShortcut { sequence: \"/\" }", QUrl());
    QObject *shellSlash = shortcutComponent.beginCreate(view.engine()->rootContext());
    QVERIFY2(shellSlash, qPrintable(shortcutComponent.errorString()));
    shellSlash->setParent(view.contentItem());
    shortcutComponent.completeCreate();
    QSignalSpy shellActivated(shellSlash, SIGNAL(activated()));
    QTest::keyClick(&view, Qt::Key_Slash);
    auto *field = page->property("field").value<QQuickItem *>();
    QTRY_VERIFY(field->hasActiveFocus());
    QCOMPARE(field->property("text").toString(), QStringLiteral("zebracorn"));
    QCOMPARE(list->property("count").toInt(), 1);
    QCOMPARE(shellActivated.size(), 0);
    // With focus outside the page the stand-in does fire (so the 0 above means something).
    page->setFocus(false);
    view.contentItem()->forceActiveFocus();
    QVERIFY(!page->hasActiveFocus());
    QTest::keyClick(&view, Qt::Key_Slash);
    QCOMPARE(shellActivated.size(), 1);
}

void TestExplore::searchFollowsAccount()
{
    explore::SearchController c;
    c.setSession(m_session.get());
    QSignalSpy updated(&c, &explore::SearchController::accountUpdated);
    c.search(QStringLiteral("carol"));
    QVERIFY(updated.wait(10'000)); // the relationship arrived
    QCOMPARE(c.accounts().size(), 1);
    QVariantMap carol = c.accounts().first().toMap();
    QCOMPARE(carol.value("accountId").toString(), m_carol.idString);
    QVERIFY(carol.value("relationshipKnown").toBool());
    QVERIFY(!carol.value("following").toBool());
    updated.clear();
    c.setAccountFollowing(m_carol.idString, true);
    QVERIFY(updated.wait(10'000));
    QVERIFY(c.accounts().first().toMap().value("following").toBool());
    const QJsonArray rel =
        m_fx.server
            ->get("/api/v1/accounts/relationships?id[]=" + m_carol.idString, m_fx.alice.token)
            .array();
    QVERIFY(rel.first()[u"following"].toBool());
    // Back as it was: the list tests need carol not followed.
    updated.clear();
    c.setAccountFollowing(m_carol.idString, false);
    QVERIFY(updated.wait(10'000));
    QVERIFY(!c.accounts().first().toMap().value("following").toBool());
}

void TestExplore::listMemberCandidates()
{
    const QString listId = createList(QStringLiteral("Candidates"));
    QVERIFY(!listId.isEmpty());
    explore::ListMembersController members;
    members.setSession(m_session.get());
    QSignalSpy loaded(&members, &explore::ListMembersController::membersChanged);
    members.setListId(listId);
    QVERIFY(loaded.wait(10'000));
    QSignalSpy candidates(&members, &explore::ListMembersController::candidatesChanged);
    // Only accounts alice follows are offered: bob, not carol.
    members.findCandidates(QStringLiteral("bob"));
    QVERIFY(candidates.wait(10'000));
    QVERIFY(members.searched());
    QCOMPARE(members.candidates().size(), 1);
    QCOMPARE(members.candidates().first().toMap().value("accountId").toString(), m_fx.bob.idString);
    QVERIFY(!members.candidates().first().toMap().value("isMember").toBool());
    candidates.clear();
    members.findCandidates(QStringLiteral("carol"));
    QVERIFY(candidates.wait(10'000));
    QVERIFY(members.searched());
    QVERIFY(members.candidates().isEmpty());
}

void TestExplore::listMemberAddRejected_data()
{
    QTest::addColumn<bool>("follows");
    QTest::addColumn<bool>("alreadyMember");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not followed") << false << false << "only hold accounts you follow";
    QTest::newRow("already a member") << true << true << "already in this list";
}

void TestExplore::listMemberAddRejected()
{
    QFETCH(bool, follows);
    QFETCH(bool, alreadyMember);
    QFETCH(QString, expected);
    const QString listId = createList(QStringLiteral("Rejections"));
    const QString accountId = follows ? m_fx.bob.idString : m_carol.idString;
    if (alreadyMember)
        QCOMPARE(m_fx.server
                     ->postForm(QStringLiteral("/api/v1/lists/%1/accounts").arg(listId),
                                {{"account_ids[]", accountId}}, m_fx.alice.token)
                     .status,
                 200);
    explore::ListMembersController members;
    members.setSession(m_session.get());
    QSignalSpy changed(&members, &explore::ListMembersController::membersChanged);
    members.setListId(listId);
    QVERIFY(changed.wait(10'000));
    QSignalSpy error(&members, &explore::ExploreBase::errorChanged);
    QSignalSpy added(&members, &explore::ListMembersController::added);
    members.add(accountId);
    QVERIFY(error.wait(10'000));
    QVERIFY2(members.error().contains(expected), qPrintable(members.error()));
    QVERIFY(added.isEmpty());
    // The server's list is unchanged.
    QCOMPARE(listMemberIds(listId), alreadyMember ? QStringList{accountId} : QStringList{});
}

void TestExplore::listMembersByKeyboard()
{
    const QString title = QStringLiteral("Members by keyboard");
    const QString listId = createList(title);
    QVERIFY(!listId.isEmpty());
    QQuickView view;
    QQuickItem *page = showPage(view, QStringLiteral("ListsPage.qml"));
    QVERIFY(page);
    auto *lists = page->property("listsView").value<QQuickItem *>();
    QTRY_VERIFY_WITH_TIMEOUT(page->property("count").toInt() >= 1, 10'000);
    // Select the new list and press M: the members dialog opens with the add field focused.
    const QVariantList rows =
        page->property("controller").value<QObject *>()->property("lists").toList();
    int index = -1;
    for (int i = 0; i < rows.size(); ++i)
        if (rows.at(i).toMap().value("id").toString() == listId)
            index = i;
    QVERIFY(index >= 0);
    lists->forceActiveFocus();
    lists->setProperty("currentIndex", index);
    QTest::keyClick(&view, Qt::Key_M);
    auto *dialog = page->property("membersDialog").value<QObject *>();
    QTRY_VERIFY(dialog->property("opened").toBool());
    QCOMPARE(dialog->property("listId").toString(), listId);
    auto *field = dialog->property("addField").value<QQuickItem *>();
    QTRY_VERIFY(field->hasActiveFocus());
    // Type a name, go down into the accounts found, Enter adds bob.
    typeText(&view, QStringLiteral("bob"));
    auto *candidates = dialog->property("candidatesView").value<QQuickItem *>();
    QTRY_COMPARE_WITH_TIMEOUT(candidates->property("count").toInt(), 1, 10'000);
    QTest::keyClick(&view, Qt::Key_Down);
    QTRY_VERIFY(candidates->hasActiveFocus());
    QTest::keyClick(&view, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(listMemberIds(listId), QStringList{m_fx.bob.idString}, 10'000);
    auto *membersView = dialog->property("membersView").value<QQuickItem *>();
    QTRY_COMPARE_WITH_TIMEOUT(membersView->property("count").toInt(), 1, 10'000);
    // Tab to the members, Delete removes bob.
    QTest::keyClick(&view, Qt::Key_Tab);
    QTRY_VERIFY(membersView->hasActiveFocus());
    QTest::keyClick(&view, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(listMemberIds(listId).isEmpty(), 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(membersView->property("count").toInt(), 0, 10'000);
    QVERIFY(
        dialog->property("controller").value<QObject *>()->property("error").toString().isEmpty());
}

void TestExplore::exploreHomeWithoutTrends()
{
    // The bundled server has no trends routes: the page says so and shows the local timeline.
    QCOMPARE(m_fx.server->get("/api/v1/trends/tags", m_fx.alice.token).status, 404);
    QCOMPARE(m_fx.server->postForm("/api/v1/tags/birdwatching/follow", {}, m_fx.alice.token).status,
             200);
    QQuickView view;
    QQuickItem *page = showPage(view, QStringLiteral("SearchPage.qml"));
    QVERIFY(page);
    auto *home = page->property("home").value<QQuickItem *>();
    QVERIFY(home);
    auto *trends = home->property("controller").value<QObject *>();
    QTRY_VERIFY_WITH_TIMEOUT(trends->property("ready").toBool(), 10'000);
    QVERIFY(!trends->property("trendingTags").toBool());
    QVERIFY(!trends->property("trendingPosts").toBool());
    auto *tags = home->property("tagsView").value<QQuickItem *>();
    QTRY_COMPARE_WITH_TIMEOUT(tags->property("count").toInt(), 1, 10'000);
    auto *heading = home->findChild<QObject *>(QStringLiteral("tagsHeading"));
    QVERIFY(heading);
    QCOMPARE(heading->property("text").toString(), QStringLiteral("Hashtags you follow"));
    QCOMPARE(
        home->findChild<QObject *>(QStringLiteral("postsHeading"))->property("text").toString(),
        QStringLiteral("Recent posts on this server"));
    auto *posts = home->property("postsView").value<QQuickItem *>();
    auto *list = posts->property("view").value<QQuickItem *>();
    QTRY_VERIFY_WITH_TIMEOUT(list->property("count").toInt() >= 2, 10'000); // bob's public posts
    // Down from the field: the hashtags; Enter opens the tag's timeline.
    auto *field = page->property("field").value<QQuickItem *>();
    page->forceActiveFocus();
    QTRY_VERIFY(field->hasActiveFocus());
    QTest::keyClick(&view, Qt::Key_Down);
    QTRY_VERIFY(tags->hasActiveFocus());
    QSignalSpy timeline(navigator(view.engine()), &views::Navigator::timelineRequested);
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().at(1).toString().toLower(), QStringLiteral("tag:birdwatching"));
    QVERIFY(
        m_fx.server->postForm("/api/v1/tags/birdwatching/unfollow", {}, m_fx.alice.token).status ==
        200);
}

QTEST_MAIN(TestExplore)
#include "tst_explore.moc"
