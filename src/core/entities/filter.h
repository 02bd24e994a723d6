#pragma once
// Filters v2 (/api/v2/filters) and the FilterResult attached to filtered statuses.
#include "core/entities/entity.h"

namespace tusk {

struct FilterKeyword {
    QString id;
    QString keyword;
    bool wholeWord = false;
    TUSK_ENTITY(FilterKeyword);
};

struct FilterStatus {
    QString id;
    QString statusId;
    TUSK_ENTITY(FilterStatus);
};

struct Filter {
    QString id;
    QString title;
    QStringList context; // home, notifications, public, thread, account
    std::optional<QDateTime> expiresAt;
    QString filterAction; // warn, hide, blur
    QList<FilterKeyword> keywords;
    QList<FilterStatus> statuses;
    TUSK_ENTITY(Filter);
};

struct FilterResult {
    Filter filter;
    std::optional<QStringList> keywordMatches;
    std::optional<QStringList> statusMatches;
    TUSK_ENTITY(FilterResult);
};

} // namespace tusk
