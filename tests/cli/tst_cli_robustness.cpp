// tuskline-cli never crashes on what a server sends. A tiny HTTP server in the test answers
// `timeline home`, `notifications`, `whoami` and `instance` with every JSON file of the shared
// fixtures (tests/core/fixtures-manifest.json says what each one is), and with broken answers:
// HTML error pages, truncated JSON, huge bodies, deep nesting, dropped connections. The CLI must
// exit 0 or 5 (4 when there is no HTTP answer at all) with a message on stderr, never crash.
#include "clirunner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace {

QString fixturesDir()
{
    const QString env = qEnvironmentVariable("TUSKLINE_FIXTURES");
    return env.isEmpty() ? QStringLiteral(TUSKLINE_FIXTURES_DIR) : env;
}

struct Canned {
    QByteArray raw; // the whole HTTP response; empty: close without answering
};

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Status\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
           extraHeaders + "\r\n" + body;
}

// Answers GET /<case>/<api path> with whatever `answer(case, api path)` returns.
class CannedServer : public QObject {
public:
    std::function<Canned(const QByteArray &, const QByteArray &)> answer;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QString urlFor(const QByteArray &caseName) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2")
            .arg(m_server.serverPort())
            .arg(QString::fromLatin1(caseName));
    }
    int requests = 0;

    CannedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] { onRead(s); });
            }
        });
    }

private:
    void onRead(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(s);
        ++requests;
        QByteArray path = requestLine.value(1);
        path = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
        const qsizetype slash = path.indexOf('/', 1);
        const Canned c = answer(path.mid(1, slash - 1), slash < 0 ? QByteArray() : path.mid(slash));
        if (c.raw.isEmpty()) {
            s->abort();
            return;
        }
        s->write(c.raw);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

const QList<QStringList> &commands()
{
    static const QList<QStringList> c = {{QStringLiteral("timeline"), QStringLiteral("home")},
                                         {QStringLiteral("notifications")},
                                         {QStringLiteral("whoami")},
                                         {QStringLiteral("instance")}};
    return c;
}

} // namespace

class TestCliRobustness : public QObject {
    Q_OBJECT

    CliRunner cli;
    CannedServer server;
    QHash<QByteArray, std::function<Canned(const QByteArray &)>> cases;

    int m_shown = 0;
    int m_refused = 0;

    static const QJsonObject &fixtureManifest()
    {
        static const QJsonObject manifest = [] {
            QFile f(QStringLiteral(TUSKLINE_SOURCE_DIR "/tests/core/fixtures-manifest.json"));
            return f.open(QIODevice::ReadOnly)
                       ? QJsonDocument::fromJson(f.readAll()).object().value("files").toObject()
                       : QJsonObject();
        }();
        return manifest;
    }
    // Every JSON file the manifest lists, in a stable order.
    static const QStringList &fixtureFiles()
    {
        static const QStringList files = [] {
            QStringList out;
            const QJsonObject &m = fixtureManifest();
            for (auto it = m.begin(); it != m.end(); ++it)
                if (it.key().endsWith(QLatin1String(".json")))
                    out << it.key();
            out.sort();
            return out;
        }();
        return files;
    }

    QStringList argsFor(const QByteArray &caseName, const QStringList &command, bool json)
    {
        QStringList a{QStringLiteral("--instance"), server.urlFor(caseName),
                      QStringLiteral("--token"), QStringLiteral("robustness-token")};
        if (json)
            a << QStringLiteral("--json");
        return a + command;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(server.listen());
        server.answer = [this](const QByteArray &caseName, const QByteArray &apiPath) {
            const auto it = cases.constFind(caseName);
            return it == cases.constEnd() ? Canned{httpResponse(404, "text/plain", "no case")}
                                          : (*it)(apiPath);
        };
    }

