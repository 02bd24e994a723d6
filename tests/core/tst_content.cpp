// Tests of the content pipeline (src/core/content): sanitizer output for normal and hostile
// HTML, link classification on the HTML shapes real servers send, custom emoji, direction,
// plain-text and Markdown input, and invariants over every HTML string in the fixtures.
#include "core/content/htmlsanitizer.h"
#include "core/content/markdown.h"
#include "core/content/plaintextcontent.h"
#include "tst_content_invariants.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace tusk::content;
using tusk::content::testing::checkInvariants;

Q_DECLARE_METATYPE(tusk::content::ContentContext)
Q_DECLARE_METATYPE(tusk::content::SanitizeOptions)

namespace {

const QString kFsi = QStringLiteral("\u2068");
const QString kPdi = QStringLiteral("\u2069");

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ContentContext emojiContext()
{
    ContentContext c;
    c.emojis = {
        {u("blob"), u("https://e.example/blob.gif"), u("https://e.example/blob.png")},
        {u("ms_rainbow_flag"), u("https://e.example/flag.png"), u("https://e.example/flag-s.png")},
        {u("evil"), u("javascript:alert(1)"), u("javascript:alert(1)")}};
    return c;
}

QString img(const QString &url, const QString &shortcode, int size = 20)
{
    return QStringLiteral(
               "<img src=\"%1\" width=\"%3\" height=\"%3\" align=\"middle\" alt=\":%2:\">")
        .arg(url, shortcode)
        .arg(size);
}

} // namespace

class TestContent : public QObject {
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void links_data();
    void links();
    void emoji_data();
    void emoji();
    void direction_data();
    void direction();
    void hostile_data();
    void hostile();
    void invalidUtf8();
    void renderedByQt();
    void markdown_data();
    void markdown();
    void plainTextPost();
    void displayNames();
};

