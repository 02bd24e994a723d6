// bench_app: the desktop app end to end. Sets up a local instance whose owner has 2,000 statuses
// in the home timeline and an app cache holding them (through the app's own first run and
// session), then launches the real `tuskline` binary repeatedly:
//   process start → first frame showing timeline rows, painted from the cache (ms)
//   RSS once the first page is shown, frame times while scrolling through 2,000 rows (p50/p95),
//   RSS after that scroll.
// Prints each run and the medians. Needs a keychain (the launched app reads its token):
// run it through tests/bench/bench_app.sh (Xvfb + private D-Bus + unlocked GNOME Keyring).
#include "appcontroller.h"
#include "localinstance.h"
#include "server/context.h"
#include "server/server.h"

#include "tuskline_qml_imports.h"

#ifdef TUSKLINE_HAVE_SESSION
#include "cache/timelinecache.h"
#include "cache/timelineloader.h"
#include "session/accountsession.h"
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace tusk;

namespace {

QTextStream out(stdout);

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

QHash<QString, double> runApp(const app::AppOptions &o, const QStringList &extra)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(TUSKLINE_APP_BINARY),
            extra + QStringList{QStringLiteral("--data-dir"), o.dataDir,
                                QStringLiteral("--config-dir"), o.configDir,
                                QStringLiteral("--cache-dir"), o.cacheDir, QStringLiteral("--size"),
                                QStringLiteral("1100x760")});
    QHash<QString, double> figures;
    if (!p.waitForFinished(180'000)) {
        p.kill();
        p.waitForFinished();
    }
    static const QRegularExpression pair(QStringLiteral("([a-z0-9-]+) ([0-9.]+)"));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        figures.insert(m.captured(1), m.captured(2).toDouble());
    }
    if (figures.isEmpty())
        out << "run failed: " << p.readAllStandardError().right(2000) << Qt::endl;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication qapp(argc, argv);
    const int startRuns = qEnvironmentVariableIntValue("BENCH_START_RUNS") > 0
                              ? qEnvironmentVariableIntValue("BENCH_START_RUNS")
                              : 5;
    const int scrollRuns = qEnvironmentVariableIntValue("BENCH_SCROLL_RUNS") > 0
                               ? qEnvironmentVariableIntValue("BENCH_SCROLL_RUNS")
                               : 3;
#ifndef TUSKLINE_HAVE_SESSION
    out << "bench_app: built without sessions" << Qt::endl;
    return 2;
