// sanitizeHtml() against hostile markup (nothing active may survive, in the HTML or in the blocks)
// and ordinary article markup (structure kept, white space rules, deterministic and idempotent output).
#include "document/DocumentBlocks.h"
#include "document/HtmlSanitizer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

// Everything the sanitiser may write: these tags, these attributes, nothing else.
const QStringList allowedTags = {u"p"_s,   u"h1"_s, u"h2"_s,     u"h3"_s,         u"h4"_s,         u"h5"_s,
                                 u"h6"_s,  u"blockquote"_s, u"ul"_s, u"ol"_s, u"li"_s, u"pre"_s,
                                 u"code"_s, u"em"_s, u"strong"_s, u"a"_s,     u"img"_s,     u"figure"_s,
                                 u"figcaption"_s, u"table"_s, u"caption"_s, u"tr"_s, u"th"_s, u"td"_s,
                                 u"br"_s, u"hr"_s};
const QStringList allowedAttributes = {u"href"_s, u"src"_s, u"alt"_s, u"class"_s};

QString describe(const QString &html) { return u"output was: "_s + html; }

void checkOnlyAllowedMarkup(const QString &html)
{
    static const QRegularExpression tag(u"<\\s*/?\\s*([^\\s>/]+)([^>]*)>"_s);
    static const QRegularExpression attribute(u"([^\\s=]+)\\s*=\\s*\"([^\"]*)\""_s);
    for (const QRegularExpressionMatch &m : tag.globalMatch(html)) {
        QVERIFY2(allowedTags.contains(m.captured(1)), qPrintable(u"tag "_s + m.captured(1) + u"; "_s + describe(html)));
        QString rest = m.captured(2);
        for (const QRegularExpressionMatch &a : attribute.globalMatch(rest)) {
            QVERIFY2(allowedAttributes.contains(a.captured(1)), qPrintable(describe(html)));
            const QString value = a.captured(2);
            if (a.captured(1) == "href"_L1)
                QVERIFY2(value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s)
                             || value.startsWith(u"mailto:"_s),
                         qPrintable(describe(html)));
            if (a.captured(1) == "src"_L1)
                QVERIFY2(value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s), qPrintable(describe(html)));
            if (a.captured(1) == "class"_L1)
                QVERIFY2(value.startsWith(u"language-"_s), qPrintable(describe(html)));
            rest.remove(a.captured(0));
        }
        QVERIFY2(rest.trimmed().isEmpty(), qPrintable(u"stray attribute text '"_s + rest + u"'; "_s + describe(html)));
    }
    QVERIFY2(!html.contains(u"<!--"_s), qPrintable(describe(html)));
}

} // namespace

class TestHtmlSanitizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostile_data();
    void hostile();
    void structure_data();
    void structure();
    void spans();
    void relativeUrls_data();
    void relativeUrls();
    void idempotent_data();
    void idempotent();
    void deepNesting();
    void manySiblingsAreNotDeep();
};

