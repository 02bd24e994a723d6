#include "appwindowhooks.h"

#include "appcontroller.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QFile>
#include <QQuickItem>

#include <QImage>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cctype>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace tusk::app {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Resident set size in KiB (Linux; 0 elsewhere).
qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// Where the resident memory is, from /proc/self/smaps, as "<phase>-<part>-kib N" pairs: anon and
// file-backed, the OpenGL driver's share (Mesa/llvmpipe libraries with LLVM, plus LLVM's JIT
// code), the QML engine's own heap, and malloc's arenas (in use and free).
QString memoryBreakdown(const char *phase)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    qint64 anon = 0, file = 0, gl = 0, qmlHeap = 0;
    enum class Kind { Other, Gl, AnonExec, QmlHeap } kind = Kind::Other;
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        if (!std::isupper(uchar(line.at(0)))) { // a mapping header: "start-end perms ... path"
            const QList<QByteArray> parts = line.simplified().split(' ');
            const QByteArray path = parts.value(5);
            const QByteArray perms = parts.value(1);
            if (path.contains("libLLVM") || path.contains("/dri/") || path.contains("gallium") ||
                path.contains("libGLX_mesa") || path.contains("libglapi"))
                kind = Kind::Gl;
            else if (path.isEmpty() && perms.contains('x'))
                kind = Kind::AnonExec; // JIT code outside the QML engine's named memfd: LLVM's
            else if (path.contains("JSGCHeap"))
                kind = Kind::QmlHeap;
            else
                kind = Kind::Other;
            continue;
        }
        const auto value = [&] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ')[0].toLongLong();
        };
        if (line.startsWith("Rss:")) {
            const qint64 rss = value();
            file += rss; // minus the anonymous part, below
            if (kind == Kind::Gl || kind == Kind::AnonExec)
                gl += rss;
            else if (kind == Kind::QmlHeap)
                qmlHeap += rss;
        } else if (line.startsWith("Anonymous:")) {
            const qint64 a = value();
            anon += a;
            file -= a;
        }
    }
    QString out;
    QTextStream s(&out);
    const auto pair = [&](const char *part, qint64 kib) {
        s << phase << '-' << part << "-kib " << kib << ' ';
    };
    pair("anon", anon);
    pair("file", file);
    pair("gl", gl);
    pair("qmlheap", qmlHeap);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 m = mallinfo2();
    pair("malloc-used", qint64(m.uordblks + m.hblkhd) / 1024);
    pair("malloc-free", qint64(m.fordblks) / 1024);
#endif
    return out.trimmed();
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i =
        std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(i);
}
} // namespace

AppWindowHooks::AppWindowHooks(QQuickWindow *window, HookOptions options, QElapsedTimer sinceStart,
                               QObject *parent)
    : QObject(parent), m_window(window), m_options(std::move(options)), m_sinceStart(sinceStart)
{
    connect(window, &QQuickWindow::frameSwapped, this, &AppWindowHooks::onFrame,
            Qt::QueuedConnection);
}

