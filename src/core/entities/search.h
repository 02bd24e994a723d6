#pragma once
#include "core/entities/status.h"

namespace tusk {

// GET /api/v2/search. v1 servers sent `hashtags` as plain strings: read as Tag{name}.
struct Search {
    QList<Account> accounts;
    QList<Status> statuses;
    QList<Tag> hashtags;
    TUSK_ENTITY(Search);
};

} // namespace tusk
