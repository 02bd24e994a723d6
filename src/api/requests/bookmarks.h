#pragma once
// The user's own lists of statuses: bookmarks and favourites. Ordered by when the user acted, and
// paged by opaque cursors from the Link header (not by status ids).
#include "api/pagination.h"
#include "api/request.h"
#include "core/entities/status.h"

namespace tusk::api::requests {

struct GetBookmarks {
    using Value = QList<Status>;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/bookmarks"), q);
    }
};

struct GetFavourites {
    using Value = QList<Status>;
    PageCursor page;
    RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        return makeSpec(Verb::Get, QStringLiteral("/api/v1/favourites"), q);
    }
};

} // namespace tusk::api::requests
