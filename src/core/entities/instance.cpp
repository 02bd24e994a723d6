#include "core/entities/instance.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

// Instance documents are descriptive: a part a fork spells differently is kept in `extra`
// (Lenient) rather than failing the whole document.
namespace {

constexpr unsigned Part = Lenient;
constexpr unsigned OptionalPart = Lenient | OmitIfEmpty;

const Schema<InstanceStatusesConfig> &statusesConfigSchema()
{
    using C = InstanceStatusesConfig;
    static const Schema<C> s("InstanceStatusesConfig",
                             {
                                 field<&C::maxCharacters>("max_characters"),
                                 field<&C::maxMediaAttachments>("max_media_attachments"),
                                 field<&C::charactersReservedPerUrl>("characters_reserved_per_url"),
                             });
    return s;
}

const Schema<InstanceMediaConfig> &mediaConfigSchema()
{
    using C = InstanceMediaConfig;
    static const Schema<C> s("InstanceMediaConfig",
                             {
                                 field<&C::supportedMimeTypes>("supported_mime_types"),
                                 field<&C::imageSizeLimit>("image_size_limit"),
                                 field<&C::imageMatrixLimit>("image_matrix_limit"),
                                 field<&C::videoSizeLimit>("video_size_limit"),
                                 field<&C::videoFrameRateLimit>("video_frame_rate_limit"),
                                 field<&C::videoMatrixLimit>("video_matrix_limit"),
                             });
    return s;
}

const Schema<InstancePollsConfig> &pollsConfigSchema()
{
    using C = InstancePollsConfig;
    static const Schema<C> s("InstancePollsConfig",
                             {
                                 field<&C::maxOptions>("max_options"),
                                 field<&C::maxCharactersPerOption>("max_characters_per_option"),
                                 field<&C::minExpiration>("min_expiration"),
                                 field<&C::maxExpiration>("max_expiration"),
                             });
    return s;
}

const Schema<InstanceAccountsConfig> &accountsConfigSchema()
{
    using C = InstanceAccountsConfig;
    static const Schema<C> s("InstanceAccountsConfig",
                             {
                                 field<&C::maxFeaturedTags>("max_featured_tags"),
                                 field<&C::maxPinnedStatuses>("max_pinned_statuses"),
                             });
    return s;
}

const Schema<InstanceTranslationConfig> &translationConfigSchema()
{
    static const Schema<InstanceTranslationConfig> s(
        "InstanceTranslationConfig", {
                                         field<&InstanceTranslationConfig::enabled>("enabled"),
                                     });
    return s;
}

const Schema<InstanceUrlsConfig> &urlsConfigSchema()
{
    static const Schema<InstanceUrlsConfig> s(
        "InstanceUrlsConfig", {
                                  field<&InstanceUrlsConfig::streaming>("streaming"),
                              });
    return s;
}

const Schema<InstanceConfiguration> &configurationSchema()
{
    using C = InstanceConfiguration;
    static const Schema<C> s("InstanceConfiguration",
                             {
                                 field<&C::urls, OptionalPart>("urls"),
                                 field<&C::accounts, OptionalPart>("accounts"),
                                 field<&C::statuses, OptionalPart>("statuses"),
                                 field<&C::mediaAttachments, OptionalPart>("media_attachments"),
                                 field<&C::polls, OptionalPart>("polls"),
                                 field<&C::translation, OptionalPart>("translation"),
                             });
    return s;
}

const Schema<InstanceV1Urls> &v1UrlsSchema()
{
    static const Schema<InstanceV1Urls> s("InstanceV1Urls",
                                          {
                                              field<&InstanceV1Urls::streamingApi>("streaming_api"),
                                          });
    return s;
}

const Schema<InstanceV1Stats> &v1StatsSchema()
{
    using S = InstanceV1Stats;
    static const Schema<S> s("InstanceV1Stats", {
                                                    field<&S::userCount>("user_count"),
                                                    field<&S::statusCount>("status_count"),
                                                    field<&S::domainCount>("domain_count"),
                                                });
    return s;
}

const Schema<InstanceV1> &v1Schema()
{
    using I = InstanceV1;
    static const Schema<I> s("InstanceV1",
                             {
                                 field<&I::uri, Required>("uri"),
                                 field<&I::title>("title"),
                                 field<&I::shortDescription>("short_description"),
                                 field<&I::description>("description"),
                                 field<&I::email>("email"),
                                 field<&I::version>("version"),
                                 field<&I::urls, Part>("urls"),
                                 field<&I::stats, Part>("stats"),
                                 field<&I::thumbnail, NullIfEmpty>("thumbnail"),
                                 field<&I::languages>("languages"),
                                 field<&I::registrations>("registrations"),
                                 field<&I::approvalRequired>("approval_required"),
                                 field<&I::invitesEnabled>("invites_enabled"),
                                 field<&I::configuration, OptionalPart>("configuration"),
                                 field<&I::contactAccount, Part>("contact_account"),
                                 field<&I::rules, SkipBad>("rules"),
                             });
    return s;
}

const Schema<InstanceV2UsageUsers> &v2UsageUsersSchema()
{
    static const Schema<InstanceV2UsageUsers> s(
        "InstanceV2UsageUsers", {
                                    field<&InstanceV2UsageUsers::activeMonth>("active_month"),
                                });
    return s;
}

const Schema<InstanceV2Usage> &v2UsageSchema()
{
    static const Schema<InstanceV2Usage> s("InstanceV2Usage",
                                           {
                                               field<&InstanceV2Usage::users, Part>("users"),
                                           });
    return s;
}

const Schema<InstanceV2Thumbnail> &v2ThumbnailSchema()
{
    using T = InstanceV2Thumbnail;
    static const Schema<T> s("InstanceV2Thumbnail",
                             {
                                 field<&T::url>("url"),
                                 field<&T::blurhash, OmitIfEmpty>("blurhash"),
                                 field<&T::versions, OmitIfEmpty>("versions"),
                             });
    return s;
}

const Schema<InstanceV2Registrations> &v2RegistrationsSchema()
{
    using R = InstanceV2Registrations;
    static const Schema<R> s("InstanceV2Registrations",
                             {
                                 field<&R::enabled>("enabled"),
                                 field<&R::approvalRequired>("approval_required"),
                                 field<&R::message, NullIfEmpty>("message"),
                                 field<&R::url, NullIfEmpty>("url"),
                             });
    return s;
}

const Schema<InstanceV2Contact> &v2ContactSchema()
{
    static const Schema<InstanceV2Contact> s(
        "InstanceV2Contact", {
                                 field<&InstanceV2Contact::email>("email"),
                                 field<&InstanceV2Contact::account, Part>("account"),
                             });
    return s;
}

const Schema<InstanceApiVersions> &apiVersionsSchema()
{
    static const Schema<InstanceApiVersions> s(
        "InstanceApiVersions", {
                                   field<&InstanceApiVersions::mastodon, OmitIfEmpty>("mastodon"),
                               });
    return s;
}

const Schema<InstanceV2> &v2Schema()
{
    using I = InstanceV2;
    static const Schema<I> s("InstanceV2", {
                                               field<&I::domain, Required>("domain"),
                                               field<&I::title>("title"),
                                               field<&I::version>("version"),
                                               field<&I::sourceUrl>("source_url"),
                                               field<&I::description>("description"),
                                               field<&I::usage, Part>("usage"),
                                               field<&I::thumbnail, Part>("thumbnail"),
                                               field<&I::languages>("languages"),
                                               field<&I::configuration, Part>("configuration"),
                                               field<&I::registrations, Part>("registrations"),
                                               field<&I::apiVersions, OptionalPart>("api_versions"),
                                               field<&I::contact, Part>("contact"),
                                               field<&I::rules, SkipBad>("rules"),
                                           });
    return s;
}

const Schema<NodeInfoSoftware> &nodeInfoSoftwareSchema()
{
    static const Schema<NodeInfoSoftware> s("NodeInfoSoftware",
                                            {
                                                field<&NodeInfoSoftware::name>("name"),
                                                field<&NodeInfoSoftware::version>("version"),
                                            });
    return s;
}

// NodeInfo is not a Mastodon document: its keys are camelCase.
const Schema<NodeInfoUsers> &nodeInfoUsersSchema()
{
    using U = NodeInfoUsers;
    static const Schema<U> s("NodeInfoUsers",
                             {
                                 field<&U::total, OmitIfEmpty>("total"),
                                 field<&U::activeMonth, OmitIfEmpty>("activeMonth"),
                                 field<&U::activeHalfyear, OmitIfEmpty>("activeHalfyear"),
                             });
    return s;
}

const Schema<NodeInfoUsage> &nodeInfoUsageSchema()
{
    static const Schema<NodeInfoUsage> s(
        "NodeInfoUsage", {
                             field<&NodeInfoUsage::users, Part>("users"),
                             field<&NodeInfoUsage::localPosts, OmitIfEmpty>("localPosts"),
                         });
    return s;
}

const Schema<NodeInfo> &nodeInfoSchema()
{
    using N = NodeInfo;
    static const Schema<N> s("NodeInfo", {
                                             field<&N::version, Required>("version"),
                                             field<&N::software, Required>("software"),
                                             field<&N::protocols>("protocols"),
                                             field<&N::usage, Part>("usage"),
                                             field<&N::openRegistrations>("openRegistrations"),
                                             field<&N::metadata>("metadata"),
                                         });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(InstanceStatusesConfig, statusesConfigSchema)
TUSK_ENTITY_IMPL(InstanceMediaConfig, mediaConfigSchema)
TUSK_ENTITY_IMPL(InstancePollsConfig, pollsConfigSchema)
TUSK_ENTITY_IMPL(InstanceAccountsConfig, accountsConfigSchema)
TUSK_ENTITY_IMPL(InstanceTranslationConfig, translationConfigSchema)
TUSK_ENTITY_IMPL(InstanceUrlsConfig, urlsConfigSchema)
TUSK_ENTITY_IMPL(InstanceConfiguration, configurationSchema)
TUSK_ENTITY_IMPL(InstanceV1Urls, v1UrlsSchema)
TUSK_ENTITY_IMPL(InstanceV1Stats, v1StatsSchema)
TUSK_ENTITY_IMPL(InstanceV1, v1Schema)
TUSK_ENTITY_IMPL(InstanceV2UsageUsers, v2UsageUsersSchema)
TUSK_ENTITY_IMPL(InstanceV2Usage, v2UsageSchema)
TUSK_ENTITY_IMPL(InstanceV2Thumbnail, v2ThumbnailSchema)
TUSK_ENTITY_IMPL(InstanceV2Registrations, v2RegistrationsSchema)
TUSK_ENTITY_IMPL(InstanceV2Contact, v2ContactSchema)
TUSK_ENTITY_IMPL(InstanceApiVersions, apiVersionsSchema)
TUSK_ENTITY_IMPL(InstanceV2, v2Schema)
TUSK_ENTITY_IMPL(NodeInfoSoftware, nodeInfoSoftwareSchema)
TUSK_ENTITY_IMPL(NodeInfoUsers, nodeInfoUsersSchema)
TUSK_ENTITY_IMPL(NodeInfoUsage, nodeInfoUsageSchema)
TUSK_ENTITY_IMPL(NodeInfo, nodeInfoSchema)

} // namespace tusk