void TestContent::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");

    QTest::newRow("paragraph") << u("<p>Hello world</p>") << u("<p dir=\"ltr\">Hello world</p>")
                               << u("Hello world");
    QTest::newRow("paragraphs") << u("<p>a</p>\n\n<p>b</p>")
                                << u("<p dir=\"ltr\">a</p><p dir=\"ltr\">b</p>") << u("a\n\nb");
    QTest::newRow("line breaks") << u("<p>a<br>b<br />c</br>d</p>")
                                 << u("<p dir=\"ltr\">a<br>b<br>c<br>d</p>") << u("a\nb\nc\nd");
    QTest::newRow("bare text") << u("hello <b>world</b>")
                               << u("<p dir=\"ltr\">hello <strong>world</strong></p>")
                               << u("hello world");
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("whitespace collapse in plain")
        << u("<p>a\n  b</p>") << u("<p dir=\"ltr\">a\n  b</p>") << u("a b");
    QTest::newRow("script") << u("<p>x<script>alert(1)</script>y</p>") << u("<p dir=\"ltr\">xy</p>")
                            << u("xy");
    QTest::newRow("style") << u("<style>p{color:red}</style><p>x</p>") << u("<p dir=\"ltr\">x</p>")
                           << u("x");
    QTest::newRow("active content")
        << u("<iframe src=x>t</iframe><object>o</object><embed src=x><form>f<input value=v>"
             "</form><svg><text>s</text><foreignObject><p>fo</p></foreignObject></svg><math><mi>m</"
             "mi></math>"
             "<template>t</template><noscript>n</noscript><video>v</video><textarea>ta</textarea>"
             "<select><option>op</option></select><button>bu</button>ok")
        << u("<p dir=\"ltr\">ok</p>") << u("ok");
    QTest::newRow("attributes")
        << u("<p onclick=\"x()\" style=\"color:red\" class=\"c\" id=i>t</p>")
        << u("<p dir=\"ltr\">t</p>") << u("t");
    QTest::newRow("img dropped") << u("<img src=x onerror=alert(1)>x") << u("<p dir=\"ltr\">x</p>")
                                 << u("x");
    QTest::newRow("img alt kept as text")
        << u("<img src=x alt=\"a&lt;b\">") << u("<p dir=\"ltr\">a&lt;b</p>") << u("a<b");
    QTest::newRow("escaping") << u("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'a'</p>")
                              << u("<p dir=\"ltr\">1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'a'</p>")
                              << u("1 < 2 && 3 > 2 \"q\" 'a'");
    QTest::newRow("double-escaped")
        << u("&amp;lt;script&amp;gt;") << u("<p dir=\"ltr\">&amp;lt;script&amp;gt;</p>")
        << u("&lt;script&gt;");
    QTest::newRow("formatting") << u("<p><b>b</b><i>i</i><del>d</del><u>u</u><strike>k</strike>"
                                     "<ins>n</ins><kbd>c</kbd><cite>e</cite></p>")
                                << u("<p dir=\"ltr\"><strong>b</strong><em>i</em><s>d</s><u>u</u>"
                                     "<s>k</s><u>n</u><code>c</code><em>e</em></p>")
                                << u("bidukncé").replace(u("é"), u("e"));
    QTest::newRow("headings") << u("<h1>Title</h1><p>x</p><h6><b>t</b></h6>")
                              << u("<p dir=\"ltr\"><strong>Title</strong></p><p dir=\"ltr\">x</p>"
                                   "<p dir=\"ltr\"><strong>t</strong></p>")
                              << u("Title\n\nx\n\nt");
    QTest::newRow("lists") << u("<ul>\n<li>a</li>\n<li>b</li>\n</ul><ol><li>x</li><li>y</li></ol>")
                           << u("<ul><li dir=\"ltr\">a</li><li dir=\"ltr\">b</li></ul>"
                                "<ol><li dir=\"ltr\">x</li><li dir=\"ltr\">y</li></ol>")
                           << u("\u2022 a\n\u2022 b\n\n1. x\n2. y");
    QTest::newRow("text directly in list")
        << u("<ul>t<li>a</li></ul>") << u("<ul><li dir=\"ltr\">t</li><li dir=\"ltr\">a</li></ul>")
        << u("t\n\u2022 a");
    QTest::newRow("blockquote")
        << u("<blockquote><p>q</p>r</blockquote>")
        << u("<blockquote><p dir=\"ltr\">q</p><p dir=\"ltr\">r</p></blockquote>") << u("q\n\nr");
    QTest::newRow("pre") << u("<pre>a  b\n c &lt;</pre>") << u("<pre>a  b\n c &lt;</pre>")
                         << u("a  b\n c <");
    QTest::newRow("pre leading newline")
        << u("<pre>\n\nx</pre>") << u("<pre>\n\nx</pre>") << u("x");
    QTest::newRow("pre newline after inline")
        << u("<pre><b>\nx</b></pre>") << u("<pre><strong>\nx</strong></pre>") << u("x");
    QTest::newRow("sub sup code")
        << u("<p>H<sub>2</sub>O x<sup>2</sup> <code>a&lt;b</code></p>")
        << u("<p dir=\"ltr\">H<sub>2</sub>O x<sup>2</sup> <code>a&lt;b</code></p>")
        << u("H2O x2 a<b");
    QTest::newRow("divs")
        << u("<div>a</div><div>b<section>c</section></div><hr>d")
        << u("<p dir=\"ltr\">a</p><p dir=\"ltr\">b</p><p dir=\"ltr\">c</p><p dir=\"ltr\">d</p>")
        << u("a\n\nb\n\nc\n\nd");
    QTest::newRow("table") << u("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>")
                           << u("<p dir=\"ltr\">a b </p><p dir=\"ltr\">c </p>") << u("a b\n\nc");
    QTest::newRow("unknown and span unwrapped")
        << u("<p><span class=\"x\">a</span><font color=red>b</font><custom-el>c</custom-el></p>")
        << u("<p dir=\"ltr\">abc</p>") << u("abc");
    QTest::newRow("unclosed") << u("<p><b>bold") << u("<p dir=\"ltr\"><strong>bold</strong></p>")
                              << u("bold");
    QTest::newRow("misnested") << u("<b><i>x</b>y</i>")
                               << u("<p dir=\"ltr\"><strong><em>x</em></strong><em>y</em></p>")
                               << u("xy");
    QTest::newRow("formatting across blocks")
        << u("<b>x<div>y</div>z</b>")
        << u("<p dir=\"ltr\"><strong>x</strong></p><p dir=\"ltr\"><strong>y</strong></p>"
             "<p dir=\"ltr\"><strong>z</strong></p>")
        << u("x\n\ny\n\nz");
    QTest::newRow("formatting into list")
        << u("<b><ul><li>x</li></ul></b>") << u("<ul><li dir=\"ltr\"><strong>x</strong></li></ul>")
        << u("\u2022 x");
    QTest::newRow("nested duplicates collapse")
        << u("<b><strong><b>x</b></strong></b>") << u("<p dir=\"ltr\"><strong>x</strong></p>")
        << u("x");
    QTest::newRow("broken closers (TootSDK fixture)")
        << u("<p><a href=\"https://awoo.space/tags/awoo\" class=\"mention "
             "hashtag\">#<span>awoo</span}.space</p>")
        << u("<p dir=\"ltr\"><a href=\"https://awoo.space/tags/awoo\" "
             "class=\"hashtag\">\u2068#awoo\u2069</a></p>")
        << u("\u2068#awoo\u2069");
    QTest::newRow("comment and cdata") << u("a<!-- <script>x</script> -->b<![CDATA[c]]>d<!-- open")
                                       << u("<p dir=\"ltr\">abd</p>") << u("abd");
    QTest::newRow("NUL and controls")
        << u("a").append(QChar(0)).append(u("b\x01\x7f")).append(QChar(0x85)).append(u("c"))
        << u("<p dir=\"ltr\">ab\uFFFD\uFFFD\uFFFDc</p>") << u("ab\uFFFD\uFFFD\uFFFDc");
    QTest::newRow("bidi overrides stripped")
        << u("<p>file\u202Egnp.exe \u2066x\u2069 \u202Ay\u202C</p>")
        << u("<p dir=\"ltr\">filegnp.exe x y</p>") << u("filegnp.exe x y");
    QTest::newRow("marks kept") << u("<p>a\u200Eb\u200Fc\u200Dd</p>")
                                << u("<p dir=\"ltr\">a\u200Eb\u200Fc\u200Dd</p>")
                                << u("a\u200Eb\u200Fc\u200Dd");
    QTest::newRow("astral and ZWJ")
        << u("<p>\U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001D54F &#x1F600;</p>")
        << u("<p dir=\"ltr\">\U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001D54F \U0001F600</p>")
        << u("\U0001F469\u200D\U0001F469\u200D\U0001F467 \U0001D54F \U0001F600");
    QTest::newRow("numeric entity NUL")
        << u("a&#0;b&#xD800;c") << u("<p dir=\"ltr\">a\uFFFDb\uFFFDc</p>") << u("a\uFFFDb\uFFFDc");
    QTest::newRow("GoToSocial system message")
        << u("<p>Hi</p><div class=\"gts-system-message\"><hr><p><i lang=\"en\">Note</i></p></div>")
        << u("<p dir=\"ltr\">Hi</p><p dir=\"ltr\"><em>Note</em></p>") << u("Hi\n\nNote");
    QTest::newRow("Mastodon quote-inline")
        << u("<p>a<span class=\"quote-inline\"><br><br>RE: b</span></p>")
        << u("<p dir=\"ltr\">a<br><br>RE: b</p>") << u("a\n\nRE: b");
}

