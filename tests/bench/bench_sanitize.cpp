// Throughput of the HTML sanitizer on the `content` of real statuses from the fixtures.
// Usage: bench_sanitize [fixtures-dir]. Prints the median of 7 runs (items/s, MB/s of input),
// for all contents and per size bucket. Rates are per CPU second of this thread (the figure for
// one core even on a busy machine); wall-clock rates are printed too. Not a test.
#include "core/content/htmlsanitizer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace tusk::content;

namespace {

struct Item {
    QString html;
    QByteArray utf8;
    ContentContext context;
};

void collect(const QJsonValue &v, QList<Item> &items)
{
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            collect(x, items);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QJsonValue content = o.value(QLatin1String("content"));
    if (content.isString() && !content.toString().isEmpty()) {
        Item item;
        item.html = content.toString();
        item.utf8 = item.html.toUtf8();
        for (const QJsonValue &e : o.value(QLatin1String("emojis")).toArray()) {
            const QJsonObject eo = e.toObject();
            item.context.emojis.append({eo.value(QLatin1String("shortcode")).toString(),
                                        eo.value(QLatin1String("url")).toString(),
                                        eo.value(QLatin1String("static_url")).toString()});
        }
        for (const QJsonValue &m : o.value(QLatin1String("mentions")).toArray()) {
            const QJsonObject mo = m.toObject();
            item.context.mentions.append({mo.value(QLatin1String("id")).toString(),
                                          mo.value(QLatin1String("username")).toString(),
                                          mo.value(QLatin1String("acct")).toString(),
                                          mo.value(QLatin1String("url")).toString()});
        }
        for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray()) {
            const QJsonObject to = t.toObject();
            item.context.tags.append({to.value(QLatin1String("name")).toString(),
                                      to.value(QLatin1String("url")).toString()});
        }
        items.append(item);
    }
    for (const QJsonValue &x : o)
        collect(x, items);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Repeats `distinct` to at least `minItems` items and reports the median of 7 runs.
void run(const char *name, const QList<Item> &distinct, qsizetype minItems,
         const std::function<qsizetype(const Item &)> &sanitizeOne)
{
    if (distinct.isEmpty())
        return;
    QList<Item> items;
    while (items.size() < minItems)
        items += distinct;
    qint64 bytes = 0;
    for (const Item &item : items)
        bytes += item.utf8.size();
    QList<double> cpuRate, cpuMb, wallRate;
    qsizetype sink = 0;
    for (const Item &item : items) // warm-up
        sink += sanitizeOne(item);
    for (int r = 0; r < 7; ++r) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuSeconds();
        for (const Item &item : items)
            sink += sanitizeOne(item);
        const double cpu = threadCpuSeconds() - cpu0;
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        cpuRate.append(items.size() / cpu);
        cpuMb.append(bytes / cpu / 1e6);
        wallRate.append(items.size() / seconds);
    }
    std::printf("%-34s %4lld distinct, mean %5.0f B: %8.0f items/s %5.1f MB/s per CPU-s "
                "(wall %.0f items/s)%s\n",
                name, static_cast<long long>(distinct.size()), double(bytes) / items.size(),
                median(cpuRate), median(cpuMb), median(wallRate), sink ? "" : " ");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString root =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : qEnvironmentVariable("TUSKLINE_FIXTURES", QStringLiteral(TUSKLINE_FIXTURES_DIR));
    QList<Item> distinct;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), distinct);
    }
    if (distinct.isEmpty()) {
        std::fprintf(stderr, "no status content found under %s\n", qPrintable(root));
        return 1;
    }
    QList<Item> small, typical, large;
    for (const Item &item : distinct)
        (item.utf8.size() < 200 ? small : item.utf8.size() <= 1000 ? typical : large).append(item);

    HtmlSanitizer sanitizer;
    auto viaQString = [&](const Item &item) {
        return sanitizer.sanitize(item.html, item.context).html.size();
    };
    auto viaUtf8 = [&](const Item &item) {
        return sanitizer.sanitizeUtf8(item.utf8, item.context).html.size();
    };
    run("all contents (QString in)", distinct, 20000, viaQString);
    run("all contents (UTF-8 in)", distinct, 20000, viaUtf8);
    run("< 200 bytes (QString in)", small, 20000, viaQString);
    run("200-1000 bytes (QString in)", typical, 20000, viaQString);
    run("> 1000 bytes (QString in)", large, 2000, viaQString);
    return 0;
}
