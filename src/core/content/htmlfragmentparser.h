#pragma once
#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

// Internal header (includes gumbo.h, which is linked privately): only content/*.cpp include it.
namespace tusk::content {

// Parses an HTML fragment (as if it were the content of a <div>) with gumbo, bounded in time and
// memory whatever the input:
//  - A pre-scan caps the number of start tags and of attributes per tag before gumbo sees the
//    bytes: gumbo's scope checks are linear in the open-element stack and its duplicate-attribute
//    check linear in the attributes of a tag, so both would be quadratic on hostile input.
//  - Every gumbo allocation comes from an arena with a byte budget. Running out longjmps out of
//    gumbo (C code, no destructors skipped) and the parse is retried on a shorter prefix. That
//    bounds the formatting-element reconstruction blow-up (N unclosed <b>s cloned into each of M
//    paragraphs) and means gumbo_destroy_output, which recurses per tree level, is never needed:
//    the arena is released wholesale.
// One instance per thread; it keeps its arena between parses to avoid malloc churn.
class HtmlFragmentParser {
public:
    static constexpr std::size_t kMaxStartTags = 8192;
    static constexpr std::size_t kMaxAttributesPerTag = 128;

    HtmlFragmentParser();
    ~HtmlFragmentParser();
    HtmlFragmentParser(const HtmlFragmentParser &) = delete;
    HtmlFragmentParser &operator=(const HtmlFragmentParser &) = delete;

    // The children of the returned node are the fragment's top-level nodes. Valid until the next
    // parse() or destruction. Never null. The input must outlive the tree.
    const GumboNode *parse(std::string_view utf8);

    // True when the last parse only covered a prefix of the input.
    bool truncated() const { return m_truncated; }

    // Exposed for tests: how many bytes of `utf8` the pre-scan lets through.
    static std::size_t boundedLength(std::string_view utf8, std::size_t maxStartTags,
                                     std::size_t maxAttributesPerTag);

    struct Arena; // opaque; defined in the .cpp

private:
    std::unique_ptr<Arena> m_arena;
    bool m_truncated = false;
    GumboNode m_emptyRoot{};
};

} // namespace tusk::content
