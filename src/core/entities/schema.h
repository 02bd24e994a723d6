#pragma once
// Internal: the table-driven machinery behind every entity's fromJson/toJson. Each entity
// lists its fields once (JSON key, member, flags); reading walks the object's members once and
// dispatches on the key through a hash, writing emits every field and then `extra`.
//
// Rules that make round trips hold for any input:
// - a value a field cannot interpret (wrong JSON type, bad timestamp) is kept verbatim in
//   `extra` under its key, and `extra` is merged last on output, so it survives unchanged;
// - null and missing parse to the same default, and defaults are what is emitted.
#include "core/entities/box.h"
#include "core/entities/jsonreader.h"
#include "core/entities/jsonwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <algorithm>
#include <concepts>
#include <initializer_list>
#include <optional>
#include <type_traits>

namespace tusk::json {

enum FieldFlag : unsigned {
    Required = 1u << 0,    // missing or null -> the document is rejected
    Strict = 1u << 1,      // uninterpretable value -> rejected (instead of kept in `extra`)
    NullIfEmpty = 1u << 2, // emit null for an empty string
    OmitIfEmpty = 1u << 3, // emit nothing for empty/null/false/zero
    SkipBad = 1u << 4,     // list elements that do not parse are dropped (decorative lists)
    Lenient = 1u << 5,     // a nested entity that does not parse is kept verbatim in `extra`
    AsString = 1u << 6,    // emit a count as a string (Tag history, FeaturedTag)
    UnixSeconds = 1u << 7, // emit a timestamp as Unix seconds (Token.created_at)
};

// Anything with the entity shape: toJson() and a readJson overload found by ADL.
template <typename T>
concept EntityType = requires(const T &t, const QJsonValue &v, T &out, const Path &p, ParseError &e)
{
    {
        t.toJson()
        } -> std::same_as<QJsonObject>;
    {
        readJson(v, out, p, e)
        } -> std::same_as<bool>;
};

template <typename T> struct Codec;

template <> struct Codec<QString> {
    static ReadStatus read(const QJsonValue &v, QString &out, const Path &, ParseError &, unsigned)
    {
        return readString(v, out);
    }
    static QJsonValue write(const QString &s, unsigned flags)
    {
        if ((flags & NullIfEmpty) && s.isEmpty())
            return QJsonValue::Null;
        return s;
    }
    static void writeBytes(const QString &s, unsigned flags, JsonOut &out)
    {
        if ((flags & NullIfEmpty) && s.isEmpty())
            out.null();
        else
            out.string(s);
    }
    static bool isEmpty(const QString &s) { return s.isEmpty(); }
};

template <> struct Codec<qint64> {
    static ReadStatus read(const QJsonValue &v, qint64 &out, const Path &, ParseError &, unsigned)
    {
        return readCount(v, out);
    }
    static QJsonValue write(qint64 n, unsigned flags)
    {
        if (flags & AsString)
            return QString::number(n);
        return n;
    }
    static void writeBytes(qint64 n, unsigned flags, JsonOut &out)
    {
        if (flags & AsString)
            out.string(QString::number(n));
        else
            out.integer(n);
    }
    static bool isEmpty(qint64 n) { return n == 0; }
};

template <> struct Codec<bool> {
    static ReadStatus read(const QJsonValue &v, bool &out, const Path &, ParseError &, unsigned)
    {
        return readBool(v, out);
    }
    static QJsonValue write(bool b, unsigned) { return b; }
    static void writeBytes(bool b, unsigned, JsonOut &out) { out.boolean(b); }
    static bool isEmpty(bool b) { return !b; }
};

template <> struct Codec<double> {
    static ReadStatus read(const QJsonValue &v, double &out, const Path &, ParseError &, unsigned)
    {
        return readDouble(v, out);
    }
    static QJsonValue write(double d, unsigned) { return d; }
    static void writeBytes(double d, unsigned, JsonOut &out) { out.number(d); }
    static bool isEmpty(double d) { return d == 0.0; }
};

template <> struct Codec<QDateTime> {
    static ReadStatus read(const QJsonValue &v, QDateTime &out, const Path &, ParseError &,
                           unsigned)
    {
        return readTimestamp(v, out);
    }
    static QJsonValue write(const QDateTime &dt, unsigned flags)
    {
        if ((flags & UnixSeconds) && dt.isValid()) {
            const qint64 ms = dt.toMSecsSinceEpoch();
            if (ms % 1000 == 0)
                return ms / 1000;
            return double(ms) / 1000.0; // keep what was read, so round trips hold
        }
        return writeTimestamp(dt);
    }
    static void writeBytes(const QDateTime &dt, unsigned flags, JsonOut &out)
    {
        if (!dt.isValid()) {
            out.null();
        } else if (flags & UnixSeconds) {
            const qint64 ms = dt.toMSecsSinceEpoch();
            if (ms % 1000 == 0)
                out.integer(ms / 1000);
            else
                out.number(double(ms) / 1000.0);
        } else {
            out.string(formatTimestamp(dt));
        }
    }
    static bool isEmpty(const QDateTime &dt) { return !dt.isValid(); }
};

template <> struct Codec<QDate> {
    static ReadStatus read(const QJsonValue &v, QDate &out, const Path &, ParseError &, unsigned)
    {
        return readDate(v, out);
    }
    static QJsonValue write(const QDate &d, unsigned) { return writeDate(d); }
    static void writeBytes(const QDate &d, unsigned, JsonOut &out)
    {
        if (d.isValid())
            out.string(d.toString(Qt::ISODate));
        else
            out.null();
    }
    static bool isEmpty(const QDate &d) { return !d.isValid(); }
};

// Raw JSON kept as-is (server-specific objects such as Preferences-like maps, push alerts).
template <> struct Codec<QJsonObject> {
    static ReadStatus read(const QJsonValue &v, QJsonObject &out, const Path &, ParseError &,
                           unsigned)
    {
        if (v.isNull() || v.isUndefined())
            return ReadStatus::Ok;
        if (!v.isObject())
            return ReadStatus::Unusable;
        out = v.toObject();
        return ReadStatus::Ok;
    }
    static QJsonValue write(const QJsonObject &o, unsigned) { return o; }
    static void writeBytes(const QJsonObject &o, unsigned, JsonOut &out) { out.value(o); }
    static bool isEmpty(const QJsonObject &o) { return o.isEmpty(); }
};

template <EntityType T> struct Codec<T> {
    static ReadStatus read(const QJsonValue &v, T &out, const Path &p, ParseError &err,
                           unsigned flags)
    {
        if (v.isNull() || v.isUndefined())
            return ReadStatus::Ok;
        if (readJson(v, out, p, err))
            return ReadStatus::Ok;
        if (flags & Lenient) {
            err = {};
            out = T{};
            return ReadStatus::Unusable;
        }
        return ReadStatus::Failed;
    }
    static QJsonValue write(const T &t, unsigned) { return t.toJson(); }
    static void writeBytes(const T &t, unsigned, JsonOut &out) { writeJsonBytes(out, t); }
    static bool isEmpty(const T &) { return false; }
};

template <typename T> struct Codec<std::optional<T>> {
    static ReadStatus read(const QJsonValue &v, std::optional<T> &out, const Path &p,
                           ParseError &err, unsigned flags)
    {
        if (v.isNull() || v.isUndefined()) {
            out.reset();
            return ReadStatus::Ok;
        }
        T value{};
        const ReadStatus s = Codec<T>::read(v, value, p, err, flags);
        if (s == ReadStatus::Ok)
            out = std::move(value);
        return s;
    }
    static QJsonValue write(const std::optional<T> &o, unsigned flags)
    {
        return o ? Codec<T>::write(*o, flags & ~NullIfEmpty) : QJsonValue(QJsonValue::Null);
    }
    static void writeBytes(const std::optional<T> &o, unsigned flags, JsonOut &out)
    {
        if (o)
            Codec<T>::writeBytes(*o, flags & ~NullIfEmpty, out);
        else
            out.null();
    }
    static bool isEmpty(const std::optional<T> &o) { return !o.has_value(); }
};

template <typename T> struct Codec<Box<T>> {
    static ReadStatus read(const QJsonValue &v, Box<T> &out, const Path &p, ParseError &err,
                           unsigned flags)
    {
        if (v.isNull() || v.isUndefined()) {
            out.reset();
            return ReadStatus::Ok;
        }
        T value{};
        const ReadStatus s = Codec<T>::read(v, value, p, err, flags);
        if (s == ReadStatus::Ok)
            out = Box<T>(std::move(value));
        return s;
    }
    static QJsonValue write(const Box<T> &b, unsigned flags)
    {
        return b ? Codec<T>::write(*b, flags) : QJsonValue(QJsonValue::Null);
    }
    static void writeBytes(const Box<T> &b, unsigned flags, JsonOut &out)
    {
        if (b)
            Codec<T>::writeBytes(*b, flags, out);
        else
            out.null();
    }
    static bool isEmpty(const Box<T> &b) { return b.isNull(); }
};

template <typename T> struct Codec<QList<T>> {
    static ReadStatus read(const QJsonValue &v, QList<T> &out, const Path &p, ParseError &err,
                           unsigned flags)
    {
        if (v.isNull() || v.isUndefined())
            return ReadStatus::Ok;
        if (!v.isArray()) {
            // A nested entity list of the wrong type is a wrong document unless harmless.
            if constexpr (EntityType<T>) {
                if (!(flags & (SkipBad | Lenient))) {
                    err = makeError(
                        p, QCoreApplication::translate("tusk::json", "expected an array, got %1")
                               .arg(describeType(v)));
                    return ReadStatus::Failed;
                }
            }
            return ReadStatus::Unusable;
        }
        const QJsonArray array = v.toArray();
        out.clear();
        out.reserve(array.size());
        const unsigned elementFlags = flags & ~(SkipBad | Lenient | Required | OmitIfEmpty);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue element = array.at(i);
            T value{};
            const Path ep = p.at(i);
            ReadStatus s;
            if constexpr (EntityType<T>) {
                // Unlike a single nested entity, a null element is not "absent": it is junk.
                s = readJson(element, value, ep, err) ? ReadStatus::Ok : ReadStatus::Failed;
            } else {
                if (element.isNull())
                    continue; // [null] in a list of strings/numbers carries nothing
                s = Codec<T>::read(element, value, ep, err, elementFlags);
            }
            if (s == ReadStatus::Ok) {
                out.append(std::move(value));
                continue;
            }
            if (flags & SkipBad) {
                err = {};
                continue;
            }
            if (s == ReadStatus::Failed && (flags & Lenient)) {
                err = {};
                out.clear();
                return ReadStatus::Unusable;
            }
            out.clear();
            return s;
        }
        return ReadStatus::Ok;
    }
    static QJsonValue write(const QList<T> &list, unsigned flags)
    {
        if ((flags & NullIfEmpty) && list.isEmpty())
            return QJsonValue::Null;
        QJsonArray array;
        for (const T &t : list)
            array.append(Codec<T>::write(t, flags & ~(NullIfEmpty | OmitIfEmpty)));
        return array;
    }
    static void writeBytes(const QList<T> &list, unsigned flags, JsonOut &out)
    {
        if ((flags & NullIfEmpty) && list.isEmpty()) {
            out.null();
            return;
        }
        out.beginArray();
        for (const T &t : list) {
            out.element();
            Codec<T>::writeBytes(t, flags & ~(NullIfEmpty | OmitIfEmpty), out);
        }
        out.endArray();
    }
    static bool isEmpty(const QList<T> &list) { return list.isEmpty(); }
};

