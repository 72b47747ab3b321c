// The pages of the PDF export: laid-out articles (PdfBlocks.h) drawn one after another with QPdfWriter
// (A4, text kept as text), numbered at the foot. An article that does not fit in what is left of a
// page starts a new one; one longer than a page goes on over the next pages, cut between lines. All
// in the PDF's pixels, but for what QTextDocument draws (rich comments, the footer).
#pragma once

#include "PdfBlocks.h"

#include <QFont>
#include <QPainter>
#include <QPdfWriter>

class QIODevice;

namespace gloss {

class PdfPages {
public:
    PdfPages(QIODevice *device, const QString &title);

    bool isActive() const { return m_painter.isActive(); }
    qreal textWidth() const { return m_textWidth; } // what to lay the blocks out at
    qreal scale() const { return m_scale; }         // the PDF's pixels to a document pixel (PdfStyle)
    // One article (or the header), laid out by layoutBlocks() at textWidth(), `height` high.
    void draw(const PdfBlocks &blocks, qreal height);
    bool finish();

private:
    // What of a block goes on the current page, drawn by flush().
    struct Piece {
        const PdfBlock *block = nullptr;
        qreal origin = 0; // where the article's top is on the page
        int first = 0;    // the lines [first, end) of a block of text
        int end = 0;
        qreal from = 0;   // the part [from, to) of a block laid out by QTextDocument
        qreal to = 0;
    };

    qreal placeText(const PdfBlock &block, qreal origin);
    qreal placeDocument(const PdfBlock &block, qreal origin);
    void flush();
    void paintDocument(QTextDocument &document, qreal from, qreal to, qreal top);
    void newPage();
    void footer();

    QPdfWriter m_pdf;
    QPainter m_painter;
    std::vector<Piece> m_pieces; // placed on the current page, not drawn yet
    // Sized in document pixels, drawn scaled: a point size would be resolved against the PDF's
    // resolution and then scaled again by the painter.
    QFont m_footerFont;
    qreal m_scale = 1;
    qreal m_margin = 0;    // QTextDocument's around the text, left and right and above each article
    qreal m_width = 0;
    qreal m_textWidth = 0; // the blocks' width: the page's less the document margins
    qreal m_height = 0;    // the page's height for content, the footer excluded
    qreal m_footer = 0;
    qreal m_y = 0;         // where the next article goes on the current page
    int m_page = 1;
};

} // namespace gloss
