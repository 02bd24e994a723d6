#include "core/content/linkclassifier.h"

#include <algorithm>

namespace tusk::content {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(),
                                              [](char x, char y) { return lower(x) == lower(y); });
}

bool isAlpha(char c)
{
    return (lower(c) >= 'a' && lower(c) <= 'z');
}

// "https://host:port/path" -> "host:port" (no userinfo handling needed for matching).
std::string_view hostOf(std::string_view url)
{
    const std::size_t start = url.find("//");
    if (start == std::string_view::npos)
        return {};
    url.remove_prefix(start + 2);
    return url.substr(0, url.find_first_of("/?#"));
}

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

void LinkClassifier::reset(const ContentContext &context)
{
    m_mentions.clear();
    m_tags.clear();
    for (const MentionRef &m : context.mentions)
        m_mentions.push_back(
            {m.url.toStdString(), m.acct.toStdString(), m.username.toStdString(), &m});
    for (const TagRef &t : context.tags)
        m_tags.push_back({t.url.toStdString(), t.name.toStdString(), &t});
}

bool LinkClassifier::cleanHref(std::string_view raw, std::string &out)
{
    out.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        // Bidi embeddings/overrides/isolates would reorder the URL wherever it is shown; a URL
        // parser percent-encodes them anyway.
        if (static_cast<unsigned char>(c) == 0xe2 && i + 2 < raw.size()) {
            const auto d = static_cast<unsigned char>(raw[i + 1]);
            const auto e = static_cast<unsigned char>(raw[i + 2]);
            if ((d == 0x80 && e >= 0xaa && e <= 0xae) || (d == 0x81 && e >= 0xa6 && e <= 0xa9)) {
                static const char hex[] = "0123456789ABCDEF";
                for (unsigned char b : {static_cast<unsigned char>(0xe2), d, e}) {
                    out += '%';
                    out += hex[b >> 4];
                    out += hex[b & 15];
                }
                i += 2;
                continue;
            }
        }
        out += c;
    }
    auto isTrimmed = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
    while (!out.empty() && isTrimmed(out.back()))
        out.pop_back();
    const auto first = std::find_if_not(out.begin(), out.end(), isTrimmed);
    out.erase(out.begin(), first);
    if (out.empty() || out.size() > kMaxHrefBytes)
        return false;
    if (std::any_of(out.begin(), out.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        return false;
    if (!isAlpha(out[0]))
        return false; // relative
    std::size_t colon = 1;
    while (colon < out.size() && (isAlpha(out[colon]) || (out[colon] >= '0' && out[colon] <= '9') ||
                                  out[colon] == '+' || out[colon] == '-' || out[colon] == '.'))
        ++colon;
    if (colon >= out.size() || out[colon] != ':')
        return false;
    for (std::size_t i = 0; i < colon; ++i) // schemes are case-insensitive; write them lower-case
        out[i] = lower(out[i]);
    const std::string_view scheme(out.data(), colon);
    const std::string_view rest = std::string_view(out).substr(colon + 1);
    if (equalsIgnoreCase(scheme, "http") || equalsIgnoreCase(scheme, "https")) {
        return rest.size() > 2 && rest.substr(0, 2) == "//" &&
               std::string_view("/?#\\").find(rest[2]) == std::string_view::npos;
    }
    if (equalsIgnoreCase(scheme, "mailto"))
        return !rest.empty();
    return false;
}

const LinkClassifier::Mention *LinkClassifier::findMention(std::string_view href,
                                                           std::string_view text) const
{
    for (const Mention &m : m_mentions) {
        if (!m.url.empty() && m.url == href)
            return &m;
    }
    if (text.size() < 2 || text.front() != '@')
        return nullptr;
    text.remove_prefix(1);
    const std::size_t at = text.find('@');
    for (const Mention &m : m_mentions) {
        if (equalsIgnoreCase(m.acct, text))
            return &m;
        if (at == std::string_view::npos) {
            if (equalsIgnoreCase(m.username, text))
                return &m;
        } else if (equalsIgnoreCase(m.username, text.substr(0, at)) &&
                   equalsIgnoreCase(hostOf(m.url), text.substr(at + 1))) {
            return &m;
        }
    }
    return nullptr;
}

const LinkClassifier::Tag *LinkClassifier::findTag(std::string_view href,
                                                   std::string_view text) const
{
    for (const Tag &t : m_tags) {
        if (!t.url.empty() && equalsIgnoreCase(t.url, href))
            return &t;
    }
    if (text.size() < 2 || text.front() != '#')
        return nullptr;
    text.remove_prefix(1);
    for (const Tag &t : m_tags) {
        if (equalsIgnoreCase(t.name, text))
            return &t;
    }
    return nullptr;
}

ContentLink LinkClassifier::classify(std::string_view href, std::string_view text,
                                     const Hints &hints) const
{
    ContentLink link;
    link.href = toQString(href);
    link.text = toQString(text);

    const Tag *tag = findTag(href, text);
    if (hints.classHashtag || hints.relTag || tag) {
        link.kind = ContentLink::Kind::Hashtag;
        if (text.size() > 1 && text.front() == '#') {
            link.tag = toQString(text.substr(1));
        } else if (tag) {
            link.tag = tag->ref->name;
        } else {
            std::string_view path = href.substr(0, href.find_first_of("?#"));
            while (!path.empty() && path.back() == '/')
                path.remove_suffix(1);
            link.tag = toQString(path.substr(path.rfind('/') + 1));
        }
        return link;
    }

    const Mention *mention = findMention(href, text);
    if (hints.classMention || (hints.classUUrl && hints.inHCard) || mention) {
        link.kind = ContentLink::Kind::Mention;
        if (mention) {
            link.accountId = mention->ref->id;
            link.acct = mention->ref->acct;
        } else {
            link.acct = toQString(text.substr(text.starts_with('@') ? 1 : 0));
        }
        return link;
    }
    return link;
}

} // namespace tusk::content
