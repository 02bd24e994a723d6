#include "core/entities/registry.h"

#include "core/entities/entities.h"
#include "core/entities/schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace tusk::entities {

namespace {

using json::Path;

// Extra conditions a kind puts on top of its type.
template <typename T> bool checkKind(const T &, const Path &, ParseError &)
{
    return true;
}

struct CredentialAccountTag {};

template <typename T, typename Tag = T>
bool parseOne(const QJsonValue &v, T &out, const Path &p, ParseError &err)
{
    if (!readJson(v, out, p, err))
        return false;
    if constexpr (std::is_same_v<Tag, CredentialAccountTag>) {
        if (!out.source) {
            err = json::makeError(
                p.child(u"source"),
                QCoreApplication::translate("tusk::entities",
                                            "a CredentialAccount requires a source object"));
            return false;
        }
    }
    return true;
}

// The first place where two JSON values differ, as "path: a vs b"; empty when equal.
QString firstDifference(const QJsonValue &a, const QJsonValue &b, const QString &path)
{
    if (a.type() != b.type() || (!a.isObject() && !a.isArray() && a != b)) {
        const auto show = [](const QJsonValue &v) {
            if (v.isObject() || v.isArray())
                return json::describeType(v);
            return QJsonValue(v).toVariant().toString() + QStringLiteral(" (") +
                   json::describeType(v) + u')';
        };
        return path + QStringLiteral(": ") + show(a) + QStringLiteral(" then ") + show(b);
    }
    if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        std::sort(keys.begin(), keys.end());
        for (const QString &k : keys) {
            const QString d = firstDifference(oa.value(k), ob.value(k), path + u'.' + k);
            if (!d.isEmpty())
                return d;
        }
    } else if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        for (qsizetype i = 0; i < std::max(aa.size(), ab.size()); ++i) {
            const QString d =
                firstDifference(aa.at(i), ab.at(i), path + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
    }
    return {};
}

template <typename T, typename Tag> struct KindImpl {
    static Result<QJsonValue> parse(const QJsonValue &json, bool array)
    {
        ParseError err;
        const Path root;
        if (!array) {
            T value{};
            if (!parseOne<T, Tag>(json, value, root, err))
                return err;
            return QJsonValue(value.toJson());
        }
        if (!json.isArray())
            return json::makeError(
                root, QCoreApplication::translate("tusk::entities", "expected an array, got %1")
                          .arg(json::describeType(json)));
        QJsonArray out;
        const QJsonArray in = json.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            T value{};
            if (!parseOne<T, Tag>(in.at(i), value, root.at(i), err))
                return err;
            out.append(value.toJson());
        }
        return QJsonValue(out);
    }

    static Result<bool> roundTripOne(const QJsonValue &json, const Path &p)
    {
        ParseError err;
        T first{};
        if (!parseOne<T, Tag>(json, first, p, err))
            return err;
        const QJsonObject emitted = first.toJson();
        T second{};
        if (!parseOne<T, Tag>(emitted, second, p, err)) {
            err.message = QCoreApplication::translate("tusk::entities",
                                                      "the re-serialised value does not parse: %1")
                              .arg(err.message);
            return err;
        }
        if (first == second)
            return true;
        const QString diff = firstDifference(emitted, QJsonValue(second.toJson()), p.toString());
        return ParseError{p.toString(),
                          diff.isEmpty()
                              ? QCoreApplication::translate(
                                    "tusk::entities",
                                    "values differ after a round trip but serialise identically")
                              : QCoreApplication::translate("tusk::entities",
                                                            "round trip changed the value at %1")
                                    .arg(diff)};
    }

    static Result<bool> roundTrip(const QJsonValue &json, bool array)
    {
        const Path root;
        if (!array)
            return roundTripOne(json, root);
        if (!json.isArray())
            return json::makeError(
                root, QCoreApplication::translate("tusk::entities", "expected an array, got %1")
                          .arg(json::describeType(json)));
        const QJsonArray in = json.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            Result<bool> r = roundTripOne(in.at(i), root.at(i));
            if (!r)
                return r;
        }
        return true;
    }
};

struct KindOps {
    Result<QJsonValue> (*parse)(const QJsonValue &, bool array);
    Result<bool> (*roundTrip)(const QJsonValue &, bool array);
};

template <typename T, typename Tag = T> KindOps ops()
{
    return KindOps{&KindImpl<T, Tag>::parse, &KindImpl<T, Tag>::roundTrip};
}