void TestContent::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QFETCH(QString, plain);
    const RichContent c = sanitizeHtml(input);
    QCOMPARE(c.html, html);
    QCOMPARE(c.plainText, plain);
    QVERIFY(!c.truncated);
    checkInvariants(c, {}, input);
}

void TestContent::links_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<ContentContext>("context");
    QTest::addColumn<QList<ContentLink>>("expected");
    QTest::addColumn<QString>("html");

    using K = ContentLink::Kind;
    ContentContext none;

    {
        ContentContext c;
        c.mentions = {
            {u("117020565693913441"), u("admin"), u("admin"), u("http://localhost:3000/@admin")}};
        QTest::newRow("Mastodon mention")
            << u("<p><span class=\"h-card\" translate=\"no\"><a "
                 "href=\"http://localhost:3000/@admin\" "
                 "class=\"u-url mention\">@<span>admin</span></a></span> ilu bby ;3</p>")
            << c
            << QList<ContentLink>{{K::Mention,
                                   u("http://localhost:3000/@admin"),
                                   u("@admin"),
                                   u("117020565693913441"),
                                   u("admin"),
                                   {}}}
            << u("<p dir=\"ltr\"><a href=\"http://localhost:3000/@admin\" "
                 "class=\"mention\">\u2068@admin\u2069</a> ilu bby ;3</p>");
    }
    {
        ContentContext c;
        c.mentions = {
            {u("261937"), u("halcy"), u("halcy@glitch.social"), u("https://glitch.social/@halcy")}};
        QTest::newRow("Mastodon remote mention text with host")
            << u("<p><span class=\"h-card\"><a href=\"https://glitch.social/@halcy\" class=\"u-url "
                 "mention\">"
                 "@<span>halcy@glitch.social</span></a></span> hi</p>")
            << c
            << QList<ContentLink>{{K::Mention,
                                   u("https://glitch.social/@halcy"),
                                   u("@halcy@glitch.social"),
                                   u("261937"),
                                   u("halcy@glitch.social"),
                                   {}}}
            << QString();
    }
    {
        ContentContext c;
        c.tags = {{u("welcome"), u("http://localhost:8080/tags/welcome")}};
        QTest::newRow("GoToSocial hashtag")
            << u("<p>hello world! <a href=\"http://localhost:8080/tags/welcome\" class=\"mention "
                 "hashtag\" "
                 "rel=\"tag nofollow noreferrer noopener\" "
                 "target=\"_blank\">#<span>welcome</span></a> !</p>")
            << c
            << QList<ContentLink>{{K::Hashtag,
                                   u("http://localhost:8080/tags/welcome"),
                                   u("#welcome"),
                                   {},
                                   {},
                                   u("welcome")}}
            << u("<p dir=\"ltr\">hello world! <a href=\"http://localhost:8080/tags/welcome\" "
                 "class=\"hashtag\">"
                 "\u2068#welcome\u2069</a> !</p>");
    }
    {
        ContentContext c;
        c.mentions = {{u("01F8MH5NBDF2MV7CTC4Q5128HF"), u("1happyturtle"), u("1happyturtle"),
                       u("http://localhost:8080/@1happyturtle")}};
        QTest::newRow("GoToSocial mention")
            << u("<p>Hi <span class=\"h-card\"><a href=\"http://localhost:8080/@1happyturtle\" "
                 "class=\"u-url mention\" "
                 "rel=\"nofollow noreferrer noopener\" "
                 "target=\"_blank\">@<span>1happyturtle</span></a></span>, can I reply?</p>")
            << c
            << QList<ContentLink>{{K::Mention,
                                   u("http://localhost:8080/@1happyturtle"),
                                   u("@1happyturtle"),
                                   u("01F8MH5NBDF2MV7CTC4Q5128HF"),
                                   u("1happyturtle"),
                                   {}}}
            << QString();
    }
    QTest::newRow("rel=tag only (TootSDK iosdev)")
        << u("<p>Hey fellow <a href=\"https://iosdev.space/tags/Swift\" "
             "rel=\"tag\">#<span>Swift</span></a> devs</p>")
        << none
        << QList<ContentLink>{{K::Hashtag,
                               u("https://iosdev.space/tags/Swift"),
                               u("#Swift"),
                               {},
                               {},
                               u("Swift")}}
        << QString();
    {
        ContentContext c;
        c.tags = {{u("MUSICTUESDAY"), u("https://mastodon.social/tags/MUSICTUESDAY")}};
        QTest::newRow("hashtag from another server, class only")
            << u("<p><a href=\"https://ruby.social/tags/musicTuesday\" class=\"mention hashtag\" "
                 "rel=\"nofollow noopener noreferrer\" "
                 "target=\"_blank\">#<span>musicTuesday</span></a> </p>")
            << c
            << QList<ContentLink>{{K::Hashtag,
                                   u("https://ruby.social/tags/musicTuesday"),
                                   u("#musicTuesday"),
                                   {},
                                   {},
                                   u("musicTuesday")}}
            << QString();
    }
    {
        ContentContext c;
        c.mentions = {{u("9z"), u("lain"), u("lain@pleroma.example"),
                       u("https://pleroma.example/users/lain")}};
        c.tags = {{u("fediverse"), u("https://pleroma.example/tag/fediverse")}};
        QTest::newRow("Pleroma/Akkoma shapes")
            << u("<span class=\"h-card\"><a class=\"u-url mention\" data-user=\"9z\" "
                 "href=\"https://pleroma.example/users/lain\" "
                 "rel=\"ugc\">@<span>lain</span></a></span> see <a class=\"hashtag\" "
                 "data-tag=\"fediverse\" "
                 "href=\"https://pleroma.example/tag/fediverse\" rel=\"tag ugc\">#fediverse</a>")
            << c
            << QList<ContentLink>{{K::Mention,
                                   u("https://pleroma.example/users/lain"),
                                   u("@lain"),
                                   u("9z"),
                                   u("lain@pleroma.example"),
                                   {}},
                                  {K::Hashtag,
                                   u("https://pleroma.example/tag/fediverse"),
                                   u("#fediverse"),
                                   {},
                                   {},
                                   u("fediverse")}}
            << QString();
    }
    {
        ContentContext c;
        c.mentions = {
            {u("9abc"), u("syuilo"), u("syuilo@misskey.io"), u("https://misskey.io/users/9abc")}};
        QTest::newRow("Misskey-fork bare mention link")
            << u("<p><a href=\"https://misskey.io/@syuilo\">@syuilo@misskey.io</a> <a "
                 "href=\"https://sharkey.example/tags/cats\" "
                 "rel=\"tag\">#cats</a></p>")
            << c
            << QList<ContentLink>{{K::Mention,
                                   u("https://misskey.io/@syuilo"),
                                   u("@syuilo@misskey.io"),
                                   u("9abc"),
                                   u("syuilo@misskey.io"),
                                   {}},
                                  {K::Hashtag,
                                   u("https://sharkey.example/tags/cats"),
                                   u("#cats"),
                                   {},
                                   {},
                                   u("cats")}}
            << QString();
    }
    QTest::newRow("mention class without a match")
        << u("<a href=\"https://x.example/@who\" class=\"u-url mention\">@who@x.example</a>")
        << none
        << QList<ContentLink>{{K::Mention,
                               u("https://x.example/@who"),
                               u("@who@x.example"),
                               {},
                               u("who@x.example"),
                               {}}}
        << QString();
    QTest::newRow("Mastodon shortened link")
        << u("<p><a "
             "href=\"https://soundcloud.com/wakarangirl/"
             "popstars-dj-wakaran-girl-khard-bass-flex-1\" target=\"_blank\" "
             "rel=\"nofollow noopener\" translate=\"no\"><span "
             "class=\"invisible\">https://</span><span class=\"ellipsis\">"
             "soundcloud.com/wakarangirl/pop</span><span "
             "class=\"invisible\">stars-dj-wakaran-girl-khard-bass-flex-1</span>"
             "</a> link</p>")
        << none
        << QList<ContentLink>{{K::Url,
                               u("https://soundcloud.com/wakarangirl/"
                                 "popstars-dj-wakaran-girl-khard-bass-flex-1"),
                               u("soundcloud.com/wakarangirl/pop\u2026"),
                               {},
                               {},
                               {}}}
        << u("<p dir=\"ltr\"><a "
             "href=\"https://soundcloud.com/wakarangirl/"
             "popstars-dj-wakaran-girl-khard-bass-flex-1\">"
             "soundcloud.com/wakarangirl/pop\u2026</a> link</p>");
    QTest::newRow("mailto and entities in href")
        << u("<a href=\"mailto:staff@mastodon.social\">staff</a> <a "
             "href=\"https://example.com/?a=1&amp;b=&quot;2&quot;&lt;\">q</a>")
        << none
        << QList<ContentLink>{{K::Url, u("mailto:staff@mastodon.social"), u("staff"), {}, {}, {}},
                              {K::Url, u("https://example.com/?a=1&b=\"2\"<"), u("q"), {}, {}, {}}}
        << u("<p dir=\"ltr\"><a href=\"mailto:staff@mastodon.social\">staff</a> "
             "<a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;&lt;\">q</a></p>");
    QTest::newRow("href whitespace normalised")
        << u("<a href=\" HTTPS://exa\tmple.com/\n \">x</a>") << none
        << QList<ContentLink>{{K::Url, u("https://example.com/"), u("x"), {}, {}, {}}}
        << u("<p dir=\"ltr\"><a href=\"https://example.com/\">x</a></p>");
    for (const char *bad :
         {"javascript:alert(1)", " JaVaScRiPt:alert(1)", "java&#x09;script:alert(1)",
          "jav&#10;ascript:alert(1)", "&#106;avascript:alert(1)",
          "data:text/html,<script>x</script>", "vbscript:msgbox", "file:///etc/passwd",
          "/relative/path", "//evil.example/x", "https:evil", "http://", "https:///x",
          "ftp://example.com/", "#frag", ""}) {
        QTest::newRow(qPrintable(u("rejected href ") + u(bad)))
            << u("<p><a href=\"%1\" onclick=\"x\">text</a></p>").arg(u(bad)) << none
            << QList<ContentLink>{} << u("<p dir=\"ltr\">text</p>");
    }
    QTest::newRow("isolated link across blocks")
        << u("<a href=\"https://x.example/@a\" class=\"mention\"> <br>@a<div>b</div> <br></a>")
        << none
        << QList<ContentLink>{{K::Mention, u("https://x.example/@a"), u("@a b"), {}, u("a b"), {}}}
        << u("<p dir=\"ltr\"><br><a href=\"https://x.example/@a\" "
             "class=\"mention\">\u2068@a\u2069</a></p>"
             "<p dir=\"ltr\"><a href=\"https://x.example/@a\" "
             "class=\"mention\">\u2068b\u2069</a></p>"
             "<p dir=\"ltr\"><br></p>");
    QTest::newRow("link without text dropped")
        << u("<a href=\"https://x.example/\"> <span class=\"invisible\">x</span></a>") << none
        << QList<ContentLink>{} << QString();
    QTest::newRow("link text across blocks")
        << u("<a href=\"https://x.example/\">a<div>b</div></a>") << none
        << QList<ContentLink>{{K::Url, u("https://x.example/"), u("a b"), {}, {}, {}}}
        << u("<p dir=\"ltr\"><a href=\"https://x.example/\">a</a></p><p dir=\"ltr\"><a "
             "href=\"https://x.example/\">b</a></p>");
}

