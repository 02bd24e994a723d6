// tuskline-cli end to end: the real binary against the real bundled server (in-process), acting
// with --instance and a token. Every subcommand, --json parsed back through the entity registry,
// the server's state checked after each write, and the exit codes for usage, auth and network.
#include "clirunner.h"
#include "core/entities/registry.h"
#include "testserver.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>

using namespace tusk;

namespace {

// Every line of a --json answer parsed as `kind` through the registry (the same code the app
// uses); returns the objects, or fails the test.
QList<QJsonObject> parseLines(const CliRun &run, const QString &kind)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : run.lines()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning("not a JSON object: %s", line.left(300).constData());
            return {};
        }
        const Result<QJsonValue> parsed = entities::parseAs(kind, doc.object());
        if (!parsed) {
            qWarning("not a %s: %s", qPrintable(kind), qPrintable(parsed.error().toString()));
            return {};
        }
        out << doc.object();
    }
    return out;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestServer> server;
    CliRunner cli;
    test::TestServer::User alice, bob;

    QStringList as(const test::TestServer::User &user, QStringList args) const
    {
        return QStringList{QStringLiteral("--instance"), server->url().toString(),
                           QStringLiteral("--token"), QString::fromLatin1(user.token)} +
               args;
    }
    CliRun runAs(const test::TestServer::User &user, const QStringList &args,
                 const QByteArray &input = {})
    {
        const CliRun r = cli.run(as(user, args), input);
        // Tokens never appear in what the CLI prints.
        for (const auto &u : {alice, bob})
            if (!u.token.isEmpty() && (r.out.contains(u.token) || r.err.contains(u.token)))
                qFatal("a token was printed by: %s", qPrintable(args.join(u' ')));
        return r;
    }
    QString postAs(const test::TestServer::User &user, const QString &text)
    {
        const auto reply = server->postJson(QStringLiteral("/api/v1/statuses"),
                                            {{QStringLiteral("status"), text}}, user.token);
        return reply.object().value(QStringLiteral("id")).toString();
    }
    QJsonObject statusOnServer(const QString &id, const test::TestServer::User &viewer)
    {
        return server->get(QStringLiteral("/api/v1/statuses/") + id, viewer.token).object();
    }

