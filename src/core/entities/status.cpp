#include "core/entities/status.h"

#include "core/entities/schema.h"

namespace tusk {

using namespace json;

namespace {

const Schema<MediaFocus> &mediaFocusSchema()
{
    static const Schema<MediaFocus> s("MediaFocus", {
                                                        field<&MediaFocus::x>("x"),
                                                        field<&MediaFocus::y>("y"),
                                                    });
    return s;
}

const Schema<MediaSize> &mediaSizeSchema()
{
    using M = MediaSize;
    static const Schema<M> s("MediaSize", {
                                              field<&M::width, OmitIfEmpty>("width"),
                                              field<&M::height, OmitIfEmpty>("height"),
                                              field<&M::size, OmitIfEmpty>("size"),
                                              field<&M::aspect, OmitIfEmpty>("aspect"),
                                              field<&M::duration, OmitIfEmpty>("duration"),
                                              field<&M::frameRate, OmitIfEmpty>("frame_rate"),
                                              field<&M::bitrate, OmitIfEmpty>("bitrate"),
                                          });
    return s;
}

const Schema<MediaMeta> &mediaMetaSchema()
{
    using M = MediaMeta;
    static const Schema<M> s("MediaMeta",
                             {
                                 field<&M::focus, OmitIfEmpty | Lenient>("focus"),
                                 field<&M::original, OmitIfEmpty | Lenient>("original"),
                                 field<&M::small, OmitIfEmpty | Lenient>("small"),
                             });
    return s;
}

const Schema<MediaAttachment> &mediaAttachmentSchema()
{
    using M = MediaAttachment;
    static const Schema<M> s("MediaAttachment",
                             {
                                 field<&M::id, Required>("id"),
                                 field<&M::type>("type"),
                                 field<&M::url, NullIfEmpty>("url"),
                                 field<&M::previewUrl, NullIfEmpty>("preview_url"),
                                 field<&M::remoteUrl, NullIfEmpty>("remote_url"),
                                 field<&M::previewRemoteUrl, NullIfEmpty>("preview_remote_url"),
                                 field<&M::textUrl, NullIfEmpty>("text_url"),
                                 field<&M::meta, Lenient>("meta"),
                                 field<&M::description, NullIfEmpty>("description"),
                                 field<&M::blurhash, NullIfEmpty>("blurhash"),
                             });
    return s;
}

const Schema<PollOption> &pollOptionSchema()
{
    static const Schema<PollOption> s("PollOption",
                                      {
                                          field<&PollOption::title>("title"),
                                          field<&PollOption::votesCount>("votes_count"),
                                      });
    return s;
}

const Schema<Poll> &pollSchema()
{
    static const Schema<Poll> s("Poll", {
                                            field<&Poll::id, Required>("id"),
                                            field<&Poll::expiresAt>("expires_at"),
                                            field<&Poll::expired>("expired"),
                                            field<&Poll::multiple>("multiple"),
                                            field<&Poll::votesCount>("votes_count"),
                                            field<&Poll::votersCount>("voters_count"),
                                            field<&Poll::options>("options"),
                                            field<&Poll::emojis, SkipBad>("emojis"),
                                            field<&Poll::voted, OmitIfEmpty>("voted"),
                                            field<&Poll::ownVotes, OmitIfEmpty>("own_votes"),
                                        });
    return s;
}

const Schema<PreviewCardAuthor> &previewCardAuthorSchema()
{
    using A = PreviewCardAuthor;
    static const Schema<A> s("PreviewCardAuthor", {
                                                      field<&A::name>("name"),
                                                      field<&A::url>("url"),
                                                      field<&A::account, Lenient>("account"),
                                                  });
    return s;
}

const Schema<PreviewCard> &previewCardSchema()
{
    using C = PreviewCard;
    static const Schema<C> s("PreviewCard", {
                                                field<&C::url, Required>("url"),
                                                field<&C::title>("title"),
                                                field<&C::description>("description"),
                                                field<&C::type>("type"),
                                                field<&C::authors, SkipBad>("authors"),
                                                field<&C::authorName>("author_name"),
                                                field<&C::authorUrl>("author_url"),
                                                field<&C::providerName>("provider_name"),
                                                field<&C::providerUrl>("provider_url"),
                                                field<&C::html>("html"),
                                                field<&C::width>("width"),
                                                field<&C::height>("height"),
                                                field<&C::image, NullIfEmpty>("image"),
                                                field<&C::embedUrl>("embed_url"),
                                                field<&C::blurhash, NullIfEmpty>("blurhash"),
                                            });
    return s;
}

const Schema<Quote> &quoteSchema()
{
    static const Schema<Quote> s("Quote", {
                                              field<&Quote::state>("state"),
                                              field<&Quote::quotedStatus>("quoted_status"),
                                              field<&Quote::quotedStatusId>("quoted_status_id"),
                                          });
    return s;
}

const Schema<Status> &statusSchema()
{
    using S = Status;
    static const Schema<S> s(
        "Status", {
                      field<&S::id, Required>("id"),
                      field<&S::uri>("uri"),
                      field<&S::url, NullIfEmpty>("url"),
                      field<&S::createdAt, Strict>("created_at"),
                      field<&S::editedAt>("edited_at"),
                      field<&S::account, Required>("account"),
                      field<&S::content>("content"),
                      field<&S::visibility>("visibility"),
                      field<&S::sensitive>("sensitive"),
                      field<&S::spoilerText>("spoiler_text"),
                      field<&S::mediaAttachments>("media_attachments"),
                      field<&S::application, Lenient>("application"),
                      field<&S::mentions, SkipBad>("mentions"),
                      field<&S::tags, SkipBad>("tags"),
                      field<&S::emojis, SkipBad>("emojis"),
                      field<&S::reblogsCount>("reblogs_count"),
                      field<&S::favouritesCount>("favourites_count"),
                      field<&S::repliesCount>("replies_count"),
                      field<&S::quotesCount>("quotes_count"),
                      field<&S::inReplyToId, NullIfEmpty>("in_reply_to_id"),
                      field<&S::inReplyToAccountId, NullIfEmpty>("in_reply_to_account_id"),
                      field<&S::reblog>("reblog"),
                      field<&S::quote, Lenient>("quote"),
                      field<&S::quoteApproval, OmitIfEmpty | Lenient>("quote_approval"),
                      field<&S::poll>("poll"),
                      field<&S::card, Lenient>("card"),
                      field<&S::language, NullIfEmpty>("language"),
                      field<&S::text, OmitIfEmpty>("text"),
                      field<&S::filtered, OmitIfEmpty | SkipBad>("filtered"),
                      field<&S::favourited, OmitIfEmpty>("favourited"),
                      field<&S::reblogged, OmitIfEmpty>("reblogged"),
                      field<&S::muted, OmitIfEmpty>("muted"),
                      field<&S::bookmarked, OmitIfEmpty>("bookmarked"),
                      field<&S::pinned, OmitIfEmpty>("pinned"),
                  });
    return s;
}

const Schema<StatusEditPoll> &statusEditPollSchema()
{
    static const Schema<StatusEditPoll> s("StatusEditPoll",
                                          {
                                              field<&StatusEditPoll::options>("options"),
                                          });
    return s;
}

const Schema<StatusEdit> &statusEditSchema()
{
    using E = StatusEdit;
    static const Schema<E> s("StatusEdit", {
                                               field<&E::content>("content"),
                                               field<&E::spoilerText>("spoiler_text"),
                                               field<&E::sensitive>("sensitive"),
                                               field<&E::createdAt, Strict>("created_at"),
                                               field<&E::account, Required>("account"),
                                               field<&E::poll, OmitIfEmpty | Lenient>("poll"),
                                               field<&E::mediaAttachments>("media_attachments"),
                                               field<&E::emojis, SkipBad>("emojis"),
                                           });
    return s;
}

const Schema<StatusSource> &statusSourceSchema()
{
    static const Schema<StatusSource> s("StatusSource",
                                        {
                                            field<&StatusSource::id, Required>("id"),
                                            field<&StatusSource::text>("text"),
                                            field<&StatusSource::spoilerText>("spoiler_text"),
                                        });
    return s;
}

const Schema<ScheduledStatus> &scheduledStatusSchema()
{
    using S = ScheduledStatus;
    static const Schema<S> s("ScheduledStatus",
                             {
                                 field<&S::id, Required>("id"),
                                 field<&S::scheduledAt>("scheduled_at"),
                                 field<&S::params>("params"),
                                 field<&S::mediaAttachments>("media_attachments"),
                             });
    return s;
}

const Schema<Translation> &translationSchema()
{
    using T = Translation;
    static const Schema<T> s("Translation",
                             {
                                 field<&T::content, Required>("content"),
                                 field<&T::spoilerText>("spoiler_text"),
                                 field<&T::detectedSourceLanguage>("detected_source_language"),
                                 field<&T::provider>("provider"),
                             });
    return s;
}

const Schema<Context> &contextSchema()
{
    static const Schema<Context> s("Context",
                                   {
                                       field<&Context::ancestors, Required>("ancestors"),
                                       field<&Context::descendants, Required>("descendants"),
                                   });
    return s;
}

const Schema<Conversation> &conversationSchema()
{
    using C = Conversation;
    static const Schema<C> s("Conversation", {
                                                 field<&C::id, Required>("id"),
                                                 field<&C::unread>("unread"),
                                                 field<&C::accounts>("accounts"),
                                                 field<&C::lastStatus>("last_status"),
                                             });
    return s;
}

} // namespace

TUSK_ENTITY_IMPL(MediaFocus, mediaFocusSchema)
TUSK_ENTITY_IMPL(MediaSize, mediaSizeSchema)
TUSK_ENTITY_IMPL(MediaMeta, mediaMetaSchema)
TUSK_ENTITY_IMPL(MediaAttachment, mediaAttachmentSchema)
TUSK_ENTITY_IMPL(PollOption, pollOptionSchema)
TUSK_ENTITY_IMPL(Poll, pollSchema)
TUSK_ENTITY_IMPL(PreviewCardAuthor, previewCardAuthorSchema)
TUSK_ENTITY_IMPL(PreviewCard, previewCardSchema)
TUSK_ENTITY_IMPL(Status, statusSchema)
TUSK_ENTITY_IMPL(StatusEditPoll, statusEditPollSchema)
TUSK_ENTITY_IMPL(StatusEdit, statusEditSchema)
TUSK_ENTITY_IMPL(StatusSource, statusSourceSchema)
TUSK_ENTITY_IMPL(ScheduledStatus, scheduledStatusSchema)
TUSK_ENTITY_IMPL(Translation, translationSchema)
TUSK_ENTITY_IMPL(Context, contextSchema)
TUSK_ENTITY_IMPL(Conversation, conversationSchema)

// Quote has two shapes to read and emits the Mastodon one.
bool readJson(const QJsonValue &v, Quote &out, const json::Path &p, ParseError &err)
{
    if (!v.isObject() || p.depth > kMaxDepth)
        return quoteSchema().read(v, out, p, err); // reports the error
    const QJsonObject o = v.toObject();
    if (o.contains(QLatin1String("state")) || o.contains(QLatin1String("quoted_status")) ||
        o.contains(QLatin1String("quoted_status_id")))
        return quoteSchema().readObject(o, out, p, err);
    // Akkoma/Pleroma/Misskey forks: the quoted status itself.
    Status quoted;
    if (!readJson(v, quoted, p, err))
        return false;
    out.state = QStringLiteral("accepted");
    out.quotedStatus = Box<Status>(std::move(quoted));
    return true;
}

Result<Quote> Quote::fromJson(const QJsonValue &json)
{
    return parseRoot<Quote>(json);
}

// toJson is hand-written here: its bytes go through QJsonDocument (rare, not a hot path).
void writeJsonBytes(json::JsonOut &out, const Quote &e)
{
    out.value(e.toJson());
}

QJsonObject Quote::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("state"), state);
    if (!quotedStatusId.isEmpty())
        o.insert(QLatin1String("quoted_status_id"), quotedStatusId);
    if (quotedStatus || quotedStatusId.isEmpty())
        o.insert(QLatin1String("quoted_status"),
                 quotedStatus ? QJsonValue(quotedStatus->toJson()) : QJsonValue());
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace tusk
