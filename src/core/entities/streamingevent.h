#pragma once
#include "core/entities/entity.h"

namespace tusk {

// A Mastodon WebSocket frame: {"stream":["hashtag","x"],"event":"update","payload":"<JSON text>"}.
// The payload stays text; the streaming client parses it by event.
struct StreamingEvent {
    QStringList stream;
    QString event;
    std::optional<QString> payload; // absent for filters_changed
    TUSK_ENTITY(StreamingEvent);
};

} // namespace tusk