void TestHtmlSanitizer::hostile_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("forbidden"); // must not appear in the HTML or the text (case-insensitive)
    QTest::addColumn<QString>("text");          // the canonical text that must remain

    const QStringList js = {u"javascript"_s, u"alert"_s};
    QTest::newRow("script") << u"<p>a</p><script>alert(1)</script><p>b</p>"_s << js << u"a\nb"_s;
    QTest::newRow("script in p") << u"<p>a<script>alert(1)</script>b</p>"_s << js << u"ab"_s;
    QTest::newRow("unclosed script") << u"<p>a</p><script>alert(1)"_s << js << u"a"_s;
    QTest::newRow("script uppercase") << u"<SCRIPT SRC=http://x/xss.js></SCRIPT><p>ok</p>"_s
                                      << QStringList{u"xss"_s} << u"ok"_s;
    QTest::newRow("script split by nul") << u"<scr\0ipt>alert(1)</scr\0ipt><p>ok</p>"_s << QStringList{u"<scr"_s}
                                         << u"alert(1)\nok"_s; // an unknown element, not a script: its text is harmless
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)><p>t</p>"_s << js + QStringList{u"onerror"_s}
                                 << u"t"_s;
    QTest::newRow("img onerror quoted") << u"<p><img src=\"http://e.com/a.png\" onerror=\"alert(1)\">t</p>"_s
                                        << js + QStringList{u"onerror"_s} << u"t"_s;
    QTest::newRow("body onload") << u"<body onload=alert(1)><p>t</p></body>"_s << js + QStringList{u"onload"_s}
                                 << u"t"_s;
    QTest::newRow("event handler on p") << u"<p onclick=\"alert(1)\" onmouseover=alert(2)>t</p>"_s
                                        << js + QStringList{u"onclick"_s, u"onmouseover"_s} << u"t"_s;
    QTest::newRow("javascript href") << u"<a href=\"javascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript mixed case") << u"<a href=\"JaVaScRiPt:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript leading space") << u"<a href=\"  javascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript leading control") << u"<a href=\"\x01javascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript tab inside") << u"<a href=\"jav\tascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript newline inside") << u"<a href=\"jav\nascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript entity tab") << u"<a href=\"jav&#x09;ascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript entity newline") << u"<a href=\"jav&#x0A;ascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript decimal entities")
        << u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>"_s << js
        << u"x"_s;
    QTest::newRow("javascript hex entities no semicolons")
        << u"<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript padded entities")
        << u"<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)\">x</a>"_s
        << js << u"x"_s;
    QTest::newRow("javascript colon entity") << u"<a href=\"javascript&colon;alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript nul inside") << u"<a href=\"java\0script:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript unquoted") << u"<a href=javascript:alert(1)>x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript backtick") << u"<a href=`javascript:alert(1)`>x</a>"_s << js << u"x"_s;
    QTest::newRow("javascript img src") << u"<p><img src=\"javascript:alert(1)\">t</p>"_s << js << u"t"_s;
    QTest::newRow("javascript fullwidth") << u"<a href=\"\uFF4Aavascript:alert(1)\">x</a>"_s << js << u"x"_s;
    QTest::newRow("vbscript") << u"<a href=\"vbscript:msgbox(1)\">x</a>"_s << QStringList{u"vbscript"_s, u"msgbox"_s}
                              << u"x"_s;
    QTest::newRow("data href") << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s
                               << QStringList{u"data:"_s, u"base64"_s} << u"x"_s;
    QTest::newRow("data img") << u"<p><img src=\"data:image/svg+xml,<svg onload=alert(1)>\">t</p>"_s
                              << QStringList{u"data:"_s, u"svg"_s, u"onload"_s} << u"t"_s;
    QTest::newRow("data img, data-src kept") << u"<p><img src=\"data:image/gif;base64,R0lG\" data-src=\"https://e.com/p.jpg\">t</p>"_s
                                             << QStringList{u"data:"_s, u"data-src"_s} << u"t"_s;
    QTest::newRow("file url") << u"<a href=\"file:///etc/passwd\">x</a>"_s << QStringList{u"file:"_s, u"passwd"_s}
                              << u"x"_s;
    QTest::newRow("iframe") << u"<iframe src=\"https://evil.example/\">fallback</iframe><p>t</p>"_s
                            << QStringList{u"iframe"_s, u"evil"_s, u"fallback"_s} << u"t"_s;
    QTest::newRow("iframe srcdoc") << u"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe><p>t</p>"_s
                                   << js + QStringList{u"srcdoc"_s} << u"t"_s;
    QTest::newRow("object") << u"<object data=\"evil.swf\"><param name=x value=y>alt</object><p>t</p>"_s
                            << QStringList{u"object"_s, u"swf"_s, u"param"_s} << u"t"_s;
    QTest::newRow("embed") << u"<embed src=\"evil.swf\"><p>t</p>"_s << QStringList{u"embed"_s, u"swf"_s} << u"t"_s;
    QTest::newRow("svg onload") << u"<svg onload=alert(1)><text>svgtext</text></svg><p>t</p>"_s
                                << js + QStringList{u"svg"_s, u"svgtext"_s} << u"t"_s;
    QTest::newRow("svg script") << u"<svg><script>alert(1)</script><a xlink:href=\"javascript:alert(2)\">z</a></svg><p>t</p>"_s
                                << js << u"t"_s;
    QTest::newRow("math") << u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"_s << js
                          << QString();
    QTest::newRow("mxss noscript") << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"_s << js
                                   << QString();
    QTest::newRow("style element") << u"<style>body{background:url(javascript:alert(1))}</style><p>t</p>"_s
                                   << js + QStringList{u"background"_s} << u"t"_s;
    QTest::newRow("style attribute expression") << u"<p style=\"width: expression(alert(1))\">t</p>"_s
                                                << js + QStringList{u"style"_s, u"expression"_s} << u"t"_s;
    QTest::newRow("style attribute url") << u"<div style=\"background:url('javascript:alert(1)')\">t</div>"_s
                                         << js + QStringList{u"style"_s} << u"t"_s;
    QTest::newRow("meta refresh") << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>t</p>"_s
                                  << js + QStringList{u"refresh"_s} << u"t"_s;
    QTest::newRow("base href") << u"<base href=\"javascript:alert(1)//\"><p>t</p>"_s << js << u"t"_s;
    QTest::newRow("link stylesheet") << u"<link rel=stylesheet href=\"http://evil/x.css\"><p>t</p>"_s
                                     << QStringList{u"stylesheet"_s, u"evil"_s} << u"t"_s;
    QTest::newRow("form") << u"<form action=\"http://evil/\"><input name=a value=secret><button>Go</button><textarea>tx</textarea>inside</form>"_s
                          << QStringList{u"form"_s, u"input"_s, u"secret"_s, u"button"_s, u"textarea"_s, u"evil"_s}
                          << u"inside"_s;
    QTest::newRow("template") << u"<template><script>alert(1)</script>tpl</template><p>t</p>"_s
                              << js + QStringList{u"tpl"_s} << u"t"_s;
    QTest::newRow("comment") << u"<p>a<!-- secret --></p><!--[if IE]><script>alert(1)</script><![endif]-->"_s
                             << js + QStringList{u"secret"_s, u"<!--"_s} << u"a"_s;
    QTest::newRow("comment hiding tag") << u"<!--<img src=x onerror=alert(1)>--><p>t</p>"_s << js << u"t"_s;
    QTest::newRow("bogus comment") << u"<? alert(1) ?><p>t</p>"_s << js << u"t"_s;
    QTest::newRow("cdata") << u"<![CDATA[<script>alert(1)</script>]]><p>t</p>"_s << QStringList{u"<script"_s}
                           << u"alert(1)]]>\nt"_s; // a bogus comment up to the first '>': the rest is text
    QTest::newRow("unclosed tags") << u"<p><b><i><a href=\"https://e.com/\">link"_s << QStringList{} << u"link"_s;
    QTest::newRow("unclosed attribute") << u"<p><a href=\"https://e.com/ onclick=alert(1)>x</p>"_s << js << QString();
    QTest::newRow("nested quotes") << u"<p><img src=\"http://e.com/a.png\" alt=\"\\\"><script>alert(1)</script>\">t</p>"_s
                                   << QStringList{u"<script"_s} << u"\">t"_s; // no backslash escapes in HTML
    QTest::newRow("attribute breakout") << u"<p><img alt=\"x&quot; onerror=&quot;alert(1)\" src=\"https://e.com/a.png\">t</p>"_s
                                        << QStringList{u"onerror=\""_s} << u"t"_s;
    QTest::newRow("tag in attribute") << u"<a href=\"https://e.com/?q=<script>alert(1)</script>\">x</a>"_s
                                      << QStringList{u"<script"_s} << u"x"_s;
    QTest::newRow("misnested") << u"<p><b>a<p>b</b>c</p>"_s << QStringList{} << u"a\nbc"_s;
    QTest::newRow("table script") << u"<table><tr><td>a<script>alert(1)</script></td></tr></table>"_s << js
                                  << u"a"_s;
    QTest::newRow("select escape") << u"<select><option><img src=x onerror=alert(1)></option></select><p>t</p>"_s
                                   << js << u"t"_s;
    QTest::newRow("xmp breakout") << u"<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>"_s
                                  << QStringList{u"onerror=\""_s, u"<img"_s} << QString();
    QTest::newRow("hidden") << u"<p>a</p><div hidden>secret</div>"_s << QStringList{u"secret"_s} << u"a"_s;
    QTest::newRow("video") << u"<video src=\"http://e.com/v.mp4\" onerror=alert(1)>no video</video><p>t</p>"_s
                           << js + QStringList{u"video"_s} << u"t"_s;
    QTest::newRow("audio") << u"<audio><source src=x onerror=alert(1)></audio><p>t</p>"_s << js << u"t"_s;
    QTest::newRow("frameset") << u"<frameset><frame src=\"javascript:alert(1)\"></frameset>"_s << js << QString();
    // The parser turns control characters into U+FFFD.
    QTest::newRow("control characters") << u"<p>a\x01\x02\x7f b</p>"_s << QStringList{u"\x01"_s, u"\x7f"_s}
                                        << u"a\uFFFD\uFFFD\uFFFD b"_s;
    QTest::newRow("paragraph separator") << u"<p>a\u2029b\u2028c</p>"_s << QStringList{u"\u2029"_s, u"\u2028"_s}
                                         << u"a b c"_s;
}

