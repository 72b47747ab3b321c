#include "PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// QPdfWriter (Qt 6.8) compresses every page through two 16 MiB buffers it allocates and frees again
// (QPdfEnginePrivate::writeCompressed). glibc's adaptive thresholds serve them from the heap, but
// then trim the heap after every page and fault the memory back in for the next: about 0.4 ms a page,
// 0.8 s of the benchmark's 2,000 pages. Fixing the thresholds where glibc's adaptation tops out (a
// 32 MiB mmap threshold, trimming at twice that) keeps the buffers. It is for the whole process and
// stays: glibc itself moves there once a block of that size has been freed.
void keepPageBuffers()
{
#ifdef __GLIBC__
    static const bool kept = [] {
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
        return true;
    }();
    Q_UNUSED(kept);
#endif
}

// The lowest y in (from, to] of `document` that cuts through no line; `from` when there is none.
qreal lastCut(QTextDocument &document, qreal from, qreal to)
{
    QList<QPair<qreal, qreal>> lines;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const qreal y = layout->blockBoundingRect(b).top();
        for (int i = 0; i < b.layout()->lineCount(); ++i) {
            const QTextLine line = b.layout()->lineAt(i);
            lines.append({y + line.y(), y + line.y() + line.height()});
        }
    }
    qreal best = from;
    for (const auto &candidate : std::as_const(lines)) {
        const qreal y = candidate.second;
        if (y <= best || y > to)
            continue;
        if (std::none_of(lines.cbegin(), lines.cend(), [y](const auto &l) { return l.first < y && y < l.second; }))
            best = y;
    }
    return best;
}

} // namespace

PdfPages::PdfPages(QIODevice *device, const QString &title)
    : m_pdf(device)
{
    keepPageBuffers();
    m_pdf.setTitle(title);
    m_pdf.setCreator(u"Gloss"_s);
    m_pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter));
    m_footerFont.setFamilies({u"Noto Serif"_s, u"serif"_s});
    m_footerFont.setPixelSize(12);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    m_scale = qreal(m_pdf.resolution()) / dpi;
    PdfStyle style;
    style.scale = m_scale;
    m_margin = style.documentMargin();
    m_width = m_pdf.width();
    m_textWidth = m_width - 2 * m_margin;
    m_footer = QFontMetricsF(m_footerFont).height() * 2 * m_scale;
    m_height = m_pdf.height() - m_footer;
    m_painter.begin(&m_pdf);
}

void PdfPages::draw(const PdfBlocks &blocks, qreal height)
{
    if (height > m_height - m_y && m_y > 0)
        newPage();
    qreal origin = m_y; // where the article's top is on the current page
    for (const PdfBlock &block : blocks)
        origin = block.document ? placeDocument(block, origin) : placeText(block, origin);
    m_y = origin + height;
    flush();
}

bool PdfPages::finish()
{
    footer();
    return m_painter.end();
}

// Places the block's lines, moving to a new page before a line that would cross the foot of this
// one; returns where the article's top now is (above the page when it went on).
qreal PdfPages::placeText(const PdfBlock &block, qreal origin)
{
    const QTextLayout &layout = *block.layout;
    const int count = layout.lineCount();
    int first = 0;
    for (int i = 0; i < count; ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal top = origin + block.top + line.y();
        if (top + block.lineHeights[i] > m_height && top > m_margin) {
            if (i > first)
                m_pieces.push_back({&block, origin, first, i});
            newPage();
            origin = m_margin - block.top - line.y();
            first = i;
        }
    }
    m_pieces.push_back({&block, origin, first, count});
    return origin;
}

// The same for a block laid out by QTextDocument: it is cut between its lines.
qreal PdfPages::placeDocument(const PdfBlock &block, qreal origin)
{
    QTextDocument &document = *block.document;
    qreal from = 0; // what is placed already, in the document's coordinates
    for (;;) {
        const qreal top = origin + block.top + from;
        const qreal room = m_height - top;
        if (block.height - from <= room) {
            m_pieces.push_back({&block, origin, 0, 0, from, block.height});
            return origin;
        }
        qreal cut = lastCut(document, from / m_scale, (from + room) / m_scale) * m_scale;
        if (cut <= from) {
            if (top > m_margin) { // nothing fits here: all on the next page
                newPage();
                origin = m_margin - block.top - from;
                continue;
            }
            cut = from + room; // a line taller than a page
        }
        m_pieces.push_back({&block, origin, 0, 0, from, cut});
        newPage();
        origin = m_margin - block.top - cut;
        from = cut;
    }
}

