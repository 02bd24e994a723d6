// libFuzzer target for the content pipeline: bytes as status HTML (with emoji, mentions and tags
// in the context so those paths run), as Markdown, as a plain-text post and as a display name.
// Besides crashes and sanitizer reports it checks the properties the app relies on: only
// allow-listed tags and link schemes, and that the sanitized output sanitizes to itself.
//
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_sanitizer
//   # seed corpus: every HTML-ish string of the fixtures, one file each
//   mkdir -p seeds && python3 -c 'import json,os,sys,hashlib
//   for r,_,fs in os.walk(sys.argv[1]):
//    for f in fs:
//     if f.endswith(".json"):
//      def w(v):
//       if isinstance(v,dict):
//        for k,x in v.items():
//         if k in ("content","note","spoiler_text","display_name") and isinstance(x,str) and x:
//          open("seeds/"+hashlib.sha1(x.encode()).hexdigest(),"w").write(x)
//         w(x)
//       elif isinstance(v,list): [w(x) for x in v]
//      w(json.load(open(os.path.join(r,f))))' ../shared/fixtures
//   build/fuzz/bin/fuzz_sanitizer -max_total_time=300 -max_len=65536 corpus seeds
#include "core/content/htmlsanitizer.h"
#include "core/content/markdown.h"
#include "core/content/plaintextcontent.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace tusk::content;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\ninput:  %s\noutput: %s\n", what,
                 input.toUtf8().constData(), output.toUtf8().constData());
    std::abort();
}

bool startsWithAny(std::u16string_view s, std::initializer_list<std::u16string_view> prefixes)
{
    for (std::u16string_view p : prefixes) {
        if (s.substr(0, p.size()) == p)
            return true;
    }
    return false;
}

void checkMarkup(const QString &html, const QString &input)
{
    const std::u16string_view s(reinterpret_cast<const char16_t *>(html.utf16()),
                                static_cast<std::size_t>(html.size()));
    for (std::size_t i = s.find(u'<'); i != std::u16string_view::npos; i = s.find(u'<', i + 1)) {
        if (!startsWithAny(s.substr(i + 1), {u"p dir=\"",
                                             u"/p>",
                                             u"br>",
                                             u"a href=\"http://",
                                             u"a href=\"https://",
                                             u"a href=\"mailto:",
                                             u"/a>",
                                             u"strong>",
                                             u"/strong>",
                                             u"em>",
                                             u"/em>",
                                             u"u>",
                                             u"/u>",
                                             u"s>",
                                             u"/s>",
                                             u"code>",
                                             u"/code>",
                                             u"pre>",
                                             u"/pre>",
                                             u"blockquote>",
                                             u"/blockquote>",
                                             u"ul>",
                                             u"/ul>",
                                             u"ol>",
                                             u"/ol>",
                                             u"li dir=\"",
                                             u"/li>",
                                             u"sub>",
                                             u"/sub>",
                                             u"sup>",
                                             u"/sup>",
                                             u"img src=\"https://e.example/"}))
            fail("tag outside the allow-list", input, html);
    }
}

ContentContext makeContext()
{
    ContentContext c;
    c.emojis = {{QStringLiteral("blob"), QStringLiteral("https://e.example/blob.gif"),
                 QStringLiteral("https://e.example/blob.png")},
                {QStringLiteral("a"), QStringLiteral("https://e.example/a.png"), QString()}};
    c.mentions = {{QStringLiteral("1"), QStringLiteral("bob"), QStringLiteral("bob@x.example"),
                   QStringLiteral("https://x.example/@bob")}};
    c.tags = {{QStringLiteral("tag"), QStringLiteral("https://x.example/tags/tag")}};
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static HtmlSanitizer sanitizer;
    static HtmlSanitizer second;
    static const ContentContext context = makeContext();

    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const RichContent c = sanitizer.sanitizeUtf8(bytes, context);
    const QString input = QString::fromUtf8(bytes);
    checkMarkup(c.html, input);
    if (!c.truncated) {
        const RichContent again = second.sanitize(c.html, context);
        if (again.html != c.html)
            fail("not idempotent", input, c.html + QLatin1String("\nsecond: ") + again.html);
    }

    const QString markdown = markdownToHtml(input);
    checkMarkup(markdown, input);

    const RichContent post = plainTextToRichContent(input, context);
    checkMarkup(post.html, input);
    const QString name = displayNameToHtml(input, context.emojis);
    if (name.contains(QLatin1String("<p")) || name.contains(QLatin1String("<a")))
        fail("markup in display name", input, name);
    return 0;
}