// Key -> field index for the few dozen keys of one entity: open addressing with a hash of the
// length and three characters, verified by comparing the whole key. Cheaper than QHash's full
// hash for short, fixed key sets; a miss (unknown key) usually ends at an empty slot at once.
class KeyIndex {
public:
    KeyIndex() = default;
    explicit KeyIndex(const QList<QString> &keys)
    {
        qsizetype size = 16;
        while (size < keys.size() * 4)
            size *= 2;
        m_mask = size - 1;
        m_slots = QList<int>(size, -1);
        m_keys = keys;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            qsizetype slot = hash(keys[i]) & m_mask;
            while (m_slots[slot] >= 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = int(i);
        }
    }

    int find(QStringView key) const
    {
        if (m_slots.isEmpty())
            return -1;
        qsizetype slot = hash(key) & m_mask;
        for (;;) {
            const int i = m_slots[slot];
            if (i < 0)
                return -1;
            if (QStringView(m_keys[i]) == key)
                return i;
            slot = (slot + 1) & m_mask;
        }
    }

private:
    static size_t hash(QStringView k)
    {
        const qsizetype n = k.size();
        if (n == 0)
            return 0;
        return size_t(n) * 2654435761u ^ size_t(k[0].unicode()) * 31 ^
               size_t(k[n / 2].unicode()) * 131 ^ size_t(k[n - 1].unicode()) * 1031;
    }

