#pragma once
#include "core/content/richcontent.h"

namespace tusk::content {

// A plain-text post (no HTML) as rich content: escaped, paragraphs at blank lines, line breaks
// kept, http(s) URLs linkified, and "@user[@host]" / "#tag" linkified when the status' mentions
// or tags say where they point. Built as HTML and passed through the sanitizer, so the result
// has exactly the same shape and guarantees as sanitized server HTML.
RichContent plainTextToRichContent(const QString &text, const ContentContext &context = {},
                                   const SanitizeOptions &options = {});
QString plainTextToHtml(const QString &text, const ContentContext &context = {},
                        const SanitizeOptions &options = {});

// A display name (plain text on every server) for Text.RichText: escaped, bidi controls removed,
// custom emoji as images. Inline markup only: no paragraphs.
QString displayNameToHtml(const QString &name, const QList<CustomEmoji> &emojis = {},
                          const SanitizeOptions &options = {});
// A display name for embedding in other text ("%1 boosted"): bidi controls removed and the name
// wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so an Arabic name inside an
// English sentence (or the reverse) cannot reorder the sentence around it.
QString displayNameToPlainText(const QString &name);

} // namespace tusk::content