void TestHtmlSanitizer::hostile()
{
    QFETCH(QString, input);
    QFETCH(QStringList, forbidden);
    QFETCH(QString, text);

    const SanitizedHtml out = sanitizeHtml(input);
    checkOnlyAllowedMarkup(out.html);
    const QString canonical = canonicalText(out.blocks);
    for (const QString &bad : forbidden) {
        QVERIFY2(!out.html.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in "_s + describe(out.html)));
        QVERIFY2(!canonical.contains(bad, Qt::CaseInsensitive), qPrintable(bad + u" in text: "_s + canonical));
    }
    for (const Block &block : out.blocks) {
        for (const InlineSpan &span : block.spans) {
            if (span.kind == InlineSpan::Kind::Link)
                QVERIFY(span.href.startsWith(u"http"_s) || span.href.startsWith(u"mailto:"_s));
        }
    }
    if (!text.isNull())
        QCOMPARE(canonical, text);
    QCOMPARE(sanitizeHtml(out.html), out);
}

void TestHtmlSanitizer::structure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("paragraphs") << u"<p>One</p>\n\n<p>Two</p>"_s << u"<p>One</p>\n<p>Two</p>\n"_s << u"One\nTwo"_s;
    QTest::newRow("headings") << u"<h1>Title</h1><h3>Sub</h3><p>x</p>"_s << u"<h1>Title</h1>\n<h3>Sub</h3>\n<p>x</p>\n"_s
                              << u"Title\nSub\nx"_s;
    QTest::newRow("whitespace collapsed") << u"<p>  a \n\t b  </p>"_s << u"<p>a b</p>\n"_s << u"a b"_s;
    QTest::newRow("nbsp kept") << u"<p>US&nbsp;Secretary \u00A0 x</p>"_s << u"<p>US&nbsp;Secretary &nbsp; x</p>\n"_s
                               << u"US\u00A0Secretary \u00A0 x"_s;
    QTest::newRow("nbsp only paragraph dropped") << u"<p>&nbsp;</p><p>x</p>"_s << u"<p>&nbsp;</p>\n<p>x</p>\n"_s
                                                 << u"x"_s;
    QTest::newRow("escaping") << u"<p>a &lt; b &amp;&amp; c &gt; d \"q\"</p>"_s
                              << u"<p>a &lt; b &amp;&amp; c &gt; d \"q\"</p>\n"_s << u"a < b && c > d \"q\""_s;
    QTest::newRow("b and i normalised") << u"<p><b>B</b> <i>I</i></p>"_s << u"<p><strong>B</strong> <em>I</em></p>\n"_s
                                        << u"B I"_s;
    QTest::newRow("span and font unwrapped") << u"<p><span class=x>a</span><font color=red>b</font></p>"_s
                                             << u"<p>ab</p>\n"_s << u"ab"_s;
    QTest::newRow("divs are boundaries") << u"<div>a<div>b</div>c</div>"_s << u"<p>a</p>\n<p>b</p>\n<p>c</p>\n"_s
                                         << u"a\nb\nc"_s;
    QTest::newRow("section and article") << u"<article><section>a</section><section>b</section></article>"_s
                                         << u"<p>a</p>\n<p>b</p>\n"_s << u"a\nb"_s;
    QTest::newRow("loose text") << u"loose <b>text</b>"_s << u"<p>loose <strong>text</strong></p>\n"_s
                                << u"loose text"_s;
    QTest::newRow("br splits paragraph") << u"<p>line one<br>line two<br><br>three</p>"_s
                                         << u"<p>line one<br>line two<br>three</p>\n"_s
                                         << u"line one\nline two\nthree"_s;
    QTest::newRow("br in heading is a space") << u"<h2>a<br>b</h2>"_s << u"<h2>a b</h2>\n"_s << u"a b"_s;
    QTest::newRow("lists") << u"<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>"_s
                           << u"<ul>\n<li>a</li>\n<li>b<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>\n"_s << u"a\nb\nc"_s;
    QTest::newRow("list with paragraphs") << u"<ul><li><p>a</p><p>b</p></li></ul>"_s
                                          << u"<ul>\n<li><p>a</p>\n<p>b</p>\n</li>\n</ul>\n"_s << u"a\nb"_s;
    QTest::newRow("list directly in list") << u"<ul><li>a</li><ul><li>b</li></ul></ul>"_s
                                           << u"<ul>\n<li>a</li>\n<li><ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"_s
                                           << u"a\nb"_s;
    QTest::newRow("text directly in list") << u"<ul>loose<li>b</li></ul>"_s
                                           << u"<ul>\n<li>loose</li>\n<li>b</li>\n</ul>\n"_s << u"loose\nb"_s;
    QTest::newRow("blockquote") << u"<blockquote>Said <em>this</em>.</blockquote>"_s
                                << u"<blockquote>\n<p>Said <em>this</em>.</p>\n</blockquote>\n"_s << u"Said this."_s;
    QTest::newRow("pre keeps lines") << u"<pre><code class=\"language-cpp hljs\">int a;\n  int b;\n</code></pre>"_s
                                     << u"<pre><code class=\"language-cpp\">int a;\n  int b;\n</code></pre>\n"_s
                                     << u"int a;\n  int b;"_s;
    QTest::newRow("pre leading newline") << u"<pre>\n\nx</pre>"_s << u"<pre>\n\nx</pre>\n"_s << u"x"_s;
    QTest::newRow("table") << u"<table><thead><tr><th>A</th><th> B </th></tr></thead><tbody><tr><td>1</td><td></td><td>3</td></tr><tr><td></td></tr></tbody></table>"_s
                           << u"<table>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n<tr>\n<td>1</td>\n<td></td>\n<td>3</td>\n</tr>\n<tr>\n<td></td>\n</tr>\n</table>\n"_s
                           << u"A\tB\n1\t\t3"_s;
    QTest::newRow("cell paragraphs flattened") << u"<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>"_s
                                               << u"<table>\n<tr>\n<td>a b</td>\n<td>c</td>\n</tr>\n</table>\n"_s
                                               << u"a b\tc"_s;
    QTest::newRow("figure") << u"<figure><img src=\"https://e.com/a.jpg\" alt=\"A cat\" width=10><figcaption>The cat</figcaption></figure>"_s
                            << u"<figure>\n<img src=\"https://e.com/a.jpg\" alt=\"A cat\"><figcaption>The cat</figcaption>\n</figure>\n"_s
                            << u"The cat"_s;
    QTest::newRow("link kept") << u"<p><a href=\"https://e.com/a?b=1&amp;c=2\" target=_blank rel=x>go</a></p>"_s
                               << u"<p><a href=\"https://e.com/a?b=1&amp;c=2\">go</a></p>\n"_s << u"go"_s;
    QTest::newRow("mailto kept") << u"<p><a href=\"mailto:desk@e.com\">mail</a></p>"_s
                                 << u"<p><a href=\"mailto:desk@e.com\">mail</a></p>\n"_s << u"mail"_s;
    QTest::newRow("link around blocks") << u"<a href=\"https://e.com/\"><div>Head</div><p>Body</p></a>"_s
                                        << u"<p><a href=\"https://e.com/\">Head</a></p>\n<p><a href=\"https://e.com/\">Body</a></p>\n"_s
                                        << u"Head\nBody"_s;
    QTest::newRow("empty inline dropped") << u"<p>a<b></b><em> </em>b</p>"_s << u"<p>a b</p>\n"_s << u"a b"_s;
    QTest::newRow("hr") << u"<p>a</p><hr><p>b</p>"_s << u"<p>a</p>\n<hr>\n<p>b</p>\n"_s << u"a\nb"_s;
    QTest::newRow("heading in list") << u"<ul><li><h2>x</h2></li></ul>"_s << u"<ul>\n<li><h2>x</h2>\n</li>\n</ul>\n"_s
                                     << u"x"_s;
    QTest::newRow("list in heading flattened") << u"<h2>a<ul><li>b</li></ul></h2>"_s << u"<h2>a b</h2>\n"_s
                                               << u"a b"_s;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestHtmlSanitizer::structure()
{
    QFETCH(QString, input);
    QFETCH(QString, html);
    QFETCH(QString, text);

    const SanitizedHtml out = sanitizeHtml(input);
    QCOMPARE(out.html, html);
    QCOMPARE(canonicalText(out.blocks), text);
    QCOMPARE(out.blocks, blocksFromSanitizedHtml(out.html));
    QCOMPARE(sanitizeHtml(out.html), out);
}

void TestHtmlSanitizer::spans()
{
    const SanitizedHtml out = sanitizeHtml(
        u"<h2 id=h>The <em>big</em> story</h2><p>Read <a href=\"https://e.com/x\"><b>this</b> now</a>, <code>x = 1</code>.</p>"
        "<ol><li>first</li></ol><pre><code class=language-python>print(1)</code></pre>"
        "<table><tr><td>a</td><td><b>b</b></td></tr></table><figure><figcaption>cap</figcaption></figure>"
        "<blockquote><p>q</p></blockquote>"_s);
    QCOMPARE(out.blocks.size(), 7);
    const Block &heading = out.blocks.at(0);
    QCOMPARE(heading.type, Block::Type::Heading);
    QCOMPARE(heading.level, 2);
    QCOMPARE(heading.spans, (QList<InlineSpan>{{InlineSpan::Kind::Italic, 4, 3, {}}}));
    const Block &para = out.blocks.at(1);
    QCOMPARE(para.text, u"Read this now, x = 1."_s);
    QCOMPARE(para.spans, (QList<InlineSpan>{{InlineSpan::Kind::Link, 5, 8, u"https://e.com/x"_s},
                                            {InlineSpan::Kind::Bold, 5, 4, {}},
                                            {InlineSpan::Kind::Code, 15, 5, {}}}));
    QCOMPARE(out.blocks.at(2).type, Block::Type::ListItem);
    QCOMPARE(out.blocks.at(2).level, 1);
    QVERIFY(out.blocks.at(2).ordered);
    QCOMPARE(out.blocks.at(3).type, Block::Type::Preformatted);
    QCOMPARE(out.blocks.at(3).language, u"python"_s);
    QVERIFY(out.blocks.at(3).spans.isEmpty());
    QCOMPARE(out.blocks.at(4).type, Block::Type::TableRow);
    QCOMPARE(out.blocks.at(4).text, u"a\tb"_s);
    QCOMPARE(out.blocks.at(4).spans, (QList<InlineSpan>{{InlineSpan::Kind::Bold, 2, 1, {}}}));
    QCOMPARE(out.blocks.at(5).type, Block::Type::Caption);
    QCOMPARE(out.blocks.at(6).type, Block::Type::Quote);
}

void TestHtmlSanitizer::relativeUrls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QString>("html");

    const QUrl base(u"https://news.example/world/story.html"_s);
    QTest::newRow("relative path") << u"<a href=\"other.html\">x</a>"_s << base
                                   << u"<p><a href=\"https://news.example/world/other.html\">x</a></p>\n"_s;
    QTest::newRow("root relative") << u"<a href=\"/about\">x</a>"_s << base
                                   << u"<p><a href=\"https://news.example/about\">x</a></p>\n"_s;
    QTest::newRow("protocol relative") << u"<img src=\"//cdn.example/a.png\">"_s << base
                                       << u"<img src=\"https://cdn.example/a.png\">"_s;
    QTest::newRow("no base: dropped") << u"<a href=\"other.html\">x</a>"_s << QUrl() << u"<p>x</p>\n"_s;
    QTest::newRow("file base: dropped") << u"<a href=\"other.html\">x</a>"_s << QUrl(u"file:///tmp/a.html"_s)
                                        << u"<p>x</p>\n"_s;
    QTest::newRow("relative javascript-looking path") << u"<a href=\"./javascript:alert(1)\">x</a>"_s << base
                                                      << u"<p><a href=\"https://news.example/world/javascript:alert(1)\">x</a></p>\n"_s;
    QTest::newRow("spaces encoded") << u"<a href=\"https://e.com/a b\">x</a>"_s << QUrl()
                                    << u"<p><a href=\"https://e.com/a%20b\">x</a></p>\n"_s;
    QTest::newRow("http without host") << u"<a href=\"http:alert(1)\">x</a>"_s << base << u"<p>x</p>\n"_s;
}