    QList<int> m_slots;
    QList<QString> m_keys;
    qsizetype m_mask = 0;
};

// One member of an entity: how to read it from and write it to its JSON key. `writeBytes`
// emits key and value into a JsonOut (nothing when omitted); without it, `write` is used.
template <typename E> struct Field {
    QString key;
    ReadStatus (*read)(E &, const QJsonValue &, const Path &, ParseError &);
    void (*write)(const E &, QJsonObject &, const QString &key);
    unsigned flags = 0;
    void (*writeBytes)(const E &, JsonOut &, const QString &key) = nullptr;
};

template <typename C, typename T> C memberClass(T C::*);
template <typename C, typename T> T memberType(T C::*);

template <auto Member, unsigned Flags = 0>
Field<decltype(memberClass(Member))> field(const char *key)
{
    using E = decltype(memberClass(Member));
    using T = decltype(memberType(Member));
    return Field<E>{QString::fromLatin1(key),
                    [](E &e, const QJsonValue &v, const Path &p, ParseError &err) {
                        return Codec<T>::read(v, e.*Member, p, err, Flags);
                    },
                    [](const E &e, QJsonObject &o, const QString &k) {
                        if constexpr ((Flags & OmitIfEmpty) != 0) {
                            if (Codec<T>::isEmpty(e.*Member))
                                return;
                        }
                        o.insert(k, Codec<T>::write(e.*Member, Flags));
                    },
                    Flags,
                    [](const E &e, JsonOut &o, const QString &k) {
                        if constexpr ((Flags & OmitIfEmpty) != 0) {
                            if (Codec<T>::isEmpty(e.*Member))
                                return;
                        }
                        o.key(k);
                        Codec<T>::writeBytes(e.*Member, Flags, o);
                    }};
}

