#include "core/content/emojiset.h"

#include "core/content/linkclassifier.h"
#include "core/content/utf8text.h"

#include <algorithm>

namespace tusk::content {

void EmojiSet::reset(const QList<CustomEmoji> &emojis, const SanitizeOptions &options)
{
    m_entries.clear();
    m_used = 0;
    const std::string size = std::to_string(std::clamp(options.emojiSize, 1, 512));
    std::string url;
    for (const CustomEmoji &emoji : emojis) {
        std::string shortcode = emoji.shortcode.toStdString();
        if (shortcode.empty() || !std::all_of(shortcode.begin(), shortcode.end(), isShortcodeChar))
            continue;
        const QString &source =
            (options.animateEmoji || emoji.staticUrl.isEmpty()) ? emoji.url : emoji.staticUrl;
        if (!LinkClassifier::cleanHref(source.toStdString(), url) || url.starts_with("mailto") ||
            url.starts_with("MAILTO"))
            continue;
        std::string markup = "<img src=\"";
        utf8::appendEscapedAttribute(markup, url);
        markup += "\" width=\"" + size + "\" height=\"" + size + "\" align=\"middle\" alt=\":";
        markup += shortcode; // [A-Za-z0-9_] only: nothing to escape
        markup += ":\">";
        m_entries.push_back({std::move(shortcode), std::move(markup)});
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.shortcode < b.shortcode; });
    // Keep the first of duplicate shortcodes.
    m_entries.erase(
        std::unique(m_entries.begin(), m_entries.end(),
                    [](const Entry &a, const Entry &b) { return a.shortcode == b.shortcode; }),
        m_entries.end());
}

const EmojiSet::Entry *EmojiSet::find(std::string_view shortcode) const
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), shortcode,
                               [](const Entry &e, std::string_view s) { return e.shortcode < s; });
    return (it != m_entries.end() && it->shortcode == shortcode) ? &*it : nullptr;
}

} // namespace tusk::content
