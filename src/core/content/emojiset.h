#pragma once
#include "core/content/richcontent.h"

#include <string>
#include <string_view>
#include <vector>

namespace tusk::content {

// The custom emoji of one status or account, ready to replace ":shortcode:" in text with an
// <img> that Qt's rich text renders inline (width/height in pixels, align="middle" so the image
// sits on the text's centre line, alt=":shortcode:" for accessibility and copy/paste).
class EmojiSet {
public:
    static constexpr std::size_t kMaxImages = 1000; // per text; the rest stays ":shortcode:"

    void reset(const QList<CustomEmoji> &emojis, const SanitizeOptions &options);
    bool empty() const { return m_entries.empty(); }

    // Calls onText(run) for plain runs and onEmoji(":shortcode:", imgMarkup) for each known
    // emoji, in order. Shortcodes are [A-Za-z0-9_]+ as on Mastodon.
    template <typename OnText, typename OnEmoji>
    void split(std::string_view text, OnText &&onText, OnEmoji &&onEmoji)
    {
        std::size_t runStart = 0;
        std::size_t i = text.find(':');
        while (i != std::string_view::npos && m_used < kMaxImages) {
            std::size_t j = i + 1;
            while (j < text.size() && isShortcodeChar(text[j]))
                ++j;
            if (j >= text.size())
                break;
            if (text[j] == ':' && j > i + 1) {
                if (const Entry *e = find(text.substr(i + 1, j - i - 1))) {
                    if (i > runStart)
                        onText(text.substr(runStart, i - runStart));
                    onEmoji(text.substr(i, j - i + 1), std::string_view(e->markup));
                    ++m_used;
                    runStart = j + 1;
                    i = text.find(':', runStart);
                    continue;
                }
                i = j; // the closing colon may open the next shortcode
            } else {
                i = text.find(':', j);
            }
        }
        if (runStart < text.size())
            onText(text.substr(runStart));
    }

    static bool isShortcodeChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    }

private:
    struct Entry {
        std::string shortcode;
        std::string markup;
    };
    const Entry *find(std::string_view shortcode) const;

    std::vector<Entry> m_entries; // sorted by shortcode
    std::size_t m_used = 0;
};

} // namespace tusk::content
