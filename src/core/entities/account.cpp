#include "core/entities/account.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<AccountField> &accountFieldSchema()
{
    static const Schema<AccountField> s("AccountField",
                                        {
                                            field<&AccountField::name>("name"),
                                            field<&AccountField::value>("value"),
                                            field<&AccountField::verifiedAt>("verified_at"),
                                        });
    return s;
}

const Schema<AccountSource> &accountSourceSchema()
{
    using S = AccountSource;
    static const Schema<S> s("AccountSource",
                             {
                                 field<&S::note>("note"),
                                 field<&S::fields, SkipBad>("fields"),
                                 field<&S::privacy>("privacy"),
                                 field<&S::sensitive>("sensitive"),
                                 field<&S::language, NullIfEmpty>("language"),
                                 field<&S::followRequestsCount>("follow_requests_count"),
                                 field<&S::hideCollections, OmitIfEmpty>("hide_collections"),
                                 field<&S::discoverable, OmitIfEmpty>("discoverable"),
                                 field<&S::indexable, OmitIfEmpty>("indexable"),
                             });
    return s;
}

const Schema<Account> &accountSchema()
{
    using A = Account;
    static const Schema<A> s(
        "Account", {
                       field<&A::id, Required>("id"),
                       field<&A::username>("username"),
                       field<&A::acct>("acct"),
                       field<&A::url>("url"),
                       field<&A::uri>("uri"),
                       field<&A::displayName>("display_name"),
                       field<&A::note>("note"),
                       field<&A::avatar>("avatar"),
                       field<&A::avatarStatic>("avatar_static"),
                       field<&A::avatarDescription, OmitIfEmpty>("avatar_description"),
                       field<&A::header>("header"),
                       field<&A::headerStatic>("header_static"),
                       field<&A::headerDescription, OmitIfEmpty>("header_description"),
                       field<&A::locked>("locked"),
                       field<&A::bot>("bot"),
                       field<&A::group>("group"),
                       field<&A::discoverable>("discoverable"),
                       field<&A::indexable>("indexable"),
                       field<&A::hideCollections>("hide_collections"),
                       field<&A::noindex, OmitIfEmpty>("noindex"),
                       field<&A::fields, SkipBad>("fields"),
                       field<&A::emojis, SkipBad>("emojis"),
                       field<&A::moved, OmitIfEmpty | Lenient>("moved"),
                       field<&A::suspended, OmitIfEmpty>("suspended"),
                       field<&A::limited, OmitIfEmpty>("limited"),
                       field<&A::memorial, OmitIfEmpty>("memorial"),
                       field<&A::createdAt, Strict>("created_at"),
                       field<&A::lastStatusAt>("last_status_at"),
                       field<&A::statusesCount>("statuses_count"),
                       field<&A::followersCount>("followers_count"),
                       field<&A::followingCount>("following_count"),
                       field<&A::roles, SkipBad>("roles"),
                       field<&A::showMedia, OmitIfEmpty>("show_media"),
                       field<&A::showMediaReplies, OmitIfEmpty>("show_media_replies"),
                       field<&A::showFeatured, OmitIfEmpty>("show_featured"),
                       field<&A::featureApproval, OmitIfEmpty | Lenient>("feature_approval"),
                       field<&A::source, OmitIfEmpty | Lenient>("source"),
                       field<&A::role, OmitIfEmpty | Lenient>("role"),
                   });
    return s;
}

const Schema<Relationship> &relationshipSchema()
{
    using R = Relationship;
    static const Schema<R> s("Relationship",
                             {
                                 field<&R::id, Required>("id"),
                                 field<&R::following>("following"),
                                 field<&R::showingReblogs>("showing_reblogs"),
                                 field<&R::notifying>("notifying"),
                                 field<&R::languages, NullIfEmpty>("languages"),
                                 field<&R::followedBy>("followed_by"),
                                 field<&R::blocking>("blocking"),
                                 field<&R::blockedBy>("blocked_by"),
                                 field<&R::muting>("muting"),
                                 field<&R::mutingNotifications>("muting_notifications"),
                                 field<&R::requested>("requested"),
                                 field<&R::requestedBy>("requested_by"),
                                 field<&R::domainBlocking>("domain_blocking"),
                                 field<&R::endorsed>("endorsed"),
                                 field<&R::note>("note"),
                             });
    return s;
}

const Schema<FamiliarFollowers> &familiarFollowersSchema()
{
    static const Schema<FamiliarFollowers> s("FamiliarFollowers",
                                             {
                                                 field<&FamiliarFollowers::id, Required>("id"),
                                                 field<&FamiliarFollowers::accounts>("accounts"),
                                             });
    return s;
}

const Schema<Suggestion> &suggestionSchema()
{
    static const Schema<Suggestion> s("Suggestion",
                                      {
                                          field<&Suggestion::source>("source"),
                                          field<&Suggestion::sources>("sources"),
                                          field<&Suggestion::account, Required>("account"),
                                      });
    return s;
}

const Schema<FeaturedTag> &featuredTagSchema()
{
    using F = FeaturedTag;
    static const Schema<F> s("FeaturedTag",
                             {
                                 field<&F::id, Required>("id"),
                                 field<&F::name>("name"),
                                 field<&F::url>("url"),
                                 field<&F::statusesCount, AsString>("statuses_count"),
                                 field<&F::lastStatusAt>("last_status_at"),
                             });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(AccountField, accountFieldSchema)
TUSK_ENTITY_IMPL(AccountSource, accountSourceSchema)
TUSK_ENTITY_IMPL(Account, accountSchema)
TUSK_ENTITY_IMPL(Relationship, relationshipSchema)
TUSK_ENTITY_IMPL(FamiliarFollowers, familiarFollowersSchema)
TUSK_ENTITY_IMPL(Suggestion, suggestionSchema)
TUSK_ENTITY_IMPL(FeaturedTag, featuredTagSchema)

} // namespace tusk