    // Every fixture as the answer to every command, human and --json output; in chunks of 100
    // files so a failure names its range.
    void everyFixture_data()
    {
        QTest::addColumn<qsizetype>("first");
        QTest::addColumn<qsizetype>("end");
        const qsizetype n = fixtureFiles().size();
        for (qsizetype i = 0; i < n; i += 100)
            QTest::addRow("files %lld-%lld", qint64(i), qint64(std::min(i + 100, n) - 1))
                << i << std::min(i + 100, n);
    }
    void everyFixture()
    {
        QFETCH(qsizetype, first);
        QFETCH(qsizetype, end);
        const QString root = fixturesDir();
        const QStringList &files = fixtureFiles();
        const QJsonObject &manifest = fixtureManifest();
        QVERIFY2(files.size() > 1000, "the fixtures manifest lists too few files");

        // Each file gets its own case name, so runs can go in parallel.
        struct Job {
            QString file;
            QString kind;
            bool valid;
            QStringList command;
            bool json;
        };
        QList<Job> jobs;
        for (qsizetype i = first; i < end; ++i) {
            const QJsonObject entry = manifest.value(files[i]).toObject();
            QFile f(root + u'/' + files[i]);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray body = f.readAll();
            const QString kind = entry.value("kind").toString();
            cases.insert("f" + QByteArray::number(i), [body, kind](const QByteArray &path) {
                // A v1-only server: no v2 instance document.
                if (kind == u"InstanceV1" && path.endsWith("/api/v2/instance"))
                    return Canned{
                        httpResponse(404, "application/json", R"({"error":"Not found"})")};
                return Canned{httpResponse(200, "application/json; charset=utf-8", body)};
            });
            for (const QStringList &command : commands())
                jobs.append({files[i], kind, entry.value("expect").toString() != u"invalid",
                             command, false});
            // --json for a sample (every fifth file): the re-serialising path.
            if (i % 5 == 0)
                for (const QStringList &command : commands())
                    jobs.append({files[i], kind, entry.value("expect").toString() != u"invalid",
                                 command, true});
        }

        QStringList failures;
        int ok = 0, unusable = 0;
        constexpr int kParallel = 6;
        std::vector<std::pair<std::unique_ptr<QProcess>, qsizetype>> running;
        qsizetype next = 0;
        const auto check = [&](const CliRun &r, const Job &job) {
            const QString what = QStringLiteral("%1 (%2) → %3%4")
                                     .arg(job.file, job.kind, job.command.join(u' '),
                                          job.json ? QStringLiteral(" --json") : QString());
            if (r.crashed() || (r.exitCode != 0 && r.exitCode != 5)) {
                failures << what + QStringLiteral(": ") + QString::fromUtf8(r.describe());
                return;
            }
            if (r.exitCode == 5 && r.err.trimmed().isEmpty())
                failures << what + QStringLiteral(": exit 5 without a message");
            // Documents the manifest calls valid for the command's own kind must be accepted.
            const QString cmd = job.command.constFirst();
            const bool ownKind =
                (cmd == u"timeline" && job.kind == u"Status[]") ||
                (cmd == u"notifications" && job.kind == u"Notification[]") ||
                (cmd == u"whoami" &&
                 (job.kind == u"Account" || job.kind == u"CredentialAccount")) ||
                (cmd == u"instance" && (job.kind == u"InstanceV1" || job.kind == u"InstanceV2"));
            if (ownKind && job.valid && r.exitCode != 0)
                failures << what + QStringLiteral(": a valid document was refused: ") +
                                r.stderrText();
            if (job.json && r.exitCode == 0)
                for (const QByteArray &line : r.lines())
                    if (!QJsonDocument::fromJson(line).isObject())
                        failures << what + QStringLiteral(": --json line is not an object");
            r.exitCode == 0 ? ++ok : ++unusable;
        };
        while (next < jobs.size() || !running.empty()) {
            while (running.size() < size_t(kParallel) && next < jobs.size()) {
                const Job &job = jobs[next];
                const qsizetype index = files.indexOf(job.file);
                auto p = cli.start(argsFor("f" + QByteArray::number(index), job.command, job.json));
                p->closeWriteChannel();
                running.emplace_back(std::move(p), next++);
            }
            (void)QTest::qWaitFor(
                [&] {
                    for (const auto &[p, i] : running)
                        if (p->state() == QProcess::NotRunning)
                            return true;
                    return false;
                },
                30'000);
            for (size_t k = 0; k < running.size();) {
                if (running[k].first->state() != QProcess::NotRunning) {
                    ++k;
                    continue;
                }
                check(CliRunner::wait(*running[k].first), jobs[running[k].second]);
                running.erase(running.begin() + k);
            }
        }
        qInfo("%lld runs: %d exit 0, %d exit 5, %lld failures", qint64(jobs.size()), ok, unusable,
              qint64(failures.size()));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 20).join(u'\n')));
        m_shown += ok;
        m_refused += unusable;
    }
    // Over all chunks: many real documents were shown and many wrong ones refused.
    void everyFixtureTotals()
    {
        QVERIFY2(m_shown > 300, qPrintable(QString::number(m_shown)));
        QVERIFY2(m_refused > 300, qPrintable(QString::number(m_refused)));
    }

    void brokenAnswers_data()
    {
        QTest::addColumn<QByteArray>("response"); // the raw HTTP answer
        QTest::addColumn<QList<int>>("exitCodes");
        QTest::addColumn<QString>("stderrHint");
        const QByteArray statuses = [] {
            QFile f(fixturesDir() + QStringLiteral("/bigbone/statuses.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QList<int> five{5};
        QTest::newRow("500 html") << httpResponse(500, "text/html",
                                                  "<html><h1>Internal Server Error</h1></html>")
                                  << five << "internal error";
        QTest::newRow("502 html") << httpResponse(502, "text/html", "<html>Bad Gateway</html>")
                                  << five << "502";
        QTest::newRow("503 json") << httpResponse(503, "application/json",
                                                  R"({"error":"Down for maintenance"})")
                                  << five << "Down for maintenance";
        QTest::newRow("404") << httpResponse(404, "application/json", R"({"error":"Not Found"})")
                             << five << "Not Found";
        QTest::newRow("403") << httpResponse(403, "application/json",
                                             R"({"error":"This action is not allowed"})")
                             << five << "not allowed";
        QTest::newRow("422") << httpResponse(422, "application/json", R"({"error":"Validation"})")
                             << five << "Validation";
        QTest::newRow("401") << httpResponse(401, "application/json",
                                             R"({"error":"The access token is invalid"})")
                             << QList<int>{3} << "Check the token";
        QTest::newRow("429 always")
            << httpResponse(429, "application/json", R"({"error":"Too many requests"})",
                            "Retry-After: 1\r\n")
            << five << "";
        QTest::newRow("200 html page")
            << httpResponse(200, "text/html", "<!DOCTYPE html><html><body>Login</body></html>")
            << five << "does not understand";
        QTest::newRow("200 empty")
            << httpResponse(200, "application/json", "") << five << "does not understand";
        QTest::newRow("200 null") << httpResponse(200, "application/json", "null") << five
                                  << "does not understand";
        QTest::newRow("200 truncated")
            << httpResponse(200, "application/json", statuses.left(statuses.size() / 2)) << five
            << "does not understand";
        QTest::newRow("200 wrong types")
            << httpResponse(200, "application/json",
                            R"([{"id": 5, "account": "x", "created_at": []}])")
            << five << "does not understand";
        QTest::newRow("200 deep nesting")
            << httpResponse(200, "application/json",
                            QByteArray(200'000, '[') + QByteArray(200'000, ']'))
            << five << "does not understand";
        QTest::newRow("200 huge (20 MB)")
            << httpResponse(200, "application/json", '[' + QByteArray(20 * 1024 * 1024, ' ') + ']')
            << five << "";
        QTest::newRow("short body") // Content-Length promises more than comes
            << httpResponse(200, "application/json", statuses).left(300) << QList<int>{4, 5} << "";
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QList<int>{4, 5}
                                  << "";
        QTest::newRow("dropped") << QByteArray() << QList<int>{4} << "closed";
    }
    void brokenAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(QList<int>, exitCodes);
        QFETCH(QString, stderrHint);
        cases.insert("broken", [response](const QByteArray &) { return Canned{response}; });
        for (const QStringList &command : commands()) {
            for (bool json : {false, true}) {
                const CliRun r = cli.run(argsFor("broken", command, json));
                const QByteArray what = command.join(' ').toUtf8() + (json ? " --json" : "");
                QVERIFY2(!r.crashed(), what + ": " + r.describe());
                QVERIFY2(exitCodes.contains(r.exitCode), what + ": " + r.describe());
                QVERIFY2(!r.err.trimmed().isEmpty(), what + ": " + r.describe());
                QVERIFY2(r.stderrText().contains(stderrHint, Qt::CaseInsensitive),
                         what + ": " + r.describe());
                QVERIFY2(!r.err.contains("robustness-token"), r.describe());
            }
        }
    }

    // A server whose rel="next" always leads to the same statuses (with a new cursor each time):
    // --all ends after the first repeat instead of printing forever.
    void circularPaging()
    {
        QFile f(fixturesDir() + QStringLiteral("/bigbone/statuses.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray page = f.readAll();
        const int count = int(QJsonDocument::fromJson(page).array().size());
        QVERIFY(count > 0);
        auto cursor = std::make_shared<int>(0);
        const QString base = server.urlFor("loop");
        cases.insert("loop", [page, cursor, base](const QByteArray &) {
            const QByteArray link = "Link: <" + base.toUtf8() + "/api/v1/timelines/home?max_id=" +
                                    QByteArray::number(++*cursor) + ">; rel=\"next\"\r\n";
            return Canned{httpResponse(200, "application/json", page, link)};
        });
        const CliRun r = cli.run(argsFor(
            "loop", {QStringLiteral("timeline"), QStringLiteral("home"), QStringLiteral("--all")},
            true));
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.lines().size(), count);
        QCOMPARE(*cursor, 2); // the second page was all repeats: the walk stopped there
    }

    // A big but valid page: 40 statuses of 200 KB each is shown, not refused.
    void bigValidPage()
    {
        QJsonArray page;
        for (int i = 0; i < 40; ++i) {
            QJsonObject s{
                {"id", QString::number(1000 - i)},
                {"created_at", "2026-01-01T00:00:00.000Z"},
                {"visibility", "public"},
                {"content", "<p>" + QString(200'000, u'x') + "</p>"},
                {"account", QJsonObject{{"id", "1"}, {"username", "big"}, {"acct", "big"}}}};
            page.append(s);
        }
        const QByteArray body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        cases.insert("big", [body](const QByteArray &) {
            return Canned{httpResponse(200, "application/json", body)};
        });
        const CliRun r =
            cli.run(argsFor("big", {QStringLiteral("timeline"), QStringLiteral("home")}, false));
        QVERIFY2(r.exitCode == 0, r.describe().left(3000));
        QCOMPARE(r.stdoutText().count(QStringLiteral("@big · ")), 40);
    }
};

// Qt Test's watchdog limits a test function with all its data rows to 5 minutes; the fixture
// sweep starts thousands of processes (several minutes under ASan on 2 cores), so it gets 25
// unless the environment says otherwise. ctest's TIMEOUT still bounds the whole run.
int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "1500000");
    QCoreApplication app(argc, argv);
    TestCliRobustness test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cli_robustness.moc"