#else
    QTemporaryDir dir;
    app::AppOptions o;
    o.dataDir = dir.path() + QStringLiteral("/data");
    o.configDir = dir.path() + QStringLiteral("/config");
    o.cacheDir = dir.path() + QStringLiteral("/cache");
    {
        // 1. The app's own first run: local instance, owner account, OAuth login, token in the
        //    keychain.
        app::AppController controller(o);
        controller.start();
        if (!waitFor([&] { return controller.keychainChecked(); }, 10'000) ||
            !controller.keychainAvailable()) {
            out << "bench_app: no keychain; run tests/bench/bench_app.sh" << Qt::endl;
            return 2;
        }
        controller.setUpLocalAccount(QStringLiteral("alice"), QStringLiteral("Alice"),
                                     QStringLiteral("bench-password"));
        if (!waitFor([&] { return controller.currentSession() != nullptr; }, 30'000)) {
            out << "bench_app: login failed: " << controller.lastError() << Qt::endl;
            return 1;
        }
        // 2. 2,000 statuses in her home timeline (straight into the server's store: the API's
        //    rate limit would take minutes).
        server::Store &store = controller.localInstance()->server()->core().store;
        const qint64 aliceId = store.accounts.byUsername(QStringLiteral("alice"))->id;
        for (int i = 0; i < 2000; ++i) {
            server::StatusRow row;
            row.accountId = aliceId;
            row.text =
                QStringLiteral("Status number %1. ").arg(i) +
                QStringLiteral("Some words to wrap over a line or two. ").repeated(1 + i % 4);
            row.content = QStringLiteral("<p>") + row.text.toHtmlEscaped() + QStringLiteral("</p>");
            if (!store.statuses.create(row, {}, {})) {
                out << "bench_app: could not seed statuses" << Qt::endl;
                return 1;
            }
        }
        // 3. The app's cache: the whole home timeline, page by page through the session.
        auto *s = qobject_cast<session::AccountSession *>(controller.currentSession());
        s->loader()->setPageSize(80);
        s->loader()->fetchNewest(QStringLiteral("home"));
        waitFor([&] { return !s->loader()->isLoading(QStringLiteral("home")); }, 30'000);
        int stored = 0;
        while ((stored = s->cache()->itemCount(QStringLiteral("home"))) < 2000) {
            if (!s->loader()->fetchOlder(QStringLiteral("home")))
                break;
            waitFor([&] { return !s->loader()->isLoading(QStringLiteral("home")); }, 30'000);
            if (s->cache()->itemCount(QStringLiteral("home")) == stored)
                break;
        }
        out << "cached-home-statuses " << s->cache()->itemCount(QStringLiteral("home")) << Qt::endl;
    } // the controller stops its local instance and session here

    QList<double> firstFrame;
    for (int i = 0; i < startRuns; ++i) {
        const auto f = runApp(o, {QStringLiteral("--bench")});
        out << "start run " << i + 1 << ": accounts + local instance "
            << f.value(QStringLiteral("controller-started-ms")) << " ms, QML loaded "
            << f.value(QStringLiteral("qml-loaded-ms")) << " ms, first frame "
            << f.value(QStringLiteral("first-frame-ms")) << " ms, first timeline frame "
            << f.value(QStringLiteral("first-timeline-frame-ms")) << " ms, rows "
            << f.value(QStringLiteral("timeline-rows")) << Qt::endl;
        if (f.contains(QStringLiteral("first-timeline-frame-ms")))
            firstFrame << f.value(QStringLiteral("first-timeline-frame-ms"));
    }
    // Where the memory is (see AppWindowHooks): per phase, anon / file-backed / OpenGL driver
    // (Mesa + LLVM + its JIT code) / QML heap / malloc in use and free, in KiB.
    const QStringList parts{QStringLiteral("anon"),        QStringLiteral("file"),
                            QStringLiteral("gl"),          QStringLiteral("qmlheap"),
                            QStringLiteral("malloc-used"), QStringLiteral("malloc-free")};
    QHash<QString, QList<double>> breakdown;
    bool software = false;
    QList<double> rssFirst, rssAfter, p50, p95, rows;
    for (int i = 0; i < scrollRuns; ++i) {
        const auto f = runApp(o, {QStringLiteral("--bench-scroll")});
        out << "scroll run " << i + 1 << ": RSS first rows "
            << f.value(QStringLiteral("rss-first-rows-kib")) / 1024 << " MiB, scrolled "
            << f.value(QStringLiteral("scrolled-rows")) << " rows in "
            << f.value(QStringLiteral("frames")) << " frames, p50 "
            << f.value(QStringLiteral("frame-ms-p50")) << " ms, p95 "
            << f.value(QStringLiteral("frame-ms-p95")) << " ms, RSS after "
            << f.value(QStringLiteral("rss-after-scroll-kib")) / 1024 << " MiB" << Qt::endl;
        software = f.value(QStringLiteral("software-renderer")) > 0;
        for (const char *phase : {"first", "after"}) {
            out << "  " << phase << ":";
            for (const QString &part : parts) {
                const QString key = QLatin1String(phase) + u'-' + part + QStringLiteral("-kib");
                out << ' ' << part << ' ' << QString::number(f.value(key) / 1024, 'f', 1);
                breakdown[key] << f.value(key) / 1024;
            }
            out << " MiB" << Qt::endl;
        }
        if (!f.contains(QStringLiteral("frame-ms-p95")))
            continue;
        rssFirst << f.value(QStringLiteral("rss-first-rows-kib")) / 1024;
        rssAfter << f.value(QStringLiteral("rss-after-scroll-kib")) / 1024;
        p50 << f.value(QStringLiteral("frame-ms-p50"));
        p95 << f.value(QStringLiteral("frame-ms-p95"));
        rows << f.value(QStringLiteral("scrolled-rows"));
    }
    out << "\nmedians (" << QGuiApplication::platformName() << "):\n"
        << "  start to first timeline frame from the cache: " << median(firstFrame) << " ms\n"
        << "  RSS with the first rows shown:                " << median(rssFirst) << " MiB\n"
        << "  RSS after scrolling " << median(rows) << " rows:             " << median(rssAfter)
        << " MiB\n"
        << "  frame time while scrolling p50 / p95:         " << median(p50) << " / " << median(p95)
        << " ms" << Qt::endl;
    out << "  renderer: " << (software ? "Qt Quick software" : "OpenGL (RHI)") << Qt::endl;
    for (const char *phase : {"first", "after"}) {
        out << "  RSS breakdown " << (qstrcmp(phase, "first") == 0 ? "first rows" : "after scroll")
            << " (MiB):";
        for (const QString &part : parts) {
            out << ' ' << part << ' '
                << QString::number(median(breakdown.value(QLatin1String(phase) + u'-' + part +
                                                          QStringLiteral("-kib"))),
                                   'f', 1);
        }
        out << Qt::endl;
    }
    return firstFrame.isEmpty() ? 1 : 0;
#endif
}
