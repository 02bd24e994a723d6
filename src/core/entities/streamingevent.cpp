#include "core/entities/streamingevent.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<StreamingEvent> &streamingEventSchema()
{
    static const Schema<StreamingEvent> s(
        "StreamingEvent", {
                              field<&StreamingEvent::stream>("stream"),
                              field<&StreamingEvent::event, Required>("event"),
                              field<&StreamingEvent::payload, OmitIfEmpty>("payload"),
                          });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(StreamingEvent, streamingEventSchema)

} // namespace tusk
