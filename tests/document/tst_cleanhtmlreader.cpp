// The fast reader of the sanitiser's output (CleanHtmlReader) must give exactly the blocks the gumbo
// tree walk gives, on everything the sanitiser can write, and must refuse markup outside the
// sanitiser's model rather than guess; the text-only reading must give the same canonical text.
// Canonical text offsets depend on it.
#include "document/DocumentBlocks.h"
#include "document/HtmlSanitizer.h"

#include "HtmlCorpus.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestCleanHtmlReader : public QObject {
    Q_OBJECT

private:
    int m_fast = 0;
    int m_total = 0;

    // Sanitises the input and compares both readings of the output; false (with a message) on a
    // disagreement.
    bool agrees(const QString &input, QString *why)
    {
        const QString clean = sanitizeHtmlMarkup(input, QUrl(u"https://example.org/base/"_s));
        ++m_total;
        // The text-only reading (a feed refresh's) gives the very text of the full one.
        const QString text = canonicalText(blocksFromSanitizedHtml(clean));
        if (canonicalTextFromSanitizedHtml(clean) != text) {
            *why = u"the text-only reading differs for sanitised markup:\n%1"_s.arg(clean.left(2000));
            return false;
        }
        const std::optional<QList<Block>> fast = detail::blocksFromCleanHtml(clean);
        if (!fast)
            return true; // refused: the caller falls back to gumbo, nothing to compare
        ++m_fast;
        const QList<Block> tree = detail::blocksFromHtmlTree(clean);
        if (*fast == tree)
            return true;
        *why = u"fast and gumbo readings differ for sanitised markup:\n%1"_s.arg(clean.left(2000));
        return false;
    }

    static QString soup(QRandomGenerator &random)
    {
        static const QStringList pieces = {
            u"<p>"_s, u"</p>"_s, u"<div>"_s, u"</div>"_s, u"<em>"_s, u"</em>"_s, u"<b>"_s, u"</b>"_s,
            u"<strong>"_s, u"</strong>"_s, u"<i>"_s, u"</i>"_s, u"<code class=\"language-cpp\">"_s, u"</code>"_s,
            u"<pre>"_s, u"<pre>\n"_s, u"</pre>"_s, u"<a href=\"https://example.org/a?x=1&amp;y=2\">"_s,
            u"<a href=\"/relative\">"_s, u"<a href=\"javascript:alert(1)\">"_s, u"</a>"_s, u"<ul>"_s, u"</ul>"_s,
            u"<ol>"_s, u"</ol>"_s, u"<li>"_s, u"</li>"_s, u"<h1>"_s, u"</h1>"_s, u"<h3>"_s, u"</h3>"_s,
            u"<blockquote>"_s, u"</blockquote>"_s, u"<table>"_s, u"</table>"_s, u"<tr>"_s, u"</tr>"_s,
            u"<td>"_s, u"</td>"_s, u"<th>"_s, u"<caption>"_s, u"</caption>"_s, u"<tbody>"_s,
            u"<figure>"_s, u"</figure>"_s, u"<figcaption>"_s, u"</figcaption>"_s, u"<br>"_s, u"<hr>"_s,
            u"<img src=\"https://example.org/i.png\" alt=\"An &quot;image&quot;\">"_s, u"<img src=\"x.png\">"_s,
            u"<span>"_s, u"</span>"_s, u"<script>bad()</script>"_s, u"<style>p{}</style>"_s,
            u"<!-- note -->"_s, u"<section>"_s, u"</section>"_s, u"<kbd>"_s, u"</kbd>"_s,
            u"Words and more words. "_s, u"  spaced   out \n text "_s, u"\n"_s, u"\t"_s, u"a&amp;b "_s,
            u"&lt;tag&gt; "_s, u"&nbsp;"_s, u"\u00A0"_s, u"caf\u00E9 "_s, u"\U0001F600 "_s, u"\u05E9\u05DC\u05D5\u05DD "_s,
            u"&copy; "_s, u"\r\n"_s, u"x"_s, u"\"quoted\" "_s, u"> "_s,
        };
        QString html;
        const int count = random.bounded(1, 40);
        for (int i = 0; i < count; ++i)
            html += pieces.at(random.bounded(int(pieces.size())));
        return html;
    }

