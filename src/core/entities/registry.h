#pragma once
// Entities by name, for tests, fuzzers and tools that get a document and a kind name
// (e.g. the fixtures manifest). Kind names are a contract: see kinds().
#include "core/result.h"

#include <QJsonValue>
#include <QStringList>
#include <QStringView>

namespace tusk::entities {

// Every supported kind name ("Account", "Status", "InstanceV2", ...).
QStringList kinds();
bool isKnownKind(QStringView kind);

// Parses `json` as `kind`; a kind ending in "[]" means a JSON array of that kind (every element
// must parse). On success returns the re-serialised JSON (toJson of the parsed value(s)).
Result<QJsonValue> parseAs(QStringView kind, const QJsonValue &json);

// parse -> toJson -> parse, compared with ==. An error describes the first difference, or why
// parsing failed.
Result<bool> roundTrip(QStringView kind, const QJsonValue &json);

} // namespace tusk::entities