void AppWindowHooks::onFrame()
{
    if (!m_window)
        return;
    if (!m_firstFrameSeen) {
        m_firstFrameSeen = true;
        if (m_options.bench)
            out() << "first-frame-ms " << m_sinceStart.elapsed() << Qt::endl;
        if (m_options.printState)
            printState();
        if (m_options.quitAfterFirstFrame) {
            QCoreApplication::quit();
            return;
        }
    }
    AppController *app = AppController::instance();
    const bool ready = app && app->phase() == AppController::Phase::Ready;
    // The shell publishes how many timeline rows its main column shows.
    const int rows = m_window->property("timelineRowsShown").toInt();
    if ((m_options.bench || m_options.benchScroll) && !m_benchDone && ready && rows > 0) {
        m_benchDone = true;
        out() << "first-timeline-frame-ms " << m_sinceStart.elapsed() << Qt::endl;
        out() << "timeline-rows " << rows << Qt::endl;
        const bool software =
            m_window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
        out() << "software-renderer " << (software ? 1 : 0) << Qt::endl;
        if (!m_options.benchScroll) {
            QCoreApplication::quit();
            return;
        }
        // Let the first page settle (images, delegates), then measure.
        QTimer::singleShot(1000, this, [this] {
            out() << "rss-first-rows-kib " << rssKiB() << " rows "
                  << m_window->property("timelineRowsShown").toInt() << Qt::endl;
            out() << memoryBreakdown("first") << Qt::endl;
            // Always from the top: the saved reading position of an earlier run does not count.
            if (auto *list = m_window->findChild<QQuickItem *>(QStringLiteral("timelineList"))) {
                QMetaObject::invokeMethod(list, "positionViewAtBeginning");
                list->setProperty("currentIndex", 0);
            }
            m_scrolling = true;
            m_scrollClock.start();
            m_frameClock.start();
            scrollStep();
        });
        return;
    }
    if (m_scrolling) {
        m_frameMs.append(double(m_frameClock.nsecsElapsed()) / 1e6);
        m_frameClock.restart();
        scrollStep();
        return;
    }
    if (!m_options.grabFile.isEmpty() && !m_grabScheduled && app &&
        app->phase() != AppController::Phase::Starting) {
        m_grabScheduled = true;
        QTimer::singleShot(m_options.grabDelayMs, this, &AppWindowHooks::grab);
    }
}

void AppWindowHooks::scrollStep()
{
    auto *list =
        m_window ? m_window->findChild<QQuickItem *>(QStringLiteral("timelineList")) : nullptr;
    if (!list) {
        finishScroll();
        return;
    }
    const int count = list->property("count").toInt();
    const double originY = list->property("originY").toDouble();
    const double maxY = originY + list->property("contentHeight").toDouble() - list->height();
    const double y = list->property("contentY").toDouble();
    const bool atEnd = y >= maxY - 1;
    // Rows read so far: the first row on screen.
    int top = 0;
    QMetaObject::invokeMethod(list, "indexAt", Q_RETURN_ARG(int, top), Q_ARG(qreal, 0),
                              Q_ARG(qreal, y + 1));
    m_stuckFrames = atEnd ? m_stuckFrames + 1 : 0;
    // At the end: ask for the next page the way a view does when its last row appears.
    if (atEnd) {
        if (auto *model = qvariant_cast<QAbstractItemModel *>(list->property("model"));
            model && model->canFetchMore({}))
            model->fetchMore({});
    }
    if ((count >= 2000 && atEnd) || top >= 1999 || m_stuckFrames > 600 ||
        m_scrollClock.elapsed() > 120'000) {
        out() << "scrolled-rows " << std::max(top, count) << Qt::endl;
        finishScroll();
        return;
    }
    // About a wheel notch per frame: fast reading, every frame a new layout.
    list->setProperty("contentY", std::min(y + 240.0, std::max(maxY, y)));
    m_window->update();
}

void AppWindowHooks::finishScroll()
{
    m_scrolling = false;
    if (!m_frameMs.isEmpty())
        m_frameMs.removeFirst(); // the pause before the first step
    out() << "frames " << m_frameMs.size() << " frame-ms-p50 " << percentile(m_frameMs, 0.50)
          << " frame-ms-p95 " << percentile(m_frameMs, 0.95) << Qt::endl;
    out() << "rss-after-scroll-kib " << rssKiB() << Qt::endl;
    out() << memoryBreakdown("after") << Qt::endl;
    QCoreApplication::quit();
}

void AppWindowHooks::printState()
{
    AppController *app = AppController::instance();
    if (!app)
        return;
    out() << "phase=" << QVariant::fromValue(app->phase()).toString()
          << " local-enabled=" << (app->localInstanceEnabled() ? "yes" : "no")
          << " local-running=" << (app->localInstanceRunning() ? "yes" : "no")
          << " accounts=" << app->accounts()->count() << Qt::endl;
}

void AppWindowHooks::grab()
{
    if (!m_window)
        return;
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(m_options.grabFile);
    out() << (saved ? "grabbed " : "grab failed ") << m_options.grabFile << Qt::endl;
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace tusk::app