void TestContent::links()
{
    QFETCH(QString, input);
    QFETCH(ContentContext, context);
    QFETCH(QList<ContentLink>, expected);
    QFETCH(QString, html);
    const RichContent c = sanitizeHtml(input, context);
    QCOMPARE(c.links.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(int(c.links[i].kind), int(expected[i].kind));
        QCOMPARE(c.links[i].href, expected[i].href);
        QCOMPARE(c.links[i].text, expected[i].text);
        QCOMPARE(c.links[i].accountId, expected[i].accountId);
        QCOMPARE(c.links[i].acct, expected[i].acct);
        QCOMPARE(c.links[i].tag, expected[i].tag);
    }
    if (!html.isNull())
        QCOMPARE(c.html, html);
    checkInvariants(c, context, input);
}

void TestContent::emoji_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<SanitizeOptions>("options");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");

    const QString blob = img(u("https://e.example/blob.gif"), u("blob"));
    QTest::newRow("replaced") << u("<p>hi :blob: :nope: :blob::blob:</p>") << SanitizeOptions{}
                              << u("<p dir=\"ltr\">hi %1 :nope: %1%1</p>").arg(blob)
                              << u("hi :blob: :nope: :blob::blob:");
    QTest::newRow("static and sized")
        << u(":blob:") << SanitizeOptions{32, false}
        << u("<p dir=\"ltr\">%1</p>").arg(img(u("https://e.example/blob.png"), u("blob"), 32))
        << u(":blob:");
    QTest::newRow("colon runs") << u("a:b:blob:c") << SanitizeOptions{}
                                << u("<p dir=\"ltr\">a:b%1c</p>").arg(blob) << u("a:b:blob:c");
    QTest::newRow("zero-width spaces (TootSDK)")
        << u("<p>:ms_rainbow_flag:\u200b :blob:\u200b</p>") << SanitizeOptions{}
        << u("<p dir=\"ltr\">%1\u200b %2\u200b</p>")
               .arg(img(u("https://e.example/flag.png"), u("ms_rainbow_flag")), blob)
        << u(":ms_rainbow_flag:\u200b :blob:\u200b");
    QTest::newRow("not in code or pre")
        << u("<p><code>:blob:</code></p><pre>:blob:</pre>") << SanitizeOptions{}
        << u("<p dir=\"ltr\"><code>:blob:</code></p><pre>:blob:</pre>") << u(":blob:\n\n:blob:");
    QTest::newRow("not in href")
        << u("<a href=\"https://x.example/:blob:\">t :blob:</a>") << SanitizeOptions{}
        << u("<p dir=\"ltr\"><a href=\"https://x.example/:blob:\">t %1</a></p>").arg(blob)
        << u("t :blob:");
    QTest::newRow("unsafe emoji url ignored")
        << u(":evil:") << SanitizeOptions{} << u("<p dir=\"ltr\">:evil:</p>") << u(":evil:");
}