void TestHtmlSanitizer::relativeUrls()
{
    QFETCH(QString, input);
    QFETCH(QUrl, base);
    QFETCH(QString, html);
    const SanitizedHtml out = sanitizeHtml(input, base);
    QCOMPARE(out.html, html);
    QCOMPARE(sanitizeHtml(out.html), out); // absolute now: no base needed the second time
}

void TestHtmlSanitizer::idempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("messy page") << u"<html><head><title>t</title></head><body><div class=wrap><span>Intro "
                                   "<b>bold <i>both</b> italic</i></span><div><p>para<table><tr><td>c1<td>c2</table>"
                                   "<ul><li>a<li>b<p>p in li</p>after<div>div in li</div></ul>tail<br>more</div></body></html>"_s;
    QTest::newRow("formatting across blocks") << u"<b>a<div>b<p>c</p></div>d</b>"_s;
    QTest::newRow("quirks table in p") << u"<p>x<table><tr><td>y</td></tr></table>z</p>"_s;
    QTest::newRow("images") << u"<p>a <img src=\"http://e.com/1.png\"> b</p><img src=\"http://e.com/2.png\"><a href=\"http://e.com\"><img src=\"http://e.com/3.png\"></a>"_s;
    QTest::newRow("pre variants") << u"<pre>\n</pre><pre>a<div>b</div>c<br>d</pre><pre><b>x</b>\n\n</pre>"_s;
    QTest::newRow("nested blockquotes") << u"<blockquote>a<blockquote>b</blockquote>c</blockquote>"_s;
    QTest::newRow("li outside list") << u"<li>a</li><td>b</td><tr><td>c"_s;
    QTest::newRow("figure variants") << u"<figure>text<figcaption>c<br>d</figcaption><p>e</p></figure>"_s;
    QTest::newRow("br at starts") << u"<br><p><br>a<br> <br>b<br></p><ul><li><br>x</li></ul>"_s;
    QTest::newRow("caption") << u"<table><caption>Cap</caption><tr><th>h</th></tr></table>"_s;
    QTest::newRow("whitespace between inline") << u"<p> a <b> b </b> <i> c</i> d </p>"_s;
    QTest::newRow("dl") << u"<dl><dt>term</dt><dd>definition</dd></dl>"_s;
    QTest::newRow("entities") << u"<p>&amp;lt;script&amp;gt; &copy; &nbsp;&#x2028;</p>"_s;
    // Found by fuzz_html_sanitizer: foster parenting moves the inner <a> out of the table into the
    // outer one; written nested, the second parse closed the outer link at the inner one.
    QTest::newRow("link inside link via table") << u"<a href=x><table><a href=y>inner</a></table>outer</a>"_s;
    // Found by fuzz_html_sanitizer: the space after an image that starts a list item.
    QTest::newRow("image then text in implicit item") << u"<ol><img src=\"http://e.com/o.png\"> x"_s;
    QTest::newRow("image then text in item") << u"<ul><li><img src=\"http://e.com/o.png\"> x<p>p</p><img src=\"http://e.com/p.png\"> y</ul>"_s;
}

