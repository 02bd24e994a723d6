#pragma once
#include "api/request.h"
#include "core/entities/status.h"

namespace tusk::api::requests {

// GET /api/v1/statuses/:id/source: the text as typed (for editing, and to tell whether an edit
// already reached the server).
struct GetStatusSource {
    using Value = StatusSource;
    QString id;
    RequestSpec spec() const
    {
        return makeSpec(Verb::Get,
                        QStringLiteral("/api/v1/statuses/%1/source").arg(pathSegment(id)));
    }
};

} // namespace tusk::api::requests
