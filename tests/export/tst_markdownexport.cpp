// The Markdown export: YAML front matter that reads back to the stored values (checked with a YAML
// double-quoted-scalar reader written here), block quotes whose awkward lines stay inside the quote,
// comments that cannot break out of their place, tags Obsidian accepts. The whole document is also
// rendered with md4c, as a Markdown reader would: the structure must be exactly the one written.
#include "ExportFixture.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"
#include "export/MarkdownText.h"
#include "export/MarkdownWriter.h"

#include <md4c-html.h>

#include <QRegularExpression>

using namespace gloss;

namespace {

// Reads a YAML double-quoted scalar (YAML 1.2, 7.3.1) written on one line; *ok says if it was one.
QString readYamlQuoted(const QString &scalar, bool *ok)
{
    *ok = false;
    if (scalar.size() < 2 || !scalar.startsWith(u'"') || !scalar.endsWith(u'"'))
        return {};
    QString out;
    for (qsizetype i = 1; i < scalar.size() - 1; ++i) {
        const QChar c = scalar[i];
        if (c == u'"')
            return {}; // an unescaped quote would end the scalar early
        if (c != u'\\') {
            if (c.unicode() < 0x20 && c != u'\t')
                return {};
            out += c;
            continue;
        }
        if (++i >= scalar.size() - 1)
            return {};
        const QChar e = scalar[i];
        const auto hex = [&](int digits) {
            const uint code = scalar.mid(i + 1, digits).toUInt(nullptr, 16);
            i += digits;
            return QString(QChar(char16_t(code))); // \x and \u name BMP code points
        };
        switch (e.unicode()) {
        case u'"': out += u'"'; break;
        case u'\\': out += u'\\'; break;
        case u'/': out += u'/'; break;
        case u'n': out += u'\n'; break;
        case u'r': out += u'\r'; break;
        case u't': out += u'\t'; break;
        case u'0': out += QChar(0); break;
        case u'N': out += QChar(0x85); break;
        case u'L': out += QChar(0x2028); break;
        case u'P': out += QChar(0x2029); break;
        case u'x': out += hex(2); break;
        case u'u': out += hex(4); break;
        default: return {};
        }
    }
    *ok = true;
    return out;
}

struct FrontMatter {
    QMap<QString, QString> scalars;     // key -> raw value as written
    QMap<QString, QStringList> lists;   // key -> items, unquoted
    QString body;
    QString error;
};

// Splits "---\n...\n---\n" off the document; every line inside must be `key: value`, `key:` or
// `  - "item"`, the only shapes the writer uses.
FrontMatter splitFrontMatter(const QString &doc)
{
    FrontMatter fm;
    if (!doc.startsWith(u"---\n"_s)) {
        fm.error = u"no front matter"_s;
        return fm;
    }
    const qsizetype end = doc.indexOf(u"\n---\n"_s, 3);
    if (end < 0) {
        fm.error = u"front matter not closed"_s;
        return fm;
    }
    fm.body = doc.mid(end + 5);
    QString listKey;
    static const QRegularExpression keyLine(u"^([a-z_]+):(?: (.*))?$"_s);
    for (const QString &line : doc.mid(4, end - 4).split(u'\n')) {
        if (line.startsWith(u"  - "_s) && !listKey.isEmpty()) {
            bool ok = false;
            fm.lists[listKey] << readYamlQuoted(line.mid(4), &ok);
            if (!ok)
                fm.error = u"bad list item: "_s + line;
            continue;
        }
        const QRegularExpressionMatch m = keyLine.match(line);
        if (!m.hasMatch()) {
            fm.error = u"bad front matter line: "_s + line;
            return fm;
        }
        listKey = m.captured(2).isEmpty() ? m.captured(1) : QString();
        if (m.captured(2) == u"[]"_s)
            fm.lists[m.captured(1)] = {};
        else if (!m.captured(2).isEmpty())
            fm.scalars[m.captured(1)] = m.captured(2);
    }
    return fm;
}

QString unquote(const QString &raw)
{
    bool ok = false;
    const QString v = readYamlQuoted(raw, &ok);
    return ok ? v : u"<not a quoted scalar: %1>"_s.arg(raw);
}

QString renderWithMd4c(const QString &markdown)
{
    QByteArray html;
    const QByteArray input = markdown.toUtf8();
    md_html(input.constData(), MD_SIZE(input.size()),
            [](const MD_CHAR *text, MD_SIZE size, void *out) { static_cast<QByteArray *>(out)->append(text, qsizetype(size)); },
            &html, MD_DIALECT_GITHUB, 0);
    return QString::fromUtf8(html);
}

} // namespace

class TestMarkdownExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    ExportBundle m_bundle;

    const ExportedArticle &web() const
    {
        for (const ExportedArticle &a : m_bundle.articles) {
            if (a.id == m_fx->web)
                return a;
        }
        return m_bundle.articles.first();
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        auto bundle = ExportReader(m_fx->library->database()).readAll(ExportScope::wholeLibrary());
        QVERIFY(bundle.ok());
        m_bundle = *bundle;
    }

    void yamlScalarsReadBack_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"Harbour plan"_s;
        QTest::newRow("quotes and colon") << u"He said: \"no\" — 'maybe'"_s;
        QTest::newRow("front matter end") << u"a\n---\nkey: injected"_s;
        QTest::newRow("backslash") << u"C:\\path\\n"_s;
        QTest::newRow("yaml syntax") << u"- [a, b] {c: d} & *anchor !tag #comment | > %"_s;
        QTest::newRow("controls") << u"bell\a nul\u0001 del\u007f next\u0085 ls\u2028 bom\ufeff tab\tcr\r"_s;
        QTest::newRow("emoji rtl") << u"😀 مرحبا"_s;
        QTest::newRow("empty") << QString();
    }

    void yamlScalarsReadBack()
    {
        QFETCH(QString, value);
        const QString quoted = yamlQuoted(value);
        QVERIFY(!quoted.contains(u'\n'));
        bool ok = false;
        QCOMPARE(readYamlQuoted(quoted, &ok), value);
        QVERIFY(ok);
    }

    void lineStartsDefused_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("rule") << u"---"_s << u"\\---"_s;
        QTest::newRow("heading") << u"# not a heading"_s << u"\\# not a heading"_s;
        QTest::newRow("quote") << u"> q"_s << u"\\> q"_s;
        QTest::newRow("list") << u"- item"_s << u"\\- item"_s;
        QTest::newRow("plus") << u"+ item"_s << u"\\+ item"_s;
        QTest::newRow("ordered") << u"1. item"_s << u"1\\. item"_s;
        QTest::newRow("ordered paren") << u"12) item"_s << u"12\\) item"_s;
        QTest::newRow("ordered, bare") << u"7."_s << u"7\\."_s;
        QTest::newRow("decimal, not a list") << u"4.8-kilometre line"_s << u"4.8-kilometre line"_s;
        QTest::newRow("time, not a list") << u"10.30am start"_s << u"10.30am start"_s;
        QTest::newRow("indented code") << u"    code"_s << u"code"_s;
        QTest::newRow("setext") << u"==="_s << u"\\=\\=\\="_s;
        QTest::newRow("inline") << u"`a` *b* _c_ [d](e) <f> | ~g~ &h; $i$ %%j #k"_s
                                << u"\\`a\\` \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| \\~g\\~ \\&h; \\$i\\$ \\%\\%j \\#k"_s;
        QTest::newRow("plain") << u"U.S. 3.5 (ok)"_s << u"U.S. 3.5 (ok)"_s;
    }

    void lineStartsDefused()
    {
        QFETCH(QString, line);
        QFETCH(QString, escaped);
        QCOMPARE(markdownEscapeLine(line), escaped);
    }

    void tagNames_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("name");
        QTest::newRow("spaces") << u"needs  check"_s << u"needs-check"_s;
        QTest::newRow("punctuation") << u"#hash, tag"_s << u"_hash_-tag"_s;
        QTest::newRow("digits") << u"1984"_s << u"_1984"_s;
        QTest::newRow("nested") << u"topic/sub_topic"_s << u"topic/sub_topic"_s;
        QTest::newRow("unicode") << u"Klima Café 😀"_s << u"Klima-Café-😀"_s;
    }

    void tagNames()
    {
        QFETCH(QString, tag);
        QFETCH(QString, name);
        QCOMPARE(markdownTagName(tag), name);
    }

    void articleFrontMatterReadsBack()
    {
        const QString doc = QString::fromUtf8(markdownArticleDocument(web()));
        const FrontMatter fm = splitFrontMatter(doc);
        QVERIFY2(fm.error.isEmpty(), qPrintable(fm.error));
        QCOMPARE(unquote(fm.scalars.value(u"title"_s)), ExportFixture::webTitle());
        QCOMPARE(unquote(fm.scalars.value(u"source"_s)), u"Example News, Inc."_s);
        QCOMPARE(unquote(fm.scalars.value(u"url"_s)), u"https://news.example/story?id=1&x=2"_s);
        QCOMPARE(unquote(fm.scalars.value(u"author"_s)), u"Jane O'Brien"_s);
        QCOMPARE(fm.scalars.value(u"published"_s), u"2024-05-01T10:00:00Z"_s);
        QCOMPARE(fm.lists.value(u"tags"_s), (QStringList{u"_hash_-tag"_s, u"_1984"_s, u"needs-check"_s, u"climate"_s}));
        QCOMPARE(fm.lists.value(u"speakers"_s), (QStringList{u"Jane Doe"_s, u"أحمد"_s}));
        QCOMPARE(fm.scalars.value(u"gloss_article"_s), QString::number(m_fx->web));
    }

    void quoteLinesStayInTheQuote()
    {
        const QString doc = QString::fromUtf8(markdownArticleDocument(web()));
        QVERIFY(doc.contains(u"> \\---\n>\n> \\> not a quote\n>\n> \\# not a heading\n"_s));
        QVERIFY(doc.contains(u"> \\\"We will rebuild the pier,\\\" said the chair. 😀"_s) || doc.contains(u"> \"We will rebuild the pier,\" said the chair. 😀"_s));
        QVERIFY(doc.contains(u"— **Jane Doe** (Chair, \"Harbour\" Board), said · direct quote"_s));
        QVERIFY(doc.contains(u"#_hash_-tag #_1984 #needs-check"_s));
        QVERIFY(doc.contains(u"*No longer found in the article's current text.*"_s));
    }

    void commentIsContained()
    {
        const QString contained = containedMarkdown(ExportFixture::hostileComment());
        // The fence the comment left open is closed; the raw HTML is text; the %% cannot hide anything;
        // the "title: injected" line cannot become a heading.
        QVERIFY(contained.endsWith(u"```\nunclosed fence\n```"_s));
        QVERIFY(contained.contains(u"\\<script>alert(1)\\</script>"_s));
        QVERIFY(contained.contains(u"\\%\\% hidden"_s));
        QVERIFY(contained.contains(u"title: injected\n\n---"_s));
        QCOMPARE(containedMarkdown(u"# Mine\n## Two\n###### Six"_s), u"#### Mine\n##### Two\n###### Six"_s);
        QCOMPARE(containedMarkdown(u"keep `<b>` as code"_s), u"keep `<b>` as code"_s);
        QCOMPARE(containedMarkdown(u"unpaired ` then <i>"_s), u"unpaired ` then \\<i>"_s);
        QCOMPARE(containedMarkdown(u"[a](JavaScript:x) [b](https://ok) [c]( data:text/html,x)"_s),
                 u"[a]\\(JavaScript:x) [b](https://ok) [c]\\( data:text/html,x)"_s);
        QCOMPARE(containedMarkdown(u"[ref]: javascript:alert(1)"_s), u"\\[ref]: javascript:alert(1)"_s);
    }

    void renderedStructureIsTheOneWritten()
    {
        const QString doc = QString::fromUtf8(renderExport(ExportFormat::Markdown, m_bundle));
        const FrontMatter fm = splitFrontMatter(doc);
        QVERIFY2(fm.error.isEmpty(), qPrintable(fm.error));
        QCOMPARE(fm.scalars.value(u"articles"_s), u"2"_s);
        QCOMPARE(fm.scalars.value(u"annotations"_s), u"6"_s);
        const QString html = renderWithMd4c(fm.body);
        // One title, one section per article, one block quote per annotation (plus the comment's
        // none: it has no quote), nothing the user typed turned into markup.
        QCOMPARE(html.count(u"<h1>"_s), 1);
        QCOMPARE(html.count(u"<h2>"_s), 2);
        QCOMPARE(html.count(u"<blockquote>"_s), 6);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"src=\"http://evil.example/x.png\""_s));
        QVERIFY(!html.contains(u"href=\"javascript:"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"<p># not a heading</p>"_s));
        QVERIFY(html.contains(u"<p>--- </p>"_s) || html.contains(u"<p>---</p>"_s));
        QVERIFY(html.contains(u"<p>&quot;We will rebuild the pier,&quot; said the chair. 😀</p>"_s));
        // The last thing in the document is the last article's last annotation, not a code block
        // opened by a comment.
        QVERIFY(!html.trimmed().endsWith(u"</code></pre>"_s) || html.count(u"<pre>"_s) == 1);
    }

    void oneDocumentPerArticle()
    {
        QStringList names;
        MarkdownFilesWriter writer([&names](const QString &name, const QByteArray &bytes) {
            names << name;
            return bytes.startsWith("---\ntitle: ") ? Status() : Status(Error{u"no front matter"_s});
        });
        QVERIFY(replayBundle(m_bundle, writer).ok());
        QCOMPARE(names.size(), 2);
        QVERIFY(names.contains(u"harbour-plan-script-alert-1-script-1-%1.md"_s.arg(m_fx->web)));
        QCOMPARE(markdownFileName(u"../../etc/passwd"_s, 3), u"etc-passwd-3.md"_s);
        QCOMPARE(markdownFileName(u"😀"_s, 4), u"article-4.md"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownExport)
#include "tst_markdownexport.moc"
