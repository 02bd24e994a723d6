#pragma once
// Filters v2: the user's keyword and status filters, applied client-side by models.
#include "api/request.h"
#include "core/entities/filter.h"

namespace tusk::api::requests {

struct GetFiltersV2 {
    using Value = QList<Filter>;
    RequestSpec spec() const { return makeSpec(Verb::Get, QStringLiteral("/api/v2/filters")); }
};

} // namespace tusk::api::requests
