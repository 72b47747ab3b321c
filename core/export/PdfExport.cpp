#include "PdfExport.h"

#include "PdfContent.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QFontMetricsF>
#include <QPainter>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextOption>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace gloss {

Status writePdf(const QString &html, const QString &title, QIODevice *device)
{
    // Without a QGuiApplication there is no font database and QTextDocument would abort the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"the PDF export needs the graphical libraries (no QGuiApplication)"_s};
    QPdfWriter pdf(device);
    pdf.setTitle(title);
    pdf.setCreator(u"Gloss"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    QTextDocument document;
    document.setHtml(html);
    document.print(&pdf);
    if (device->isOpen() && !device->isWritable())
        return Error{u"cannot write the PDF: %1"_s.arg(device->errorString())};
    return {};
}

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

} // namespace

// Draws articles one after another down the pages of a PDF: each is laid out as blocks (PdfBlocks.h)
// in the units QTextDocument would use (screen pixels at the screen's logical DPI), and the painter
// is scaled to the PDF's resolution.
class PdfPages {
public:
    PdfPages(QIODevice *device, const QString &title)
        : m_pdf(device)
        , m_style(PdfStyle::fromApplication())
    {
        keepPageBuffers();
        m_pdf.setTitle(title);
        m_pdf.setCreator(u"Gloss"_s);
        m_pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14),
                                        QPageLayout::Millimeter));
        const QScreen *screen = QGuiApplication::primaryScreen();
        const qreal dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
        m_scale = qreal(m_pdf.resolution()) / dpi;
        m_width = qreal(m_pdf.width()) / m_scale;
        m_textWidth = m_width - 2 * PdfStyle::documentMargin;
        m_footer = QFontMetricsF(m_footerFont).height() * 2;
        m_height = qreal(m_pdf.height()) / m_scale - m_footer;
        m_painter.begin(&m_pdf);
        m_painter.scale(m_scale, m_scale);
    }

    bool isActive() const { return m_painter.isActive(); }
    const PdfStyle &style() const { return m_style; }

    // One article (or the header): after what is on the page when it fits there, else from the top
    // of a new page; one longer than a page continues onto the next pages between lines.
    void draw(PdfBlocks blocks)
    {
        const qreal height = layoutBlocks(blocks, m_textWidth);
        if (height > m_height - m_y && m_y > 0)
            newPage();
        qreal origin = m_y; // where the article's top is on the current page
        for (const PdfBlock &block : blocks)
            origin = block.document ? drawDocument(block, origin) : drawText(block, origin);
        m_y = origin + height;
    }

    bool finish()
    {
        footer();
        return m_painter.end();
    }

