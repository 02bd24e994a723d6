#pragma once
#include <cstdint>
#include <string>
#include <string_view>

// Small UTF-8 helpers shared by the content writers. Internal to src/core/content.
namespace tusk::content::utf8 {

inline constexpr std::string_view kFsi = "\u2068"; // FIRST STRONG ISOLATE
inline constexpr std::string_view kPdi = "\u2069"; // POP DIRECTIONAL ISOLATE
inline constexpr std::string_view kEllipsis = "\u2026";

enum class Direction { Neutral, Ltr, Rtl };

// Appends `text` with &, < and > escaped.
void appendEscapedText(std::string &out, std::string_view text);
// Appends `text` with &, <, > and " escaped, for a double-quoted attribute value.
void appendEscapedAttribute(std::string &out, std::string_view text);

// Removes what must never reach the output from text: NUL and C0/C1 controls except tab and
// line feed, and the explicit bidi embeddings, overrides and isolates (U+202A-202E,
// U+2066-2069). Those would let one name or link reorder the text around it ("gnp.exe"
// spoofing); we add our own isolates where they are needed. Returns `text` itself when there
// is nothing to remove (the common case), else a view into `scratch`.
std::string_view stripUnsafe(std::string_view text, std::string &scratch);

// Direction of the first strong character (UAX #9 rule P2, without isolates).
Direction firstStrong(std::string_view text);

// Decodes one code point at `i` (advancing it); invalid bytes give U+FFFD.
char32_t decode(std::string_view text, std::size_t &i);

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

} // namespace tusk::content::utf8