void TestContent::emoji()
{
    QFETCH(QString, input);
    QFETCH(SanitizeOptions, options);
    QFETCH(QString, html);
    QFETCH(QString, plain);
    const RichContent c = sanitizeHtml(input, emojiContext(), options);
    QCOMPARE(c.html, html);
    QCOMPARE(c.plainText, plain);
    checkInvariants(c, emojiContext(), input, options);
}

void TestContent::direction_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<bool>("rtl");

    QTest::newRow("hebrew then english")
        << u("<p>שלום עולם</p><p>hello</p>")
        << u("<p dir=\"rtl\">שלום עולם</p><p dir=\"ltr\">hello</p>") << u("שלום עולם\n\nhello")
        << true;
    QTest::newRow("neutral paragraph follows content")
        << u("<p>مرحبا</p><p>123 !</p>") << u("<p dir=\"rtl\">مرحبا</p><p dir=\"rtl\">123 !</p>")
        << u("مرحبا\n\n123 !") << true;
    QTest::newRow("neutral only") << u("<p>123</p>") << u("<p dir=\"ltr\">123</p>") << u("123")
                                  << false;
    QTest::newRow("leading numbers")
        << u("<p>42 שלום</p>") << u("<p dir=\"rtl\">42 שלום</p>") << u("42 שלום") << true;
    QTest::newRow("mention does not decide")
        << u("<p><span class=\"h-card\"><a href=\"https://x.example/@bob\" class=\"u-url "
             "mention\">@<span>bob</span></a></span> שלום</p>")
        << u("<p dir=\"rtl\"><a href=\"https://x.example/@bob\" "
             "class=\"mention\">\u2068@bob\u2069</a> שלום</p>")
        << u("\u2068@bob\u2069 שלום") << true;
    QTest::newRow("list items") << u("<ul><li>א</li><li>b</li></ul>")
                                << u("<ul><li dir=\"rtl\">א</li><li dir=\"ltr\">b</li></ul>")
                                << u("\u2022 א\n\u2022 b") << true;
}

