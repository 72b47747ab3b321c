// blocksFromSanitizedHtml() and canonicalText(): the rules that fix every character offset.
#include "document/Block.h"
#include "document/DocumentBlocks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

using Kind = InlineSpan::Kind;
using Type = Block::Type;

class TestDocumentBlocks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void canonicalTextJoins();
    void blocks_data();
    void blocks();
    void spans_data();
    void spans();
    void listLevels();
    void preformatted();
    void deterministic();
};

void TestDocumentBlocks::canonicalTextJoins()
{
    QCOMPARE(canonicalText({}), QString());
    Block a;
    a.text = u"First"_s;
    Block b;
    b.text = u"Second\u00A0line"_s;
    QCOMPARE(canonicalText({a}), u"First"_s);
    QCOMPARE(canonicalText({a, b}), u"First\nSecond\u00A0line"_s);
    QCOMPARE(canonicalText({a, b, a}).size(), 5 + 1 + 11 + 1 + 5);
}

void TestDocumentBlocks::blocks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<int>>("types");

    const auto t = [](std::initializer_list<Type> types) {
        QList<int> out;
        for (Type type : types)
            out.append(int(type));
        return out;
    };
    QTest::newRow("paragraphs") << u"<p>a</p><p>b</p>"_s << QStringList{u"a"_s, u"b"_s}
                                << t({Type::Paragraph, Type::Paragraph});
    QTest::newRow("collapse and trim") << u"<p>\n  a \t\n b  </p>"_s << QStringList{u"a b"_s} << t({Type::Paragraph});
    QTest::newRow("nbsp kept, not trimmed") << u"<p>&nbsp;a&nbsp; b</p>"_s << QStringList{u"\u00A0a\u00A0 b"_s}
                                            << t({Type::Paragraph});
    QTest::newRow("blank blocks dropped") << u"<p> </p><p>&nbsp;</p><p>x</p><h2></h2>"_s << QStringList{u"x"_s}
                                          << t({Type::Paragraph});
    QTest::newRow("br splits") << u"<p>a<br>b</p>"_s << QStringList{u"a"_s, u"b"_s}
                               << t({Type::Paragraph, Type::Paragraph});
    QTest::newRow("br in list item splits") << u"<ul><li>a<br>b</li></ul>"_s << QStringList{u"a"_s, u"b"_s}
                                            << t({Type::ListItem, Type::ListItem});
    QTest::newRow("br in heading is space") << u"<h1>a<br>b</h1>"_s << QStringList{u"a b"_s} << t({Type::Heading});
    QTest::newRow("quote") << u"<blockquote><p>a</p><p>b</p></blockquote>"_s << QStringList{u"a"_s, u"b"_s}
                           << t({Type::Quote, Type::Quote});
    QTest::newRow("table rows") << u"<table><tr><th>h1</th><th>h2</th></tr><tr><td></td><td>x</td></tr><tr><td> </td><td></td></tr></table>"_s
                                << QStringList{u"h1\th2"_s, u"\tx"_s} << t({Type::TableRow, Type::TableRow});
    QTest::newRow("caption") << u"<figure><img src=\"https://e.com/a.png\" alt=\"alt text\"><figcaption>cap</figcaption></figure>"_s
                             << QStringList{u"cap"_s} << t({Type::Caption});
    QTest::newRow("image alone gives nothing") << u"<p><img src=\"https://e.com/a.png\" alt=\"alt\"></p>"_s
                                               << QStringList{} << t({});
    QTest::newRow("text around nested block") << u"<li>a<ul><li>b</li></ul>c</li>"_s
                                              << QStringList{u"a"_s, u"b"_s, u"c"_s}
                                              << t({Type::ListItem, Type::ListItem, Type::ListItem});
    QTest::newRow("separators become spaces") << u"<p>a\u2029b\u2028c</p>"_s << QStringList{u"a b c"_s}
                                              << t({Type::Paragraph});
}

void TestDocumentBlocks::blocks()
{
    QFETCH(QString, html);
    QFETCH(QStringList, texts);
    QFETCH(QList<int>, types);
    const QList<Block> blocks = blocksFromSanitizedHtml(html);
    QStringList gotTexts;
    QList<int> gotTypes;
    for (const Block &b : blocks) {
        gotTexts.append(b.text);
        gotTypes.append(int(b.type));
        QVERIFY(!b.text.contains(u'\n')); // only Preformatted may hold newlines
    }
    QCOMPARE(gotTexts, texts);
    QCOMPARE(gotTypes, types);
    QCOMPARE(canonicalText(blocks), texts.join(u'\n'));
}

