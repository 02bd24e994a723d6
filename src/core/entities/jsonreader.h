#pragma once
// Tolerant readers for the scalar values found in Mastodon-API JSON, plus the path bookkeeping
// used to report where a document went wrong. Servers disagree about types (ids as numbers,
// counts as strings, booleans as "1"), so each reader accepts every spelling seen in the wild and
// says `Unusable` for anything else; the caller then decides to keep the raw value or reject.
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <optional>

namespace tusk::json {

// Deeper than this, a document is rejected rather than recursed into (reblog/quote chains are
// at most a few levels deep on real servers; a fuzzer can build thousands).
inline constexpr int kMaxDepth = 64;

// Where a value sits in the document: a chain of stack frames, rendered only when an error
// is reported, so the happy path never builds strings.
struct Path {
    const Path *parent = nullptr;
    QStringView key;      // member name when this step entered an object
    qsizetype index = -1; // element index when this step entered an array
    int depth = 0;

    Path child(QStringView k) const { return Path{this, k, -1, depth + 1}; }
    Path at(qsizetype i) const { return Path{this, {}, i, depth + 1}; }
    QString toString() const; // "$.account.emojis[3].url"
};

ParseError makeError(const Path &path, const QString &message);
// "a string", "an object", ... for messages.
QString describeType(const QJsonValue &v);

// Outcome of reading one value.
enum class ReadStatus {
    Ok,       // value stored (null and missing count as Ok: the default is stored)
    Unusable, // the JSON type/format cannot be interpreted; nothing stored
    Failed,   // a nested entity was rejected; the ParseError has been filled in
};

ReadStatus readString(const QJsonValue &v, QString &out);      // numbers become their decimal text
ReadStatus readCount(const QJsonValue &v, qint64 &out);        // integers or numeric strings
ReadStatus readBool(const QJsonValue &v, bool &out);           // true/false, "true"/"false", 1/0
ReadStatus readDouble(const QJsonValue &v, double &out);       // numbers or numeric strings
ReadStatus readTimestamp(const QJsonValue &v, QDateTime &out); // ISO 8601 or Unix seconds; UTC
ReadStatus readDate(const QJsonValue &v, QDate &out);          // "2019-12-08" or a full timestamp

// ISO 8601 ("2019-12-08T03:48:33.901Z", offsets, no fraction, date only) or Unix seconds as
// text ("1740308876.000000"). Invalid QDateTime when unparseable. Always UTC.
QDateTime parseTimestamp(QStringView text);

} // namespace tusk::json
