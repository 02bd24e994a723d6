// Runs against the real system keychain: packaging/test.sh starts the suite inside
// dbus-run-session with an unlocked gnome-keyring. The no-keychain case re-runs this binary as a
// child with D-Bus pointing nowhere.
#include "auth/tokenstore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace tusk::auth;

namespace {

const char kChildArg[] = "--no-keychain-child";

TokenStore::Outcome wait(TokenStore &store, auto op)
{
    std::optional<TokenStore::Outcome> out;
    op([&out](const TokenStore::Outcome &o) { out = o; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20'000))
        return {TokenStore::Status::Failed, {}, QStringLiteral("timed out"), false};
    Q_UNUSED(store);
    return *out;
}

TokenStore::Outcome writeSync(TokenStore &s, const QString &k, const QString &v)
{
    return wait(s, [&](auto cb) { s.write(k, v, nullptr, cb); });
}
TokenStore::Outcome readSync(TokenStore &s, const QString &k)
{
    return wait(s, [&](auto cb) { s.read(k, nullptr, cb); });
}
TokenStore::Outcome removeSync(TokenStore &s, const QString &k)
{
    return wait(s, [&](auto cb) { s.remove(k, nullptr, cb); });
}

QString uniqueKey(const char *what)
{
    return QStringLiteral("test/%1/%2")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QLatin1String(what));
}

// Child mode: no D-Bus session. Prints one line per step for the parent to check.
int runWithoutKeychain()
{
    TokenStore store(QStringLiteral("Tuskline-test"));
    int unavailableSignals = 0;
    QObject::connect(&store, &TokenStore::keychainUnavailable, [&] { ++unavailableSignals; });
    const QString key = uniqueKey("access_token");
    const QString secret = QStringLiteral("child-secret-123");
    QTextStream out(stdout);
    auto report = [&out](const char *step, const TokenStore::Outcome &o) {
        out << step << " status=" << int(o.status) << " inMemory=" << o.inMemory
            << " secret=" << o.secret << " message=" << o.message << "\n";
    };
    report("refuse-write", writeSync(store, key, secret));
    report("refuse-read", readSync(store, key));
    store.setFallbackPolicy(TokenStore::FallbackPolicy::SessionOnly);
    report("session-write", writeSync(store, key, secret));
    report("session-read", readSync(store, key));
    report("session-remove", removeSync(store, key));
    report("session-read-after-remove", readSync(store, key));
    out << "signals=" << unavailableSignals << "\n";
    return 0;
}

} // namespace

class TestTokenStore : public QObject {
    Q_OBJECT
    TokenStore store{QStringLiteral("Tuskline-test")};

private Q_SLOTS:
    void initTestCase()
    {
        // Fail loudly, not obscurely, when run outside packaging/test.sh.
        const QString key = uniqueKey("probe");
        const auto probe = writeSync(store, key, QStringLiteral("probe"));
        QVERIFY2(probe.ok() && !probe.inMemory,
                 qPrintable(QStringLiteral("no usable keychain (run via packaging/test.sh, inside "
                                           "dbus-run-session with gnome-keyring): ") +
                            probe.message));
        QVERIFY(removeSync(store, key).ok());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("token") << QStringLiteral("ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0");
        QTest::newRow("unicode") << QStringLiteral("pässwörd 🔑 with spaces");
        QTest::newRow("long") << QString(4096, u'x');
    }
    void roundTrip()
    {
        QFETCH(QString, secret);
        const QString key = uniqueKey("access_token");
        const auto w = writeSync(store, key, secret);
        QVERIFY2(w.ok(), qPrintable(w.message));
        QVERIFY(!w.inMemory);
        const auto r = readSync(store, key);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.secret, secret);
        QVERIFY(removeSync(store, key).ok());
        const auto gone = readSync(store, key);
        QCOMPARE(gone.status, TokenStore::Status::NotFound);
        QVERIFY(!gone.message.isEmpty());
        QVERIFY(gone.secret.isEmpty());
    }

    void overwriteAndIsolation()
    {
        const QString key = uniqueKey("client_secret");
        QVERIFY(writeSync(store, key, QStringLiteral("first")).ok());
        QVERIFY(writeSync(store, key, QStringLiteral("second")).ok());
        QCOMPARE(readSync(store, key).secret, QStringLiteral("second"));
        // Another service name does not see it.
        TokenStore other(QStringLiteral("Tuskline-test-other"));
        QCOMPARE(readSync(other, key).status, TokenStore::Status::NotFound);
        QVERIFY(removeSync(store, key).ok());
        // Removing what is not there is fine.
        QVERIFY(removeSync(store, key).ok());
    }

    void contextGuardsCallback()
    {
        const QString key = uniqueKey("guard");
        bool called = false;
        auto *context = new QObject;
        store.read(key, context, [&](const TokenStore::Outcome &) { called = true; });
        delete context;
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void withoutKeychain()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/tuskline-no-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("XDG_CURRENT_DESKTOP"));
        env.remove(QStringLiteral("KDE_SESSION_VERSION"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildArg)});
        QVERIFY(child.waitForFinished(60'000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QMap<QString, QString> steps;
        for (const QString &line : lines)
            steps.insert(line.section(u' ', 0, 0), line.section(u' ', 1));
        const auto status = [](TokenStore::Status s) {
            return QStringLiteral("status=%1 ").arg(int(s));
        };

        // Refuse (the default): a clear error, nothing kept anywhere.
        const QString refused = steps.value(QStringLiteral("refuse-write"));
        QVERIFY2(refused.startsWith(status(TokenStore::Status::Unavailable) +
                                    QStringLiteral("inMemory=0")),
                 qPrintable(refused));
        QVERIFY2(refused.contains(u"keychain is not available"), qPrintable(refused));
        QVERIFY(steps.value(QStringLiteral("refuse-read"))
                    .startsWith(status(TokenStore::Status::Unavailable)));
        // SessionOnly: works in memory and says so.
        const QString session = steps.value(QStringLiteral("session-write"));
        QVERIFY2(session.startsWith(status(TokenStore::Status::Ok) + QStringLiteral("inMemory=1")),
                 qPrintable(session));
        QVERIFY(session.contains(u"this session only"));
        QVERIFY(steps.value(QStringLiteral("session-read")).contains(u"secret=child-secret-123 "));
        QVERIFY(steps.value(QStringLiteral("session-remove"))
                    .startsWith(status(TokenStore::Status::Ok)));
        QVERIFY(steps.value(QStringLiteral("session-read-after-remove"))
                    .startsWith(status(TokenStore::Status::NotFound)));
        QVERIFY(steps.contains(QStringLiteral("signals=1"))); // reported once, not per call
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QLatin1String(kChildArg)))
        return runWithoutKeychain();
    TestTokenStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
