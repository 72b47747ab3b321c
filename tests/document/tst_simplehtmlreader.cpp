// The strict reader of plain HTML (SimpleHtmlReader) sanitises in front of gumbo: whatever it
// accepts, it must turn into exactly what the gumbo path makes of the same input, and whatever the
// HTML5 tree builder would reshape, it must refuse. Stored article HTML and so canonical text depend
// on it.
#include "document/HtmlSanitizer.h"

#include "HtmlCorpus.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

const QUrl Base(u"https://example.org/base/"_s);

} // namespace

class TestSimpleHtmlReader : public QObject {
    Q_OBJECT

private:
    int m_fast = 0;
    int m_total = 0;

    // Compares both paths when the fast one accepts; false (with a message) on a disagreement.
    bool agrees(const QString &input, QString *why)
    {
        ++m_total;
        const std::optional<QString> fast = detail::sanitizeSimpleHtml(input, Base);
        if (!fast)
            return true; // refused: the caller parses with gumbo, nothing to compare
        ++m_fast;
        const QString parsed = detail::sanitizeParsedHtml(input, Base);
        if (*fast == parsed)
            return true;
        *why = u"the fast path and gumbo disagree\ninput:  %1\nfast:   %2\ngumbo:  %3"_s.arg(input.left(1500), fast->left(1500), parsed.left(1500));
        return false;
    }

