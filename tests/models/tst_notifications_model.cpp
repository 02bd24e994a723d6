// NotificationsModel against the real bundled server over 127.0.0.1: grouped v2 notifications
// where the server has them (it does: api_versions.mastodon 2), v1 with client-side grouping
// where it does not, both compared with the server's own groups; paging, the type filter, a
// streamed notification joining its group, and cached groups first on a cold start.
#include "api/apiclient.h"
#include "api/capabilities.h"
#include "api/requests/instance.h"
#include "cache/timelineloader.h"
#include "models/notificationsmodel.h"
#include "modeltestdata.h"
#include "session/streamsync.h"
#include "sessionfixture.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>

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

// Every request the client's network access manager answered: path and query.
struct RequestLog {
    QList<QUrl> urls;
    explicit RequestLog(QNetworkAccessManager *nam)
    {
        QObject::connect(nam, &QNetworkAccessManager::finished, nam,
                         [this](QNetworkReply *r) { urls.append(r->url()); });
    }
    int count(const QString &path) const
    {
        return int(std::count_if(urls.cbegin(), urls.cend(),
                                 [&](const QUrl &u) { return u.path() == path; }));
    }
    QList<QUrl> to(const QString &path) const
    {
        QList<QUrl> out;
        for (const QUrl &u : urls) {
            if (u.path() == path)
                out.append(u);
        }
        return out;
    }
};

const QString kV1 = QStringLiteral("/api/v1/notifications");
const QString kV2 = QStringLiteral("/api/v2/notifications");

// A cache for one user of the server, with its loader (no session).
struct Client {
    CacheFixture cache;
    QNetworkAccessManager nam;
    RequestLog log{&nam};
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
};

bool settle(const StatusListModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 20'000);
}

void pageToTheEnd(NotificationsModel &model, int *pages)
{
    *pages = 0;
    while (model.canFetchMore({}) && *pages < 100) {
        model.fetchMore({});
        QVERIFY(settle(model));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        ++*pages;
    }
    QVERIFY(!model.canFetchMore({}));
}

// One group as the server or the model describes it.
struct Group {
    QString key;
    QString type;
    int count = 0;
    QStringList sampleAccountIds;
    friend bool operator==(const Group &, const Group &) = default;
};

char *toString(const Group &g)
{
    return qstrdup(qPrintable(QStringLiteral("%1 %2 x%3 [%4]")
                                  .arg(g.key, g.type)
                                  .arg(g.count)
                                  .arg(g.sampleAccountIds.join(u','))));
}

// The server's groups over all notifications (80 per page: one page holds them all, so the
// counts are over everything).
QList<Group> serverGroups(test::TestServer &server, const QByteArray &token,
                          const QString &query = {})
{
    const auto reply = server.get(kV2 + QStringLiteral("?limit=80") + query, token);
    QList<Group> out;
    for (const QJsonValue &v : reply.object().value(u"notification_groups").toArray()) {
        const QJsonObject g = v.toObject();
        QStringList samples;
        for (const QJsonValue &id : g.value(u"sample_account_ids").toArray())
            samples.append(id.toString());
        out.append({g.value(u"group_key").toString(), g.value(u"type").toString(),
                    g.value(u"notifications_count").toInt(), samples});
    }
    return out;
}

QList<Group> modelGroups(const NotificationsModel &model)
{
    QList<Group> out;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (roleString(model, i, R::KindRole) == u"gap")
            continue;
        QStringList samples;
        for (const QVariant &a : model.data(model.index(i), R::GroupAccountsRole).toList())
            samples.append(a.toMap().value(QStringLiteral("id")).toString());
        out.append({roleString(model, i, R::GroupKeyRole),
                    roleString(model, i, R::NotificationTypeRole),
                    model.data(model.index(i), R::GroupCountRole).toInt(), samples});
    }
    return out;
}

// Ten accounts act on alice, interleaved so every group spans several small pages:
// favourites of post A by all ten (more than the 8 sample accounts), boosts of A by four,
// favourites of B by three, follows by six, mentions by two. 25 notifications in 6 groups.
struct Seeded {
    test::TestServer::User alice;
    QList<test::TestServer::User> others;
    int notifications = 0;
};

