// Timeline throughput: a 1,000-status JSON array built from the real statuses in the fixtures
// folder, parsed 7 times, then parsed AND rendered (content sanitized, content warning and display
// name prepared, as the timeline model does) 7 times; prints the median statuses/s and MB/s.
// Usage: bench_parse [fixtures-dir]   (default: $TUSKLINE_FIXTURES or the build-time path)
#include "core/content/statuscontent.h"
#include "core/entities/status.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kStatuses = 1000;
constexpr int kRuns = 7;

// Every object in the fixtures that parses as a Status (top-level or inside an array).
QJsonArray collectStatuses(const QString &dir)
{
    QJsonArray found;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QJsonArray candidates = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : candidates) {
            const QJsonObject o = v.toObject();
            if (o.contains(QLatin1String("content")) && tusk::Status::fromJson(o).ok())
                found.append(o);
        }
    }
    return found;
}

// The unit being measured: one timeline page from bytes to values.
QList<tusk::Status> parseTimeline(const QByteArray &bytes)
{
    const QJsonArray array = QJsonDocument::fromJson(bytes).array();
    QList<tusk::Status> statuses;
    statuses.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto parsed = tusk::Status::fromJson(v);
        if (parsed)
            statuses.append(std::move(parsed).value());
    }
    return statuses;
}

// What a timeline shows: the parsed page plus every status' rich text.
qsizetype parseAndRender(const QByteArray &bytes, tusk::content::HtmlSanitizer &sanitizer)
{
    const QList<tusk::Status> statuses = parseTimeline(bytes);
    qsizetype htmlBytes = 0;
    for (const tusk::Status &status : statuses) {
        const auto content = tusk::content::renderStatusContent(sanitizer, status);
        const auto spoiler = tusk::content::renderSpoiler(status);
        const QString name = tusk::content::renderDisplayName(status.account);
        htmlBytes += content.html.size() + spoiler.html.size() + name.size();
    }
    return htmlBytes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = qEnvironmentVariable("TUSKLINE_FIXTURES", QStringLiteral(TUSKLINE_FIXTURES_DIR));
    if (argc > 1)
        dir = QString::fromLocal8Bit(argv[1]);

    const QJsonArray pool = collectStatuses(dir);
    if (pool.isEmpty()) {
        std::fprintf(stderr, "no statuses found under %s\n", qPrintable(dir));
        return 1;
    }
    QJsonArray timeline;
    for (int i = 0; i < kStatuses; ++i)
        timeline.append(pool.at(i % pool.size()));
    const QByteArray bytes = QJsonDocument(timeline).toJson(QJsonDocument::Compact);

    QList<qint64> nanos;
    qsizetype parsedCount = 0;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QList<tusk::Status> statuses = parseTimeline(bytes);
        nanos.append(timer.nsecsElapsed());
        parsedCount = statuses.size();
    }
    // The share of QJsonDocument::fromJson alone, to see what the entity layer costs on top.
    QList<qint64> documentNanos;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        documentNanos.append(timer.nsecsElapsed());
        parsedCount = std::min(parsedCount, doc.array().size());
    }
    tusk::content::HtmlSanitizer sanitizer;
    QList<qint64> renderNanos;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (parseAndRender(bytes, sanitizer) == 0)
            return 1;
        renderNanos.append(timer.nsecsElapsed());
    }
    std::sort(nanos.begin(), nanos.end());
    std::sort(documentNanos.begin(), documentNanos.end());
    std::sort(renderNanos.begin(), renderNanos.end());
    const double renderSeconds = double(renderNanos.at(kRuns / 2)) / 1e9;
    const double seconds = double(nanos.at(kRuns / 2)) / 1e9;
    const double documentSeconds = double(documentNanos.at(kRuns / 2)) / 1e9;
    std::printf("pool: %lld distinct statuses; timeline: %d statuses, %.2f MB; parsed %lld\n",
                static_cast<long long>(pool.size()), kStatuses, double(bytes.size()) / 1e6,
                static_cast<long long>(parsedCount));
    std::printf("median of %d runs: %.2f ms  =  %.0f statuses/s, %.1f MB/s\n", kRuns, seconds * 1e3,
                kStatuses / seconds, double(bytes.size()) / 1e6 / seconds);
    std::printf("of which QJsonDocument::fromJson: %.2f ms (%.0f%%)\n", documentSeconds * 1e3,
                100.0 * documentSeconds / seconds);
    std::printf("parsed and rendered (content, CW, display name), median of %d runs: %.2f ms  =  "
                "%.0f statuses/s, %.1f MB/s\n",
                kRuns, renderSeconds * 1e3, kStatuses / renderSeconds,
                double(bytes.size()) / 1e6 / renderSeconds);
    return parsedCount == kStatuses ? 0 : 1;
}