void TestContent::direction()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QFETCH(QString, plain);
    QFETCH(bool, rtl);
    const RichContent c = sanitizeHtml(input);
    QCOMPARE(c.html, html);
    QCOMPARE(c.plainText, plain);
    QCOMPARE(c.rtl, rtl);
    checkInvariants(c, {}, input);
}

void TestContent::hostile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("truncated");
    QTest::addColumn<QString>("mustContain"); // in plainText

    QTest::newRow("1 MB of text") << QString(1024 * 1024, u'a') << false << u("aaaa");
    QTest::newRow("1 MB in paragraphs")
        << u("<p>abc <b>d</b> <a href=\"https://e.example/\">e</a></p>").repeated(20000) << true
        << u("abc d e");
    QTest::newRow("10,000 nested divs") << u("<div>").repeated(10000) + u("x") << true << QString();
    QTest::newRow("10,000 nested blockquotes")
        << u("x<blockquote>").repeated(10000) << true << u("x");
    QTest::newRow("5,000 nested blockquotes")
        << u("<blockquote>x").repeated(5000) << false << u("x");
    QTest::newRow("4,000 nested lists") << u("<ul><li>x").repeated(4000) << false << u("x");
    QTest::newRow("5,000 nested spans") << u("<span>x").repeated(5000) << false << u("x");
    QTest::newRow("5,000 nested b") << u("<b>x").repeated(5000) << false << u("x");
    QTest::newRow("5,000 nested a")
        << u("<a href=\"https://x.example/\">x").repeated(5000) << false << u("x");
    QTest::newRow("formatting reconstruction bomb") << [] {
        // Each paragraph re-opens ("reconstructs") every formatting element left open; gumbo's
        // Noah's Ark clause bounds that to 3 per tag name.
        static const char *names[] = {"a href=\"https://x.example/\"",
                                      "b",
                                      "big",
                                      "code",
                                      "em",
                                      "font",
                                      "i",
                                      "nobr",
                                      "s",
                                      "small",
                                      "strike",
                                      "strong",
                                      "tt",
                                      "u"};
        QString s = u("<p>");
        for (int i = 0; i < 4000; ++i)
            s += u("<%1 id=%2>").arg(u(names[i % 14])).arg(i);
        return s + u("</p>") + u("<p>x</p>").repeated(4000);
    }() << true << QString(); // over the parse budget: retried on shorter prefixes
    QTest::newRow("attribute bomb")
        << u("<p") + u(" a").repeated(500000) + u(">x") << true << QString();
    QTest::newRow("duplicate attributes")
        << u("<p") + u(" a=1").repeated(100) + u(">x") << false << u("x");
    QTest::newRow("entity bomb") << u("&amp;").repeated(200000) +
                                        u("&#x1F600;&#0;&#x110000;&bogus;")
                                 << false << u("&&&&");
    QTest::newRow("emoji bomb") << u(":blob:").repeated(200000) << false << u(":blob::blob:");
    QTest::newRow("unclosed everything")
        << u("<p><b><i><a href=\"https://x.example/\"><ul><li><blockquote><pre>x") << false
        << u("x");
    QTest::newRow("stray end tags")
        << u("</p></b></a></li></ul></blockquote></pre></html></body>x") << false << u("x");
    QTest::newRow("html document")
        << u("<!DOCTYPE html><html><head><title>t</title><script>s</script></head>"
             "<body onload=x><p>x</p></body></html>")
        << false << u("x");
    QTest::newRow("frameset") << u("<frameset><frame src=x></frameset>x") << false << QString();
    QTest::newRow("tables mess") << u("<table><b>x<tr><td>y</b>z</table>w") << false << u("w");
    QTest::newRow("plaintext element") << u("a<plaintext><script>x") << false << u("a");
    QTest::newRow("select in table") << u("<table><select><option>x<tr>y") << false << QString();
    QTest::newRow("template nesting")
        << u("<template><template><p>x</template>y") << false << QString();
    QTest::newRow("NUL bytes") << QString(100, QChar(0)) + u("x") << false << u("x");
    QTest::newRow("lone surrogates")
        << QString(QChar(0xD800)) + u("x") + QChar(0xDC00) << false << u("x");
    QTest::newRow("RLO everywhere")
        << u("\u202E<a href=\"https://x.example/\u202E\">\u202Ex</a>") << false << u("x");
}