    static QString soup(QRandomGenerator &random)
    {
        static const QStringList pieces = {
            // what the fast path accepts
            u"<p>"_s, u"</p>"_s, u"<div>"_s, u"</div>"_s, u"<em>"_s, u"</em>"_s, u"<b>"_s, u"</b>"_s,
            u"<strong>"_s, u"</strong>"_s, u"<i>"_s, u"</i>"_s, u"<span class=\"x\">"_s, u"</span>"_s,
            u"<code class=\"language-cpp\">"_s, u"</code>"_s, u"<pre>"_s, u"<pre>\n"_s, u"</pre>"_s,
            u"<a href=\"https://example.org/a?x=1&amp;y=2\">"_s, u"<a href='/rel'>"_s, u"<a href=rel/x.html>"_s,
            u"<a href=\"javascript:alert(1)\">"_s, u"<a>"_s, u"</a>"_s, u"<ul>"_s, u"</ul>"_s, u"<ol>"_s,
            u"</ol>"_s, u"<li>"_s, u"</li>"_s, u"<dl>"_s, u"<dt>"_s, u"<dd>"_s, u"</dd>"_s, u"</dl>"_s,
            u"<h1>"_s, u"</h1>"_s, u"<h3>"_s, u"</h3>"_s, u"<blockquote>"_s, u"</blockquote>"_s,
            u"<figure>"_s, u"</figure>"_s, u"<figcaption>"_s, u"</figcaption>"_s, u"<br>"_s, u"<br/>"_s,
            u"<hr>"_s, u"<wbr>"_s, u"<img src=\"https://example.org/i.png\" alt=\"An &quot;image&quot;\">"_s,
            u"<img src=\"x.png\" data-src=\"y.png\">"_s, u"<img alt=x>"_s, u"<section>"_s, u"</section>"_s,
            u"<P>"_s, u"</P>"_s, u"<Em>"_s, u"<o:p>"_s, u"</o:p>"_s, u"<custom-el>"_s, u"</custom-el>"_s,
            u"<span hidden>"_s, u"<p hidden=\"\">"_s, u"<kbd>"_s, u"</kbd>"_s, u"<font color=red>"_s,
            u"</font>"_s, u"<listing>"_s, u"</listing>"_s, u"<center>"_s, u"</center>"_s,
            u"<!-- note -->"_s, u"<!---->"_s, u"<!-- a -- b --!>"_s,
            u"Words and more words. "_s, u"  spaced   out \n text "_s, u"\n"_s, u"\t"_s, u" "_s,
            u"a&amp;b "_s, u"&lt;tag&gt; "_s, u"&nbsp;"_s, u"\u00A0"_s, u"caf\u00E9 "_s, u"\U0001F600 "_s,
            u"\u05E9\u05DC\u05D5\u05DD "_s, u"&copy; "_s, u"&mdash;"_s, u"&#8217;"_s, u"&#x201C;"_s,
            u"&#10;"_s, u"AT&T "_s, u"a & b "_s, u"a < b "_s, u"x <3 y "_s, u"\r\n"_s, u"\r"_s,
            u"\"quoted\" "_s, u"> "_s, u"x"_s, u"\uFDD0"_s, u"\U0001FFFF"_s, u"\uFFFD"_s,
            // what it refuses (the soup must mix both)
            u"<table>"_s, u"</table>"_s, u"<tr>"_s, u"<td>"_s, u"</td>"_s, u"<script>bad()</script>"_s,
            u"<style>p{}</style>"_s, u"<textarea>"_s, u"<title>t</title>"_s, u"<svg><p>x</p></svg>"_s,
            u"<!DOCTYPE html>"_s, u"<![CDATA[x]]>"_s, u"<?php ?>"_s, u"&copy"_s, u"&#150;"_s, u"&#0;"_s,
            u"&unknown;"_s, u"<p/>"_s, u"</br>"_s, u"<button>"_s, u"<nobr>"_s, u"<form>"_s, u"<body>"_s,
            u"<image src=x>"_s, u"<a href=\"x\"b>"_s, u"\u0001"_s, u"\f"_s, QString(QChar(0)),
        };
        QString html;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i)
            html += pieces.at(random.bounded(int(pieces.size())));
        return html;
    }

    // Tags opened and mostly closed in order, so that most soups are plain markup and the tree
    // rules (what closes a <p>, an <li>, a heading, a link) are met in every combination; now and
    // then a piece of the unordered soup above.
    static QString nestedSoup(QRandomGenerator &random)
    {
        static const QStringList tags = {u"p"_s, u"div"_s, u"em"_s, u"b"_s, u"strong"_s, u"i"_s, u"span"_s, u"code"_s,
                                         u"pre"_s, u"a"_s, u"ul"_s, u"ol"_s, u"li"_s, u"dl"_s, u"dt"_s, u"dd"_s, u"h1"_s,
                                         u"h2"_s, u"blockquote"_s, u"figure"_s, u"figcaption"_s, u"section"_s, u"font"_s,
                                         u"listing"_s, u"center"_s, u"x-custom"_s, u"sub"_s, u"q"_s};
        static const QStringList attributes = {QString(), QString(), u" class=\"language-js\""_s, u" href=\"https://example.org/x\""_s,
                                               u" href=/y"_s, u" hidden"_s, u" title='t &amp; u'"_s, u" src=\"z.png\""_s};
        static const QStringList texts = {u"Words. "_s, u" "_s, u"\n"_s, u"\nnew line"_s, u"a &amp; b"_s, u"&mdash;"_s,
                                          u"x < y"_s, u"<br>"_s, u"<img src=\"/i.png\" alt=\"alt\">"_s, u"<hr>"_s, u"<wbr>"_s,
                                          u"<!-- c -->"_s, u"\u00A0"_s, u"&#8217;"_s};
        QString html;
        QStringList open;
        const int steps = random.bounded(1, 60);
        for (int i = 0; i < steps; ++i) {
            const int action = random.bounded(100);
            if (action < 40) {
                const QString tag = tags.at(random.bounded(int(tags.size())));
                html += u'<' + tag + attributes.at(random.bounded(int(attributes.size()))) + u'>';
                open.append(tag);
            } else if (action < 70 && !open.isEmpty()) {
                html += u"</"_s + open.takeLast() + u'>';
            } else if (action < 97) {
                html += texts.at(random.bounded(int(texts.size())));
            } else {
                html += soup(random).left(20);
            }
        }
        while (!open.isEmpty() && random.bounded(2))
            html += u"</"_s + open.takeLast() + u'>';
        return html;
    }

    // Every file under folder (as it is and unescaped) through agrees(); the number read.
    int checkFiles(const QString &folder, QDirIterator::IteratorFlags flags)
    {
        QString why;
        const int read = test::forEachHtmlText(folder, flags, [&](const QString &text, const QString &label) {
            if (agrees(text, &why))
                return true;
            why = label + u": "_s + why;
            return false;
        });
        if (!why.isEmpty())
            QTest::qFail(qPrintable(why), __FILE__, __LINE__);
        return read;
    }

