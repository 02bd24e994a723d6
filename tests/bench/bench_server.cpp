// Helper for bench_server.sh (the bundled server's load benchmark; run that script, not this).
//
//   bench_server seed DIR [ACCOUNTS] [STATUSES]
//       Fills DIR with a server: ACCOUNTS users (bench0, bench1, ...) who all follow each other,
//       STATUSES statuses posted round-robin through the server's own request handler (the same
//       code path as POST /api/v1/statuses, home-feed fan-out included, no sockets), rate limits
//       raised for load tests, one token per user in DIR/bench-tokens.txt.
//   bench_server deliver BASE_URL DIR [SUBSCRIBERS] [POSTS]
//       Opens SUBSCRIBERS WebSocket `user` streams (round-robin over the seeded users), then
//       POSTS statuses by bench0 one after another over HTTP, and prints the time from sending
//       each POST to each subscriber receiving its `update` event (p50/p99/max), and how many
//       deliveries were missing.
#include "server/admin.h"
#include "server/config.h"
#include "server/context.h"
#include "server/server.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace tusk::server;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int seed(const QString &dir, int accounts, int statuses)
{
    ServerConfig config;
    config.rateLimitRequests = 1'000'000'000; // load tests measure the server, not the limiter
    config.rateLimitPeriodSecs = 1;
    config.listen = QStringLiteral("127.0.0.1:0");
    QString error;
    Server server;
    if (!server.open(dir, &error, config) || !server.listen(QHostAddress::LocalHost, 0, &error)) {
        out() << "cannot open " << dir << ": " << error << Qt::endl;
        return 1;
    }
    if (!config.save(dir + QStringLiteral("/config.json"), &error)) {
        out() << "cannot write config: " << error << Qt::endl;
        return 1;
    }
    // Seeding only: no fsync per post (the served database is opened with synchronous=FULL
    // again, so the measured POST rate includes the durability cost).
    server.core().store.db().execute(QStringLiteral("PRAGMA synchronous=OFF"));
    QList<QByteArray> tokens;
    QList<qint64> ids;
    for (int i = 0; i < accounts; ++i) {
        const QString name = QStringLiteral("bench%1").arg(i);
        const auto id = admin::addUser(server.core().store, name, name + QStringLiteral("@bench"),
                                       QStringLiteral("bench-password-%1").arg(i), false, &error);
        const auto token = admin::createToken(server.core().store, name,
                                              QStringLiteral("read write follow push"), &error);
        if (!id || !token) {
            out() << "cannot create " << name << ": " << error << Qt::endl;
            return 1;
        }
        ids << *id;
        tokens << *token;
    }
    auto call = [&](int as, Method method, const QString &path, const QByteArray &form) {
        Request r;
        r.method = method;
        r.path = path;
        r.body = form;
        r.headers = {{"authorization", "Bearer " + tokens.at(as)},
                     {"content-type", "application/x-www-form-urlencoded"}};
        r.remoteAddress = QHostAddress::LocalHost;
        r.hostHeader = server.url().authority();
        r.parseParameters();
        return server.handle(r);
    };
    for (int a = 0; a < accounts; ++a) {
        for (int b = 0; b < accounts; ++b) {
            if (a == b)
                continue;
            const Response r = call(
                a, Method::Post, QStringLiteral("/api/v1/accounts/%1/follow").arg(ids.at(b)), {});
            if (r.status != 200) {
                out() << "follow failed: " << r.status << " " << r.body << Qt::endl;
                return 1;
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < statuses; ++i) {
        const QByteArray text = "status+" + QByteArray::number(i) +
                                "+of+the+benchmark+with+some+words+to+make+it+a+realistic+length+"
                                "like+a+short+toot+about+the+weather+and+coffee";
        const Response r = call(i % accounts, Method::Post, QStringLiteral("/api/v1/statuses"),
                                "status=" + text + "&visibility=public");
        if (r.status != 200) {
            out() << "post " << i << " failed: " << r.status << " " << r.body << Qt::endl;
            return 1;
        }
        if ((i + 1) % 10000 == 0)
            out() << "  " << (i + 1) << " statuses, "
                  << qRound((i + 1) / (timer.elapsed() / 1000.0)) << "/s" << Qt::endl;
    }
    QFile file(dir + QStringLiteral("/bench-tokens.txt"));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    for (const QByteArray &t : tokens)
        file.write(t + '\n');
    server.close();
    out() << "seeded " << accounts << " accounts, " << statuses << " statuses in "
          << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    return 0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

int deliver(const QUrl &base, const QString &dir, int subscribers, int posts)
{
    QFile file(dir + QStringLiteral("/bench-tokens.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        out() << "no tokens in " << dir << Qt::endl;
        return 1;
    }
    QList<QByteArray> tokens;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            tokens << line;
    }
    QElapsedTimer clock;
    clock.start();
    QHash<QString, qint64> sentAt; // status id → ns when its POST was sent
    QList<qint64> pendingSend;     // send times of POSTs not answered yet, in order
    QList<double> latenciesMs;
    QHash<QString, int> received;
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    int connected = 0;
    QUrl wsBase = base;
    wsBase.setScheme(base.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    wsBase.setPath(QStringLiteral("/api/v1/streaming"));
    // Events can arrive before the POST's answer: remember arrival times by id and settle later.
    QHash<QString, QList<qint64>> arrivals;
    for (int i = 0; i < subscribers; ++i) {
        auto ws = std::make_unique<QWebSocket>();
        QUrl url = wsBase;
        url.setQuery(QStringLiteral("stream=user"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + tokens.at(i % tokens.size()));
        QObject::connect(ws.get(), &QWebSocket::connected, [&] { ++connected; });
        QObject::connect(ws.get(), &QWebSocket::textMessageReceived, [&](const QString &text) {
            const qint64 now = clock.nsecsElapsed();
            const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
            if (frame.value(QStringLiteral("event")).toString() != u"update")
                return;
            const QString id =
                QJsonDocument::fromJson(frame.value(QStringLiteral("payload")).toString().toUtf8())
                    .object()
                    .value(QStringLiteral("id"))
                    .toString();
            arrivals[id].append(now);
        });
        ws->open(request);
        sockets.push_back(std::move(ws));
    }
    QElapsedTimer wait;
    wait.start();
    while (connected < subscribers && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (connected < subscribers) {
        out() << "only " << connected << " of " << subscribers << " WebSockets connected"
              << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    int answered = 0;
    for (int i = 0; i < posts; ++i) {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/v1/statuses"))));
        request.setRawHeader("Authorization", "Bearer " + tokens.at(0));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        const qint64 sent = clock.nsecsElapsed();
        QNetworkReply *reply = nam.post(request, "status=delivery+probe+" + QByteArray::number(i));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, sent] {
            const QString id = QJsonDocument::fromJson(reply->readAll())
                                   .object()
                                   .value(QStringLiteral("id"))
                                   .toString();
            if (!id.isEmpty())
                sentAt.insert(id, sent);
            ++answered;
            reply->deleteLater();
        });
        // One post every 20 ms: measures delivery, not queueing behind a burst.
        QElapsedTimer gap;
        gap.start();
        while (gap.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    wait.restart();
    while ((answered < posts ||
            [&] {
                for (auto it = sentAt.cbegin(); it != sentAt.cend(); ++it) {
                    if (arrivals.value(it.key()).size() < subscribers)
                        return true;
                }
                return false;
            }()) &&
           wait.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    int missing = 0;
    for (auto it = sentAt.cbegin(); it != sentAt.cend(); ++it) {
        const QList<qint64> got = arrivals.value(it.key());
        missing += qMax(0, subscribers - int(got.size()));
        for (qint64 t : got)
            latenciesMs << double(t - it.value()) / 1e6;
    }
    out() << "delivery to " << subscribers << " subscribers, " << sentAt.size() << " posts: p50 "
          << QString::number(percentile(latenciesMs, 0.50), 'f', 2) << " ms, p99 "
          << QString::number(percentile(latenciesMs, 0.99), 'f', 2) << " ms, max "
          << QString::number(percentile(latenciesMs, 1.0), 'f', 2) << " ms, missing " << missing
          << Qt::endl;
    return missing == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 3 && a.at(1) == u"seed")
        return seed(a.at(2), a.value(3, QStringLiteral("10")).toInt(),
                    a.value(4, QStringLiteral("100000")).toInt());
    if (a.size() >= 4 && a.at(1) == u"deliver")
        return deliver(QUrl(a.at(2)), a.at(3), a.value(4, QStringLiteral("100")).toInt(),
                       a.value(5, QStringLiteral("200")).toInt());
    fprintf(stderr, "usage: bench_server seed DIR [ACCOUNTS] [STATUSES]\n"
                    "       bench_server deliver BASE_URL DIR [SUBSCRIBERS] [POSTS]\n");
    return 2;
}