void TestContent::hostile()
{
    QFETCH(QString, input);
    QFETCH(bool, truncated);
    QFETCH(QString, mustContain);
    QElapsedTimer timer;
    timer.start();
    const RichContent c = sanitizeHtml(input, emojiContext());
    qInfo("%d bytes in %lld ms -> %lld bytes html, truncated %d", int(input.size()),
          timer.elapsed(), qlonglong(c.html.size()), c.truncated);
    QCOMPARE(c.truncated, truncated);
    QVERIFY(c.plainText.contains(mustContain));
    QVERIFY(c.html.size() <= SanitizeOptions{}.maxHtmlBytes + 4096);
    checkInvariants(c, emojiContext(), QString::fromLatin1(QTest::currentDataTag()));
}

void TestContent::invalidUtf8()
{
    HtmlSanitizer sanitizer;
    const QByteArray bytes("<p>a\xff\xfe\xed\xa0\x80\xc0\xafz\xf4\x90\x80\x80<b>\x80</b></p>\x00x",
                           31);
    const RichContent c = sanitizer.sanitizeUtf8(bytes);
    QVERIFY(c.plainText.startsWith(u("a")));
    QVERIFY(c.plainText.contains(u("z")));
    QVERIFY(c.plainText.contains(QChar(0xFFFD)));
    QVERIFY(!c.html.contains(QChar(0)));
    checkInvariants(c, {}, u("invalid UTF-8"));
}

// What Qt's rich text does with the output: the paragraph direction, the emoji image with its
// alignment and alt text, and the link anchor. This is why `dir`, `align` and `width` are used.
void TestContent::renderedByQt()
{
    const RichContent c =
        sanitizeHtml(u("<p>שלום :blob: <a href=\"https://x.example/\">link</a></p><p>hello</p>"),
                     emojiContext());
    QTextDocument doc;
    doc.setHtml(c.html);
    QTextBlock block = doc.begin();
    QCOMPARE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
    bool sawImage = false, sawLink = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat f = it.fragment().charFormat();
        if (f.isImageFormat()) {
            const QTextImageFormat image = f.toImageFormat();
            QCOMPARE(image.name(), u("https://e.example/blob.gif"));
            QCOMPARE(image.width(), 20.0);
            QCOMPARE(image.height(), 20.0);
            QCOMPARE(image.verticalAlignment(), QTextCharFormat::AlignMiddle);
            QCOMPARE(image.property(QTextFormat::ImageAltText).toString(), u(":blob:"));
            sawImage = true;
        }
        if (f.isAnchor()) {
            QCOMPARE(f.anchorHref(), u("https://x.example/"));
            QCOMPARE(it.fragment().text(), u("link"));
            sawLink = true;
        }
    }
    QVERIFY(sawImage);
    QVERIFY(sawLink);
    block = block.next();
    QCOMPARE(block.blockFormat().layoutDirection(), Qt::LeftToRight);
    QCOMPARE(block.text(), u("hello"));

    // The isolates around mentions and hashtags take no space when drawn.
    const QFontMetricsF metrics{QFont()};
    QCOMPARE(metrics.horizontalAdvance(kFsi + u("@bob") + kPdi),
             metrics.horizontalAdvance(u("@bob")));
}

