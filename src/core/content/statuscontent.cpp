#include "core/content/statuscontent.h"

#include "core/content/plaintextcontent.h"
#include "core/entities/status.h"

namespace tusk::content {

namespace {

QList<CustomEmoji> toContentEmoji(const QList<tusk::CustomEmoji> &emojis)
{
    QList<CustomEmoji> out;
    out.reserve(emojis.size());
    for (const tusk::CustomEmoji &e : emojis)
        out.append(CustomEmoji{e.shortcode, e.url, e.staticUrl});
    return out;
}

const Status &shown(const Status &status)
{
    return status.reblog ? *status.reblog : status;
}

} // namespace

ContentContext contextFor(const Status &status)
{
    ContentContext context;
    context.emojis = toContentEmoji(status.emojis);
    context.mentions.reserve(status.mentions.size());
    for (const Mention &m : status.mentions)
        context.mentions.append(MentionRef{m.id, m.username, m.acct, m.url});
    context.tags.reserve(status.tags.size());
    for (const Tag &t : status.tags)
        context.tags.append(TagRef{t.name, t.url});
    return context;
}

RichContent renderStatusContent(HtmlSanitizer &sanitizer, const Status &status,
                                const SanitizeOptions &options)
{
    const Status &s = shown(status);
    const ContentContext context = contextFor(s);
    if (s.content.isEmpty() && !s.text.isEmpty())
        return plainTextToRichContent(s.text, context, options);
    return sanitizer.sanitize(s.content, context, options);
}

RichContent renderSpoiler(const Status &status, const SanitizeOptions &options)
{
    const Status &s = shown(status);
    if (s.spoilerText.isEmpty())
        return {};
    ContentContext context;
    context.emojis = toContentEmoji(s.emojis);
    return plainTextToRichContent(s.spoilerText, context, options);
}

RichContent renderAccountNote(HtmlSanitizer &sanitizer, const Account &account,
                              const SanitizeOptions &options)
{
    ContentContext context;
    context.emojis = toContentEmoji(account.emojis);
    return sanitizer.sanitize(account.note, context, options);
}

QString renderDisplayName(const Account &account, const SanitizeOptions &options)
{
    const QString &name = account.displayName.isEmpty() ? account.username : account.displayName;
    return displayNameToHtml(name, toContentEmoji(account.emojis), options);
}

} // namespace tusk::content
