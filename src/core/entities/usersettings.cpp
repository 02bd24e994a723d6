#include "core/entities/usersettings.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<Preferences> &preferencesSchema()
{
    using P = Preferences;
    static const Schema<P> s(
        "Preferences",
        {
            field<&P::postingDefaultVisibility, Required>("posting:default:visibility"),
            field<&P::postingDefaultSensitive>("posting:default:sensitive"),
            field<&P::postingDefaultLanguage, NullIfEmpty>("posting:default:language"),
            field<&P::readingExpandMedia>("reading:expand:media"),
            field<&P::readingExpandSpoilers>("reading:expand:spoilers"),
        });
    return s;
}

const Schema<Marker> &markerSchema()
{
    static const Schema<Marker> s("Marker",
                                  {
                                      field<&Marker::lastReadId, Required>("last_read_id"),
                                      field<&Marker::version>("version"),
                                      field<&Marker::updatedAt>("updated_at"),
                                  });
    return s;
}

const Schema<List> &listSchema()
{
    static const Schema<List> s("List", {
                                            field<&List::id, Required>("id"),
                                            field<&List::title>("title"),
                                            field<&List::repliesPolicy>("replies_policy"),
                                            field<&List::exclusive, OmitIfEmpty>("exclusive"),
                                        });
    return s;
}

const Schema<WebPushSubscription> &webPushSubscriptionSchema()
{
    using W = WebPushSubscription;
    static const Schema<W> s("WebPushSubscription",
                             {
                                 field<&W::id, Required>("id"),
                                 field<&W::endpoint>("endpoint"),
                                 field<&W::serverKey>("server_key"),
                                 field<&W::alerts>("alerts"),
                                 field<&W::policy, OmitIfEmpty>("policy"),
                                 field<&W::standard, OmitIfEmpty>("standard"),
                             });
    return s;
}

const Schema<UnreadCount> &unreadCountSchema()
{
    static const Schema<UnreadCount> s("UnreadCount",
                                       {
                                           field<&UnreadCount::count, Required>("count"),
                                       });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(Preferences, preferencesSchema)
TUSK_ENTITY_IMPL(Marker, markerSchema)
TUSK_ENTITY_IMPL(List, listSchema)
TUSK_ENTITY_IMPL(WebPushSubscription, webPushSubscriptionSchema)
TUSK_ENTITY_IMPL(UnreadCount, unreadCountSchema)

bool readJson(const QJsonValue &v, Markers &out, const json::Path &p, ParseError &err)
{
    if (!v.isObject()) {
        err = makeError(
            p, QCoreApplication::translate("tusk::json", "expected an object (Markers), got %1")
                   .arg(describeType(v)));
        return false;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        Marker marker;
        if (!readJson(it.value(), marker, p.child(key), err))
            return false;
        out.markers.insert(key, std::move(marker));
    }
    return true;
}

Result<Markers> Markers::fromJson(const QJsonValue &json)
{
    return parseRoot<Markers>(json);
}

QJsonObject Markers::toJson() const
{
    QJsonObject o;
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it)
        o.insert(it.key(), it.value().toJson());
    return o;
}

} // namespace tusk