private Q_SLOTS:
    void init()
    {
        server::ServerConfig config;
        config.rateLimitRequests = 100'000; // the paging test makes many calls
        server = std::make_unique<test::TestServer>(config);
        QVERIFY2(server->isReady(), qPrintable(server->error()));
        alice = server->addUser(QStringLiteral("alice"));
        bob = server->addUser(QStringLiteral("bob"));
        QVERIFY(!alice.token.isEmpty() && !bob.token.isEmpty());
    }
    void cleanup() { server.reset(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("unknown option") << QStringList{"whoami", "--frob"};
        QTest::newRow("option of another command") << QStringList{"whoami", "--cw", "x"};
        QTest::newRow("missing option value") << QStringList{"timeline", "home", "--limit"};
        QTest::newRow("timeline without kind") << QStringList{"timeline"};
        QTest::newRow("timeline bad kind") << QStringList{"timeline", "sideways"};
        QTest::newRow("tag without name") << QStringList{"timeline", "tag"};
        QTest::newRow("limit zero") << QStringList{"timeline", "home", "--limit", "0"};
        QTest::newRow("limit text") << QStringList{"timeline", "home", "--limit", "many"};
        QTest::newRow("post without text") << QStringList{"post"};
        QTest::newRow("post empty") << QStringList{"post", "   "};
        QTest::newRow("bad visibility") << QStringList{"post", "x", "--visibility", "secret"};
        QTest::newRow("one poll option") << QStringList{"post", "x", "--poll", "only"};
        QTest::newRow("poll flags without poll") << QStringList{"post", "x", "--poll-multiple"};
        QTest::newRow("alt without media") << QStringList{"post", "x", "--alt", "words"};
        QTest::newRow("unreadable media") << QStringList{"post", "x", "--media", "/nonexistent"};
        QTest::newRow("poll and media")
            << QStringList{"post", "x", "--poll", "a", "--poll", "b", "--media", "/etc/hostname"};
        QTest::newRow("fav without id") << QStringList{"fav"};
        QTest::newRow("follow without acct") << QStringList{"follow"};
        QTest::newRow("search without query") << QStringList{"search"};
        QTest::newRow("bad search type") << QStringList{"search", "x", "--type", "files"};
        QTest::newRow("thread two ids") << QStringList{"thread", "1", "2"};
        QTest::newRow("token without instance") << QStringList{"--token", "t", "whoami"};
        QTest::newRow("login without url") << QStringList{"login"};
        QTest::newRow("login bad url") << QStringList{"login", "ftp://example.org"};
        QTest::newRow("stream without kind") << QStringList{"stream"};
        QTest::newRow("stream tag without name") << QStringList{"stream", "tag"};
        QTest::newRow("stream bad limit") << QStringList{"stream", "public", "--limit", "-1"};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliRun r = cli.run(args);
        QVERIFY2(!r.crashed(), r.describe());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(!r.err.trimmed().isEmpty(), r.describe()); // says why, for people
        QVERIFY2(r.out.isEmpty(), r.describe());
    }

    void helpAndVersion()
    {
        CliRun r = cli.run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *command :
             {"login", "accounts", "logout", "whoami", "post", "timeline", "notifications",
              "thread", "fav", "unfav", "boost", "unboost", "bookmark", "unbookmark", "follow",
              "unfollow", "search", "stream", "instance"})
            QVERIFY2(r.stdoutText().contains(QStringLiteral("\n  ") + QLatin1String(command)),
                     command);
        r = cli.run({QStringLiteral("post"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.stdoutText().contains(QStringLiteral("--poll-expires")));
        r = cli.run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.stdoutText().trimmed(), QStringLiteral("tuskline-cli " TUSKLINE_VERSION));
    }

    void whoami()
    {
        CliRun r = runAs(alice, {QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("(@alice)")), r.describe());
        r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("whoami")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto accounts = parseLines(r, QStringLiteral("Account"));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts[0].value(QStringLiteral("username")).toString(), "alice");
        QCOMPARE(accounts[0].value(QStringLiteral("id")).toString(), alice.idString);
    }

    // The token can come from the environment, so it stays out of `ps`.
    void tokenFromEnvironment()
    {
        QProcessEnvironment env = cli.env();
        env.insert(QStringLiteral("TUSKLINE_TOKEN"), QString::fromLatin1(bob.token));
        const CliRun r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                                  QStringLiteral("--json"), QStringLiteral("whoami")},
                                 {}, &env);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(parseLines(r, QStringLiteral("Account")).value(0).value("username").toString(),
                 "bob");
    }

    void post()
    {
        CliRun r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("post"),
                                 QStringLiteral("Hello <b>world</b> & #friends"),
                                 QStringLiteral("--cw"), QStringLiteral("careful"),
                                 QStringLiteral("--visibility"), QStringLiteral("unlisted"),
                                 QStringLiteral("--language"), QStringLiteral("en")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto posted = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(posted.size(), 1);
        const QString id = posted[0].value(QStringLiteral("id")).toString();
        const QJsonObject onServer = statusOnServer(id, alice);
        QCOMPARE(onServer.value("spoiler_text").toString(), "careful");
        QCOMPARE(onServer.value("visibility").toString(), "unlisted");
        QVERIFY(onServer.value("content").toString().contains(QStringLiteral("&lt;b&gt;world")));

        // Human output: header, CW, plain text (no HTML), id. Text from stdin with "-".
        r = runAs(bob,
                  {QStringLiteral("post"), QStringLiteral("-"), QStringLiteral("--reply-to"), id},
                  "a reply\nover two lines\n");
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString out = r.stdoutText();
        QVERIFY2(out.startsWith(QStringLiteral("@bob · just now · public\n")), r.describe());
        QVERIFY2(out.contains(QStringLiteral("in reply to ") + id), r.describe());
        QVERIFY2(out.contains(QStringLiteral("a reply\nover two lines")), r.describe());
        QVERIFY2(!out.contains(u'<'), r.describe());
        QCOMPARE(statusOnServer(id, alice).value("replies_count").toInt(), 1);

        r = runAs(alice, {QStringLiteral("--quiet"), QStringLiteral("post"), QStringLiteral("q")});
        QVERIFY2(r.exitCode == 0 && r.out.isEmpty(), r.describe());
    }

    // Polls and media on the bundled server: the post carries them, as the server stored them.
    void postPollAndMedia()
    {
        CliRun r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("post"),
                                 QStringLiteral("Tea or coffee?"), QStringLiteral("--poll"),
                                 QStringLiteral("tea"), QStringLiteral("--poll"),
                                 QStringLiteral("coffee"), QStringLiteral("--poll-expires"),
                                 QStringLiteral("3600"), QStringLiteral("--poll-multiple")});
        QVERIFY2(r.exitCode == 0, r.describe());
        auto s = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(s.size(), 1);
        const QJsonObject poll = s[0].value(QStringLiteral("poll")).toObject();
        QCOMPARE(poll.value("options").toArray().size(), 2);
        QCOMPARE(poll.value("options").toArray()[1].toObject().value("title").toString(), "coffee");
        QCOMPARE(poll.value("multiple").toBool(), true);
        QVERIFY(!poll.value("expires_at").isNull());
        QCOMPARE(statusOnServer(s[0].value("id").toString(), alice)
                     .value("poll")
                     .toObject()
                     .value("id")
                     .toString(),
                 poll.value("id").toString());

        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("dot.png"));
        QFile f(png);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                       "2mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        f.close();
        r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("post"), QStringLiteral("pic"),
                          QStringLiteral("--media"), png, QStringLiteral("--alt"),
                          QStringLiteral("one red dot")});
        QVERIFY2(r.exitCode == 0, r.describe());
        s = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(s.size(), 1);
        const QJsonArray media = s[0].value(QStringLiteral("media_attachments")).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media[0].toObject().value("description").toString(), "one red dot");
        QCOMPARE(media[0].toObject().value("type").toString(), "image");
        // The file the server serves is the one sent.
        const auto file = server->get(QUrl(media[0].toObject().value("url").toString()).path());
        QCOMPARE(file.status, 200);
        QCOMPARE(file.body.size(), QFileInfo(png).size());

        // Something that is not media: the server's reason, exit 5.
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile t(text);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("just words, whatever the name says");
        t.close();
        r = runAs(alice,
                  {QStringLiteral("post"), QStringLiteral("x"), QStringLiteral("--media"), text});
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("Could not upload ")), r.describe());
        QVERIFY2(r.stderrText().contains(QStringLiteral("unsupported type")), r.describe());
    }

    void timelineHome()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.prepend(postAs(alice, QStringLiteral("post number %1").arg(i)));
        CliRun r =
            runAs(alice, {QStringLiteral("--json"), QStringLiteral("timeline"),
                          QStringLiteral("home"), QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto page = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(page.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(page[i].value(QStringLiteral("id")).toString(), ids[i]); // newest first

        r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("timeline"),
                          QStringLiteral("home"), QStringLiteral("--max-id"), ids[2]});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto older = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(older.size(), 2);
        QCOMPARE(older[0].value(QStringLiteral("id")).toString(), ids[3]);

        r = runAs(alice, {QStringLiteral("timeline"), QStringLiteral("home")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.stdoutText().count(QStringLiteral("@alice · ")), 5);
        QVERIFY2(r.stdoutText().contains(QStringLiteral("post number 4\nreplies 0 · boosts 0 · "
                                                        "favourites 0 · id ") +
                                         ids[0]),
                 r.describe());
    }

    // --all follows rel="next" to the end: every status exactly once, newest first.
    void timelineAllPages()
    {
        constexpr int kCount = 95;
        for (int i = 0; i < kCount; ++i)
            QVERIFY(!postAs(bob, QStringLiteral("bulk %1").arg(i)).isEmpty());
        const CliRun r = runAs(bob, {QStringLiteral("--json"), QStringLiteral("timeline"),
                                     QStringLiteral("home"), QStringLiteral("--all"),
                                     QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto all = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(all.size(), kCount);
        QSet<QString> seen;
        for (qsizetype i = 0; i < all.size(); ++i) {
            seen.insert(all[i].value(QStringLiteral("id")).toString());
            QCOMPARE(all[i].value(QStringLiteral("content")).toString(),
                     QStringLiteral("<p>bulk %1</p>").arg(kCount - 1 - i));
        }
        QCOMPARE(seen.size(), kCount);
    }

    void timelinePublicWithoutToken()
    {
        postAs(alice, QStringLiteral("public hello"));
        for (const char *kind : {"public", "local"}) {
            const CliRun r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                                      QStringLiteral("--json"), QStringLiteral("timeline"),
                                      QLatin1String(kind)});
            QVERIFY2(r.exitCode == 0, r.describe());
            const auto statuses = parseLines(r, QStringLiteral("Status"));
            QCOMPARE(statuses.size(), 1);
        }
        // home needs a login: exit 3 without a token.
        const CliRun r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                                  QStringLiteral("timeline"), QStringLiteral("home")});
        QCOMPARE(r.exitCode, 3);
    }

    // Tag and list timelines from the bundled server; an unknown list is "not found" (exit 5).
    void timelineTagAndList()
    {
        const QString id = postAs(alice, QStringLiteral("about #cats"));
        CliRun r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("timeline"),
                                 QStringLiteral("tag"), QStringLiteral("#cats")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(parseLines(r, QStringLiteral("Status")).value(0).value("id").toString(), id);

        QCOMPARE(server
                     ->postForm(QStringLiteral("/api/v1/accounts/%1/follow").arg(bob.idString), {},
                                alice.token)
                     .status,
                 200);
        const QString list =
            server->postForm(QStringLiteral("/api/v1/lists"), {{"title", "friends"}}, alice.token)
                .object()
                .value("id")
                .toString();
        QCOMPARE(server
                     ->postForm(QStringLiteral("/api/v1/lists/%1/accounts").arg(list),
                                {{"account_ids[]", bob.idString}}, alice.token)
                     .status,
                 200);
        const QString bobs = postAs(bob, QStringLiteral("for the list"));
        r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("timeline"),
                          QStringLiteral("list"), list});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto statuses = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].value("id").toString(), bobs);
        r = runAs(alice,
                  {QStringLiteral("timeline"), QStringLiteral("list"), QStringLiteral("424242")});
        QVERIFY2(r.exitCode == 5, r.describe());
        QVERIFY2(r.stderrText().startsWith(QStringLiteral("Could not load timeline: ")),
                 r.describe());
    }

    void notifications()
    {
        const QString id = postAs(alice, QStringLiteral("like me"));
        QCOMPARE(
            server->postJson(QStringLiteral("/api/v1/statuses/%1/favourite").arg(id), {}, bob.token)
                .status,
            200);
        CliRun r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("notifications")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto list = parseLines(r, QStringLiteral("Notification"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].value("type").toString(), "favourite");
        QCOMPARE(list[0].value("status").toObject().value("id").toString(), id);
        r = runAs(alice, {QStringLiteral("notifications"), QStringLiteral("--limit"),
                          QStringLiteral("5")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().startsWith(QStringLiteral("@bob favourited your post · ")),
                 r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("  > like me")), r.describe());
    }

    void thread()
    {
        const QString root = postAs(alice, QStringLiteral("root"));
        CliRun r = runAs(bob, {QStringLiteral("--json"), QStringLiteral("post"),
                               QStringLiteral("child"), QStringLiteral("--reply-to"), root});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString child =
            parseLines(r, QStringLiteral("Status")).value(0).value("id").toString();
        r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("thread"), child});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto statuses = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses[0].value("id").toString(), root);
        QCOMPARE(statuses[1].value("id").toString(), child);
        r = runAs(alice, {QStringLiteral("thread"), QStringLiteral("999999999")});
        QCOMPARE(r.exitCode, 5); // 404
        QVERIFY2(r.stderrText().startsWith(QStringLiteral("Could not load post 999999999: ")),
                 r.describe());
    }

    void statusActions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("undo");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("confirmation");
        QTest::newRow("fav") << "fav"
                             << "unfav"
                             << "favourited"
                             << "Favourited ";
        QTest::newRow("boost") << "boost"
                               << "unboost"
                               << "reblogged"
                               << "Boosted ";
        QTest::newRow("bookmark") << "bookmark"
                                  << "unbookmark"
                                  << "bookmarked"
                                  << "Bookmarked ";
    }
    void statusActions()
    {
        QFETCH(QString, command);
        QFETCH(QString, undo);
        QFETCH(QString, field);
        QFETCH(QString, confirmation);
        const QString id = postAs(alice, QStringLiteral("act on me"));
        CliRun r = runAs(bob, {command, id});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.stdoutText(), confirmation + id + QStringLiteral(".\n"));
        QCOMPARE(statusOnServer(id, bob).value(field).toBool(), true);
        r = runAs(bob, {QStringLiteral("--json"), undo, id});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto s = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(s.size(), 1);
        QCOMPARE(statusOnServer(id, bob).value(field).toBool(), false);
        r = runAs(bob, {command, QStringLiteral("123456789")});
        QCOMPARE(r.exitCode, 5);
    }

    void followAndUnfollow()
    {
        CliRun r = runAs(alice, {QStringLiteral("follow"), QStringLiteral("@bob")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.stdoutText(), QStringLiteral("You now follow @bob.\n"));
        const auto rel =
            server
                ->get(QStringLiteral("/api/v1/accounts/relationships?id[]=") + bob.idString,
                      alice.token)
                .array();
        QCOMPARE(rel.at(0).toObject().value("following").toBool(), true);
        r = runAs(alice,
                  {QStringLiteral("--json"), QStringLiteral("unfollow"), QStringLiteral("bob")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto relationship = parseLines(r, QStringLiteral("Relationship"));
        QCOMPARE(relationship.size(), 1);
        QCOMPARE(relationship[0].value("following").toBool(), false);
        r = runAs(alice, {QStringLiteral("follow"), QStringLiteral("nobody-here")});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(!r.err.isEmpty(), r.describe());
    }

    // v2 search on the bundled server: accounts and (full-text) statuses.
    void search()
    {
        const QString id = postAs(alice, QStringLiteral("searchable words"));
        postAs(alice, QStringLiteral("other text"));
        CliRun r = runAs(alice, {QStringLiteral("--json"), QStringLiteral("search"),
                                 QStringLiteral("alice"), QStringLiteral("--type"),
                                 QStringLiteral("accounts")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto accounts = parseLines(r, QStringLiteral("Account"));
        QVERIFY(!accounts.isEmpty());
        QCOMPARE(accounts[0].value("username").toString(), "alice");
        r = runAs(alice,
                  {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("words"),
                   QStringLiteral("--type"), QStringLiteral("statuses")});
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto statuses = parseLines(r, QStringLiteral("Status"));
        QCOMPARE(statuses.size(), 1);
        QCOMPARE(statuses[0].value("id").toString(), id);
    }

    void instance()
    {
        CliRun r = cli.run(
            {QStringLiteral("--instance"), server->url().toString(), QStringLiteral("instance")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().startsWith(QStringLiteral("Tuskline (")), r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("up to 500 characters")), r.describe());
        r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                     QStringLiteral("--json"), QStringLiteral("instance")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(parseLines(r, QStringLiteral("InstanceV2")).size(), 1);
    }

    // Starts `stream ...`, waits until it says it is connected, lets `act` cause events, and
    // returns what the stream printed once it stopped after --limit events.
    CliRun streamWhile(const QStringList &args, const std::function<void()> &act)
    {
        auto p = cli.start(args);
        QByteArray err;
        const bool connected = QTest::qWaitFor(
            [&] {
                err += p->readAllStandardError();
                return err.contains("Connected") || p->state() == QProcess::NotRunning;
            },
            20'000);
        if (connected && p->state() == QProcess::Running)
            act();
        CliRun r = CliRunner::wait(*p, 20'000);
        r.err.prepend(err);
        return r;
    }

    void streamPublic()
    {
        QStringList posted;
        CliRun r =
            streamWhile({QStringLiteral("--instance"), server->url().toString(),
                         QStringLiteral("--json"), QStringLiteral("stream"),
                         QStringLiteral("public"), QStringLiteral("--limit"), QStringLiteral("2")},
                        [&] {
                            posted << postAs(alice, QStringLiteral("live one"))
                                   << postAs(bob, QStringLiteral("live two"));
                        });
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto events = parseLines(r, QStringLiteral("StreamingEvent"));
        QCOMPARE(events.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(events[i].value("event").toString(), "update");
            const QJsonObject status =
                QJsonDocument::fromJson(events[i].value("payload").toString().toUtf8()).object();
            QVERIFY(entities::parseAs(u"Status", status).ok());
            QCOMPARE(status.value("id").toString(), posted[i]);
        }

        // Human output: the status block as in timelines.
        r = streamWhile(as(alice, {QStringLiteral("stream"), QStringLiteral("local"),
                                   QStringLiteral("--limit"), QStringLiteral("1")}),
                        [&] { postAs(bob, QStringLiteral("live three")); });
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().startsWith(QStringLiteral("@bob · just now · public\nlive three")),
                 r.describe());
    }

    void streamUserNotification()
    {
        const QString id = postAs(alice, QStringLiteral("favourite me live"));
        const CliRun r = streamWhile(
            as(alice, {QStringLiteral("--json"), QStringLiteral("stream"), QStringLiteral("user"),
                       QStringLiteral("--limit"), QStringLiteral("1")}),
            [&] {
                server->postJson(QStringLiteral("/api/v1/statuses/%1/favourite").arg(id), {},
                                 bob.token);
            });
        QVERIFY2(r.exitCode == 0, r.describe());
        const auto events = parseLines(r, QStringLiteral("StreamingEvent"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].value("event").toString(), "notification");
        const QJsonObject n =
            QJsonDocument::fromJson(events[0].value("payload").toString().toUtf8()).object();
        QVERIFY(entities::parseAs(u"Notification", n).ok());
        QCOMPARE(n.value("type").toString(), "favourite");
    }

    void streamErrors()
    {
        CliRun r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                            QStringLiteral("--token"), QStringLiteral("wrong"),
                            QStringLiteral("stream"), QStringLiteral("user")});
        QVERIFY2(r.exitCode == 3, r.describe());
        r = cli.run({QStringLiteral("--instance"), server->url().toString(),
                     QStringLiteral("stream"), QStringLiteral("user")});
        QVERIFY2(r.exitCode == 3, r.describe()); // user needs a login
    }

    // With every debug category on, the logs show requests but never the token.
    void noTokenInDebugLogs()
    {
        QProcessEnvironment env = cli.env();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        env.insert(QStringLiteral("TUSKLINE_TOKEN"), QString::fromLatin1(alice.token));
        for (const QStringList &args :
             {QStringList{"whoami"}, QStringList{"post", "logged"}, QStringList{"timeline", "home"},
              QStringList{"notifications"}}) {
            const CliRun r =
                cli.run(QStringList{QStringLiteral("--instance"), server->url().toString()} + args,
                        {}, &env);
            QVERIFY2(r.exitCode == 0, r.describe());
            QVERIFY2(r.err.contains("tuskline."), r.describe()); // the logs are really on
            QVERIFY2(!r.err.contains(alice.token) && !r.out.contains(alice.token), r.describe());
        }
    }

    // A boost in the home timeline: who boosted, then the boosted post with its own id.
    void boostShownInTimeline()
    {
        QCOMPARE(server
                     ->postJson(QStringLiteral("/api/v1/accounts/%1/follow").arg(bob.idString), {},
                                alice.token)
                     .status,
                 200);
        // Mastodon keeps boosts of one's own posts out of one's home: carol writes it.
        const test::TestServer::User carol = server->addUser(QStringLiteral("carol"));
        const QString original = postAs(carol, QStringLiteral("worth boosting"));
        CliRun r = runAs(bob, {QStringLiteral("boost"), original});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = runAs(alice, {QStringLiteral("timeline"), QStringLiteral("home"),
                          QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.stdoutText().startsWith(QStringLiteral("⇄ @bob boosted · just now\n"
                                                          "@carol · just now · public\n"
                                                          "worth boosting\n")),
                 r.describe());
        QVERIFY2(r.stdoutText().contains(QStringLiteral("id ") + original +
                                         QStringLiteral(" · boost id ")),
                 r.describe());
    }

    void badTokenIsAuthError()
    {
        for (const QStringList &args : {QStringList{"whoami"}, QStringList{"timeline", "home"},
                                        QStringList{"notifications"}, QStringList{"fav", "1"}}) {
            const CliRun r =
                cli.run(QStringList{QStringLiteral("--instance"), server->url().toString(),
                                    QStringLiteral("--token"), QStringLiteral("not-a-real-token")} +
                        args);
            QVERIFY2(r.exitCode == 3, r.describe());
            QVERIFY2(r.stderrText().contains(QStringLiteral("Check the token.")), r.describe());
            QVERIFY2(!r.stderrText().contains(QStringLiteral("not-a-real-token")), r.describe());
        }
    }

    void serverDownIsNetworkError()
    {
        QTcpServer probe; // a port nobody listens on once this is closed
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        for (const QStringList &args :
             {QStringList{"whoami"}, QStringList{"timeline", "home"}, QStringList{"post", "x"},
              QStringList{"instance"}, QStringList{"stream", "public"}}) {
            const CliRun r = cli.run(QStringList{QStringLiteral("--instance"), url,
                                                 QStringLiteral("--token"), QStringLiteral("t")} +
                                     args);
            QVERIFY2(r.exitCode == 4, r.describe());
            QVERIFY2(r.stderrText().contains(QStringLiteral("refused")), r.describe());
        }
        const CliRun r = cli.run({QStringLiteral("login"), url, QStringLiteral("--no-browser")});
        QVERIFY2(r.exitCode == 4, r.describe());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
