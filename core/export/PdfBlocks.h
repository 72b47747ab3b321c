// The PDF export's text model: the HTML export's paragraphs ("blocks") built directly, without
// writing and parsing HTML, and laid out with QTextLayout the way QTextDocument lays out that HTML
// with its style sheet: the same fonts, margins that collapse, lines 1.5 apart, white space
// collapsed, empty paragraphs dropped. Parsing the HTML and its CSS once per article cost more than
// the rest of the export together; the look stays the HTML's (see PdfContent.h for what goes where).
#pragma once

#include <QColor>
#include <QFont>
#include <QTextLayout>

#include <memory>
#include <vector>

class QTextDocument;

namespace gloss {

// Fonts, colours and lengths. QTextDocument would lay the HTML out in screen pixels at the screen's
// logical DPI ("document pixels") and the page would scale that to the PDF's resolution; the blocks
// are laid out in the PDF's own pixels instead, `scale` of them to a document pixel, with every
// length QTextDocument uses scaled alike. Text set at the PDF's resolution can place each glyph on a
// whole PDF pixel (1/1200 in, too fine to see): fully hinted, the layout is whole numbers, which
// measured faster to lay out and to write than unhinted text (PdfText.h writes the positions).
struct PdfStyle {
    static constexpr int Resolution = 1200; // the PDF's pixels to an inch
    qreal scale = 1; // PDF pixels to a document pixel
    qreal screenDpi() const { return Resolution / scale; } // what QTextDocument lays out for
    QFont body;    // the application font in the style sheet's serif face, as QTextDocument picks it
    QFont h1;      // <h1>: twice the body size, bold
    QFont h2;      // <h2>: one and a half times, bold
    qreal em = 0;  // a CSS "em" in QTextDocument: the body font's line height, in whole document pixels
    QColor text{0x1d, 0x1d, 0x1f};
    QColor meta{0x55, 0x55, 0x55};
    QColor tagText{0x33, 0x33, 0x33};
    QColor tagBackground{0xee, 0xee, 0xee};
    QColor state{0x8a, 0x4b, 0x00};
    QColor link; // the palette's, as QTextDocument colours <a href>

    static PdfStyle fromApplication(qreal scale);
    // The same with QFont objects of its own. A QFont keeps the font engines of the thread that used
    // it last; one shared by two threads laying out would have them thrown out and looked up again at
    // every turn.
    PdfStyle withOwnFonts() const;
    // Lengths in PDF pixels: CSS ems, rounded to document pixels as QTextDocument rounds them...
    qreal ems(qreal count) const { return qRound(count * em) * scale; }
    // ... QTextDocument's own margin above and below a <p>, and around its text.
    qreal paragraphMargin() const { return 12 * scale; }
    qreal documentMargin() const { return 4 * scale; }
};

struct PdfBlock {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    QFont font;
    QColor color;      // the text's, where no format says otherwise
    QColor background; // filled behind the whole block (a quote); invalid: none
    // Filled behind parts of the text (the tags). Not a format's background, which QTextLayout would
    // fill one text item at a time, each fill a change of state in the PDF: the page draws these
    // together, before any text.
    struct Highlight {
        int start = 0;
        int length = 0;
        QColor color;
    };
    QList<Highlight> highlights;
    qreal topMargin = 0;
    qreal bottomMargin = 0;
    qreal leftMargin = 0;
    bool autoDirection = false; // dir="auto": right-to-left text reads (and aligns) right to left
    // A rich comment (lists, tables, code blocks...) laid out by QTextDocument from the HTML export's
    // markup instead of `text`, in document pixels; rare enough that its cost does not matter.
    std::shared_ptr<QTextDocument> document;

    // Set by layoutBlocks():
    std::unique_ptr<QTextLayout> layout;
    QList<qreal> lineHeights; // as QTextDocument has them: whole document pixels
    qreal top = 0;     // in its article, the article's top margin included
    qreal height = 0;  // to the bottom of the last line
    qreal advance = 0; // to where the next block's margin starts
};

// Appends text to a block the way HTML collapses white space: runs of spaces, tabs and line breaks
// become one space, none at the start of the block or after a forced break.
class PdfBlockText {
public:
    explicit PdfBlockText(PdfBlock &block) : m_block(block) {}
    void append(QStringView text);
    void append(QStringView text, const QTextCharFormat &format);
    void highlighted(QStringView text, const QColor &background);
    void lineBreak(); // <br>

private:
    PdfBlock &m_block;
};

using PdfBlocks = std::vector<PdfBlock>;

// Lays out every block at `width` (the page's, margins excluded) and stacks them as QTextDocument
// does; returns the height of the whole, the document margins above and below included. Empty blocks
// are dropped first, as QTextDocument drops an empty <p>.
qreal layoutBlocks(PdfBlocks &blocks, qreal width, const PdfStyle &style);

} // namespace gloss
