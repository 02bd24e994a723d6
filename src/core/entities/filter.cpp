#include "core/entities/filter.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<FilterKeyword> &filterKeywordSchema()
{
    static const Schema<FilterKeyword> s("FilterKeyword",
                                         {
                                             field<&FilterKeyword::id, Required>("id"),
                                             field<&FilterKeyword::keyword>("keyword"),
                                             field<&FilterKeyword::wholeWord>("whole_word"),
                                         });
    return s;
}

const Schema<FilterStatus> &filterStatusSchema()
{
    static const Schema<FilterStatus> s("FilterStatus",
                                        {
                                            field<&FilterStatus::id, Required>("id"),
                                            field<&FilterStatus::statusId>("status_id"),
                                        });
    return s;
}

const Schema<Filter> &filterSchema()
{
    static const Schema<Filter> s("Filter", {
                                                field<&Filter::id, Required>("id"),
                                                field<&Filter::title>("title"),
                                                field<&Filter::context>("context"),
                                                field<&Filter::expiresAt>("expires_at"),
                                                field<&Filter::filterAction>("filter_action"),
                                                field<&Filter::keywords>("keywords"),
                                                field<&Filter::statuses>("statuses"),
                                            });
    return s;
}

const Schema<FilterResult> &filterResultSchema()
{
    static const Schema<FilterResult> s("FilterResult",
                                        {
                                            field<&FilterResult::filter, Required>("filter"),
                                            field<&FilterResult::keywordMatches>("keyword_matches"),
                                            field<&FilterResult::statusMatches>("status_matches"),
                                        });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(FilterKeyword, filterKeywordSchema)
TUSK_ENTITY_IMPL(FilterStatus, filterStatusSchema)
TUSK_ENTITY_IMPL(Filter, filterSchema)
TUSK_ENTITY_IMPL(FilterResult, filterResultSchema)

} // namespace tusk
