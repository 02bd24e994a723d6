#include "appwindowhooks.h"

#include "appcontroller.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

namespace tusk::app {

namespace {
QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
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
    if (m_options.bench && !m_benchDone && ready && rows > 0) {
        m_benchDone = true;
        out() << "first-timeline-frame-ms " << m_sinceStart.elapsed() << Qt::endl;
        out() << "timeline-rows " << rows << Qt::endl;
        QCoreApplication::quit();
        return;
    }
    if (!m_options.grabFile.isEmpty() && !m_grabScheduled && app &&
        app->phase() != AppController::Phase::Starting) {
        m_grabScheduled = true;
        QTimer::singleShot(m_options.grabDelayMs, this, &AppWindowHooks::grab);
    }
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