void TestHtmlSanitizer::idempotent()
{
    QFETCH(QString, input);
    const SanitizedHtml once = sanitizeHtml(input);
    const SanitizedHtml twice = sanitizeHtml(once.html);
    QCOMPARE(twice.html, once.html);
    QCOMPARE(twice.blocks, once.blocks);
    QCOMPARE(once.blocks, blocksFromSanitizedHtml(once.html));
    checkOnlyAllowedMarkup(once.html);
}

void TestHtmlSanitizer::deepNesting()
{
    // Machine-made pages nest thousands deep; the walk must not recurse into a stack overflow.
    QString input;
    for (int i = 0; i < 20000; ++i)
        input += u"<div><span>"_s;
    input += u"deep"_s;
    QElapsedTimer timer;
    timer.start();
    const SanitizedHtml out = sanitizeHtml(input);
    QCOMPARE(canonicalText(out.blocks), u"deep"_s);
    qDebug() << "20000 nested div/span sanitised in" << timer.elapsed() << "ms";
}

void TestHtmlSanitizer::manySiblingsAreNotDeep()
{
    // Thousands of unclosed <p>/<li>/<td> are siblings, not nesting: the depth guard leaves them alone.
    QString input = u"<ul>"_s;
    for (int i = 0; i < 3000; ++i)
        input += u"<p>para %1<li>item %1<br><img src=\"https://e.com/a.png\">"_s.arg(i);
    const SanitizedHtml out = sanitizeHtml(input);
    QCOMPARE(out.blocks.size(), 6000);
    QCOMPARE(out.blocks.constLast().text, u"item 2999"_s);
    QCOMPARE(out.blocks.constLast().type, Block::Type::ListItem);
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