void TestContent::markdown_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");

    QTest::newRow("inline")
        << u("**bold** _em_ `co<de`")
        << u("<p dir=\"ltr\"><strong>bold</strong> <em>em</em> <code>co&lt;de</code></p>");
    QTest::newRow("javascript link") << u("[x](javascript:alert(1))") << u("<p dir=\"ltr\">x</p>");
    QTest::newRow("data link") << u("[x](data:text/html,hi) <data:text/html,hi>")
                               << u("<p dir=\"ltr\">x data:text/html,hi</p>");
    QTest::newRow("raw html") << u("<script>alert(1)</script>\n\nok <b onclick=x>b</b>")
                              << u("<p dir=\"ltr\">ok b</p>");
    QTest::newRow("link")
        << u("[site](https://example.com/a?b=1&c=2)")
        << u("<p dir=\"ltr\"><a href=\"https://example.com/a?b=1&amp;c=2\">site</a></p>");
    QTest::newRow("heading")
        << u("# Head\n\ntext")
        << u("<p dir=\"ltr\"><strong>Head</strong></p><p dir=\"ltr\">text</p>");
    QTest::newRow("lists") << u("- a\n- b\n\n1. x")
                           << u("<ul><li dir=\"ltr\">a</li><li dir=\"ltr\">b</li></ul><ol><li "
                                "dir=\"ltr\">x</li></ol>");
    QTest::newRow("quote") << u("> quote")
                           << u("<blockquote><p dir=\"ltr\">quote</p></blockquote>");
    QTest::newRow("hard breaks") << u("line1\nline2") << u("<p dir=\"ltr\">line1<br>\nline2</p>");
    QTest::newRow("code block") << u("```\na < b\n```") << u("<pre><code>a &lt; b\n</code></pre>");
    QTest::newRow("image") << u("![alt text](https://x.example/y.png)")
                           << u("<p dir=\"ltr\">alt text</p>");
    QTest::newRow("rtl") << u("שלום *עולם*") << u("<p dir=\"rtl\">שלום <em>עולם</em></p>");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("deep quotes") << u(">").repeated(20000) + u(" x") << QString();
}

void TestContent::markdown()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    const QString out = markdownToHtml(input);
    if (!html.isNull() || input.isEmpty())
        QCOMPARE(out, html);
    checkInvariants(sanitizeHtml(out), {}, input.left(100));
}

void TestContent::plainTextPost()
{
    ContentContext c;
    c.mentions = {{u("1"), u("bob"), u("bob@x.example"), u("https://x.example/@bob")}};
    c.tags = {{u("tag"), u("https://y.example/tags/tag")}};
    const RichContent r =
        plainTextToRichContent(u("hi <b>&amp; https://example.com/a?b=1&c=2. @bob@x.example #tag "
                                 "#other @nobody\nline\n\nnext para"),
                               c);
    QCOMPARE(
        r.html,
        u("<p dir=\"ltr\">hi &lt;b&gt;&amp;amp; <a "
          "href=\"https://example.com/a?b=1&amp;c=2\">https://example.com/a?b=1&amp;c=2</a>. "
          "<a href=\"https://x.example/@bob\" class=\"mention\">\u2068@bob@x.example\u2069</a> "
          "<a href=\"https://y.example/tags/tag\" class=\"hashtag\">\u2068#tag\u2069</a> #other "
          "@nobody<br>line</p>"
          "<p dir=\"ltr\">next para</p>"));
    QCOMPARE(r.links.size(), 3);
    QCOMPARE(r.links[1].accountId, u("1"));
    QCOMPARE(r.links[2].tag, u("tag"));
    QCOMPARE(r.plainText, u("hi <b>&amp; https://example.com/a?b=1&c=2. \u2068@bob@x.example\u2069 "
                            "\u2068#tag\u2069 #other @nobody\nline\n\nnext para"));
    checkInvariants(r, c, u("plain text post"));
    QCOMPARE(plainTextToHtml(u("javascript:alert(1) <script>")),
             u("<p dir=\"ltr\">javascript:alert(1) &lt;script&gt;</p>"));
}

void TestContent::displayNames()
{
    const ContentContext c = emojiContext();
    QCOMPARE(displayNameToHtml(u("Bob :blob: <b>&amp;</b>"), c.emojis),
             u("Bob ") + img(u("https://e.example/blob.gif"), u("blob")) +
                 u(" &lt;b&gt;&amp;amp;&lt;/b&gt;"));
    QCOMPARE(displayNameToHtml(u("evil\u202Egnp.exe\u2066")), u("evilgnp.exe"));
    QCOMPARE(displayNameToHtml(u(":blob:"), c.emojis, SanitizeOptions{16, false}),
             img(u("https://e.example/blob.png"), u("blob"), 16));
    QCOMPARE(displayNameToPlainText(u("علي\u202E")), u("\u2068علي\u2069"));
    QCOMPARE(displayNameToPlainText(QString()), u("\u2068\u2069"));
}

QTEST_MAIN(TestContent)
#include "tst_content.moc"
