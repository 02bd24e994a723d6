#include "core/content/plaintextwriter.h"

#include "core/content/utf8text.h"

#include <algorithm>

namespace tusk::content {

void PlainTextWriter::reset(std::size_t maxBytes)
{
    m_out.clear();
    m_pendingMarker.clear();
    m_maxBytes = maxBytes;
    m_pendingNewlines = 0;
    m_preDepth = 0;
    m_pendingSpace = false;
    m_overflowed = false;
}

void PlainTextWriter::requestBreak(int newlines)
{
    m_pendingNewlines = std::max(m_pendingNewlines, newlines);
}

void PlainTextWriter::listItem(std::string_view marker)
{
    requestBreak(1);
    m_pendingMarker.assign(marker);
}

void PlainTextWriter::flushPending()
{
    if (!m_out.empty() && m_pendingNewlines > 0) {
        m_out.append(static_cast<std::size_t>(m_pendingNewlines), '\n');
    } else if (m_pendingSpace && !m_out.empty() && m_out.back() != '\n') {
        m_out += ' ';
    }
    if (!m_pendingMarker.empty()) {
        m_out += m_pendingMarker;
        m_pendingMarker.clear();
    }
    m_pendingNewlines = 0;
    m_pendingSpace = false;
}

void PlainTextWriter::text(std::string_view s)
{
    if (m_overflowed || s.empty())
        return;
    if (m_preDepth > 0) {
        if (m_out.empty()) // no leading blank lines, as elsewhere
            s.remove_prefix(std::min(s.find_first_not_of('\n'), s.size()));
        if (s.empty())
            return;
        flushPending();
        m_out += s;
    } else {
        std::size_t i = 0;
        while (i < s.size()) {
            if (utf8::isSpace(s[i])) {
                m_pendingSpace = true;
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end < s.size() && !utf8::isSpace(s[end]))
                ++end;
            flushPending();
            m_out.append(s.data() + i, end - i);
            i = end;
        }
    }
    if (m_out.size() > m_maxBytes)
        m_overflowed = true;
}

} // namespace tusk::content
