// libFuzzer target: arbitrary bytes as JSON, parsed as every entity kind. Whatever parses must
// round-trip (parse -> toJson -> parse gives an equal value); nothing may crash, hang or leak.
#include "core/entities/registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return 0;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());

    static const QStringList kinds = tusk::entities::kinds();
    for (const QString &kind : kinds) {
        const auto parsed = tusk::entities::parseAs(kind, json);
        if (!parsed.ok())
            continue;
        const auto roundTrip = tusk::entities::roundTrip(kind, json);
        if (!roundTrip.ok()) {
            fprintf(stderr, "round trip failed for %s: %s\n", qPrintable(kind),
                    qPrintable(roundTrip.error().toString()));
            abort();
        }
    }
    return 0;
}
