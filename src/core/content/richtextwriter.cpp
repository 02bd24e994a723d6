#include "core/content/richtextwriter.h"

#include <algorithm>
#include <cstring>

namespace tusk::content {

namespace {

const char *tagName(RichTextWriter::Tag tag)
{
    using Tag = RichTextWriter::Tag;
    switch (tag) {
    case Tag::Root:
        return "";
    case Tag::P:
        return "p";
    case Tag::Blockquote:
        return "blockquote";
    case Tag::Ul:
        return "ul";
    case Tag::Ol:
        return "ol";
    case Tag::Li:
        return "li";
    case Tag::Pre:
        return "pre";
    case Tag::Strong:
        return "strong";
    case Tag::Em:
        return "em";
    case Tag::U:
        return "u";
    case Tag::S:
        return "s";
    case Tag::Code:
        return "code";
    case Tag::Sub:
        return "sub";
    case Tag::Sup:
        return "sup";
    case Tag::A:
        return "a";
    }
    return "";
}

bool allSpace(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return utf8::isSpace(c); });
}

} // namespace

void RichTextWriter::reset(std::size_t maxBytes)
{
    m_out.clear();
    m_open.clear();
    m_open.push_back({Tag::Root});
    m_active.clear();
    m_logical.clear();
    m_boundaries.clear();
    m_neutralSlots.clear();
    m_unresolved = 0;
    m_maxBytes = maxBytes;
    m_preDepth = 0;
    m_overflowed = false;
}

std::size_t RichTextWriter::innermostExplicitContainer() const
{
    std::size_t i = m_open.size() - 1;
    while (i > 0 && (m_open[i].implicit || m_open[i].tag == Tag::P || isInline(m_open[i].tag)))
        --i;
    return i;
}

void RichTextWriter::openTag(Tag tag, bool implicit)
{
    Open entry{tag, implicit};
    m_out += '<';
    m_out += tagName(tag);
    if (tag == Tag::P || tag == Tag::Li) {
        m_out += " dir=\"";
        entry.dirSlot = m_out.size();
        m_out += "ltr\"";
        ++m_unresolved;
    }
    m_out += '>';
    if (tag == Tag::Pre)
        ++m_preDepth;
    m_open.push_back(entry);
}

void RichTextWriter::closeTop()
{
    const Open &top = m_open.back();
    if (top.dirSlot != std::string::npos) {
        m_neutralSlots.push_back(top.dirSlot); // resolved slots have npos
        --m_unresolved;
    }
    if (top.tag == Tag::Pre)
        --m_preDepth;
    if (isInline(top.tag)) {
        // The inline on top of m_open is the last open entry of m_active.
        for (auto it = m_active.rbegin(); it != m_active.rend(); ++it) {
            if (it->open) {
                it->open = false;
                if (it->isolate)
                    m_out += utf8::kPdi;
                break;
            }
        }
    }
    m_out += "</";
    m_out += tagName(top.tag);
    m_out += '>';
    m_open.pop_back();
}

void RichTextWriter::closeAbove(std::size_t index)
{
    while (m_open.size() - 1 > index)
        closeTop();
}

void RichTextWriter::beginBoundaryAt()
{
    const std::size_t container = innermostExplicitContainer();
    closeAbove(container);
    m_boundaries.push_back(container);
}

void RichTextWriter::beginBoundary()
{
    if (inPre()) {
        m_logical.push_back({Entry::Noop, 0});
        return;
    }
    beginBoundaryAt();
    m_logical.push_back({Entry::Boundary, m_boundaries.back()});
}

void RichTextWriter::endBoundary()
{
    const Logical entry = m_logical.back();
    m_logical.pop_back();
    if (entry.kind == Entry::Noop)
        return;
    closeAbove(entry.index);
    m_boundaries.pop_back();
}

void RichTextWriter::beginContainer(Tag container)
{
    const std::size_t explicitIndex = innermostExplicitContainer();
    if (inPre() || m_open.size() >= kMaxDepth) {
        m_logical.push_back({Entry::Noop, 0});
        return;
    }
    if (container == Tag::Li) {
        const Tag parent = m_open[explicitIndex].tag;
        if (parent != Tag::Ul && parent != Tag::Ol) {
            // A stray <li>: a paragraph break is all it can mean here.
            beginBoundaryAt();
            m_logical.push_back({Entry::LiBoundary, m_boundaries.back()});
            return;
        }
    }
    closeAbove(explicitIndex);
    openTag(container, false);
    m_logical.push_back({Entry::Container, m_open.size() - 1});
}

