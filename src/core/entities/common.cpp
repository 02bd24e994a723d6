#include "core/entities/common.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<CustomEmoji> &customEmojiSchema()
{
    static const Schema<CustomEmoji> s(
        "CustomEmoji", {
                           field<&CustomEmoji::shortcode, Required>("shortcode"),
                           field<&CustomEmoji::url>("url"),
                           field<&CustomEmoji::staticUrl>("static_url"),
                           field<&CustomEmoji::visibleInPicker>("visible_in_picker"),
                           field<&CustomEmoji::category, OmitIfEmpty>("category"),
                       });
    return s;
}

const Schema<TagHistory> &tagHistorySchema()
{
    static const Schema<TagHistory> s("TagHistory",
                                      {
                                          field<&TagHistory::day, AsString>("day"),
                                          field<&TagHistory::uses, AsString>("uses"),
                                          field<&TagHistory::accounts, AsString>("accounts"),
                                      });
    return s;
}

const Schema<Tag> &tagSchema()
{
    static const Schema<Tag> s("Tag", {
                                          field<&Tag::id, OmitIfEmpty>("id"),
                                          field<&Tag::name, Required>("name"),
                                          field<&Tag::url>("url"),
                                          field<&Tag::history, OmitIfEmpty | SkipBad>("history"),
                                          field<&Tag::following, OmitIfEmpty>("following"),
                                          field<&Tag::featuring, OmitIfEmpty>("featuring"),
                                      });
    return s;
}

const Schema<Mention> &mentionSchema()
{
    static const Schema<Mention> s("Mention", {
                                                  field<&Mention::id, Required>("id"),
                                                  field<&Mention::username>("username"),
                                                  field<&Mention::url>("url"),
                                                  field<&Mention::acct>("acct"),
                                              });
    return s;
}

const Schema<Application> &applicationSchema()
{
    static const Schema<Application> s(
        "Application", {
                           field<&Application::id, OmitIfEmpty>("id"),
                           field<&Application::name, Required>("name"),
                           field<&Application::website, NullIfEmpty>("website"),
                           field<&Application::vapidKey, OmitIfEmpty>("vapid_key"),
                           field<&Application::clientId, OmitIfEmpty>("client_id"),
                           field<&Application::clientSecret, OmitIfEmpty>("client_secret"),
                           field<&Application::redirectUri, OmitIfEmpty>("redirect_uri"),
                           field<&Application::redirectUris, OmitIfEmpty>("redirect_uris"),
                           field<&Application::scopes, OmitIfEmpty>("scopes"),
                       });
    return s;
}

const Schema<Role> &roleSchema()
{
    static const Schema<Role> s("Role", {
                                            field<&Role::id>("id"),
                                            field<&Role::name, Required>("name"),
                                            field<&Role::color>("color"),
                                            field<&Role::permissions, OmitIfEmpty>("permissions"),
                                            field<&Role::highlighted, OmitIfEmpty>("highlighted"),
                                        });
    return s;
}

const Schema<Rule> &ruleSchema()
{
    static const Schema<Rule> s("Rule", {
                                            field<&Rule::id, Required>("id"),
                                            field<&Rule::text>("text"),
                                            field<&Rule::hint>("hint"),
                                        });
    return s;
}

const Schema<InteractionApproval> &interactionApprovalSchema()
{
    using A = InteractionApproval;
    static const Schema<A> s("InteractionApproval", {
                                                        field<&A::automatic>("automatic"),
                                                        field<&A::manual>("manual"),
                                                        field<&A::currentUser>("current_user"),
                                                    });
    return s;
}

const Schema<Error> &errorSchema()
{
    static const Schema<Error> s(
        "Error", {
                     field<&Error::error, Required>("error"),
                     field<&Error::errorDescription, OmitIfEmpty>("error_description"),
                 });
    return s;
}

const Schema<Token> &tokenSchema()
{
    static const Schema<Token> s("Token", {
                                              field<&Token::accessToken, Required>("access_token"),
                                              field<&Token::tokenType>("token_type"),
                                              field<&Token::scope>("scope"),
                                              field<&Token::createdAt, UnixSeconds>("created_at"),
                                          });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(CustomEmoji, customEmojiSchema)
TUSK_ENTITY_IMPL(TagHistory, tagHistorySchema)
TUSK_ENTITY_IMPL(Tag, tagSchema)
TUSK_ENTITY_IMPL(Mention, mentionSchema)
TUSK_ENTITY_IMPL(Application, applicationSchema)
TUSK_ENTITY_IMPL(Role, roleSchema)
TUSK_ENTITY_IMPL(Rule, ruleSchema)
TUSK_ENTITY_IMPL(InteractionApproval, interactionApprovalSchema)
TUSK_ENTITY_IMPL(Error, errorSchema)
TUSK_ENTITY_IMPL(Token, tokenSchema)

} // namespace tusk
