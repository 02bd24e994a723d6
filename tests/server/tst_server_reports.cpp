// POST /api/v1/reports over real HTTP: what Mastodon validates, scopes, what is stored for the
// admins (`tuskline-server reports` reads the same repository).
#include "core/entities/notification.h"
#include "server/context.h"
#include "server/store/reports.h"
#include "testserver.h"

#include <QTest>

using tusk::test::TestServer;

class TestServerReports : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_server.reset(); }
    void reportAccountAndPosts();
    void validation_data();
    void validation();
    void scopes();
    void resolve();

private:
    std::unique_ptr<TestServer> m_server;
    TestServer::User m_alice, m_bob, m_carol;
};

void TestServerReports::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->isReady(), qPrintable(m_server->error()));
    m_alice = m_server->addUser("alice");
    m_bob = m_server->addUser("bob");
    m_carol = m_server->addUser("carol");
}

void TestServerReports::reportAccountAndPosts()
{
    const QString bad =
        m_server->postForm("/api/v1/statuses", {{"status", "spam spam"}}, m_bob.token)
            .object()
            .value("id")
            .toString();
    const auto r = m_server->postJson("/api/v1/reports",
                                      {{"account_id", m_bob.idString},
                                       {"status_ids", QJsonArray{bad}},
                                       {"comment", "Unsolicited advertising"},
                                       {"category", "spam"},
                                       {"forward", true}},
                                      m_alice.token);
    QCOMPARE(r.status, 200);
    const QJsonObject report = r.object();
    QVERIFY(!report.value("id").toString().isEmpty());
    QCOMPARE(report.value("category").toString(), QStringLiteral("spam"));
    QCOMPARE(report.value("comment").toString(), QStringLiteral("Unsolicited advertising"));
    QCOMPARE(report.value("action_taken").toBool(true), false);
    QCOMPARE(report.value("status_ids").toArray(), QJsonArray{bad});
    QCOMPARE(report.value("target_account").toObject().value("id").toString(), m_bob.idString);
    // The client's entity parser accepts it.
    QVERIFY(tusk::Report::fromJson(report).ok());

    tusk::server::ReportRepository repo(m_server->server().core().store);
    const auto rows = repo.list(false, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().accountId, m_alice.id);
    QCOMPARE(rows.first().targetAccountId, m_bob.id);
    QCOMPARE(rows.first().statusIds, QList<qint64>{bad.toLongLong()});
    QCOMPARE(rows.first().comment, QStringLiteral("Unsolicited advertising"));

    // Form encoding with rule_ids: category becomes "violation", as in Mastodon.
    const auto form = m_server->postForm(
        "/api/v1/reports", {{"account_id", m_bob.idString}, {"rule_ids[]", "1"}}, m_carol.token);
    QCOMPARE(form.status, 200);
    QCOMPARE(form.object().value("category").toString(), QStringLiteral("violation"));
    QCOMPARE(form.object().value("status_ids").type(), QJsonValue::Null);
}

void TestServerReports::validation_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown account") << "unknown" << 404;
    QTest::newRow("yourself") << "self" << 422;
    QTest::newRow("status of someone else") << "otherStatus" << 404;
    QTest::newRow("private status not visible") << "privateStatus" << 404;
    QTest::newRow("bad category") << "category" << 422;
    QTest::newRow("comment too long") << "long" << 422;
}

void TestServerReports::validation()
{
    QFETCH(QString, which);
    QFETCH(int, status);
    QList<QPair<QString, QString>> fields{{"account_id", m_bob.idString}};
    if (which == u"unknown")
        fields = {{"account_id", "999999999"}};
    else if (which == u"self")
        fields = {{"account_id", m_alice.idString}};
    else if (which == u"otherStatus")
        fields << QPair<QString, QString>(
            "status_ids[]",
            m_server->postForm("/api/v1/statuses", {{"status", "carol's"}}, m_carol.token)
                .object()
                .value("id")
                .toString());
    else if (which == u"privateStatus")
        fields << QPair<QString, QString>(
            "status_ids[]",
            m_server
                ->postForm("/api/v1/statuses",
                           {{"status", "followers only"}, {"visibility", "private"}}, m_bob.token)
                .object()
                .value("id")
                .toString());
    else if (which == u"category")
        fields << QPair<QString, QString>("category", "rude");
    else if (which == u"long")
        fields << QPair<QString, QString>("comment", QString(1001, u'x'));
    QCOMPARE(m_server->postForm("/api/v1/reports", fields, m_alice.token).status, status);
    QVERIFY(
        tusk::server::ReportRepository(m_server->server().core().store).list(true, 10).isEmpty());
}

void TestServerReports::scopes()
{
    const QList<QPair<QString, QString>> fields{{"account_id", m_bob.idString}};
    QCOMPARE(m_server->postForm("/api/v1/reports", fields).status, 401);
    QCOMPARE(m_server->postForm("/api/v1/reports", fields, m_server->token("alice", "read")).status,
             403);
    QCOMPARE(
        m_server->postForm("/api/v1/reports", fields, m_server->token("alice", "write:reports"))
            .status,
        200);
}

void TestServerReports::resolve()
{
    QCOMPARE(m_server->postForm("/api/v1/reports", {{"account_id", m_bob.idString}}, m_alice.token)
                 .status,
             200);
    tusk::server::ReportRepository repo(m_server->server().core().store);
    const qint64 id = repo.list(false, 10).value(0).id;
    QVERIFY(id > 0);
    QVERIFY(repo.resolve(id));
    QVERIFY(!repo.resolve(id)); // already resolved
    QVERIFY(repo.list(false, 10).isEmpty());
    QCOMPARE(repo.list(true, 10).size(), 1);
}

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
