#pragma once
#include "core/content/htmlsanitizer.h"
#include "core/content/richcontent.h"

namespace tusk {
struct Account;
struct Status;
} // namespace tusk

namespace tusk::content {

// The bridge from entities to the content pipeline: everything a view, a notification or the
// CLI shows of a status or an account goes through these, so the rules (which HTML is allowed,
// how mentions are classified, how emoji are sized) live in one place.

// The status' own emoji, mentions and tags, which let the sanitizer classify links exactly.
ContentContext contextFor(const Status &status);

// The status body: its HTML `content`, or its source `text` when a server sent no HTML (a
// delete-and-redraft answer, some GoToSocial replies). A boost renders the boosted status.
RichContent renderStatusContent(HtmlSanitizer &sanitizer, const Status &status,
                                const SanitizeOptions &options = {});
// The content warning: plain text on every server (not HTML), with the status' emoji.
RichContent renderSpoiler(const Status &status, const SanitizeOptions &options = {});
// An account's bio (HTML) with the account's emoji.
RichContent renderAccountNote(HtmlSanitizer &sanitizer, const Account &account,
                              const SanitizeOptions &options = {});
// An account's display name as inline rich text (falls back to the username when empty).
QString renderDisplayName(const Account &account, const SanitizeOptions &options = {});

} // namespace tusk::content
