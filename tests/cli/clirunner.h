#pragma once
// Runs the real tuskline-cli binary for tests, with HOME and the XDG directories in a temporary
// directory, while the test's own event loop keeps spinning (the in-process server and the test
// browser live on it, so a blocking waitForFinished would deadlock them).
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

struct CliRun {
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    bool crashed() const { return !finished || exitStatus != QProcess::NormalExit; }
    QString stdoutText() const { return QString::fromUtf8(out); }
    QString stderrText() const { return QString::fromUtf8(err); }
    QList<QByteArray> lines() const
    {
        QList<QByteArray> l = out.split('\n');
        while (!l.isEmpty() && l.last().isEmpty())
            l.removeLast();
        return l;
    }
    // For QVERIFY2 messages.
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) +
               (exitStatus == QProcess::CrashExit ? " (crashed)" : "") +
               "\nstdout: " + out.left(2000) + "\nstderr: " + err.left(2000);
    }
};

class CliRunner {
public:
    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        const QString home = m_home.path();
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        m_env.remove(QStringLiteral("TUSKLINE_TOKEN"));
        m_env.remove(QStringLiteral("QT_LOGGING_RULES"));
        m_env.remove(QStringLiteral("COLUMNS"));
        // The tests read the English messages.
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
        // Only a test can say which browser opens (none): never launch one from a test run.
        m_env.insert(QStringLiteral("BROWSER"), QStringLiteral("true"));
    }

    static QString program() { return QStringLiteral(TUSKLINE_CLI_PATH); }
    QString home() const { return m_home.path(); }
    QString accountsFile() const
    {
        return m_home.path() + QStringLiteral("/config/Tuskline/Tuskline/accounts.json");
    }
    QProcessEnvironment &env() { return m_env; }

    // Starts the CLI; the caller waits (see wait()).
    std::unique_ptr<QProcess> start(const QStringList &args,
                                    const QProcessEnvironment *env = nullptr) const
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env ? *env : m_env);
        p->setProgram(program());
        p->setArguments(args);
        p->start();
        return p;
    }

    static CliRun wait(QProcess &p, int timeoutMs = 60'000)
    {
        CliRun r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs) &&
            p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            r.out = p.readAllStandardOutput();
            r.err = p.readAllStandardError() + "\n[test: killed after timeout]";
            return r;
        }
        r.finished = true;
        r.exitCode = p.exitCode();
        r.exitStatus = p.exitStatus();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    CliRun run(const QStringList &args, const QByteArray &stdinData = {},
               const QProcessEnvironment *env = nullptr) const
    {
        auto p = start(args, env);
        if (!p->waitForStarted(10'000)) {
            CliRun r;
            r.err = "[test: could not start " + program().toUtf8() + "]";
            return r;
        }
        if (!stdinData.isNull())
            p->write(stdinData);
        p->closeWriteChannel();
        return wait(*p);
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};
