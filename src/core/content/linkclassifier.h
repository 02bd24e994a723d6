#pragma once
#include "core/content/richcontent.h"

#include <string>
#include <string_view>
#include <vector>

namespace tusk::content {

// Decides whether an <a href> may be kept, and what it points at: a mention (matched against the
// status' mentions), a hashtag, or an ordinary URL. Server HTML differs (Mastodon and GoToSocial
// use class="u-url mention" inside an h-card span and class="mention hashtag"; Pleroma/Akkoma
// class="hashtag" rel="tag"; Misskey forks often only rel="tag" or bare links with "@user@host"
// text), so markup hints, the status' own mention/tag URLs and the visible text all count.
class LinkClassifier {
public:
    static constexpr std::size_t kMaxHrefBytes = 8192;

    struct Hints {
        bool classMention = false;
        bool classHashtag = false;
        bool classUUrl = false;
        bool relTag = false;
        bool inHCard = false;
    };

    void reset(const ContentContext &context);

    // Normalises an href the way a URL parser would read it (tabs and newlines removed, C0 and
    // spaces trimmed) and accepts only absolute http(s) URLs with a host, and mailto:. Anything
    // else (javascript:, data:, vbscript:, file:, relative paths) returns false: the link is
    // dropped and its text kept.
    static bool cleanHref(std::string_view raw, std::string &out);

    ContentLink classify(std::string_view href, std::string_view visibleText,
                         const Hints &hints) const;

private:
    struct Mention {
        std::string url, acct, username;
        const MentionRef *ref;
    };
    struct Tag {
        std::string url, name;
        const TagRef *ref;
    };
    const Mention *findMention(std::string_view href, std::string_view text) const;
    const Tag *findTag(std::string_view href, std::string_view text) const;

    std::vector<Mention> m_mentions;
    std::vector<Tag> m_tags;
};

} // namespace tusk::content