// Draws the pieces placed on the page: first every background, a colour at a time, then the text.
// Each change between filling and writing costs the PDF a change of graphics state, and the PDF's
// size is what its compression takes time over.
void PdfPages::flush()
{
    QList<QPair<QRgb, QRectF>> fills;
    for (const Piece &piece : m_pieces) {
        if (piece.block->document)
            continue;
        const PdfBlock &block = *piece.block;
        const QTextLayout &layout = *block.layout;
        const qreal top = piece.origin + block.top;
        if (block.background.isValid()) {
            const qreal first = layout.lineAt(piece.first).y();
            const qreal last = layout.lineAt(piece.end - 1).y() + block.lineHeights[piece.end - 1];
            fills.append({block.background.rgb(),
                          QRectF(m_margin + block.leftMargin, top + first, m_textWidth - block.leftMargin, last - first)});
        }
        for (const PdfBlock::Highlight &h : block.highlights) {
            for (int i = piece.first; i < piece.end; ++i) {
                const QTextLine line = layout.lineAt(i);
                const int start = std::max(h.start, line.textStart());
                const int end = std::min(h.start + h.length, line.textStart() + line.textLength());
                if (start >= end)
                    continue;
                const qreal x1 = line.cursorToX(start);
                const qreal x2 = line.cursorToX(end);
                // Whole document pixels of the article, as QTextLayout fills a format's background.
                const QRectF inArticle(m_margin + std::min(x1, x2), block.top + line.y(), std::abs(x2 - x1), block.lineHeights[i]);
                const QRectF aligned(QRectF(QRectF(inArticle.topLeft() / m_scale, inArticle.size() / m_scale).toAlignedRect()));
                fills.append({h.color.rgb(), QRectF(aligned.topLeft() * m_scale, aligned.size() * m_scale).translated(0, piece.origin)});
            }
        }
    }
    std::stable_sort(fills.begin(), fills.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 0; i < fills.size();) {
        QList<QRectF> rects;
        const QRgb colour = fills[i].first;
        for (; i < fills.size() && fills[i].first == colour; ++i)
            rects.append(fills[i].second);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(QColor(colour));
        m_painter.drawRects(rects.constData(), int(rects.size()));
    }
    m_painter.setBrush(Qt::NoBrush);
    for (const Piece &piece : m_pieces) {
        const PdfBlock &block = *piece.block;
        if (block.document) {
            paintDocument(*block.document, piece.from, piece.to, piece.origin + block.top);
            continue;
        }
        m_painter.setPen(block.color);
        const QPointF position(m_margin, piece.origin + block.top);
        for (int i = piece.first; i < piece.end; ++i)
            block.layout->lineAt(i).draw(&m_painter, position);
    }
    m_pieces.clear();
}

// The document is in document pixels.
void PdfPages::paintDocument(QTextDocument &document, qreal from, qreal to, qreal top)
{
    m_painter.save();
    m_painter.translate(m_margin, top);
    m_painter.scale(m_scale, m_scale);
    document.drawContents(&m_painter, QRectF(0, from / m_scale, m_textWidth / m_scale, (to - from) / m_scale));
    m_painter.restore();
}

void PdfPages::newPage()
{
    flush();
    footer();
    m_pdf.newPage();
    ++m_page;
    m_y = 0;
}

void PdfPages::footer()
{
    m_painter.save();
    m_painter.scale(m_scale, m_scale);
    m_painter.setFont(m_footerFont);
    m_painter.setPen(QColor(0x55, 0x55, 0x55));
    QTextOption centred(Qt::AlignHCenter | Qt::AlignBottom);
    centred.setTextDirection(Qt::LeftToRight);
    m_painter.drawText(QRectF(0, m_height / m_scale, m_width / m_scale, m_footer / m_scale), QString::number(m_page), centred);
    m_painter.restore();
}

} // namespace gloss