void TestDocumentBlocks::spans_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<InlineSpan>>("spans");

    QTest::newRow("bold") << u"<p>a <strong>bold</strong> word</p>"_s << u"a bold word"_s
                          << QList<InlineSpan>{{Kind::Bold, 2, 4, {}}};
    QTest::newRow("spaces outside span") << u"<p>a<em> it </em>b</p>"_s << u"a it b"_s
                                         << QList<InlineSpan>{{Kind::Italic, 2, 2, {}}};
    QTest::newRow("after nbsp") << u"<p>US&nbsp;<b>Secretary</b></p>"_s << u"US\u00A0Secretary"_s
                                << QList<InlineSpan>{{Kind::Bold, 3, 9, {}}};
    QTest::newRow("nested, outer first") << u"<p><a href=\"https://e.com/\">go <code>x</code></a></p>"_s << u"go x"_s
                                         << QList<InlineSpan>{{Kind::Link, 0, 4, u"https://e.com/"_s}, {Kind::Code, 3, 1, {}}};
    QTest::newRow("span across br continues") << u"<p><b>one<br>two</b></p>"_s << u"one\ntwo"_s
                                              << QList<InlineSpan>{{Kind::Bold, 0, 3, {}}, {Kind::Bold, 4, 3, {}}};
    QTest::newRow("unsafe link not a span") << u"<p><a href=\"javascript:x()\">x</a></p>"_s << u"x"_s
                                            << QList<InlineSpan>{};
    QTest::newRow("relative link not a span") << u"<p><a href=\"/a\">x</a></p>"_s << u"x"_s << QList<InlineSpan>{};
    QTest::newRow("in table row") << u"<table><tr><td>a</td><td><em>b</em></td></tr></table>"_s << u"a\tb"_s
                                  << QList<InlineSpan>{{Kind::Italic, 2, 1, {}}};
}

void TestDocumentBlocks::spans()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QList<InlineSpan>, spans);
    const QList<Block> blocks = blocksFromSanitizedHtml(html);
    QCOMPARE(canonicalText(blocks), text);
    // Offsets in the canonical text: blocks are joined by one "\n".
    QList<InlineSpan> got;
    int offset = 0;
    for (const Block &b : blocks) {
        for (InlineSpan s : b.spans) {
            QVERIFY(s.start >= 0 && s.length > 0 && s.start + s.length <= b.text.size());
            s.start += offset;
            got.append(s);
        }
        offset += int(b.text.size()) + 1;
    }
    QCOMPARE(got, spans);
}

void TestDocumentBlocks::listLevels()
{
    const QList<Block> blocks = blocksFromSanitizedHtml(
        u"<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li><li>d</li></ul><ol><li>e</li></ol>"_s);
    QCOMPARE(blocks.size(), 5);
    const QList<std::pair<int, bool>> expected = {{1, false}, {2, true}, {3, false}, {1, false}, {1, true}};
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        QCOMPARE(blocks.at(i).type, Type::ListItem);
        QCOMPARE(blocks.at(i).level, expected.at(i).first);
        QCOMPARE(blocks.at(i).ordered, expected.at(i).second);
    }
}

void TestDocumentBlocks::preformatted()
{
    const QList<Block> blocks = blocksFromSanitizedHtml(
        u"<pre><code class=\"language-cpp\">\n\n  int a;\n\n  <b>int</b> b;   \n\n</code></pre><p>after</p>"_s);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).type, Type::Preformatted);
    QCOMPARE(blocks.at(0).text, u"  int a;\n\n  int b;"_s);
    QCOMPARE(blocks.at(0).language, u"cpp"_s);
    QCOMPARE(blocks.at(0).spans, (QList<InlineSpan>{{Kind::Bold, 12, 3, {}}}));
    QCOMPARE(canonicalText(blocks), u"  int a;\n\n  int b;\nafter"_s);
}

void TestDocumentBlocks::deterministic()
{
    const QString html = u"<h2>T</h2><p>a <em>b</em></p><ul><li>c</li></ul><table><tr><td>d</td></tr></table>"_s;
    const QList<Block> first = blocksFromSanitizedHtml(html);
    QCOMPARE(blocksFromSanitizedHtml(html), first);
    QCOMPARE(first.size(), 4);
}

QTEST_GUILESS_MAIN(TestDocumentBlocks)
#include "tst_documentblocks.moc"
