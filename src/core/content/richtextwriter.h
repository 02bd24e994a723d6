#pragma once
#include "core/content/utf8text.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tusk::content {

// Writes the sanitized HTML in a normal form that Qt's rich text renders well and that an HTML5
// parser reads back as the same tree (so sanitizing the output again gives the same output):
//   flow   := block*                      (at top level and inside <blockquote>)
//   block  := <p dir>inline+</p> | <pre>inline*</pre> | <blockquote>flow</blockquote>
//           | <ul>li*</ul> | <ol>li*</ol>
//   li     := <li dir>(inline | block)*</li>
//   inline := text | <br> | <img> | <strong|em|u|s|code|sub|sup|a>inline*</...>
// The caller reports the input structure (boundaries such as <p>/<div>/<h1>, containers,
// inline formatting); the writer opens paragraphs lazily at the first content, closes them at
// boundaries, and re-opens formatting that spans a boundary (as the HTML5 parser does with
// "active formatting elements"). Inter-block whitespace and empty elements are not written.
// Every <p>/<li> gets dir="ltr|rtl" from its first strong character, patched in place.
class RichTextWriter {
public:
    enum class Tag : std::uint8_t {
        Root,
        P,
        Blockquote,
        Ul,
        Ol,
        Li,
        Pre, // blocks
        Strong,
        Em,
        U,
        S,
        Code,
        Sub,
        Sup,
        A // inline
    };
    static constexpr std::size_t kMaxDepth = 40; // deeper structure is flattened into text

    void reset(std::size_t maxBytes);

    void beginBoundary();
    void endBoundary();
    void beginContainer(Tag container); // Blockquote, Ul, Ol, Li, Pre
    void endContainer();
    // `attributes` is pre-escaped markup such as ` href="..."`, written as is. An isolated <a>
    // gets FSI/PDI inside each piece written, so that a link split by a block boundary is still
    // well-formed per piece. An <a> is opened only for visible content (not for whitespace or
    // <br>): a piece without visible text would not be read back as a link.
    void pushInline(Tag tag, std::string_view attributes = {}, bool isolate = false);
    void popInline();

    void text(std::string_view utf8); // escaped here
    void lineBreak();
    void trustedMarkup(std::string_view markup); // an <img> we built ourselves

    bool inPre() const { return m_preDepth > 0; }
    bool overflowed() const { return m_overflowed; }
    // True while some open <p>/<li> has seen no strong character yet.
    bool needsDirection() const { return m_unresolved > 0; }
    void strongDirection(utf8::Direction direction);

    // Closes everything; paragraphs without any strong character take `fallback`.
    std::string &finish(utf8::Direction fallback);

private:
    struct Open {
        Tag tag;
        bool implicit = false;
        std::size_t dirSlot = std::string::npos;
    };
    struct Active { // inline formatting in effect in the input
        Tag tag;
        bool noop; // nested duplicate or over the depth limit: contributes nothing
        bool open; // physically written (inside the current paragraph)
        bool isolate;
        std::string attributes;
    };
    enum class Entry : std::uint8_t { Noop, Boundary, Container, LiBoundary };
    struct Logical {
        Entry kind;
        std::size_t index; // Boundary: container it belongs to; Container: its index in m_open
    };

    static bool isInline(Tag t) { return t >= Tag::Strong; }
    std::size_t innermostExplicitContainer() const;
    bool blockOpen() const;
    bool ensureContent(bool visible);
    void openTag(Tag tag, bool implicit);
    void closeTop();
    void closeAbove(std::size_t index); // closes everything above m_open[index]
    void beginBoundaryAt();

    std::string m_out;
    std::vector<Open> m_open;
    std::vector<Active> m_active;
    std::vector<Logical> m_logical;
    std::vector<std::size_t> m_boundaries; // container index of each open boundary
    std::vector<std::size_t> m_neutralSlots;
    std::size_t m_unresolved = 0;
    std::size_t m_maxBytes = 0;
    int m_preDepth = 0;
    bool m_overflowed = false;
};

} // namespace tusk::content
