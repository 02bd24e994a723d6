#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class QQuickWindow;

namespace tusk::app {

// Hidden command-line hooks for smoke tests, benchmarks and the screenshot script; none of them
// changes what the app does for a user.
//   --quit-after-first-frame   exit after the first frame is on screen
//   --print-state              print "phase=... local=... accounts=..." lines on stdout
//   --grab FILE [--grab-delay MS]
//                              once the main view is up (and MS later), save the window as FILE
//                              and exit
//   --bench                    print start-up figures (ms since process start) and exit after
//                              the first frame that shows timeline rows
//   --bench-scroll             after that frame: RSS with the first rows shown, then scroll the
//                              main timeline frame by frame through up to 2,000 rows and print
//                              frame times (p50/p95) and RSS
struct HookOptions {
    bool quitAfterFirstFrame = false;
    bool printState = false;
    QString grabFile;
    int grabDelayMs = 1500;
    bool bench = false;
    bool benchScroll = false;
};

class AppWindowHooks : public QObject {
    Q_OBJECT
public:
    AppWindowHooks(QQuickWindow *window, HookOptions options, QElapsedTimer sinceStart,
                   QObject *parent = nullptr);

private:
    void onFrame();
    void printState();
    void grab();
    void scrollStep();
    void finishScroll();

    QPointer<QQuickWindow> m_window;
    HookOptions m_options;
    QElapsedTimer m_sinceStart;
    bool m_firstFrameSeen = false;
    bool m_grabScheduled = false;
    bool m_benchDone = false;
    // --bench-scroll
    bool m_scrolling = false;
    QElapsedTimer m_frameClock;
    QElapsedTimer m_scrollClock;
    QList<double> m_frameMs;
    int m_stuckFrames = 0;
};

} // namespace tusk::app
