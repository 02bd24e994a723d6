#pragma once
// What every entity value type has, spelled once:
//   QJsonObject extra;  every member this type does not model, kept verbatim so it round-trips
//   static Result<E> fromJson(const QJsonValue &json);   tolerant parse, ParseError when the
//                                                        document is not an E
//   QJsonObject toJson() const;   Mastodon-shaped: snake_case keys, every modelled field, null
//                                 where Mastodon sends null, then `extra` merged in
//   operator==                    member-wise, deep through Box
// readJson is the internal entry used when E is nested inside another document (keeps the
// path for errors); it is a hidden friend, found by argument-dependent lookup.
// writeJsonBytes(out, e) appends exactly QJsonDocument(e.toJson()).toJson(Compact) to a
// json::JsonOut without building QJsonObjects (the server's hot path); also a hidden friend.
#include "core/entities/box.h"
#include "core/entities/jsonreader.h"
#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tusk::json {
class JsonOut;
}

#define TUSK_ENTITY(E)                                                                             \
    QJsonObject extra;                                                                             \
    static ::tusk::Result<E> fromJson(const QJsonValue &json);                                     \
    QJsonObject toJson() const;                                                                    \
    friend bool operator==(const E &, const E &) = default;                                        \
    friend void writeJsonBytes(::tusk::json::JsonOut &out, const E &e);                            \
    friend bool readJson(const QJsonValue &v, E &out, const ::tusk::json::Path &path,              \
                         ::tusk::ParseError &error)