// The field table of one entity type E (which must have `QJsonObject extra`).
template <typename E> class Schema {
public:
    Schema(const char *entityName, std::initializer_list<Field<E>> fields)
        : m_name(QString::fromLatin1(entityName)), m_fields(fields)
    {
        QList<QString> keys;
        for (qsizetype i = 0; i < m_fields.size(); ++i) {
            keys.append(m_fields[i].key);
            if ((m_fields[i].flags & Required) && i < 64)
                m_required |= quint64(1) << i;
        }
        m_index = KeyIndex(keys);
        // QJsonObject keeps its keys sorted; writeBytes emits them in that order too.
        for (qsizetype i = 0; i < m_fields.size(); ++i)
            m_sorted.append(int(i));
        std::stable_sort(m_sorted.begin(), m_sorted.end(),
                         [this](int a, int b) { return m_fields[a].key < m_fields[b].key; });
        // A key listed twice: write() keeps the last insert, so writeBytes does too.
        for (qsizetype i = m_sorted.size() - 1; i > 0; --i) {
            if (m_fields[m_sorted[i]].key == m_fields[m_sorted[i - 1]].key)
                m_sorted.remove(i - 1);
        }
    }

    const QString &name() const { return m_name; }

    bool read(const QJsonValue &v, E &out, const Path &p, ParseError &err) const
    {
        if (!v.isObject()) {
            err = makeError(
                p, QCoreApplication::translate("tusk::json", "expected an object (%1), got %2")
                       .arg(m_name, describeType(v)));
            return false;
        }
        if (p.depth > kMaxDepth) {
            err = makeError(p, QCoreApplication::translate("tusk::json", "nested too deeply"));
            return false;
        }
        const QJsonObject object = v.toObject();
        return readObject(object, out, p, err);
    }

    // One pass over the members, dispatching on the key. (Looking each field up with
    // QJsonObject::constFind(QLatin1StringView) instead avoids materialising keys but costs
    // more: Qt 6.4 compares Latin-1 keys slowly.)
    bool readObject(const QJsonObject &object, E &out, const Path &p, ParseError &err) const
    {
        quint64 seen = 0;
        for (auto it = object.constBegin(), end = object.constEnd(); it != end; ++it) {
            const QString key = it.key();
            const int index = m_index.find(key);
            if (index < 0) {
                out.extra.insert(key, it.value());
                continue;
            }
            if (!readMember(index, it.value(), out, p, err, seen))
                return false;
        }
        return checkRequired(seen, p, err);
    }

    QJsonObject write(const E &e) const
    {
        QJsonObject o;
        for (const Field<E> &f : m_fields)
            f.write(e, o, f.key);
        for (auto it = e.extra.constBegin(); it != e.extra.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    // The bytes of QJsonDocument(write(e)).toJson(Compact): fields and `extra` merged in key
    // order, `extra` winning on equal keys as it does in write().
    void writeBytes(const E &e, JsonOut &out) const
    {
        out.beginObject();
        auto extra = e.extra.constBegin();
        const auto extraEnd = e.extra.constEnd();
        for (int i : m_sorted) {
            const Field<E> &f = m_fields[i];
            while (extra != extraEnd && extra.key() < f.key) {
                out.key(extra.key());
                out.value(extra.value());
                ++extra;
            }
            if (extra != extraEnd && extra.key() == f.key)
                continue; // written from `extra` below
            writeField(f, e, out);
        }
        for (; extra != extraEnd; ++extra) {
            out.key(extra.key());
            out.value(extra.value());
        }
        out.endObject();
    }

private:
    static void writeField(const Field<E> &f, const E &e, JsonOut &out)
    {
        if (f.writeBytes) {
            f.writeBytes(e, out, f.key);
            return;
        }
        QJsonObject one;
        f.write(e, one, f.key);
        if (!one.isEmpty()) {
            out.key(f.key);
            out.value(one.constBegin().value());
        }
    }

    bool readMember(int index, const QJsonValue &value, E &out, const Path &p, ParseError &err,
                    quint64 &seen) const
    {
        const Field<E> &f = m_fields[index];
        const Path fp = p.child(f.key);
        switch (f.read(out, value, fp, err)) {
        case ReadStatus::Ok:
            if (!value.isNull() && index < 64)
                seen |= quint64(1) << index;
            return true;
        case ReadStatus::Unusable:
            if (f.flags & (Required | Strict)) {
                err = makeError(
                    fp, QCoreApplication::translate("tusk::json", "unusable value (%1) in %2")
                            .arg(describeType(value), m_name));
                return false;
            }
            out.extra.insert(f.key, value);
            return true;
        case ReadStatus::Failed:
            return false;
        }
        return false;
    }

    bool checkRequired(quint64 seen, const Path &p, ParseError &err) const
    {
        if ((seen & m_required) == m_required)
            return true;
        for (qsizetype i = 0; i < m_fields.size() && i < 64; ++i) {
            if ((m_required & (quint64(1) << i)) && !(seen & (quint64(1) << i))) {
                const Path fp = p.child(m_fields[i].key);
                err = makeError(fp,
                                QCoreApplication::translate("tusk::json", "%1 requires this field")
                                    .arg(m_name));
                return false;
            }
        }
        return true;
    }

    QString m_name;
    QList<Field<E>> m_fields;
    KeyIndex m_index;
    QList<int> m_sorted; // field indexes in key order
    quint64 m_required = 0;
};

// Public fromJson in terms of the internal reader, starting at the document root "$".
template <typename E> Result<E> parseRoot(const QJsonValue &json)
{
    E out{};
    ParseError err;
    const Path root;
    if (!readJson(json, out, root, err))
        return err;
    return out;
}

} // namespace tusk::json

// Defines readJson, fromJson and toJson of entity E from a function-local schema `S()`.
#define TUSK_ENTITY_IMPL(E, schemaFn)                                                              \
    bool readJson(const QJsonValue &v, E &out, const json::Path &p, ParseError &err)               \
    {                                                                                              \
        return schemaFn().read(v, out, p, err);                                                    \
    }                                                                                              \
    Result<E> E::fromJson(const QJsonValue &json)                                                  \
    {                                                                                              \
        return json::parseRoot<E>(json);                                                           \
    }                                                                                              \
    QJsonObject E::toJson() const                                                                  \
    {                                                                                              \
        return schemaFn().write(*this);                                                            \
    }                                                                                              \
    void writeJsonBytes(json::JsonOut &out, const E &e)                                            \
    {                                                                                              \
        schemaFn().writeBytes(e, out);                                                             \
    }
