// The models against the real bundled server over 127.0.0.1: gap filling through the model,
// paging past the cache, notifications and threads from the server, and a model driven by an
// AccountSession (stream → cache → rows).
#include "api/apiclient.h"
#include "cache/timelineloader.h"
#include "models/notificationsmodel.h"
#include "models/threadmodel.h"
#include "models/timelinemodel.h"
#include "modeltestdata.h"
#include "sessionfixture.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace tusk;
using namespace tusk::cache;
using namespace tusk::models;
using namespace tusk::modeltest;
using R = StatusListModel::Role;

namespace {

server::ServerConfig roomyConfig()
{
    server::ServerConfig c;
    c.rateLimitRequests = 100'000;
    return c;
}

// A cache for one user of the server, with its loader.
struct Client {
    CacheFixture cache;
    QNetworkAccessManager nam;
    std::unique_ptr<api::ApiClient> api;
    std::unique_ptr<TimelineLoader> loader;

    bool open(test::TestServer &server, const QByteArray &token)
    {
        if (!cache.open())
            return false;
        api = std::make_unique<api::ApiClient>(&nam, server.url());
        api->setAccessToken(QString::fromLatin1(token));
        loader = std::make_unique<TimelineLoader>(api.get(), cache.cache.get());
        return true;
    }
    void attach(StatusListModel &model, const QString &own = {})
    {
        model.setSources(cache.cache.get(), loader.get(), cache.actions.get(), own);
    }
};

QStringList post(test::TestServer &server, const test::TestServer::User &user, int n,
                 const QString &prefix)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const auto r = server.postJson(
            QStringLiteral("/api/v1/statuses"),
            QJsonObject{{QStringLiteral("status"), QStringLiteral("%1 %2").arg(prefix).arg(i)}},
            user.token);
        if (r.status != 200)
            return {};
        ids.append(r.object().value(u"id").toString());
    }
    return ids;
}

QString reply(test::TestServer &server, const test::TestServer::User &user, const QString &text,
              const QString &parent)
{
    QJsonObject body{{QStringLiteral("status"), text}};
    if (!parent.isEmpty())
        body.insert(QStringLiteral("in_reply_to_id"), parent);
    return server.postJson(QStringLiteral("/api/v1/statuses"), body, user.token)
        .object()
        .value(u"id")
        .toString();
}

bool settle(const StatusListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000);
}

} // namespace

class TestModelsServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void gapFilledThroughTheModel_data()
    {
        QTest::addColumn<bool>("fromBottom");
        QTest::newRow("from the top") << false;
        QTest::newRow("from the bottom") << true;
    }
    void gapFilledThroughTheModel()
    {
        QFETCH(bool, fromBottom);
        test::TestServer server(roomyConfig());
        QVERIFY2(server.isReady(), qPrintable(server.error()));
        const auto alice = server.addUser(QStringLiteral("alice"));
        Client c;
        QVERIFY(c.open(server, alice.token));
        QStringList all = post(server, alice, 40, QStringLiteral("before"));
        QCOMPARE(all.size(), 40);
        {
            TimelineModel first;
            c.attach(first);
            first.setTimeline(QStringLiteral("home"));
            QVERIFY(settle(first));
            QCOMPARE(first.rowCount(), 40);
        }
        const QStringList meanwhile = post(server, alice, 300, QStringLiteral("meanwhile"));
        QCOMPARE(meanwhile.size(), 300);
        all += meanwhile;

        // Reopened: the cached page at once, then the newest page with a gap below it.
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.attach(model);
        model.setTimeline(QStringLiteral("home"));
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(roleString(model, 0, R::StatusIdRole), all.at(39));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(settle(model));
        QVERIFY(model.error().isEmpty());
        QCOMPARE(firstGapRow(model), 40);
        QCOMPARE(model.rowCount(), 81);

        int fills = 0;
        for (int gap = firstGapRow(model); gap >= 0; gap = firstGapRow(model)) {
            QVERIFY2(++fills <= 12, "the gap does not close");
            model.fillGap(gap, fromBottom);
            QVERIFY(model.isLoading());
            QCOMPARE(model.data(model.index(gap), R::GapLoadingRole).toBool(), true);
            QVERIFY(settle(model));
            QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        }
        QVERIFY2(fills >= 7 && fills <= 8, qPrintable(QString::number(fills)));
        QStringList expected = all;
        std::reverse(expected.begin(), expected.end());
        const QStringList shown = statusIds(model);
        QCOMPARE(shown.size(), 340);
        QCOMPARE(shown, expected);
        QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"meanwhile 299"));
        QCOMPARE(reset.size(), 0);
    }

    void pagesPastTheCacheFromTheServer()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto bob = server.addUser(QStringLiteral("bob"));
        const QStringList posted = post(server, bob, 95, QStringLiteral("bob"));
        QCOMPARE(posted.size(), 95);
        Client c;
        QVERIFY(c.open(server, bob.token));
        TimelineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.attach(model, bob.idString);
        model.setTimeline(QStringLiteral("account:") + bob.idString);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 40);
        int pages = 1;
        while (model.canFetchMore({})) {
            QVERIFY(++pages < 10);
            model.fetchMore({});
            QVERIFY(settle(model));
        }
        QCOMPARE(model.rowCount(), 95);
        QCOMPARE(statusIds(model).last(), posted.first());
        QCOMPARE(model.data(model.index(0), R::IsOwnRole).toBool(), true);
        QVERIFY(!model.canFetchMore({}));
    }

    void notificationsFromTheServer()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto alice = server.addUser(QStringLiteral("alice"));
        const auto bob = server.addUser(QStringLiteral("bob"));
        const auto carol = server.addUser(QStringLiteral("carol"));
        const QString mine = post(server, alice, 1, QStringLiteral("mine")).value(0);
        QVERIFY(!mine.isEmpty());
        const QString path = QStringLiteral("/api/v1/statuses/%1/").arg(mine);
        QCOMPARE(server.postForm(path + QStringLiteral("favourite"), {}, bob.token).status, 200);
        QCOMPARE(server.postForm(path + QStringLiteral("reblog"), {}, bob.token).status, 200);
        QCOMPARE(server.postForm(path + QStringLiteral("favourite"), {}, carol.token).status, 200);
        QCOMPARE(server
                     .postForm(QStringLiteral("/api/v1/accounts/") + alice.idString +
                                   QStringLiteral("/follow"),
                               {}, carol.token)
                     .status,
                 200);
        Client c;
        QVERIFY(c.open(server, alice.token));
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        c.attach(model, alice.idString);
        QVERIFY(settle(model));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(settle(model));
        }
        QHash<QString, int> countOf;
        for (int i = 0; i < model.rowCount(); ++i) {
            countOf.insert(roleString(model, i, R::NotificationTypeRole),
                           model.data(model.index(i), R::GroupCountRole).toInt());
        }
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(countOf.value(QStringLiteral("favourite")), 2);
        QCOMPARE(countOf.value(QStringLiteral("reblog")), 1);
        QCOMPARE(countOf.value(QStringLiteral("follow")), 1);
        // The newest row is the follow; the favourites row names both accounts, newest first.
        QCOMPARE(roleString(model, 0, R::NotificationTypeRole), QStringLiteral("follow"));
        int favRow = -1;
        for (int i = 0; i < model.rowCount() && favRow < 0; ++i) {
            if (roleString(model, i, R::NotificationTypeRole) == u"favourite")
                favRow = i;
        }
        QVERIFY(favRow >= 0);
        const QVariantList accounts =
            model.data(model.index(favRow), R::GroupAccountsRole).toList();
        QCOMPARE(accounts.size(), 2);
        QCOMPARE(accounts.at(0).toMap().value("id").toString(), carol.idString);
        QCOMPARE(accounts.at(1).toMap().value("id").toString(), bob.idString);
        QVERIFY(roleString(model, favRow, R::ContentHtmlRole).contains(u"mine 0"));
        QVERIFY(roleString(model, favRow, R::AccessibleSummaryRole).contains(u"favourited"));
    }

    void threadFromTheServer()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        const auto carol = server.addUser(QStringLiteral("carol"));
        const QString root = reply(server, carol, QStringLiteral("root"), {});
        const QString r1 = reply(server, carol, QStringLiteral("r1"), root);
        const QString r2 = reply(server, carol, QStringLiteral("r2"), r1);
        const QString r3 = reply(server, carol, QStringLiteral("r3"), root);
        QVERIFY(!r3.isEmpty());
        Client c;
        QVERIFY(c.open(server, carol.token));
        for (const QString &focus : {root, r1}) {
            ThreadModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            c.attach(model, carol.idString);
            model.setStatusId(focus);
            QVERIFY(settle(model));
            QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
            QHash<QString, int> depth;
            for (int i = 0; i < model.rowCount(); ++i)
                depth.insert(model.statusIdAt(i), model.data(model.index(i), R::DepthRole).toInt());
            QCOMPARE(model.statusIdAt(model.focusRow()), focus);
            if (focus == root) {
                QCOMPARE(model.rowCount(), 4);
                QCOMPARE(depth.value(root), 0);
                QCOMPARE(depth.value(r1), 1);
                QCOMPARE(depth.value(r2), 2);
                QCOMPARE(depth.value(r3), 1);
            } else {
                QCOMPARE(statusIds(model), (QStringList{root, r1, r2}));
                QCOMPARE(depth.value(root), 0);
                QCOMPARE(depth.value(r1), 0);
                QCOMPARE(depth.value(r2), 1);
            }
        }
    }

    void sessionDrivesTheModel()
    {
        test::SessionFixture fx;
        QVERIFY(fx.setUp());
        const QString early = fx.post(fx.bob, QStringLiteral("before the session"));
        QVERIFY(!early.isEmpty());
        auto session = fx.session();
        session->start();
        {
            TimelineModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setSession(session.get());
            QCOMPARE(model.session(), session.get());
            model.setTimeline(QStringLiteral("home"));
            QCOMPARE(session->openCount(QStringLiteral("home")), 1);
            QVERIFY(settle(model));
            QTRY_VERIFY(model.rowOfStatus(early) >= 0);
            QVERIFY(test::SessionFixture::waitConnected(*session));
            QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
            QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
            const QString live = fx.post(fx.bob, QStringLiteral("streamed to the model"));
            QTRY_VERIFY_WITH_TIMEOUT(model.rowOfStatus(live) == 0, 10'000);
            QVERIFY(roleString(model, 0, R::ContentHtmlRole).contains(u"streamed to the model"));
            QVERIFY(!inserted.isEmpty());
            QCOMPARE(reset.size(), 0);
            // A favourite through the session's queue reaches the server.
            model.favourite(0, true);
            QCOMPARE(model.data(model.index(0), R::FavouritedRole).toBool(), true);
            QTRY_VERIFY_WITH_TIMEOUT(
                fx.server->get(QStringLiteral("/api/v1/statuses/") + live, fx.alice.token)
                    .object()
                    .value(u"favourited")
                    .toBool(),
                10'000);
            QTRY_COMPARE(roleString(model, 0, R::PendingStateRole), QString());
            QCOMPARE(model.data(model.index(0), R::FavouritedRole).toBool(), true);
            model.setTimeline(QStringLiteral("local"));
            QCOMPARE(session->openCount(QStringLiteral("home")), 0);
            QCOMPARE(session->openCount(QStringLiteral("local")), 1);
        }
        QCOMPARE(session->openCount(QStringLiteral("local")), 0);
        session->stop();
    }
};

QTEST_GUILESS_MAIN(TestModelsServer)
#include "tst_models_server.moc"