private:
    // Draws the block's lines, moving to a new page before a line that would cross the foot of this
    // one; returns where the article's top now is (above the page when it went on).
    qreal drawText(const PdfBlock &block, qreal origin)
    {
        const QTextLayout &layout = *block.layout;
        const int count = layout.lineCount();
        int first = 0;
        for (int i = 0; i < count; ++i) {
            const QTextLine line = layout.lineAt(i);
            const qreal top = origin + block.top + line.y();
            if (top + line.height() > m_height && top > PdfStyle::documentMargin) {
                drawLines(block, first, i, origin);
                newPage();
                origin = PdfStyle::documentMargin - block.top - line.y();
                first = i;
            }
        }
        drawLines(block, first, count, origin);
        return origin;
    }

    void drawLines(const PdfBlock &block, int first, int end, qreal origin)
    {
        if (first >= end)
            return;
        const QTextLayout &layout = *block.layout;
        const QPointF position(PdfStyle::documentMargin, origin + block.top);
        if (block.background.isValid()) {
            const QTextLine top = layout.lineAt(first);
            const QTextLine bottom = layout.lineAt(end - 1);
            m_painter.fillRect(QRectF(position.x() + block.leftMargin, position.y() + top.y(), m_textWidth - block.leftMargin,
                                      bottom.y() + bottom.height() - top.y()),
                               block.background);
        }
        m_painter.setPen(block.color);
        for (int i = first; i < end; ++i)
            layout.lineAt(i).draw(&m_painter, position);
    }

    // The same for a block laid out by QTextDocument: it is cut between its lines.
    qreal drawDocument(const PdfBlock &block, qreal origin)
    {
        QTextDocument &document = *block.document;
        qreal from = 0; // what is drawn already, in the document's coordinates
        for (;;) {
            const qreal top = origin + block.top + from;
            const qreal room = m_height - top;
            if (block.height - from <= room) {
                paintDocument(document, from, block.height, origin + block.top);
                return origin;
            }
            qreal cut = lastCut(document, from, from + room);
            if (cut <= from) {
                if (top > PdfStyle::documentMargin) { // nothing fits here: all on the next page
                    newPage();
                    origin = PdfStyle::documentMargin - block.top - from;
                    continue;
                }
                cut = from + room; // a line taller than a page
            }
            paintDocument(document, from, cut, origin + block.top);
            newPage();
            origin = PdfStyle::documentMargin - block.top - cut;
            from = cut;
        }
    }

    // The lowest y in (from, to] of `document` that cuts through no line; `from` when there is none.
    static qreal lastCut(QTextDocument &document, qreal from, qreal to)
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
            const bool cutsNothing = std::none_of(lines.cbegin(), lines.cend(), [y](const auto &l) { return l.first < y && y < l.second; });
            if (cutsNothing)
                best = y;
        }
        return best;
    }

    void paintDocument(QTextDocument &document, qreal from, qreal to, qreal top)
    {
        m_painter.save();
        m_painter.translate(PdfStyle::documentMargin, top);
        document.drawContents(&m_painter, QRectF(0, from, m_textWidth, to - from));
        m_painter.restore();
    }

    void newPage()
    {
        footer();
        m_pdf.newPage();
        ++m_page;
        m_y = 0;
    }

    void footer()
    {
        m_painter.save();
        m_painter.setFont(m_footerFont);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        QTextOption centred(Qt::AlignHCenter | Qt::AlignBottom);
        centred.setTextDirection(Qt::LeftToRight);
        m_painter.drawText(QRectF(0, m_height, m_width, m_footer), QString::number(m_page), centred);
        m_painter.restore();
    }

    QPdfWriter m_pdf;
    QPainter m_painter;
    PdfStyle m_style;
    // Sized in pixels of the documents' units: a point size would be resolved against the PDF's
    // resolution and then scaled again by the painter.
    QFont m_footerFont = [] {
        QFont font(QStringList{u"Noto Serif"_s, u"serif"_s});
        font.setPixelSize(12);
        return font;
    }();
    qreal m_scale = 1;
    qreal m_width = 0;
    qreal m_textWidth = 0; // the blocks' width: the page's less the document margins
    qreal m_height = 0;    // the page's height for content, the footer excluded
    qreal m_footer = 0;
    qreal m_y = 0;         // where the next article goes on the current page
    int m_page = 1;
};

PdfWriter::PdfWriter(QIODevice *device) : m_device(device)
{
}

PdfWriter::~PdfWriter() = default;

Status PdfWriter::begin(const ExportHeader &header)
{
    // Without a QGuiApplication there is no font database and QTextDocument would abort the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{u"the PDF export needs the graphical libraries (no QGuiApplication)"_s};
    m_pages = std::make_unique<PdfPages>(m_device, header.title);
    if (!m_pages->isActive())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_pages->draw(pdfHeaderBlocks(header, m_pages->style()));
    return {};
}

Status PdfWriter::article(const ExportedArticle &article)
{
    if (!m_pages)
        return Error{u"the PDF was not begun"_s};
    m_pages->draw(pdfArticleBlocks(article, m_pages->style()));
    return {};
}

Status PdfWriter::finish()
{
    if (!m_pages || !m_pages->finish())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    m_pages.reset();
    if (m_device->isOpen() && !m_device->isWritable())
        return Error{u"cannot write the PDF: %1"_s.arg(m_device->errorString())};
    return {};
}

QByteArray renderPdf(const ExportBundle &bundle)
{
    ExportBundle counted = bundle;
    counted.header.articleCount = bundle.articles.size();
    counted.header.annotationCount = 0;
    for (const ExportedArticle &a : bundle.articles)
        counted.header.annotationCount += a.annotations.size();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PdfWriter writer(&buffer);
    if (!replayBundle(counted, writer))
        return {};
    return bytes;
}

} // namespace gloss
