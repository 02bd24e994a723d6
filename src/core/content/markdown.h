#pragma once
#include <QString>

namespace tusk::content {

// CommonMark to HTML for the composer preview and for text/markdown posts on the bundled
// server. cmark runs in its safe mode (raw HTML omitted, javascript:/vbscript:/file:/data:
// links emptied); its output then goes through the sanitizer's allow-list anyway, so what comes
// out has the same normal form as sanitized status HTML.
QString markdownToHtml(const QString &markdown);

} // namespace tusk::content
