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
struct HookOptions {
    bool quitAfterFirstFrame = false;
    bool printState = false;
    QString grabFile;
    int grabDelayMs = 1500;
    bool bench = false;
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

    QPointer<QQuickWindow> m_window;
    HookOptions m_options;
    QElapsedTimer m_sinceStart;
    bool m_firstFrameSeen = false;
    bool m_grabScheduled = false;
    bool m_benchDone = false;
};

} // namespace tusk::app
