#pragma once
// Followers and following of an account (GET /api/v1/accounts/:id/followers|following),
// paginated by Link headers. Kept here until src/api grows them (the profile page is their only
// user so far).
#include "api/pagination.h"
#include "api/request.h"
#include "core/entities/account.h"

namespace tusk::views::requests {

struct GetAccountFollows {
    using Value = QList<Account>;
    enum class Which { Followers, Following };
    QString id;
    Which which = Which::Followers;
    api::PageCursor page;
    api::RequestSpec spec() const
    {
        QUrlQuery q;
        page.applyTo(q);
        const QLatin1String what(which == Which::Followers ? "followers" : "following");
        return api::makeSpec(
            api::Verb::Get,
            QStringLiteral("/api/v1/accounts/%1/%2").arg(api::pathSegment(id), what), q);
    }
};

} // namespace tusk::views::requests
