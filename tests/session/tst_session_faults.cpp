// Issue #5's streaming fault test: the server is stopped and restarted (same data directory,
// same port) 10 times while another account posts 500 statuses. A TimelineModel on "home" is
// open on the session the whole time, as the app's would be; afterwards the model, walked as a
// reader would (load missing posts rows, then fetchMore at the end), holds all 500 exactly once
// and in order, and so does the cache under it.
#include "models/timelinemodel.h"
#include "sessionfixture.h"

#include "session/streamsync.h"

#include <QAbstractItemModelTester>

#include <QSignalSpy>

using tusk::models::StatusListModel;
using tusk::models::TimelineModel;
using tusk::streaming::StreamingClient;
using tusk::test::SessionFixture;
using namespace std::chrono_literals;

namespace {

QString kindAt(const TimelineModel &m, int row)
{
    return m.data(m.index(row), StatusListModel::KindRole).toString();
}

// Scrolls the model down as a reader does: every "load missing posts" row activated (from its
// top), then more at the bottom, until there is neither. The model's item ids, top to bottom.
QStringList readModel(TimelineModel &m, tusk::session::AccountSession &s, QString *message)
{
    const auto idle = [&] {
        return QTest::qWaitFor([&] { return !m.isLoading() && !s.loader()->isLoading("home"); },
                               20'000);
    };
    for (int step = 0; step < 400; ++step) {
        if (!idle()) {
            *message = QStringLiteral("loading never ends");
            return {};
        }
        int gap = -1;
        for (int i = 0; i < m.rowCount() && gap < 0; ++i) {
            if (kindAt(m, i) == u"gap")
                gap = i;
        }
        if (gap >= 0) {
            m.fillGap(gap);
            continue;
        }
        if (m.canFetchMore({})) {
            m.fetchMore({});
            continue;
        }
        QStringList ids;
        for (int i = 0; i < m.rowCount(); ++i)
            ids.append(m.data(m.index(i), StatusListModel::ItemIdRole).toString());
        return ids;
    }
    *message = QStringLiteral("the model never settles");
    return {};
}

} // namespace

class TestSessionFaults : public QObject {
    Q_OBJECT

private slots:
    void restartsDuringBurst_data();
    void restartsDuringBurst();
};

void TestSessionFaults::restartsDuringBurst_data()
{
    QTest::addColumn<bool>("sse");
    QTest::newRow("WebSocket") << false;
    QTest::newRow("SSE") << true;
}

void TestSessionFaults::restartsDuringBurst()
{
    QFETCH(bool, sse);
    SessionFixture f;
    QVERIFY(f.setUp());
    auto s = f.session();
    if (sse)
        s->streaming()->setTransport(StreamingClient::Transport::ServerSentEvents);
    s->loader()->setPageSize(20); // small pages: absences longer than a page leave gaps
    // The model opens "home" on the session (stream + catch-ups) and follows every change.
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(s.get());
    model.setTimeline("home");
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset); // from here on: none
    QCOMPARE(s->openCount("home"), 1);
    s->start();
    QVERIFY(SessionFixture::waitConnected(*s));
    QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("home"), 5000);
    QTest::qWait(100);

    constexpr int kPosts = 500;
    constexpr int kRestarts = 10;
    QStringList posted; // newest first
    int restarts = 0;
    for (int i = 0; i < kPosts; ++i) {
        if (i % (kPosts / kRestarts) == kPosts / kRestarts / 2) {
            // Each restart must be one the client sees: it is back from the previous one.
            QVERIFY(SessionFixture::waitConnected(*s, 10'000));
            QString error;
            // Down long enough for the client to notice and back off; posts made right after
            // the restart happen while it is still away, so only the catch-up can bring them.
            QVERIFY2(f.restart(&error, 50ms), qPrintable(error));
            ++restarts;
        }
        const QString id = f.post(f.bob, QStringLiteral("burst %1").arg(i));
        QVERIFY2(!id.isEmpty(), qPrintable(QStringLiteral("post %1 failed").arg(i)));
        posted.prepend(id);
    }
    QCOMPARE(restarts, kRestarts);

    // Settle: connected, caught up, nothing loading, the last post arrived (by stream or
    // catch-up; if it never does, the comparison below says so).
    QVERIFY(SessionFixture::waitConnected(*s, 10'000));
    QTRY_VERIFY_WITH_TIMEOUT(s->cache()->itemIds("home").contains(posted.constFirst()), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(s->streamSync()->isCaughtUp("home") && !s->loader()->isLoading("home"),
                             20'000);
    QVERIFY2(s->streaming()->connectionCount() > kRestarts,
             qPrintable(QString::number(s->streaming()->connectionCount())));

    qInfo() << "connections" << s->streaming()->connectionCount() << "gaps left"
            << s->cache()->gaps("home").size() << "streamed events"
            << s->streamSync()->eventsApplied();
    // Some posts came only through the catch-ups (else this tested nothing but the stream).
    QVERIFY2(s->streamSync()->eventsApplied() < kPosts,
             qPrintable(QString::number(s->streamSync()->eventsApplied())));
    QString message;
    // The model first, as a reader scrolls it; it was never reset, only changed row by row.
    const QStringList shown = readModel(model, *s, &message);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    QCOMPARE(resets.size(), 0);
    for (qsizetype i = 0; i < posted.size(); ++i) {
        if (!shown.contains(posted[i]))
            qWarning() << "not in the model: post" << kPosts - 1 - i << posted[i];
    }
    QCOMPARE(shown.size(), kPosts);
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), kPosts);
    QCOMPARE(shown, posted);

    // The cache under it agrees (nothing left for a loader-level walk to fill).
    const QStringList ids = tusk::test::readAllFillingGaps(*s, "home", &message);
    QVERIFY2(message.isEmpty(), qPrintable(message));
    for (qsizetype i = 0; i < posted.size(); ++i) {
        if (!ids.contains(posted[i]))
            qWarning() << "missing: post" << kPosts - 1 - i << posted[i];
    }
    QCOMPARE(ids.size(), kPosts);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), kPosts);
    QCOMPARE(ids, posted);
}

QTEST_GUILESS_MAIN(TestSessionFaults)
#include "tst_session_faults.moc"
