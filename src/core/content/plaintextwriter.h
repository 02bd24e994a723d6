#pragma once
#include <string>
#include <string_view>

namespace tusk::content {

// Builds the plain-text rendering: whitespace collapsed as HTML renders it (except in <pre>),
// paragraphs separated by a blank line, <br> as a newline, list items on their own lines with a
// bullet or number. Breaks are deferred until the next visible text, so there is never leading
// or trailing whitespace and empty elements leave no trace.
class PlainTextWriter {
public:
    void reset(std::size_t maxBytes);

    void text(std::string_view utf8);
    void paragraphBreak() { requestBreak(2); }
    void lineBreak() { m_pendingNewlines += 1; }
    void listItem(std::string_view marker); // starts a line with e.g. "• " or "3. "
    void setPreformatted(bool on) { m_preDepth += on ? 1 : -1; }

    bool overflowed() const { return m_overflowed; }
    std::string &finish() { return m_out; }

private:
    void requestBreak(int newlines);
    void flushPending();

    std::string m_out;
    std::string m_pendingMarker;
    std::size_t m_maxBytes = 0;
    int m_pendingNewlines = 0;
    int m_preDepth = 0;
    bool m_pendingSpace = false;
    bool m_overflowed = false;
};

} // namespace tusk::content
