#include "core/content/plaintextcontent.h"

#include "core/content/emojiset.h"
#include "core/content/htmlsanitizer.h"
#include "core/content/linkclassifier.h"
#include "core/content/utf8text.h"

namespace tusk::content {

namespace {

bool startsWithUrl(std::string_view s)
{
    return s.starts_with("https://") || s.starts_with("http://");
}

// Trailing punctuation is more likely sentence than URL: "see https://x.org/a."
std::size_t urlEnd(std::string_view s, std::size_t start)
{
    std::size_t end = start;
    while (end < s.size() && !utf8::isSpace(s[end]) && s[end] != '<' && s[end] != '"')
        ++end;
    while (end > start && std::string_view(".,;:!?)'").find(s[end - 1]) != std::string_view::npos)
        --end;
    return end;
}

bool isNameChar(char c)
{
    return EmojiSet::isShortcodeChar(c) || c == '.' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80;
}

void appendLink(std::string &html, std::string_view href, std::string_view text)
{
    html += "<a href=\"";
    utf8::appendEscapedAttribute(html, href);
    html += "\">";
    utf8::appendEscapedText(html, text);
    html += "</a>";
}

} // namespace

RichContent plainTextToRichContent(const QString &text, const ContentContext &context,
                                   const SanitizeOptions &options)
{
    const std::string in = text.toStdString();
    std::string html = "<p>";
    std::string cleaned;
    std::size_t i = 0;
    std::size_t runStart = 0;
    auto flushRun = [&](std::size_t end) {
        utf8::appendEscapedText(html, std::string_view(in).substr(runStart, end - runStart));
    };
    while (i < in.size()) {
        const char c = in[i];
        const bool wordStart = i == 0 || utf8::isSpace(in[i - 1]) || in[i - 1] == '(';
        if (c == '\n') {
            flushRun(i);
            std::size_t j = i;
            int newlines = 0;
            while (j < in.size() &&
                   (in[j] == '\n' || in[j] == ' ' || in[j] == '\t' || in[j] == '\r')) {
                newlines += in[j] == '\n';
                ++j;
            }
            html += newlines >= 2 ? "</p><p>" : "<br>";
            i = runStart = j;
            continue;
        }
        if (wordStart && (c == 'h' || c == 'H') && startsWithUrl(std::string_view(in).substr(i))) {
            const std::size_t end = urlEnd(in, i);
            const std::string_view url = std::string_view(in).substr(i, end - i);
            if (LinkClassifier::cleanHref(url, cleaned)) {
                flushRun(i);
                appendLink(html, cleaned, url);
                i = runStart = end;
                continue;
            }
        }
        if (wordStart && (c == '@' || c == '#')) {
            std::size_t end = i + 1;
            while (end < in.size() && (isNameChar(in[end]) || (c == '@' && in[end] == '@')))
                ++end;
            while (end > i + 1 && (in[end - 1] == '.' || in[end - 1] == '-'))
                --end;
            const std::string_view word = std::string_view(in).substr(i, end - i);
            const QString name =
                QString::fromUtf8(word.substr(1).data(), static_cast<qsizetype>(word.size() - 1));
            QString target;
            if (c == '@') {
                for (const MentionRef &m : context.mentions) {
                    if (!name.isEmpty() && (m.acct.compare(name, Qt::CaseInsensitive) == 0 ||
                                            m.username.compare(name, Qt::CaseInsensitive) == 0)) {
                        target = m.url;
                        break;
                    }
                }
            } else {
                for (const TagRef &t : context.tags) {
                    if (!name.isEmpty() && t.name.compare(name, Qt::CaseInsensitive) == 0) {
                        target = t.url;
                        break;
                    }
                }
            }
            if (!target.isEmpty() && LinkClassifier::cleanHref(target.toStdString(), cleaned)) {
                flushRun(i);
                appendLink(html, cleaned, word);
                i = runStart = end;
                continue;
            }
        }
        ++i;
    }
    flushRun(in.size());
    html += "</p>";
    thread_local HtmlSanitizer sanitizer;
    return sanitizer.sanitizeUtf8(QByteArrayView(html.data(), static_cast<qsizetype>(html.size())),
                                  context, options);
}

QString plainTextToHtml(const QString &text, const ContentContext &context,
                        const SanitizeOptions &options)
{
    return plainTextToRichContent(text, context, options).html;
}

QString displayNameToHtml(const QString &name, const QList<CustomEmoji> &emojis,
                          const SanitizeOptions &options)
{
    const std::string in = name.toStdString();
    std::string scratch;
    std::string_view text = utf8::stripUnsafe(in, scratch);
    std::string out;
    out.reserve(text.size() + 16);
    EmojiSet set;
    set.reset(emojis, options);
    set.split(
        text, [&out](std::string_view piece) { utf8::appendEscapedText(out, piece); },
        [&out](std::string_view, std::string_view markup) { out += markup; });
    return QString::fromStdString(out);
}

QString displayNameToPlainText(const QString &name)
{
    const std::string in = name.toStdString();
    std::string scratch;
    const std::string_view text = utf8::stripUnsafe(in, scratch);
    std::string out;
    out.reserve(text.size() + 6);
    out += utf8::kFsi;
    out += text;
    out += utf8::kPdi;
    return QString::fromStdString(out);
}

} // namespace tusk::content