private Q_SLOTS:
    void agreesOnHandWrittenMarkup_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("paragraphs") << u"<p>One <em>two</em> three.</p><p>Four <a href=\"https://x.org/\">five</a>.</p>"_s;
        QTest::newRow("pre leading newline") << u"<pre>\nline one\n  line two\n</pre>"_s;
        QTest::newRow("pre with code language") << u"<pre><code class=\"language-python\">print(1)\n</code></pre>"_s;
        QTest::newRow("nested lists") << u"<ul><li>a<ul><li>b</li></ul></li><li><p>c</p>d</li></ul><ol><li>e</li></ol>"_s;
        QTest::newRow("table") << u"<table><caption>Cap</caption><tr><th>h1</th><th>h2</th></tr><tr><td>a <b>b</b></td><td>c<br>d</td></tr></table>"_s;
        QTest::newRow("figure") << u"<figure><img src=\"https://x.org/a.png\"><figcaption>Line<br>two</figcaption></figure>"_s;
        QTest::newRow("headings with br") << u"<h2>Head<br>line</h2><h6>small</h6>"_s;
        QTest::newRow("entities and nbsp") << u"<p>a &amp; b &lt;c&gt; &quot;d&quot; e&nbsp;f \u00A0 g</p>"_s;
        QTest::newRow("blockquote") << u"<blockquote><p>quoted</p><blockquote>deeper</blockquote></blockquote>"_s;
        QTest::newRow("loose text") << u"loose <i>text</i><div>in a div</div>more"_s;
        QTest::newRow("hr and br") << u"<p>a<br>b</p><hr><p>c</p>"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("white space only") << u"  \n\t "_s;
    }

    void agreesOnHandWrittenMarkup()
    {
        QFETCH(QString, html);
        QString why;
        QVERIFY2(agrees(html, &why), qPrintable(why));
        // These are all inside the model: the fast path must have read them.
        const QString clean = sanitizeHtmlMarkup(html);
        QVERIFY2(detail::blocksFromCleanHtml(clean).has_value(), qPrintable(u"refused: "_s + clean));
    }

    void refusesMarkupOutsideTheModel_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("block in paragraph") << u"<p>a<ul><li>b</li></ul></p>"_s;
        QTest::newRow("paragraph in paragraph") << u"<p>a<p>b</p></p>"_s;
        QTest::newRow("unknown element") << u"<div>a</div>"_s;
        QTest::newRow("uppercase tag") << u"<P>a</P>"_s;
        QTest::newRow("misnested inline") << u"<p><em><strong>a</em></strong></p>"_s;
        QTest::newRow("unknown entity") << u"<p>&copy;</p>"_s;
        QTest::newRow("numeric reference") << u"<p>&#169;</p>"_s;
        QTest::newRow("bare ampersand") << u"<p>a & b</p>"_s;
        QTest::newRow("carriage return") << u"<p>a\r\nb</p>"_s;
        QTest::newRow("control character") << u"<p>a\u0001b</p>"_s;
        QTest::newRow("lone surrogate") << (u"<p>a"_s + QChar(0xD800) + u"b</p>"_s);
        QTest::newRow("link in link") << u"<p><a href=\"https://a.org/\">x<a href=\"https://b.org/\">y</a></a></p>"_s;
        QTest::newRow("text in table") << u"<table>text<tr><td>a</td></tr></table>"_s;
        QTest::newRow("cell outside row") << u"<table><td>a</td></table>"_s;
        QTest::newRow("item outside list") << u"<li>a</li>"_s;
        QTest::newRow("self-closing syntax") << u"<p>a<br/>b</p>"_s;
        QTest::newRow("comment") << u"<p>a<!-- c -->b</p>"_s;
        QTest::newRow("unquoted attribute") << u"<p><a href=https://a.org/>x</a></p>"_s;
        QTest::newRow("stray end tag") << u"<p>a</p></em>"_s;
        QTest::newRow("less-than as text") << u"<p>a < b</p>"_s;
    }

    void refusesMarkupOutsideTheModel()
    {
        QFETCH(QString, html);
        QVERIFY(!detail::blocksFromCleanHtml(html).has_value());
        // and the public function still reads it, through gumbo
        QCOMPARE(blocksFromSanitizedHtml(html), detail::blocksFromHtmlTree(html));
    }

    void agreesOnRandomTagSoup()
    {
        QRandomGenerator random(20261128);
        for (int i = 0; i < 4000; ++i) {
            QString why;
            QVERIFY2(agrees(soup(random), &why), qPrintable(why));
        }
    }

    // Every file of the feed-parser conformance suite, read as HTML as it is and with its escaped
    // markup unescaped: thousands of real-world fragments and hostile tricks.
    void agreesOnConformanceFiles()
    {
        const QString root = QStringLiteral(GLOSS_SHARED_DIR) + u"/conformance/feedparser"_s;
        if (!QFile::exists(root))
            QSKIP("../shared/conformance/feedparser is absent: the conformance corpus is not checked");
        QString why;
        const int read = test::forEachHtmlText(root, QDirIterator::Subdirectories, [&](const QString &text, const QString &label) {
            if (agrees(text, &why))
                return true;
            why = label + u": "_s + why;
            return false;
        });
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(read > 1000);
    }

    void cleanupTestCase()
    {
        // The comparisons above only mean something if the fast path did the reading.
        qInfo("%d of %d sanitised documents read by the fast path", m_fast, m_total);
        QVERIFY(m_fast * 10 >= m_total * 9);
    }
};

QTEST_GUILESS_MAIN(TestCleanHtmlReader)
#include "tst_cleanhtmlreader.moc"
