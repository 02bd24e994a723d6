#pragma once
#include <QList>
#include <QString>

// Value types of the content pipeline: what goes into the sanitizer (the status' own emoji,
// mentions and tags, so links can be classified without guessing) and what comes out.
// Deliberately independent of the entity classes: the entity layer converts into these.
namespace tusk::content {

struct CustomEmoji {
    QString shortcode; // without colons
    QString url;       // animated original
    QString staticUrl; // still image
};

struct MentionRef {
    QString id;
    QString username;
    QString acct; // "user" for local accounts, "user@host" for remote ones
    QString url;
};

struct TagRef {
    QString name;
    QString url;
};

// Everything from the status (or account) that helps to interpret its HTML.
struct ContentContext {
    QList<CustomEmoji> emojis;
    QList<MentionRef> mentions;
    QList<TagRef> tags;
};

struct SanitizeOptions {
    int emojiSize = 20;                       // pixels; match the font's line height
    bool animateEmoji = true;                 // false: use staticUrl (reduced motion, battery)
    qsizetype maxHtmlBytes = 4 * 1024 * 1024; // output cap; beyond it `truncated` is set
};

struct ContentLink {
    enum class Kind { Url, Mention, Hashtag };
    Kind kind = Kind::Url;
    QString href;      // exactly as written into the HTML output, so a click can be looked up
    QString text;      // visible text (Mastodon's shortened form, with "…")
    QString accountId; // Mention: id from the status' mentions, if it could be matched
    QString acct;      // Mention: acct from the mentions, else the visible "@user@host" text
    QString tag;       // Hashtag: name without '#'

    friend bool operator==(const ContentLink &, const ContentLink &) = default;
};

struct RichContent {
    QString html;             // sanitized; for QML Text.RichText / QTextDocument::setHtml
    QString plainText;        // for screen readers, notifications, the CLI
    QList<ContentLink> links; // every kept <a>, in document order
    bool rtl = false;         // first strong direction of the content
    bool truncated = false;   // input or output exceeded a resource limit; content is partial
};

} // namespace tusk::content
