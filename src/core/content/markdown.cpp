#include "core/content/markdown.h"

#include "core/content/htmlsanitizer.h"

#include <cmark.h>

#include <cstdlib>

namespace tusk::content {

QString markdownToHtml(const QString &markdown)
{
    const QByteArray in = markdown.toUtf8();
    // Safe mode is cmark's default since 0.29: never pass CMARK_OPT_UNSAFE. Hard breaks: in a
    // post, a single newline is a line break, as people type it.
    char *html = cmark_markdown_to_html(in.constData(), static_cast<std::size_t>(in.size()),
                                        CMARK_OPT_HARDBREAKS | CMARK_OPT_VALIDATE_UTF8);
    if (!html)
        return {};
    thread_local HtmlSanitizer sanitizer;
    const RichContent content = sanitizer.sanitizeUtf8(QByteArrayView(html, qstrlen(html)));
    std::free(html);
    return content.html;
}

} // namespace tusk::content
