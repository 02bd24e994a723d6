#include "core/content/utf8text.h"

#include <QChar>

namespace tusk::content::utf8 {

void appendEscapedText(std::string &out, std::string_view text)
{
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char *replacement = nullptr;
        switch (c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        default:
            continue;
        }
        out.append(text.data() + runStart, i - runStart);
        out.append(replacement);
        runStart = i + 1;
    }
    out.append(text.data() + runStart, text.size() - runStart);
}

void appendEscapedAttribute(std::string &out, std::string_view text)
{
    std::size_t runStart = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char *replacement = nullptr;
        switch (c) {
        case '&':
            replacement = "&amp;";
            break;
        case '<':
            replacement = "&lt;";
            break;
        case '>':
            replacement = "&gt;";
            break;
        case '"':
            replacement = "&quot;";
            break;
        default:
            continue;
        }
        out.append(text.data() + runStart, i - runStart);
        out.append(replacement);
        runStart = i + 1;
    }
    out.append(text.data() + runStart, text.size() - runStart);
}

namespace {

// Length of an unsafe sequence starting at text[i], or 0.
std::size_t unsafeLength(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20)
        return (c == '\t' || c == '\n') ? 0 : 1;
    if (c == 0x7f)
        return 1;
    if (c == 0xc2 && i + 1 < text.size()) { // C1 controls U+0080-009F
        const auto d = static_cast<unsigned char>(text[i + 1]);
        return (d >= 0x80 && d <= 0x9f) ? 2 : 0;
    }
    if (c == 0xe2 && i + 2 < text.size()) {
        const auto d = static_cast<unsigned char>(text[i + 1]);
        const auto e = static_cast<unsigned char>(text[i + 2]);
        if (d == 0x80 && e >= 0xaa && e <= 0xae) // U+202A-202E
            return 3;
        if (d == 0x81 && e >= 0xa6 && e <= 0xa9) // U+2066-2069
            return 3;
    }
    return 0;
}

bool mayNeedStripping(unsigned char c)
{
    return c < 0x20 || c == 0x7f || c == 0xc2 || c == 0xe2;
}

} // namespace

std::string_view stripUnsafe(std::string_view text, std::string &scratch)
{
    std::size_t i = 0;
    for (; i < text.size(); ++i) {
        if (mayNeedStripping(static_cast<unsigned char>(text[i])) && unsafeLength(text, i))
            break;
    }
    if (i == text.size())
        return text;
    scratch.assign(text.data(), i);
    while (i < text.size()) {
        if (mayNeedStripping(static_cast<unsigned char>(text[i]))) {
            if (const std::size_t skip = unsafeLength(text, i)) {
                i += skip;
                continue;
            }
        }
        scratch.push_back(text[i++]);
    }
    return scratch;
}

char32_t decode(std::string_view s, std::size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80)
        return c;
    int extra = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xe0) == 0xc0) {
        extra = 1;
        cp = c & 0x1f;
        min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        extra = 2;
        cp = c & 0x0f;
        min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
        extra = 3;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0xfffd;
    }
    for (int k = 0; k < extra; ++k) {
        if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xc0) != 0x80)
            return 0xfffd;
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0xfffd;
    return cp;
}

Direction firstStrong(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
                return Direction::Ltr;
            ++i;
            continue;
        }
        switch (QChar::direction(decode(text, i))) {
        case QChar::DirL:
            return Direction::Ltr;
        case QChar::DirR:
        case QChar::DirAL:
            return Direction::Rtl;
        default:
            break;
        }
    }
    return Direction::Neutral;
}

} // namespace tusk::content::utf8
