// The app in-process, driven by keyboard only: the first run creates the local owner account and
// logs into it over OAuth against the bundled server, a post reaches that server, the global
// shortcuts work and none of them fires inside a text field, deck columns survive a restart.
#include "apptestutil.h"

#include "tuskline_qml_imports.h"

#include <QAccessible>
#include <QQuickStyle>
#include <QSettings>
#include <QUrlQuery>

using namespace tusk;
using namespace tusk::test;

class TestAppShell : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service on the test bus: the session-only consent path is exercised. With
        // a real keychain (dbus-run-session + gnome-keyring) the same test stores the token there.
        if (qEnvironmentVariableIsEmpty("TUSKLINE_TEST_KEYCHAIN"))
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    }

    void firstRunCreatesOwnerLogsInAndPosts()
    {
        AppHarness h;
        QVERIFY(h.start());
        QCOMPARE(h.app->phase(), app::AppController::Phase::FirstRun);
        QVERIFY(h.app->localInstanceRunning());
        const QUrl server = h.app->localInstanceUrl();
        QCOMPARE(server.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(server.port() > 0);
        // Data in the app's data dir.
        QVERIFY(QFile::exists(h.options().dataDir + QStringLiteral("/local-instance/config.json")));

        firstRun(h, QStringLiteral("alice"), QStringLiteral("Alice Example"),
                 QStringLiteral("correct horse battery"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        QCOMPARE(h.app->accounts()->count(), 1);
        const QString key = h.app->currentAccountKey();
        QVERIFY2(key.startsWith(QStringLiteral("alice@127.0.0.1:")), qPrintable(key));
        QCOMPARE(h.app->localAccountKey(), key);
        QVERIFY(h.app->lastError().isEmpty());

        // The server has the account with its display name, and an app registered over OAuth.
        const auto lookup = h.http(
            "GET", server.resolved(QUrl(QStringLiteral("/api/v1/accounts/lookup?acct=alice"))));
        QCOMPARE(lookup.status, 200);
        QCOMPARE(lookup.object().value(u"display_name").toString(),
                 QStringLiteral("Alice Example"));
        const QString accountId = lookup.object().value(u"id").toString();

        // The port is remembered: the next start uses the same URL (the account is tied to it).
        QSettings ini(h.options().configDir + QStringLiteral("/settings.ini"),
                      QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("localInstance/port")).toInt(), server.port());
        // No token in any file.
        QFile accounts(h.options().configDir + QStringLiteral("/accounts.json"));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QVERIFY(!accounts.readAll().contains("access_token\""));

        // n → compose, type, Ctrl+Enter → the server sees the post.
        QTRY_VERIFY(h.find<QQuickItem>(QStringLiteral("mainView")));
        if (app::AppController::sessionsAvailable())
            QTRY_VERIFY_WITH_TIMEOUT(h.app->currentSession(), 15'000);
        auto *compose = h.find<QObject>(QStringLiteral("composeDialog"));
        QVERIFY(compose);
        h.key('n');
        QTRY_VERIFY(compose->property("opened").toBool());
        h.type(QStringLiteral("Hello from the first run"));
        h.key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!compose->property("visible").toBool());
        const QUrl statuses =
            server.resolved(QUrl(QStringLiteral("/api/v1/accounts/%1/statuses").arg(accountId)));
        QTRY_VERIFY_WITH_TIMEOUT(h.http("GET", statuses).body.contains("Hello from the first run"),
                                 20'000);
    }

    // Seeded server (a second local user posts), then by keyboard only: the local timeline,
    // favourite the newest post, open its thread, go back, open the author's profile.
    void keyboardThreadProfileFavourite()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("alice"), QStringLiteral("Alice"),
                 QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        if (!app::AppController::sessionsAvailable())
            QSKIP("built without sessions");
        const QUrl server = h.app->localInstanceUrl();

        server::Store &store = h.app->localInstance()->server()->core().store;
        QString error;
        QVERIFY2(server::admin::addUser(store, QStringLiteral("bob"),
                                        QStringLiteral("bob@localhost"),
                                        QStringLiteral("password123"), false, &error),
                 qPrintable(error));
        const std::optional<QByteArray> bobToken = server::admin::createToken(
            store, QStringLiteral("bob"), QStringLiteral("read write"), &error);
        QVERIFY2(bobToken, qPrintable(error));
        QStringList ids;
        for (int i = 1; i <= 3; ++i) {
            const auto r =
                h.http("POST", server.resolved(QUrl(QStringLiteral("/api/v1/statuses"))), *bobToken,
                       QJsonDocument(QJsonObject{{QStringLiteral("status"),
                                                  QStringLiteral("Bob's post %1").arg(i)}})
                           .toJson());
            QCOMPARE(r.status, 200);
            ids << r.object().value(u"id").toString();
        }
        const QString bobId =
            h.http("GET", server.resolved(QUrl(QStringLiteral("/api/v1/accounts/lookup?acct=bob"))))
                .object()
                .value(u"id")
                .toString();

        auto *main = h.find<QQuickItem>(QStringLiteral("mainView"));
        QTRY_VERIFY(main);
        auto *stack = main->property("stackView").value<QQuickItem *>();
        QVERIFY(stack);
        h.key('g');
        h.key('l');
        QTRY_COMPARE(main->property("section").toString(), QStringLiteral("local"));
        QTRY_VERIFY_WITH_TIMEOUT(main->property("rowsShown").toInt() >= 3, 15'000);

        // Newest first: j then k puts the keyboard on row 0, bob's third post.
        h.key('j');
        h.key('k');
        h.key('f');
        const QUrl favouritedBy = server.resolved(
            QUrl(QStringLiteral("/api/v1/statuses/%1/favourited_by").arg(ids.last())));
        QTRY_VERIFY_WITH_TIMEOUT(h.http("GET", favouritedBy).body.contains("\"alice\""), 15'000);
        QVERIFY(!h.http("GET",
                        server.resolved(QUrl(
                            QStringLiteral("/api/v1/statuses/%1/favourited_by").arg(ids.first()))))
                     .body.contains("\"alice\""));

        // o opens the thread of the focused post; Esc comes back.
        h.key('o');
        QTRY_COMPARE(stack->property("depth").toInt(), 2);
        auto *thread = stack->property("currentItem").value<QQuickItem *>();
        QVERIFY(thread);
        QCOMPARE(thread->property("statusId").toString(), ids.last());
        QTRY_VERIFY_WITH_TIMEOUT(thread->property("count").toInt() >= 1, 15'000);
        QCOMPARE(main->property("pageTitle").toString(), QStringLiteral("Thread"));
        h.key(Qt::Key_Escape);
        QTRY_COMPARE(stack->property("depth").toInt(), 1);

        // p opens the author's profile.
        QTRY_VERIFY(main->property("rowsShown").toInt() >= 3);
        h.key('p');
        QTRY_COMPARE(stack->property("depth").toInt(), 2);
        auto *profile = stack->property("currentItem").value<QQuickItem *>();
        QVERIFY(profile);
        QCOMPARE(profile->property("accountId").toString(), bobId);
        h.key(Qt::Key_Backspace);
        QTRY_COMPARE(stack->property("depth").toInt(), 1);
    }

    void shortcutsAndTextFields()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        auto *main = h.find<QQuickItem>(QStringLiteral("mainView"));
        QTRY_VERIFY(main);
        QCOMPARE(main->property("section").toString(), QStringLiteral("home"));

        // Go-to sequences.
        const QList<QPair<char, QString>> goTo{
            {'l', QStringLiteral("local")},         {'t', QStringLiteral("federated")},
            {'n', QStringLiteral("notifications")}, {'f', QStringLiteral("favourites")},
            {'d', QStringLiteral("direct")},        {'u', QStringLiteral("profile")},
            {'b', QStringLiteral("bookmarks")},     {'h', QStringLiteral("home")}};
        for (const auto &[second, section] : goTo) {
            h.key('g');
            h.key(second);
            QTRY_COMPARE(main->property("section").toString(), section);
        }

        // ? shows every shortcut; Esc closes it.
        auto *shortcuts = h.find<QObject>(QStringLiteral("shortcutsDialog"));
        QVERIFY(shortcuts);
        h.key('?', Qt::ShiftModifier);
        QTRY_VERIFY(shortcuts->property("opened").toBool());
        h.key(Qt::Key_Escape);
        QTRY_VERIFY(!shortcuts->property("visible").toBool());

        // Inside a text field the same keys are text.
        auto *compose = h.find<QObject>(QStringLiteral("composeDialog"));
        h.key('n');
        QTRY_VERIFY(compose->property("opened").toBool());
        h.type(QStringLiteral("g l ? n / 1"));
        QTest::qWait(100);
        QCOMPARE(main->property("section").toString(), QStringLiteral("home"));
        QVERIFY(!shortcuts->property("visible").toBool());
        QVERIFY(h.focused());
        QCOMPARE(h.focused()->property("text").toString(), QStringLiteral("g l ? n / 1"));
        h.key(Qt::Key_Escape);
        QTRY_VERIFY(!compose->property("visible").toBool());

        // Every control the user can reach by Tab has an accessible name.
        QStringList unnamed;
        QQuickItem *start = h.focused();
        for (int i = 0; i < 40; ++i) {
            h.key(Qt::Key_Tab);
            QQuickItem *item = h.focused();
            if (!item)
                break;
            QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(item);
            const QString name = a11y ? a11y->text(QAccessible::Name) : QString();
            if (name.isEmpty())
                unnamed << QString::fromLatin1(item->metaObject()->className());
            if (item == start && i > 0)
                break;
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));
    }

    // DeckColumnList on its own: each edit says whether it changed anything and is saved at once.
    void deckColumnEdits_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<bool>("changed");
        QTest::addColumn<QStringList>("after"); // timelines, in order
        const QStringList start{QStringLiteral("home"), QStringLiteral("local"),
                                QStringLiteral("tag:a")};
        QTest::newRow("add") << "add:b:federated" << true
                             << (start + QStringList{QStringLiteral("federated")});
        QTest::newRow("add without a timeline") << "add:b:" << false << start;
        QTest::newRow("remove middle")
            << "remove:1" << true << QStringList{QStringLiteral("home"), QStringLiteral("tag:a")};
        QTest::newRow("remove out of range") << "remove:3" << false << start;
        QTest::newRow("move last to first")
            << "move:2:0" << true
            << QStringList{QStringLiteral("tag:a"), QStringLiteral("home"),
                           QStringLiteral("local")};
        QTest::newRow("move onto itself") << "move:1:1" << false << start;
        QTest::newRow("move out of range") << "move:0:3" << false << start;
        QTest::newRow("account logged out")
            << "account:a" << true << QStringList{QStringLiteral("local")};
        QTest::newRow("unknown account") << "account:z" << false << start;
    }
    void deckColumnEdits()
    {
        QFETCH(QString, edit);
        QFETCH(bool, changed);
        QFETCH(QStringList, after);
        QTemporaryDir dir;
        const QString ini = dir.path() + QStringLiteral("/settings.ini");
        {
            app::AppSettings settings(ini);
            settings.setColumns({{QStringLiteral("a"), QStringLiteral("home")},
                                 {QStringLiteral("b"), QStringLiteral("local")},
                                 {QStringLiteral("a"), QStringLiteral("tag:a")}});
            settings.sync();
        }
        app::AppSettings settings(ini);
        app::DeckColumnList columns(settings);
        columns.load();
        const QStringList e = edit.split(u':');
        bool result = false;
        if (e[0] == u"add")
            result = columns.add(e[1], e[2]);
        else if (e[0] == u"remove")
            result = columns.remove(e[1].toInt());
        else if (e[0] == u"move")
            result = columns.move(e[1].toInt(), e[2].toInt());
        else if (e[0] == u"account")
            result = columns.removeAccount(e[1]);
        QCOMPARE(result, changed);
        QStringList timelines;
        for (const app::DeckColumn &c : columns.columns())
            timelines << c.timeline;
        QCOMPARE(timelines, after);
        settings.sync();
        QStringList saved;
        for (const app::DeckColumn &c : app::AppSettings(ini).columns())
            saved << c.timeline;
        QCOMPARE(saved, after);
    }

    // A list's timeline has a "Members" button in the header that opens the members dialog for
    // that list; other timelines do not show it.
    void listTimelineHasMembersButton()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("dora"), QStringLiteral("Dora"), QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        if (!app::AppController::sessionsAvailable())
            QSKIP("built without sessions");
        const QByteArray token = localToken(h, QStringLiteral("dora"));
        QVERIFY(!token.isEmpty());
        const auto created =
            h.http("POST", h.app->localInstanceUrl().resolved(QUrl(QStringLiteral("/api/v1/lists"))),
                   token, QJsonDocument(QJsonObject{{QStringLiteral("title"),
                                                      QStringLiteral("Friends")}})
                               .toJson());
        QCOMPARE(created.status, 200);
        const QString listId = created.object().value(u"id").toString();
        QVERIFY(!listId.isEmpty());

        auto *main = h.find<QQuickItem>(QStringLiteral("mainView"));
        QTRY_VERIFY(main);
        auto *button = h.find<QQuickItem>(QStringLiteral("listMembersButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible()); // home
        h.app->openTimeline(h.app->currentSession(), QStringLiteral("list:") + listId);
        QTRY_VERIFY(button->isVisible());
        button->forceActiveFocus(Qt::TabFocusReason); // as Tab would, then Space presses it
        QTRY_VERIFY(button->hasActiveFocus());
        h.key(Qt::Key_Space);
        auto *dialog = h.find<QObject>(QStringLiteral("listMembersDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(dialog->property("listId").toString(), listId);
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        h.key(Qt::Key_Escape);
        QTRY_VERIFY(!button->isVisible());
    }

    void deckColumnsRememberedAcrossRestarts()
    {
        AppHarness h;
        QVERIFY(h.start());
        firstRun(h, QStringLiteral("carol"), QStringLiteral("Carol"),
                 QStringLiteral("password123"));
        QTRY_COMPARE_WITH_TIMEOUT(h.app->phase(), app::AppController::Phase::Ready, 30'000);
        const QString key = h.app->currentAccountKey();
        h.app->addColumn(key, QStringLiteral("local"));
        h.app->addColumn(key, QStringLiteral("tag:tuskline"));
        h.app->addColumn(QStringLiteral("nobody@nowhere"), QStringLiteral("home")); // ignored
        h.app->moveColumn(1, 0);
        QCOMPARE(h.app->columns().size(), 2);
        // The deck shows them.
        QTRY_COMPARE(h.find<QQuickItem>(QStringLiteral("mainView"))->property("deckCount").toInt(),
                     2);
        const app::AppOptions options = h.options();
        h.stop();

        app::AppSettings settings(options.configDir + QStringLiteral("/settings.ini"));
        const QList<app::DeckColumn> columns = settings.columns();
        QCOMPARE(columns.size(), 2);
        QCOMPARE(columns[0].timeline, QStringLiteral("tag:tuskline"));
        QCOMPARE(columns[1].timeline, QStringLiteral("local"));
        QCOMPARE(columns[0].accountKey, key);
    }
};

QTEST_MAIN(TestAppShell)
#include "tst_app_shell.moc"