void RichTextWriter::endContainer()
{
    const Logical entry = m_logical.back();
    m_logical.pop_back();
    switch (entry.kind) {
    case Entry::Noop:
        return;
    case Entry::LiBoundary:
    case Entry::Boundary:
        closeAbove(entry.index);
        m_boundaries.pop_back();
        return;
    case Entry::Container:
        closeAbove(entry.index);
        closeTop();
        return;
    }
}

void RichTextWriter::pushInline(Tag tag, std::string_view attributes, bool isolate)
{
    bool noop = false;
    for (const Active &a : m_active) {
        if (!a.noop && (a.tag == tag || (tag == Tag::A && a.tag == Tag::A)))
            noop = true;
    }
    m_active.push_back({tag, noop, false, isolate && !noop, std::string(attributes)});
}

void RichTextWriter::popInline()
{
    if (m_active.back().open)
        closeTop();
    m_active.pop_back();
}

bool RichTextWriter::blockOpen() const
{
    const Open &top = m_open.back();
    if (isInline(top.tag) || top.tag == Tag::P || top.tag == Tag::Pre)
        return true;
    if (top.tag == Tag::Li)
        return top.implicit || m_boundaries.empty() || m_boundaries.back() != m_open.size() - 1;
    return false;
}

bool RichTextWriter::ensureContent(bool visible)
{
    if (m_overflowed)
        return false;
    if (!blockOpen()) {
        const Tag top = m_open.back().tag;
        if (top == Tag::Ul || top == Tag::Ol)
            openTag(Tag::Li, true);
        else
            openTag(Tag::P, true);
    }
    for (Active &a : m_active) {
        if (a.noop || a.open || m_open.size() >= kMaxDepth)
            continue;
        if (a.tag == Tag::A && !visible)
            break; // and so nothing inside it either: open inlines stay a prefix of m_active
        m_out += '<';
        m_out += tagName(a.tag);
        m_out += a.attributes;
        m_out += '>';
        if (a.isolate)
            m_out += utf8::kFsi;
        m_open.push_back({a.tag});
        a.open = true;
    }
    return true;
}

void RichTextWriter::text(std::string_view utf8)
{
    if (utf8.empty() || m_overflowed)
        return;
    const bool space = allSpace(utf8);
    if (!blockOpen() && space)
        return; // whitespace between blocks
    ensureContent(!space);
    // The HTML parser drops a newline right after <pre>; write one more so it survives.
    if (m_preDepth > 0 && utf8.front() == '\n' && m_out.ends_with("<pre>"))
        m_out += '\n';
    utf8::appendEscapedText(m_out, utf8);
    if (m_out.size() > m_maxBytes)
        m_overflowed = true;
}

void RichTextWriter::lineBreak()
{
    if (!ensureContent(false))
        return;
    m_out += "<br>";
}

void RichTextWriter::trustedMarkup(std::string_view markup)
{
    if (!ensureContent(true))
        return;
    m_out += markup;
    if (m_out.size() > m_maxBytes)
        m_overflowed = true;
}

void RichTextWriter::strongDirection(utf8::Direction direction)
{
    if (direction == utf8::Direction::Neutral)
        return;
    for (Open &o : m_open) {
        if (o.dirSlot == std::string::npos)
            continue;
        if (direction == utf8::Direction::Rtl)
            std::memcpy(m_out.data() + o.dirSlot, "rtl", 3);
        o.dirSlot = std::string::npos;
    }
    m_unresolved = 0;
}

std::string &RichTextWriter::finish(utf8::Direction fallback)
{
    while (m_open.size() > 1)
        closeTop();
    if (fallback == utf8::Direction::Rtl) {
        for (std::size_t slot : m_neutralSlots)
            std::memcpy(m_out.data() + slot, "rtl", 3);
    }
    return m_out;
}

} // namespace tusk::content