bool seed(test::TestServer &server, Seeded *s)
{
    s->alice = server.addUser(QStringLiteral("alice"));
    const auto post = [&](const test::TestServer::User &u, const QString &text) {
        return server
            .postJson(QStringLiteral("/api/v1/statuses"),
                      QJsonObject{{QStringLiteral("status"), text}}, u.token)
            .object()
            .value(u"id")
            .toString();
    };
    const QString a = post(s->alice, QStringLiteral("post A"));
    const QString b = post(s->alice, QStringLiteral("post B"));
    if (a.isEmpty() || b.isEmpty())
        return false;
    const auto ok = [&](const test::TestServer::Reply &r) {
        if (r.status == 200)
            ++s->notifications;
        return r.status == 200;
    };
    for (int i = 0; i < 10; ++i) {
        const auto u = server.addUser(QStringLiteral("user%1").arg(i));
        s->others.append(u);
        const QString status = QStringLiteral("/api/v1/statuses/");
        if (!ok(server.postForm(status + a + QStringLiteral("/favourite"), {}, u.token)))
            return false;
        if (i < 4 && !ok(server.postForm(status + a + QStringLiteral("/reblog"), {}, u.token)))
            return false;
        if (i < 3 && !ok(server.postForm(status + b + QStringLiteral("/favourite"), {}, u.token)))
            return false;
        if (i < 6 && !ok(server.postForm(QStringLiteral("/api/v1/accounts/") + s->alice.idString +
                                             QStringLiteral("/follow"),
                                         {}, u.token)))
            return false;
        if ((i == 2 || i == 7) && post(u, QStringLiteral("@alice hello %1").arg(i)).isEmpty())
            return false;
        if (i == 2 || i == 7)
            ++s->notifications;
    }
    return true;
}

} // namespace

class TestNotificationsModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // The bundled server says it has grouped notifications (api_versions.mastodon 2, Mastodon
    // 4.3 API) and the client's detection sees it; the same document from an older server
    // does not turn them on.
    void bundledServerHasGroupedNotifications()
    {
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        QNetworkAccessManager nam;
        api::ApiClient client(&nam, server.url());
        std::optional<api::ApiResult<api::Capabilities>> caps;
        api::Capabilities::fetch(&client, nullptr, [&](auto r) { caps = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(caps.has_value(), 10'000);
        QVERIFY(caps->ok());
        QVERIFY(caps->value().groupedNotifications);

        QJsonObject older = server.get(QStringLiteral("/api/v2/instance")).object();
        QVERIFY(older.contains(u"api_versions"));
        older.remove(QStringLiteral("api_versions"));
        older.insert(QStringLiteral("version"), QStringLiteral("4.2.10"));
        QVERIFY(!api::Capabilities::derive(older).groupedNotifications);
    }

    void groupsMatchTheServer_data()
    {
        QTest::addColumn<bool>("grouped");
        QTest::newRow("v2 grouped") << true;
        QTest::newRow("v1, grouped here") << false;
    }
    void groupsMatchTheServer()
    {
        QFETCH(bool, grouped);
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        Seeded s;
        QVERIFY(seed(server, &s));
        QCOMPARE(s.notifications, 25);
        const QList<Group> expected = serverGroups(server, s.alice.token);
        QCOMPARE(expected.size(), 6);

        Client c;
        QVERIFY(c.open(server, s.alice.token));
        c.loader->setGroupedNotifications(grouped);
        c.loader->setPageSize(2); // groups (v2) or notifications (v1) per page: many pages
        QList<Group> shown;
        {
            NotificationsModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setSources(c.cache.cache.get(), c.loader.get(), c.cache.actions.get(),
                             s.alice.idString);
            QVERIFY(settle(model));
            QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
            int pages = 0;
            pageToTheEnd(model, &pages);
            QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
            shown = modelGroups(model);
            QCOMPARE(shown, expected);
            QCOMPARE(firstGapRow(model), -1);
        }
        // The requests went to one API only, every page of it.
        const QString used = grouped ? kV2 : kV1;
        QCOMPARE(c.log.count(grouped ? kV1 : kV2), 0);
        QVERIFY(c.log.count(used) >= 3);
        for (const QUrl &u : c.log.to(used))
            QCOMPARE(QUrlQuery(u).queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        // v1 stores each notification; v2 one entry per group and page (the favourites of A,
        // split over several pages, are several entries folded into one row).
        const int entries = c.cache.cache->itemCount(QStringLiteral("notifications"));
        if (grouped)
            QVERIFY2(entries >= 6 && entries < s.notifications,
                     qPrintable(QString::number(entries)));
        else
            QCOMPARE(entries, s.notifications);

        // Cold start: the same groups from the cache alone, before (here: without) any request.
        NotificationsModel cached;
        QAbstractItemModelTester tester(&cached,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        cached.setSources(c.cache.cache.get(), nullptr, nullptr, s.alice.idString);
        QCOMPARE(modelGroups(cached), expected);
        // The newest group is the favourites of A: ten accounts, said as such.
        QCOMPARE(cached.data(cached.index(0), R::GroupCountRole).toInt(), 10);
        QVERIFY2(roleString(cached, 0, R::AccessibleSummaryRole).contains(u"9 other"),
                 qPrintable(roleString(cached, 0, R::AccessibleSummaryRole)));
    }

    void filteredByTypeOnTheServer_data()
    {
        QTest::addColumn<bool>("grouped");
        QTest::newRow("v2") << true;
        QTest::newRow("v1") << false;
    }
    void filteredByTypeOnTheServer()
    {
        QFETCH(bool, grouped);
        test::TestServer server(roomyConfig());
        QVERIFY(server.isReady());
        Seeded s;
        QVERIFY(seed(server, &s));
        Client c;
        QVERIFY(c.open(server, s.alice.token));
        c.loader->setGroupedNotifications(grouped);
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy timelineChanged(&model, &NotificationsModel::timelineChanged);
        model.setTypes({QStringLiteral("favourite"), QStringLiteral("follow")});
        QCOMPARE(timelineChanged.size(), 1);
        QCOMPARE(model.timelineName(), QStringLiteral("notifications:types=favourite,follow"));
        model.setSources(c.cache.cache.get(), c.loader.get(), c.cache.actions.get(),
                         s.alice.idString);
        QVERIFY(settle(model));
        int pages = 0;
        pageToTheEnd(model, &pages);
        const QList<Group> expected = serverGroups(
            server, s.alice.token, QStringLiteral("&types[]=favourite&types[]=follow"));
        QCOMPARE(expected.size(), 3);
        QCOMPARE(modelGroups(model), expected);
        const QList<QUrl> sent = c.log.to(grouped ? kV2 : kV1);
        QVERIFY(!sent.isEmpty());
        for (const QUrl &u : sent) {
            QCOMPARE(QUrlQuery(u).allQueryItemValues(QStringLiteral("types[]")),
                     (QStringList{QStringLiteral("favourite"), QStringLiteral("follow")}));
        }
        // Excluding instead.
        model.setTypes({});
        model.setExcludeTypes({QStringLiteral("favourite"), QStringLiteral("reblog")});
        QCOMPARE(model.timelineName(), QStringLiteral("notifications:exclude=favourite,reblog"));
        QVERIFY(settle(model));
        pageToTheEnd(model, &pages);
        const QList<Group> rest =
            serverGroups(server, s.alice.token,
                         QStringLiteral("&exclude_types[]=favourite&exclude_types[]=reblog"));
        QCOMPARE(rest.size(), 3); // follows, two mentions
        QCOMPARE(modelGroups(model), rest);
        // Each filter is a cache timeline of its own; the first one is still there.
        QVERIFY(c.cache.cache->itemCount(QStringLiteral("notifications:types=favourite,follow")) >
                0);
    }

    // Through a session: the capabilities decide (v2 here), then a streamed favourite joins
    // its group's row without any request, and a later refresh does not count it twice.
    void streamedNotificationJoinsItsGroup()
    {
        test::SessionFixture fx;
        QVERIFY(fx.setUp());
        const auto carol = fx.server->addUser(QStringLiteral("carol"));
        const auto dave = fx.server->addUser(QStringLiteral("dave"));
        const QString mine = fx.post(fx.alice, QStringLiteral("alice's post"));
        const QString other = fx.post(fx.alice, QStringLiteral("another post"));
        const QString fav = QStringLiteral("/api/v1/statuses/%1/favourite");
        QCOMPARE(fx.server->postForm(fav.arg(mine), {}, fx.bob.token).status, 200);
        QCOMPARE(fx.server->postForm(fav.arg(mine), {}, carol.token).status, 200);
        QCOMPARE(fx.server->postForm(fav.arg(other), {}, carol.token).status, 200);

        RequestLog log(&fx.nam);
        auto session = fx.session();
        session->start();
        NotificationsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(session.get());
        QVERIFY(settle(model));
        QVERIFY(session->capabilities() && session->capabilities()->groupedNotifications);
        QVERIFY(session->loader()->groupedNotifications());
        QVERIFY(fx.waitConnected(*session));
        QTRY_VERIFY(session->streamSync()->isCaughtUp(QStringLiteral("notifications")));
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 2);
        // The newest row is the favourite of the other post; mine is below, by two.
        QCOMPARE(roleString(model, 1, R::StatusIdRole), mine);
        QCOMPARE(model.data(model.index(1), R::GroupCountRole).toInt(), 2);
        const QString key = roleString(model, 1, R::GroupKeyRole);
        QVERIFY(key.startsWith(u"favourite-"));
        QVERIFY(log.count(kV2) >= 1);
        QCOMPARE(log.count(kV1), 0);

        const int requestsBefore = int(log.urls.size());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QCOMPARE(fx.server->postForm(fav.arg(mine), {}, dave.token).status, 200);
        // Same group: count + 1, dave first among its accounts, the row moves to the top.
        QTRY_COMPARE_WITH_TIMEOUT(roleString(model, 0, R::GroupKeyRole), key, 10'000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        const QVariantList accounts = model.data(model.index(0), R::GroupAccountsRole).toList();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toMap().value("id").toString(), dave.idString);
        QVERIFY(roleString(model, 0, R::AccessibleSummaryRole).contains(u"favourited"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(int(log.urls.size()), requestsBefore); // no refetch
        QCOMPARE(serverGroups(*fx.server, fx.alice.token).value(0).count, 3);

        // The newest page again: the server's group now holds the streamed favourite too; its
        // entry replaces the older ones instead of adding to them.
        const QString notifications = QStringLiteral("notifications");
        QCOMPARE(session->cache()->itemCount(notifications), 3); // two groups + the streamed one
        const int v2Before = log.count(kV2);
        model.refresh();
        QTRY_VERIFY(log.count(kV2) > v2Before);
        QVERIFY(settle(model));
        QCOMPARE(session->cache()->itemCount(notifications), 2); // one entry per group again
        QCOMPARE(modelGroups(model), serverGroups(*fx.server, fx.alice.token));
        QCOMPARE(model.data(model.index(0), R::GroupCountRole).toInt(), 3);
        QCOMPARE(log.count(kV1), 0);
        session->stop();
    }

    // A group that is the oldest entry of the newest page still covers notifications below its
    // own (newest) id: page_min_id says how far. Its streamed entries down there are in its count
    // and must go, or the row says "and 2 others" for two favourites.
    void groupAtTheBottomOfAPageSupersedesItsStreamedEntries()
    {
        test::SessionFixture fx;
        QVERIFY(fx.setUp());
        const auto carol = fx.server->addUser(QStringLiteral("carol"));
        const QString mine = fx.post(fx.alice, QStringLiteral("alice's post"));

        auto session = fx.session();
        session->start();
        NotificationsModel model;
        model.setSession(session.get());
        QVERIFY(settle(model));
        QVERIFY(fx.waitConnected(*session));
        QTRY_VERIFY(session->streamSync()->isCaughtUp(QStringLiteral("notifications")));

        const QString fav = QStringLiteral("/api/v1/statuses/%1/favourite");
        QCOMPARE(fx.server->postForm(fav.arg(mine), {}, fx.bob.token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10'000);
        QCOMPARE(fx.server->postForm(fav.arg(mine), {}, carol.token).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(0), R::GroupCountRole).toInt(), 2, 10'000);
        // A newer mention puts the favourites' group at the bottom of the newest page.
        fx.post(fx.bob, QStringLiteral("@alice hello"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10'000);
        const QString notifications = QStringLiteral("notifications");
        QCOMPARE(session->cache()->itemCount(notifications), 3); // all three streamed

        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(session->cache()->itemCount(notifications), 2, 10'000);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(roleString(model, 1, R::StatusIdRole), mine);
        QCOMPARE(model.data(model.index(1), R::GroupCountRole).toInt(), 2);
        QCOMPARE(modelGroups(model), serverGroups(*fx.server, fx.alice.token));
        session->stop();
    }
};

QTEST_GUILESS_MAIN(TestNotificationsModel)
#include "tst_notifications_model.moc"
