#include "core/content/htmlfragmentparser.h"

#include "core/logging.h"

#include <csetjmp>
#include <cstdlib>
#include <cstring>

#if defined(__SANITIZE_ADDRESS__)
#define TUSK_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TUSK_ASAN 1
#endif
#endif

namespace tusk::content {

// Bump allocator: gumbo frees nothing we care about before the whole tree goes away.
struct HtmlFragmentParser::Arena {
    static constexpr std::size_t kChunk = 64 * 1024;
    static constexpr std::size_t kAlign = alignof(std::max_align_t);

    struct Chunk {
        char *data;
        std::size_t size;
    };
    std::vector<Chunk> chunks;
    std::size_t used = 0; // in the last chunk
    std::size_t total = 0;
    std::size_t budget = 0;
    std::jmp_buf overBudget;

#ifdef TUSK_ASAN
    // Under AddressSanitizer every allocation is its own malloc, so that an overflow inside
    // gumbo hits a redzone instead of a neighbour in our chunk.
    std::vector<void *> blocks;
#endif

    ~Arena()
    {
        reset(0);
        for (const Chunk &c : chunks)
            std::free(c.data);
    }

    // Keep the first chunk: most statuses fit in it, so steady state is malloc-free.
    void reset(std::size_t newBudget)
    {
#ifdef TUSK_ASAN
        for (void *b : blocks)
            std::free(b);
        blocks.clear();
#endif
        while (chunks.size() > 1) {
            std::free(chunks.back().data);
            chunks.pop_back();
        }
        used = 0;
        total = 0;
        budget = newBudget;
    }

    void *allocate(std::size_t size)
    {
        size = (size + kAlign - 1) & ~(kAlign - 1);
        total += size;
        if (total > budget)
            std::longjmp(overBudget, 1);
#ifdef TUSK_ASAN
        blocks.push_back(std::malloc(size));
        if (!blocks.back())
            std::longjmp(overBudget, 1);
        return blocks.back();
#endif
        if (chunks.empty() || used + size > chunks.back().size) {
            const std::size_t chunkSize = size > kChunk ? size : kChunk;
            char *p = static_cast<char *>(std::malloc(chunkSize));
            if (!p)
                std::longjmp(overBudget, 1);
            chunks.push_back({p, chunkSize});
            used = 0;
        }
        void *p = chunks.back().data + used;
        used += size;
        return p;
    }
};

namespace {

void *arenaAllocate(void *userdata, std::size_t size)
{
    return static_cast<HtmlFragmentParser::Arena *>(userdata)->allocate(size);
}

void arenaDeallocate(void *, void *) {}

bool isAsciiAlpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Only this function may sit between setjmp and gumbo: no C++ objects with destructors here.
GumboOutput *parseGuarded(HtmlFragmentParser::Arena *arena, const GumboOptions *options,
                          const char *data, std::size_t size)
{
    if (setjmp(arena->overBudget) != 0)
        return nullptr;
    return gumbo_parse_with_options(options, data, size);
}

} // namespace

std::size_t HtmlFragmentParser::boundedLength(std::string_view s, std::size_t maxStartTags,
                                              std::size_t maxAttributesPerTag)
{
    // Not a parser: a conservative count of "<letter" openings and of attribute names inside
    // them. Over-counting (a "<b" inside a comment or script) only makes the cut earlier.
    std::size_t tags = 0;
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const void *lt = std::memchr(s.data() + i, '<', n - i);
        if (!lt)
            return n;
        const std::size_t tagStart = static_cast<const char *>(lt) - s.data();
        i = tagStart + 1;
        if (i >= n || !isAsciiAlpha(static_cast<unsigned char>(s[i])))
            continue;
        if (++tags > maxStartTags)
            return tagStart;
        // Walk the tag: names, '=', quoted or bare values, until '>'.
        while (i < n && !isSpace(static_cast<unsigned char>(s[i])) && s[i] != '>' && s[i] != '/')
            ++i;
        std::size_t attributes = 0;
        while (i < n && s[i] != '>') {
            const unsigned char c = static_cast<unsigned char>(s[i]);
            if (isSpace(c) || c == '/') {
                ++i;
                continue;
            }
            if (c == '=') {
                ++i;
                while (i < n && isSpace(static_cast<unsigned char>(s[i])))
                    ++i;
                if (i < n && (s[i] == '"' || s[i] == '\'')) {
                    const void *q = std::memchr(s.data() + i + 1, s[i], n - i - 1);
                    i = q ? static_cast<std::size_t>(static_cast<const char *>(q) - s.data()) + 1
                          : n;
                } else {
                    while (i < n && !isSpace(static_cast<unsigned char>(s[i])) && s[i] != '>')
                        ++i;
                }
                continue;
            }
            if (++attributes > maxAttributesPerTag)
                return tagStart;
            while (i < n && !isSpace(static_cast<unsigned char>(s[i])) && s[i] != '>' &&
                   s[i] != '=' && s[i] != '/')
                ++i;
        }
    }
    return n;
}

HtmlFragmentParser::HtmlFragmentParser() : m_arena(std::make_unique<Arena>())
{
    m_emptyRoot.type = GUMBO_NODE_ELEMENT;
    m_emptyRoot.v.element.children = kGumboEmptyVector;
    m_emptyRoot.v.element.attributes = kGumboEmptyVector;
    m_emptyRoot.v.element.tag = GUMBO_TAG_HTML;
}

HtmlFragmentParser::~HtmlFragmentParser() = default;

const GumboNode *HtmlFragmentParser::parse(std::string_view utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = arenaAllocate;
    options.deallocator = arenaDeallocate;
    options.userdata = m_arena.get();
    options.max_errors = 0; // we never read them; recording costs allocations
    options.fragment_context = GUMBO_TAG_DIV;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;

    std::size_t tagCap = kMaxStartTags;
    std::size_t length = boundedLength(utf8, tagCap, kMaxAttributesPerTag);
    m_truncated = length < utf8.size();
    // Budget: generous for real content (a 1 KB status needs ~20 KB), hard for blow-ups.
    const std::size_t budget = 8 * 1024 * 1024 + 24 * utf8.size();
    for (;;) {
        m_arena->reset(budget);
        GumboOutput *out = parseGuarded(m_arena.get(), &options, utf8.data(), length);
        if (out && out->root)
            return out->root;
        // Over budget: retry with a quarter of the tags, until nothing is left.
        m_truncated = true;
        qCWarning(lcContent) << "HTML over parse budget at" << length << "bytes; retrying shorter";
        if (tagCap <= 1 || length == 0)
            break;
        tagCap /= 4;
        length = boundedLength(utf8.substr(0, length), tagCap, kMaxAttributesPerTag);
    }
    m_arena->reset(budget);
    return &m_emptyRoot;
}

} // namespace tusk::content
