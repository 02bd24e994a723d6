#include "core/content/htmlsanitizer.h"

#include "core/content/emojiset.h"
#include "core/content/htmlfragmentparser.h"
#include "core/content/linkclassifier.h"
#include "core/content/plaintextwriter.h"
#include "core/content/richtextwriter.h"
#include "core/content/utf8text.h"

#include <array>
#include <cstring>

namespace tusk::content {

namespace {

using Tag = RichTextWriter::Tag;
using utf8::Direction;

// What an input element means for the output.
enum class Role : std::uint8_t {
    Unwrap, // keep the children, drop the tag
    Drop,   // drop the element with everything inside
    Boundary,
    Heading,
    Rule,
    Container,
    ListItem,
    Inline,
    Code, // inline code: also disables emoji replacement
    Link,
    Break,
    Image,
    Span,
    Cell,
};

struct ElementRule {
    Role role = Role::Unwrap;
    Tag tag = Tag::Root;
};

constexpr std::array<ElementRule, GUMBO_TAG_LAST + 1> makeRules()
{
    std::array<ElementRule, GUMBO_TAG_LAST + 1> r{};
    for (GumboTag t :
         {GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_BASE,      GUMBO_TAG_LINK,
          GUMBO_TAG_META,     GUMBO_TAG_STYLE,    GUMBO_TAG_SCRIPT,    GUMBO_TAG_NOSCRIPT,
          GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME,   GUMBO_TAG_EMBED,     GUMBO_TAG_OBJECT,
          GUMBO_TAG_PARAM,    GUMBO_TAG_VIDEO,    GUMBO_TAG_AUDIO,     GUMBO_TAG_SOURCE,
          GUMBO_TAG_TRACK,    GUMBO_TAG_CANVAS,   GUMBO_TAG_MAP,       GUMBO_TAG_AREA,
          GUMBO_TAG_MATH,     GUMBO_TAG_SVG,      GUMBO_TAG_FORM,      GUMBO_TAG_INPUT,
          GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,   GUMBO_TAG_DATALIST,  GUMBO_TAG_OPTGROUP,
          GUMBO_TAG_OPTION,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_KEYGEN,    GUMBO_TAG_APPLET,
          GUMBO_TAG_FRAME,    GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES,  GUMBO_TAG_ISINDEX,
          GUMBO_TAG_XMP,      GUMBO_TAG_NOEMBED,  GUMBO_TAG_PLAINTEXT, GUMBO_TAG_BGSOUND,
          GUMBO_TAG_MENUITEM, GUMBO_TAG_COLGROUP, GUMBO_TAG_COL,       GUMBO_TAG_IMAGE,
          GUMBO_TAG_MARQUEE,  GUMBO_TAG_NEXTID})
        r[t].role = Role::Drop;
    for (GumboTag t :
         {GUMBO_TAG_P,       GUMBO_TAG_DIV,     GUMBO_TAG_SECTION,    GUMBO_TAG_ARTICLE,
          GUMBO_TAG_NAV,     GUMBO_TAG_ASIDE,   GUMBO_TAG_HGROUP,     GUMBO_TAG_HEADER,
          GUMBO_TAG_FOOTER,  GUMBO_TAG_ADDRESS, GUMBO_TAG_DL,         GUMBO_TAG_DT,
          GUMBO_TAG_DD,      GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_MAIN,
          GUMBO_TAG_TABLE,   GUMBO_TAG_CAPTION, GUMBO_TAG_TR,         GUMBO_TAG_FIELDSET,
          GUMBO_TAG_LEGEND,  GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY,    GUMBO_TAG_CENTER,
          GUMBO_TAG_MULTICOL})
        r[t].role = Role::Boundary;
    for (GumboTag t :
         {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6})
        r[t] = {Role::Heading, Tag::Strong};
    r[GUMBO_TAG_HR].role = Role::Rule;
    r[GUMBO_TAG_BLOCKQUOTE] = {Role::Container, Tag::Blockquote};
    r[GUMBO_TAG_UL] = {Role::Container, Tag::Ul};
    r[GUMBO_TAG_MENU] = {Role::Container, Tag::Ul};
    r[GUMBO_TAG_DIR] = {Role::Container, Tag::Ul};
    r[GUMBO_TAG_OL] = {Role::Container, Tag::Ol};
    r[GUMBO_TAG_PRE] = {Role::Container, Tag::Pre};
    r[GUMBO_TAG_LISTING] = {Role::Container, Tag::Pre};
    r[GUMBO_TAG_LI] = {Role::ListItem, Tag::Li};
    for (GumboTag t : {GUMBO_TAG_STRONG, GUMBO_TAG_B})
        r[t] = {Role::Inline, Tag::Strong};
    for (GumboTag t : {GUMBO_TAG_EM, GUMBO_TAG_I, GUMBO_TAG_CITE, GUMBO_TAG_VAR, GUMBO_TAG_DFN})
        r[t] = {Role::Inline, Tag::Em};
    for (GumboTag t : {GUMBO_TAG_U, GUMBO_TAG_INS})
        r[t] = {Role::Inline, Tag::U};
    for (GumboTag t : {GUMBO_TAG_S, GUMBO_TAG_DEL, GUMBO_TAG_STRIKE})
        r[t] = {Role::Inline, Tag::S};
    for (GumboTag t : {GUMBO_TAG_CODE, GUMBO_TAG_KBD, GUMBO_TAG_SAMP, GUMBO_TAG_TT})
        r[t] = {Role::Code, Tag::Code};
    r[GUMBO_TAG_SUB] = {Role::Inline, Tag::Sub};
    r[GUMBO_TAG_SUP] = {Role::Inline, Tag::Sup};
    r[GUMBO_TAG_A].role = Role::Link;
    r[GUMBO_TAG_BR].role = Role::Break;
    r[GUMBO_TAG_IMG].role = Role::Image;
    r[GUMBO_TAG_SPAN].role = Role::Span;
    r[GUMBO_TAG_TD].role = Role::Cell;
    r[GUMBO_TAG_TH].role = Role::Cell;
    return r;
}

constexpr auto kRules = makeRules();

const ElementRule &ruleFor(const GumboNode *node)
{
    static constexpr ElementRule kForeign{Role::Drop, Tag::Root};
    if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return kForeign; // svg/math content
    return kRules[node->v.element.tag];
}

std::string_view attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

bool hasToken(std::string_view list, std::string_view token)
{
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && utf8::isSpace(list[i]))
            ++i;
        std::size_t end = i;
        while (end < list.size() && !utf8::isSpace(list[end]))
            ++end;
        if (list.substr(i, end - i) == token)
            return true;
        i = end;
    }
    return false;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool isTextNode(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
           node->type == GUMBO_NODE_CDATA;
}

enum Exit : std::uint16_t {
    kExitEllipsis = 1 << 0,
    kExitCellSpace = 1 << 1,
    kExitLink = 1 << 2,
    kExitInline = 1 << 3,
    kExitCode = 1 << 4,
    kExitPre = 1 << 5,
    kExitContainer = 1 << 6,
    kExitBoundary = 1 << 7,
    kExitList = 1 << 8,
    kExitHCard = 1 << 9,
    kExitParagraph = 1 << 10,
};

} // namespace

