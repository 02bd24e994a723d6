#include "core/entities/announcement.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<AnnouncementStatus> &announcementStatusSchema()
{
    static const Schema<AnnouncementStatus> s("AnnouncementStatus",
                                              {
                                                  field<&AnnouncementStatus::id>("id"),
                                                  field<&AnnouncementStatus::url>("url"),
                                              });
    return s;
}

const Schema<Reaction> &reactionSchema()
{
    static const Schema<Reaction> s("Reaction",
                                    {
                                        field<&Reaction::name>("name"),
                                        field<&Reaction::count>("count"),
                                        field<&Reaction::me, OmitIfEmpty>("me"),
                                        field<&Reaction::url, OmitIfEmpty>("url"),
                                        field<&Reaction::staticUrl, OmitIfEmpty>("static_url"),
                                    });
    return s;
}

const Schema<Announcement> &announcementSchema()
{
    using A = Announcement;
    static const Schema<A> s("Announcement", {
                                                 field<&A::id, Required>("id"),
                                                 field<&A::content>("content"),
                                                 field<&A::startsAt>("starts_at"),
                                                 field<&A::endsAt>("ends_at"),
                                                 field<&A::allDay>("all_day"),
                                                 field<&A::publishedAt>("published_at"),
                                                 field<&A::updatedAt>("updated_at"),
                                                 field<&A::read, OmitIfEmpty>("read"),
                                                 field<&A::mentions, SkipBad>("mentions"),
                                                 field<&A::statuses, SkipBad>("statuses"),
                                                 field<&A::tags, SkipBad>("tags"),
                                                 field<&A::emojis, SkipBad>("emojis"),
                                                 field<&A::reactions, SkipBad>("reactions"),
                                             });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(AnnouncementStatus, announcementStatusSchema)
TUSK_ENTITY_IMPL(Reaction, reactionSchema)
TUSK_ENTITY_IMPL(Announcement, announcementSchema)

} // namespace tusk
