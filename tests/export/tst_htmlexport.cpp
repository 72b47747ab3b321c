// The HTML export: one self-contained file (no script, nothing fetched: no src, no url(), no
// @import, no <link>), every piece of user text escaped, comments' Markdown rendered with only safe
// links, colours from the palette, print rules present.
#include "ExportFixture.h"

#include "export/CommentHtml.h"
#include "export/ExportFormat.h"
#include "export/ExportReader.h"

#include <QRegularExpression>

using namespace gloss;

class TestHtmlExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    QString m_html;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        ExportScope scope;
        scope.includeUnannotated = true;
        auto bundle = ExportReader(m_fx->library->database()).readAll(scope);
        QVERIFY(bundle.ok());
        m_html = QString::fromUtf8(renderExport(ExportFormat::Html, *bundle));
        QVERIFY(m_html.startsWith(u"<!DOCTYPE html>"_s));
    }

    void selfContained()
    {
        const QString lower = m_html.toLower();
        QVERIFY(!lower.contains(u"<script"_s));
        QVERIFY(!lower.contains(u"<img"_s));
        QVERIFY(!lower.contains(u"<link"_s));
        QVERIFY(!lower.contains(u"<iframe"_s));
        QVERIFY(!lower.contains(u"url("_s));
        QVERIFY(!lower.contains(u"@import"_s));
        // Inside tags (user text may mention these words; escaped, it opens no tag).
        QVERIFY(!QRegularExpression(u"<[^>]*\\s(src|srcset|poster|data|background)\\s*="_s).match(lower).hasMatch());
        QVERIFY(!QRegularExpression(u"<[^>]*\\son[a-z]+\\s*="_s).match(lower).hasMatch());
        QVERIFY(!QRegularExpression(u"<[^>]*=\\s*\"\\s*javascript:"_s).match(lower).hasMatch());
        // Every link goes to the web or to mail.
        const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        for (auto it = href.globalMatch(lower); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(u"https://"_s) || target.startsWith(u"http://"_s) || target.startsWith(u"mailto:"_s),
                     qPrintable(target));
        }
        QVERIFY(lower.contains(u"<style>"_s));
        QVERIFY(lower.contains(u"@media print"_s));
        QVERIFY(lower.contains(u"<meta charset=\"utf-8\">"_s));
    }

    void userTextEscaped()
    {
        QVERIFY(m_html.contains(u"Harbour \"plan\", &lt;script&gt;alert(1)&lt;/script&gt; &amp; --- #1 😀"_s));
        QVERIFY(m_html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt;"_s));
        QVERIFY(m_html.contains(u"Text changed since capture; it read: “&lt;script&gt;alert('y')&lt;/script&gt;”"_s));
        QVERIFY(m_html.contains(u"مرحبا بالعالم"_s));
        // The stored colour string is never written; the palette's yellow stands in for unknown names.
        QVERIFY(!m_html.contains(u"no-such-colour"_s));
        QVERIFY(m_html.contains(u"background-color: #fde68a"_s));
        QVERIFY(m_html.contains(u"background-color: #bfdbfe"_s));
        QVERIFY(m_html.contains(u"<strong>Jane Doe</strong> (Chair, \"Harbour\" Board), said · direct quote"_s));
        QVERIFY(m_html.contains(u"<span class=\"tag\">#needs check</span>"_s));
        // The article link, encoded, as a link (a place to go, not something loaded).
        QVERIFY(m_html.contains(u"<a href=\"https://news.example/story?id=1&amp;x=2\" rel=\"noreferrer\">"_s));
    }

    void everyTagBalanced()
    {
        // Escaping mistakes show up as stray or unbalanced elements.
        for (const QString &tag : {u"article"_s, u"section"_s, u"blockquote"_s, u"div"_s, u"ul"_s, u"p"_s, u"a"_s}) {
            const auto opened = m_html.count(QRegularExpression(u"<"_s + tag + u"[ >]"_s));
            const auto closed = m_html.count(u"</"_s + tag + u">"_s);
            QVERIFY2(opened == closed, qPrintable(u"%1: %2 opened, %3 closed"_s.arg(tag).arg(opened).arg(closed)));
        }
        QCOMPARE(m_html.count(u"<article>"_s), 4);
    }

    void commentMarkdownRenderedSafely_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::newRow("emphasis") << u"**bold** and *em*"_s << u"<p dir=\"auto\"><strong>bold</strong> and <em>em</em></p>\n"_s;
        QTest::newRow("raw html is text") << u"<script>alert(1)</script>"_s << u"<p dir=\"auto\">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"_s;
        QTest::newRow("web link") << u"[ok](https://ok.example/a?b=1&c=2)"_s
                                  << u"<p dir=\"auto\"><a href=\"https://ok.example/a?b=1&amp;c=2\" rel=\"noreferrer\">ok</a></p>\n"_s;
        QTest::newRow("script link dropped") << u"[bad](javascript:alert(2))"_s << u"<p dir=\"auto\">bad</p>\n"_s;
        QTest::newRow("image is its alt text") << u"![a pixel](http://evil.example/p.png)"_s
                                               << u"<p dir=\"auto\"><span class=\"image\">[image: a pixel]</span></p>\n"_s;
        QTest::newRow("heading below the article's") << u"# Big"_s << u"<h4>Big</h4>\n"_s;
        QTest::newRow("entity kept") << u"AT&amp;T &copy;"_s << u"<p dir=\"auto\">AT&amp;T &copy;</p>\n"_s;
        QTest::newRow("code escaped") << u"`<b>`"_s << u"<p dir=\"auto\"><code>&lt;b&gt;</code></p>\n"_s;
        QTest::newRow("fence") << u"```\n<x>\n"_s << u"<pre><code>&lt;x&gt;\n</code></pre>\n"_s;
    }

    void commentMarkdownRenderedSafely()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(commentHtml(markdown), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