struct HtmlSanitizer::Walker {
    struct Frame {
        const GumboNode *node;
        unsigned next;
        std::uint16_t exit;
    };
    struct List {
        bool ordered;
        int counter;
    };
    struct LinkItem {
        const GumboNode *node;
        unsigned next;
        bool ellipsis;
        bool block; // separate from neighbours by a space, as the plain text does by a break
    };

    HtmlFragmentParser parser;
    RichTextWriter html;
    PlainTextWriter plain;
    LinkClassifier classifier;
    EmojiSet emoji;
    std::vector<Frame> stack;
    std::vector<List> lists;
    std::vector<LinkItem> linkTodo;
    std::string scratch, href, linkText, linkRaw, attributes;
    QList<ContentLink> links;
    Direction overall = Direction::Neutral;
    int codeDepth = 0;
    int hcardDepth = 0;
    bool inLink = false;
    bool linkIsolated = false;

    RichContent run(std::string_view input, const ContentContext &context,
                    const SanitizeOptions &options);
    void walk(const GumboNode *root);
    bool enter(const GumboNode *node, std::uint16_t &exit);
    void leave(std::uint16_t exit);
    void emitText(std::string_view text);
    void emitPiece(std::string_view text);
    bool enterLink(const GumboNode *node);
    void collectLinkText(const GumboNode *link);
};