private Q_SLOTS:
    void acceptsPlainMarkup_data()
    {
        QTest::addColumn<QString>("html");
        // As the refresh benchmark generates items, and as most feeds write them.
        QTest::newRow("news item") << u"<p><strong>Metro desk.</strong> </p>\n<p>The council <em>voted</em> on Tuesday"
                                      " to fund the line. <a href=\"https://news.example/1/2\">Read our earlier coverage</a>.</p>\n"_s;
        QTest::newRow("leading white space and comment") << u"\n  <!-- wp:paragraph -->\n<p>Text</p><!-- /wp:paragraph -->"_s;
        QTest::newRow("loose text") << u"Loose text with <b>bold</b> and <i>italic</i>, then <div>a div</div> and more"_s;
        QTest::newRow("lists") << u"<ul><li>a<ul><li>b</li></ul></li><li><p>c</p>d</li></ul><ol><li>e</li></ol>"_s;
        QTest::newRow("unclosed at the end") << u"<ul><li>one</li><li>two <em>three"_s;
        QTest::newRow("definition list") << u"<dl><dt>term</dt><dd>meaning</dd></dl>"_s;
        QTest::newRow("pre with newline") << u"<pre>\nline one\n  line two\n</pre><pre><code class=\"lang-py\">x = 1</code></pre>"_s;
        QTest::newRow("headings") << u"<h2>Head<br>line</h2><h3><em>Sub</em></h3>"_s;
        QTest::newRow("figure") << u"<figure><img src=\"/a.png\" alt=\"A  picture\"><figcaption>Caption</figcaption></figure>"_s;
        QTest::newRow("blockquote") << u"<blockquote><p>“Quoted,” she said.</p></blockquote>"_s;
        QTest::newRow("attributes") << u"<p class=lead id='x' data-x=\"1\" title=\"a &amp; b\" hidden-not>Text</p>"_s;
        QTest::newRow("hidden") << u"<p>shown</p><p hidden>not shown <b>at all</b></p><span hidden=hidden>no</span>"_s;
        QTest::newRow("entities") << u"<p>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; f&nbsp;g &mdash; &#8220;h&#x201D; &hellip;</p>"_s;
        QTest::newRow("lone ampersand and less-than") << u"<p>Fish & chips, 1 < 2, & so on &</p>"_s;
        QTest::newRow("carriage returns") << u"<p>one\r\ntwo\rthree</p>\r\n<pre>\r\nx\r\n</pre>"_s;
        QTest::newRow("self-closing void") << u"<p>a<br/>b<br />c<img src=\"https://x.org/i.png\"/></p><hr/>"_s;
        QTest::newRow("word markup") << u"<p class=MsoNormal>Text<o:p></o:p></p>"_s;
        QTest::newRow("uppercase") << u"<P>One <EM>two</EM> <A HREF=\"https://x.org/\">three</A></P>"_s;
        QTest::newRow("nested formatting") << u"<p><b><b><b><b>deep</b></b></b></b> <a href=\"/x\"><em>in</em> link</a></p>"_s;
        QTest::newRow("link around a block") << u"<a href=\"https://x.org/\"><div>block in link</div></a>"_s;
        QTest::newRow("end tag with space") << u"<p>x</p >"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("white space only") << u"  \n\t "_s;
    }

    void acceptsPlainMarkup()
    {
        QFETCH(QString, html);
        const std::optional<QString> fast = detail::sanitizeSimpleHtml(html, Base);
        QVERIFY2(fast.has_value(), qPrintable(u"refused: "_s + html));
        QCOMPARE(*fast, detail::sanitizeParsedHtml(html, Base));
        QCOMPARE(sanitizeHtmlMarkup(html, Base), *fast);
    }

    void refusesWhatTheParserWouldReshape_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("block in paragraph") << u"<p>a<div>b</div></p>"_s;
        QTest::newRow("paragraph in paragraph") << u"<p>a<p>b"_s;
        QTest::newRow("list in paragraph") << u"<p>a<ul><li>b</li></ul>"_s;
        QTest::newRow("rule in paragraph") << u"<p>a<hr>b</p>"_s;
        QTest::newRow("heading in heading") << u"<h1>a<h2>b</h2></h1>"_s;
        QTest::newRow("item closes item") << u"<ul><li>a<span><li>b</ul>"_s;
        QTest::newRow("definition closes term") << u"<dl><dt>a<dd>b</dl>"_s;
        QTest::newRow("link in link") << u"<a href=\"/a\">x<a href=\"/b\">y</a></a>"_s;
        QTest::newRow("misnested formatting") << u"<p><b><i>a</b></i></p>"_s;
        QTest::newRow("stray end tag") << u"<p>a</p></div>"_s;
        QTest::newRow("end tag closing an outer element") << u"<div><span>a</div>"_s;
        QTest::newRow("table") << u"<table><tr><td>a</td></tr></table>"_s;
        QTest::newRow("script") << u"<p>a</p><script>alert(1)</script>"_s;
        QTest::newRow("style") << u"<style>p{color:red}</style><p>a</p>"_s;
        QTest::newRow("title") << u"<title>a</title><p>b</p>"_s;
        QTest::newRow("svg") << u"<svg><p>a</p></svg>"_s;
        QTest::newRow("doctype") << u"<!DOCTYPE html><p>a</p>"_s;
        QTest::newRow("cdata") << u"<p><![CDATA[a]]></p>"_s;
        QTest::newRow("unknown entity") << u"<p>&frac12;</p>"_s;
        QTest::newRow("entity without semicolon") << u"<p>&copy 2026</p>"_s;
        QTest::newRow("ampersand before letters") << u"<p>AT&T</p>"_s;
        QTest::newRow("windows-1252 reference") << u"<p>&#150;</p>"_s;
        QTest::newRow("reference to NUL") << u"<p>&#0;</p>"_s;
        QTest::newRow("self-closing paragraph") << u"<p/>a"_s;
        QTest::newRow("end tag br") << u"<p>a</br>b</p>"_s;
        QTest::newRow("image tag") << u"<image src=\"https://x.org/a.png\">"_s;
        QTest::newRow("NUL") << (u"<p>a"_s + QChar(0) + u"b</p>"_s);
        QTest::newRow("form feed") << u"<p>a\fb</p>"_s;
        QTest::newRow("byte order mark") << (QString(QChar(0xFEFF)) + u"<p>a</p>"_s);
        QTest::newRow("noncharacter") << u"<p>a\uFDD0b</p>"_s;
        QTest::newRow("noncharacter in a supplementary plane") << u"<p>a\U0001FFFEb</p>"_s;
        QTest::newRow("noncharacter in an attribute") << u"<img src=\"https://x.org/a.png\" alt=\"a\uFDEFb\">"_s;
        QTest::newRow("abrupt comment") << u"<!--><p>a</p>"_s;
        QTest::newRow("unterminated comment") << u"<p>a<!-- b</p>"_s;
        QTest::newRow("unterminated tag") << u"<p>a<em"_s;
        QTest::newRow("missing attribute value") << u"<p class=>a</p>"_s;
        QTest::newRow("attributes without space") << u"<a href=\"/a\"title=\"b\">x</a>"_s;
        QTest::newRow("body tag") << u"<body><p>a</p></body>"_s;
        QTest::newRow("too deep") << QString(u"<span>"_s.repeated(300) + u"x"_s);
    }

    void refusesWhatTheParserWouldReshape()
    {
        QFETCH(QString, html);
        QVERIFY2(!detail::sanitizeSimpleHtml(html, Base).has_value(), qPrintable(u"accepted: "_s + html));
        // and the public function still sanitises it, through gumbo
        QCOMPARE(sanitizeHtmlMarkup(html, Base), detail::sanitizeParsedHtml(html, Base));
    }

    // Every named reference the fast path knows must mean what it means to gumbo, in text and in an
    // attribute.
    void referencesMeanWhatTheParserReads()
    {
        const QStringList names = {u"amp"_s, u"lt"_s, u"gt"_s, u"quot"_s, u"apos"_s, u"nbsp"_s, u"mdash"_s, u"ndash"_s,
                                   u"lsquo"_s, u"rsquo"_s, u"ldquo"_s, u"rdquo"_s, u"sbquo"_s, u"bdquo"_s, u"hellip"_s,
                                   u"laquo"_s, u"raquo"_s, u"copy"_s, u"reg"_s, u"trade"_s, u"deg"_s, u"middot"_s,
                                   u"bull"_s, u"euro"_s, u"pound"_s, u"times"_s, u"shy"_s, u"eacute"_s};
        for (const QString &name : names) {
            const QString html = u"<p>x&%1;y <img src=\"https://x.org/a.png\" alt=\"x&%1;y\"></p>"_s.arg(name);
            const std::optional<QString> fast = detail::sanitizeSimpleHtml(html, Base);
            QVERIFY2(fast.has_value(), qPrintable(u"refused &"_s + name + u';'));
            QCOMPARE(*fast, detail::sanitizeParsedHtml(html, Base));
        }
        for (const char32_t code : {0x09u, 0x0Au, 0x20u, 0x41u, 0xA0u, 0xE9u, 0x2014u, 0xFFFDu, 0x1F600u, 0x10FFFDu}) {
            for (const QString &form : {u"&#%1;"_s.arg(quint32(code)), u"&#x%1;"_s.arg(quint32(code), 0, 16)}) {
                const QString html = u"<p>x"_s + form + u"y</p>"_s;
                const std::optional<QString> fast = detail::sanitizeSimpleHtml(html, Base);
                QVERIFY2(fast.has_value(), qPrintable(u"refused "_s + form));
                QCOMPARE(*fast, detail::sanitizeParsedHtml(html, Base));
            }
        }
    }

    void agreesOnRandomTagSoup()
    {
        // GLOSS_SOUP_SEED runs other soups (to search for disagreements); the default is fixed.
        const quint32 seed = qEnvironmentVariableIsSet("GLOSS_SOUP_SEED") ? quint32(qEnvironmentVariableIntValue("GLOSS_SOUP_SEED")) : 20261129u;
        qInfo("soup seed %u", seed);
        QRandomGenerator random(seed);
        const int before = m_fast;
        for (int i = 0; i < 20000; ++i) {
            QString why;
            QVERIFY2(agrees(soup(random), &why), qPrintable(why));
            QVERIFY2(agrees(nestedSoup(random), &why), qPrintable(why));
        }
        // The comparison only means something if the fast path read a good share of the soups.
        QVERIFY2(m_fast - before > 2000, qPrintable(u"the fast path read only %1 soups"_s.arg(m_fast - before)));
    }

    // Every file of the feed-parser conformance suite, read as HTML as it is and with its escaped
    // markup unescaped: thousands of real-world fragments and hostile tricks.
    void agreesOnConformanceFiles()
    {
        const QString root = QStringLiteral(GLOSS_SHARED_DIR) + u"/conformance"_s;
        if (!QFile::exists(root))
            QSKIP("../shared/conformance is absent: the conformance corpus is not checked");
        const int read = checkFiles(root, QDirIterator::Subdirectories);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(read > 1000);
    }

    void agreesOnHostileAndFuzzFiles()
    {
        int read = 0;
        for (const char *folder : {"hostile-html", "fuzz-regressions/html_sanitizer", "document"}) {
            read += checkFiles(QStringLiteral(GLOSS_TEST_DATA) + u'/' + QLatin1StringView(folder), QDirIterator::NoIteratorFlags);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(read >= 5);
    }

    void cleanupTestCase()
    {
        qInfo("%d of %d inputs read by the fast path", m_fast, m_total);
    }
};

QTEST_GUILESS_MAIN(TestSimpleHtmlReader)
#include "tst_simplehtmlreader.moc"
