// The reader's QTextDocument must hold exactly the canonical text: position p on screen is offset p
// in the store and the exporters. Everything else in annotation stands on this.
#include "ui/ReaderDocument.h"

#include "document/Block.h"

#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestReaderDocument : public QObject {
    Q_OBJECT

    static ui::ReaderStyle style()
    {
        ui::ReaderStyle s;
        s.bodyFont = QFont(u"serif"_s, 12);
        s.monoFont = QFont(u"monospace"_s, 10);
        return s;
    }

    // QTextDocument stores block breaks as U+2029; the canonical text uses "\n".
    static QString documentText(const QTextDocument &doc)
    {
        QString raw = doc.toRawText();
        raw.replace(QChar::ParagraphSeparator, u'\n');
        return raw;
    }

private Q_SLOTS:
    void offsetsMatchCanonicalText_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        Block heading{Block::Type::Heading, 2, false, u"A heading"_s, {}, {}};
        Block para{Block::Type::Paragraph, 0, false, u"Plain \u00A0non-breaking and “curly” text."_s, {}, {}};
        Block bold{Block::Type::Paragraph, 0, false, u"Some bold and a link."_s,
                   {{InlineSpan::Kind::Bold, 5, 4, {}}, {InlineSpan::Kind::Link, 16, 4, u"https://example.org/"_s}}, {}};
        Block pre{Block::Type::Preformatted, 0, false, u"line one\n  line two\nline three"_s, {}, {}};
        Block item{Block::Type::ListItem, 1, false, u"an item"_s, {}, {}};
        Block row{Block::Type::TableRow, 0, false, u"cell a\tcell b"_s, {}, {}};
        QTest::newRow("single paragraph") << QList<Block>{para};
        QTest::newRow("mixed") << QList<Block>{heading, para, bold, item, row};
        QTest::newRow("preformatted lines") << QList<Block>{para, pre, para};
    }

    void offsetsMatchCanonicalText()
    {
        QFETCH(QList<Block>, blocks);
        QTextDocument doc;
        ui::renderBlocks(&doc, blocks, style());
        const QString canonical = canonicalText(blocks);
        QCOMPARE(documentText(doc), canonical);
        QCOMPARE(doc.characterCount() - 1, canonical.size()); // QTextDocument counts a final separator
        for (int i = 0; i < canonical.size(); ++i) {
            const QChar expected = canonical.at(i) == u'\n' ? QChar::ParagraphSeparator : canonical.at(i);
            QCOMPARE(doc.characterAt(i), expected);
        }
    }

    void spansBecomeCharFormats()
    {
        Block b{Block::Type::Paragraph, 0, false, u"Some bold and a link."_s,
                {{InlineSpan::Kind::Bold, 5, 4, {}}, {InlineSpan::Kind::Link, 16, 4, u"https://example.org/"_s}}, {}};
        QTextDocument doc;
        ui::renderBlocks(&doc, {b}, style());
        QTextCursor cursor(&doc);
        cursor.setPosition(6);
        QCOMPARE(cursor.charFormat().fontWeight(), int(QFont::Bold));
        cursor.setPosition(2);
        QVERIFY(cursor.charFormat().fontWeight() != int(QFont::Bold));
        cursor.setPosition(18);
        QVERIFY(cursor.charFormat().isAnchor());
        QCOMPARE(cursor.charFormat().anchorHref(), u"https://example.org/"_s);
    }

    void headingsKeepTheirLevel()
    {
        QTextDocument doc;
        ui::renderBlocks(&doc, {{Block::Type::Heading, 3, false, u"Sub"_s, {}, {}}, {Block::Type::Paragraph, 0, false, u"Body"_s, {}, {}}}, style());
        QCOMPARE(doc.firstBlock().blockFormat().headingLevel(), 3);
        QCOMPARE(doc.lastBlock().blockFormat().headingLevel(), 0);
    }
};

QTEST_MAIN(TestReaderDocument)
#include "tst_readerdocument.moc"
