#pragma once
#include "core/content/richcontent.h"

#include <QByteArrayView>

#include <memory>

namespace tusk::content {

// Turns status HTML from any Mastodon-API server into safe rich text for QML's Text.RichText,
// plus a plain-text rendering and the list of links. Parsing is a real HTML5 parser (gumbo);
// the output is rebuilt from an allow-list, never copied through:
//   kept:      p, br, a[href] (http/https/mailto only), strong/b, em/i, u/ins, s/del/strike,
//              code/kbd/samp/tt, pre, blockquote, ul, ol, li, sub, sup
//   mapped:    h1-h6 -> bold paragraph; div/section/table rows/... -> paragraph breaks;
//              our own <img> for custom emoji
//   dropped with their content: script, style, template, iframe, object, embed, form
//              controls, svg, math, audio/video, head/meta/...
//   anything else is unwrapped (its text kept). No other attributes survive.
// The output is stable: sanitizing it again yields it unchanged (see RichTextWriter).
// Not thread-safe (it reuses buffers between calls): use one per thread, or sanitizeHtml().
class HtmlSanitizer {
public:
    HtmlSanitizer();
    ~HtmlSanitizer();
    HtmlSanitizer(const HtmlSanitizer &) = delete;
    HtmlSanitizer &operator=(const HtmlSanitizer &) = delete;

    RichContent sanitize(const QString &html, const ContentContext &context = {},
                         const SanitizeOptions &options = {});
    RichContent sanitizeUtf8(QByteArrayView html, const ContentContext &context = {},
                             const SanitizeOptions &options = {});

private:
    struct Walker;
    std::unique_ptr<Walker> d;
};

// Convenience over a per-thread HtmlSanitizer.
RichContent sanitizeHtml(const QString &html, const ContentContext &context = {},
                         const SanitizeOptions &options = {});

} // namespace tusk::content