const QHash<QString, KindOps> &registry()
{
    static const QHash<QString, KindOps> kinds{
        {QStringLiteral("Account"), ops<Account>()},
        {QStringLiteral("CredentialAccount"), ops<Account, CredentialAccountTag>()},
        {QStringLiteral("Status"), ops<Status>()},
        {QStringLiteral("MediaAttachment"), ops<MediaAttachment>()},
        {QStringLiteral("Poll"), ops<Poll>()},
        {QStringLiteral("PreviewCard"), ops<PreviewCard>()},
        {QStringLiteral("CustomEmoji"), ops<CustomEmoji>()},
        {QStringLiteral("Tag"), ops<Tag>()},
        {QStringLiteral("Mention"), ops<Mention>()},
        {QStringLiteral("Application"), ops<Application>()},
        {QStringLiteral("Token"), ops<Token>()},
        {QStringLiteral("Error"), ops<Error>()},
        {QStringLiteral("Notification"), ops<Notification>()},
        {QStringLiteral("GroupedNotificationsResults"), ops<GroupedNotificationsResults>()},
        {QStringLiteral("Relationship"), ops<Relationship>()},
        {QStringLiteral("InstanceV1"), ops<InstanceV1>()},
        {QStringLiteral("InstanceV2"), ops<InstanceV2>()},
        {QStringLiteral("Context"), ops<Context>()},
        {QStringLiteral("Marker"), ops<Marker>()},
        {QStringLiteral("Markers"), ops<Markers>()},
        {QStringLiteral("List"), ops<List>()},
        {QStringLiteral("Filter"), ops<Filter>()},
        {QStringLiteral("FilterKeyword"), ops<FilterKeyword>()},
        {QStringLiteral("FilterStatus"), ops<FilterStatus>()},
        {QStringLiteral("FilterResult"), ops<FilterResult>()},
        {QStringLiteral("StatusEdit"), ops<StatusEdit>()},
        {QStringLiteral("StatusSource"), ops<StatusSource>()},
        {QStringLiteral("Conversation"), ops<Conversation>()},
        {QStringLiteral("Search"), ops<Search>()},
        {QStringLiteral("Announcement"), ops<Announcement>()},
        {QStringLiteral("Preferences"), ops<Preferences>()},
        {QStringLiteral("FeaturedTag"), ops<FeaturedTag>()},
        {QStringLiteral("ScheduledStatus"), ops<ScheduledStatus>()},
        {QStringLiteral("Translation"), ops<Translation>()},
        {QStringLiteral("Report"), ops<Report>()},
        {QStringLiteral("Suggestion"), ops<Suggestion>()},
        {QStringLiteral("FamiliarFollowers"), ops<FamiliarFollowers>()},
        {QStringLiteral("WebPushSubscription"), ops<WebPushSubscription>()},
        {QStringLiteral("NodeInfo"), ops<NodeInfo>()},
        {QStringLiteral("UnreadCount"), ops<UnreadCount>()},
        {QStringLiteral("Rule"), ops<Rule>()},
        {QStringLiteral("Role"), ops<Role>()},
        {QStringLiteral("StreamingEvent"), ops<StreamingEvent>()},
    };
    return kinds;
}

// Splits "Status[]" into ("Status", true).
const KindOps *lookup(QStringView kind, bool &array)
{
    array = kind.endsWith(u"[]");
    if (array)
        kind.chop(2);
    const auto &r = registry();
    const auto it = r.constFind(kind.toString());
    return it == r.cend() ? nullptr : &*it;
}

ParseError unknownKind(QStringView kind)
{
    return ParseError{QString(),
                      QCoreApplication::translate("tusk::entities", "unknown entity kind: %1")
                          .arg(kind.toString())};
}

} // namespace

QStringList kinds()
{
    QStringList names = registry().keys();
    std::sort(names.begin(), names.end());
    return names;
}

bool isKnownKind(QStringView kind)
{
    bool array = false;
    return lookup(kind, array) != nullptr;
}

Result<QJsonValue> parseAs(QStringView kind, const QJsonValue &json)
{
    bool array = false;
    const KindOps *ops = lookup(kind, array);
    if (!ops)
        return unknownKind(kind);
    return ops->parse(json, array);
}

Result<bool> roundTrip(QStringView kind, const QJsonValue &json)
{
    bool array = false;
    const KindOps *ops = lookup(kind, array);
    if (!ops)
        return unknownKind(kind);
    return ops->roundTrip(json, array);
}

} // namespace tusk::entities