void HtmlSanitizer::Walker::emitPiece(std::string_view text)
{
    html.text(text);
    plain.text(text);
    if (!linkIsolated && (html.needsDirection() || overall == Direction::Neutral)) {
        const Direction d = utf8::firstStrong(text);
        if (d != Direction::Neutral) {
            html.strongDirection(d);
            if (overall == Direction::Neutral)
                overall = d;
        }
    }
}

void HtmlSanitizer::Walker::emitText(std::string_view raw)
{
    const std::string_view text = utf8::stripUnsafe(raw, scratch);
    if (text.empty())
        return;
    if (emoji.empty() || codeDepth > 0) {
        emitPiece(text);
        return;
    }
    emoji.split(
        text, [this](std::string_view piece) { emitPiece(piece); },
        [this](std::string_view shortcode, std::string_view markup) {
            html.trustedMarkup(markup);
            plain.text(shortcode);
        });
}

// The visible text of a link, computed before the link is written: classification (and with it
// the class and the bidi isolation we write) depends on it. Mirrors what the main walk emits.
void HtmlSanitizer::Walker::collectLinkText(const GumboNode *link)
{
    linkText.clear();
    std::vector<LinkItem> &todo = linkTodo;
    std::string &raw = linkRaw;
    todo.assign(1, {link, 0, false, false});
    raw.clear();
    while (!todo.empty() && raw.size() < LinkClassifier::kMaxHrefBytes) {
        LinkItem &item = todo.back();
        const GumboVector &kids = childrenOf(item.node);
        if (item.next >= kids.length) {
            if (item.ellipsis)
                raw += utf8::kEllipsis;
            if (item.block)
                raw += ' ';
            todo.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(kids.data[item.next++]);
        if (isTextNode(child)) {
            raw += child->v.text.text;
        } else if (child->type == GUMBO_NODE_ELEMENT) {
            const ElementRule &rule = ruleFor(child);
            if (rule.role == Role::Drop)
                continue;
            if (rule.role == Role::Break || rule.role == Role::Rule) {
                raw += ' ';
                continue;
            }
            if (rule.role == Role::Image) {
                raw += attribute(child, "alt");
                continue;
            }
            bool ellipsis = false;
            if (rule.role == Role::Span) {
                const std::string_view cls = attribute(child, "class");
                if (hasToken(cls, "invisible"))
                    continue;
                ellipsis = hasToken(cls, "ellipsis");
            }
            const bool block = rule.role == Role::Boundary || rule.role == Role::Heading ||
                               rule.role == Role::Container || rule.role == Role::ListItem ||
                               rule.role == Role::Cell;
            if (block)
                raw += ' ';
            todo.push_back({child, 0, ellipsis, block});
        }
    }
    const std::string_view text = utf8::stripUnsafe(raw, scratch);
    bool space = false;
    for (char c : text) {
        if (utf8::isSpace(c)) {
            space = !linkText.empty();
            continue;
        }
        if (space)
            linkText += ' ';
        space = false;
        linkText += c;
    }
}

bool HtmlSanitizer::Walker::enterLink(const GumboNode *node)
{
    if (inLink || !LinkClassifier::cleanHref(attribute(node, "href"), href))
        return false;
    collectLinkText(node);
    if (linkText.empty())
        return false;
    LinkClassifier::Hints hints;
    const std::string_view cls = attribute(node, "class");
    hints.classMention = hasToken(cls, "mention");
    hints.classHashtag = hasToken(cls, "hashtag");
    hints.classUUrl = hasToken(cls, "u-url");
    hints.relTag = hasToken(attribute(node, "rel"), "tag");
    hints.inHCard = hcardDepth > 0;
    ContentLink link = classifier.classify(href, linkText, hints);

    attributes.assign(" href=\"");
    utf8::appendEscapedAttribute(attributes, href);
    attributes += '"';
    // Our own class, so that the classification survives a second pass over the output.
    if (link.kind == ContentLink::Kind::Mention)
        attributes += " class=\"mention\"";
    else if (link.kind == ContentLink::Kind::Hashtag)
        attributes += " class=\"hashtag\"";
    // Mentions and hashtags start with a neutral '@'/'#' and are often in another script than
    // the text around them: isolate them so they neither flip nor drag their neighbours.
    linkIsolated = link.kind != ContentLink::Kind::Url;
    html.pushInline(Tag::A, attributes, linkIsolated);
    inLink = true;
    if (linkIsolated)
        plain.text(utf8::kFsi);
    links.append(std::move(link));
    return true;
}

bool HtmlSanitizer::Walker::enter(const GumboNode *node, std::uint16_t &exit)
{
    const ElementRule &rule = ruleFor(node);
    switch (rule.role) {
    case Role::Unwrap:
        return true;
    case Role::Drop:
        return false;
    case Role::Heading:
    case Role::Boundary:
        html.beginBoundary();
        plain.paragraphBreak();
        exit = kExitBoundary | kExitParagraph;
        if (rule.role == Role::Heading) {
            html.pushInline(rule.tag);
            exit |= kExitInline;
        }
        return true;
    case Role::Rule:
        html.beginBoundary();
        html.endBoundary();
        plain.paragraphBreak();
        return false;
    case Role::Container:
        html.beginContainer(rule.tag);
        plain.paragraphBreak();
        exit = kExitContainer | kExitParagraph;
        if (rule.tag == Tag::Ul || rule.tag == Tag::Ol) {
            lists.push_back({rule.tag == Tag::Ol, 0});
            exit |= kExitList;
        } else if (rule.tag == Tag::Pre) {
            plain.setPreformatted(true);
            ++codeDepth;
            exit |= kExitPre | kExitCode;
        }
        return true;
    case Role::ListItem:
        html.beginContainer(Tag::Li);
        if (!lists.empty() && lists.back().ordered)
            plain.listItem(std::to_string(++lists.back().counter) + ". ");
        else
            plain.listItem("\u2022 ");
        exit = kExitContainer;
        return true;
    case Role::Code:
        ++codeDepth;
        exit = kExitCode | kExitInline;
        html.pushInline(rule.tag);
        return true;
    case Role::Inline:
        html.pushInline(rule.tag);
        exit = kExitInline;
        return true;
    case Role::Link:
        if (enterLink(node))
            exit = kExitLink;
        return true;
    case Role::Break:
        html.lineBreak();
        plain.lineBreak();
        return false;
    case Role::Image:
        emitText(attribute(node, "alt"));
        return false;
    case Role::Span: {
        const std::string_view cls = attribute(node, "class");
        if (cls.empty())
            return true;
        if (inLink && hasToken(cls, "invisible"))
            return false;
        if (inLink && hasToken(cls, "ellipsis"))
            exit = kExitEllipsis;
        if (hasToken(cls, "h-card")) {
            ++hcardDepth;
            exit |= kExitHCard;
        }
        return true;
    }
    case Role::Cell:
        exit = kExitCellSpace;
        return true;
    }
    return true;
}

void HtmlSanitizer::Walker::leave(std::uint16_t exit)
{
    if (exit & kExitEllipsis)
        emitText(utf8::kEllipsis);
    if (exit & kExitCellSpace)
        emitText(" ");
    if (exit & kExitLink) {
        if (linkIsolated)
            plain.text(utf8::kPdi);
        html.popInline();
        inLink = false;
        linkIsolated = false;
    }
    if (exit & kExitInline)
        html.popInline();
    if (exit & kExitCode)
        --codeDepth;
    if (exit & kExitPre)
        plain.setPreformatted(false);
    if (exit & kExitContainer)
        html.endContainer();
    if (exit & kExitBoundary)
        html.endBoundary();
    if (exit & kExitList)
        lists.pop_back();
    if (exit & kExitHCard)
        --hcardDepth;
    if (exit & kExitParagraph)
        plain.paragraphBreak();
}

void HtmlSanitizer::Walker::walk(const GumboNode *root)
{
    // Iterative: the tree can be thousands of levels deep.
    stack.clear();
    stack.push_back({root, 0, 0});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &kids = childrenOf(frame.node);
        if (frame.next >= kids.length) {
            const std::uint16_t exit = frame.exit;
            stack.pop_back();
            leave(exit);
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(kids.data[frame.next++]);
        if (isTextNode(child)) {
            emitText(child->v.text.text);
        } else if (child->type == GUMBO_NODE_ELEMENT) {
            std::uint16_t exit = 0;
            if (enter(child, exit))
                stack.push_back({child, 0, exit}); // invalidates `frame`
            else
                leave(exit);
        }
        if (html.overflowed() || plain.overflowed()) {
            // Stop reading; close what is open in order.
            while (!stack.empty()) {
                const std::uint16_t exit = stack.back().exit;
                stack.pop_back();
                leave(exit);
            }
        }
    }
}

RichContent HtmlSanitizer::Walker::run(std::string_view input, const ContentContext &context,
                                       const SanitizeOptions &options)
{
    const std::size_t maxBytes =
        static_cast<std::size_t>(std::max<qsizetype>(options.maxHtmlBytes, 1024));
    html.reset(maxBytes);
    plain.reset(maxBytes);
    classifier.reset(context);
    emoji.reset(context.emojis, options);
    lists.clear();
    links.clear();
    overall = Direction::Neutral;
    codeDepth = hcardDepth = 0;
    inLink = linkIsolated = false;

    walk(parser.parse(input));

    RichContent result;
    const std::string &htmlOut = html.finish(overall);
    const std::string &plainOut = plain.finish();
    result.html = QString::fromUtf8(htmlOut.data(), static_cast<qsizetype>(htmlOut.size()));
    result.plainText = QString::fromUtf8(plainOut.data(), static_cast<qsizetype>(plainOut.size()));
    result.links = std::move(links);
    links = {};
    result.rtl = overall == Direction::Rtl;
    result.truncated = parser.truncated() || html.overflowed() || plain.overflowed();
    return result;
}

HtmlSanitizer::HtmlSanitizer() : d(std::make_unique<Walker>()) {}
HtmlSanitizer::~HtmlSanitizer() = default;

RichContent HtmlSanitizer::sanitize(const QString &html, const ContentContext &context,
                                    const SanitizeOptions &options)
{
    const QByteArray utf8 = html.toUtf8();
    return d->run(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())),
                  context, options);
}

RichContent HtmlSanitizer::sanitizeUtf8(QByteArrayView html, const ContentContext &context,
                                        const SanitizeOptions &options)
{
    return d->run(std::string_view(html.data(), static_cast<std::size_t>(html.size())), context,
                  options);
}

RichContent sanitizeHtml(const QString &html, const ContentContext &context,
                         const SanitizeOptions &options)
{
    thread_local HtmlSanitizer sanitizer;
    return sanitizer.sanitize(html, context, options);
}

} // namespace tusk::content
