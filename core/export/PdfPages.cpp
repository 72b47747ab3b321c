#include "PdfPages.h"

#include "PdfFonts.h"
#include "PdfSyntax.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageSize>
#include <QScreen>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// Page content is compressed as it is written, on the one thread that cannot be split, so with one
// of zlib's fast levels: bench_export's PDF is 4.1 MiB at this level, 3.6 MiB at the default (6).
constexpr int ContentLevel = 2;

// The lowest y in (from, to] that cuts through no line of `lines`; `from` when there is none.
qreal lastCut(const std::vector<PdfLineContent> &lines, qreal from, qreal to)
{
    qreal best = from;
    for (const PdfLineContent &candidate : lines) {
        const qreal y = candidate.y + candidate.height;
        if (y <= best || y > to)
            continue;
        if (std::none_of(lines.cbegin(), lines.cend(), [y](const PdfLineContent &l) { return l.y < y && y < l.y + l.height; }))
            best = y;
    }
    return best;
}

// The page numbers' font, `pixelSize` high.
QFont footerFont(int pixelSize)
{
    QFont font;
    font.setFamilies({u"Noto Serif"_s, u"serif"_s});
    font.setPixelSize(pixelSize);
    return font;
}

void appendTranslation(QByteArray &out, qreal dx, qreal dy)
{
    out.append("q 1 0 0 1 ");
    pdf::appendReal(out, dx);
    out.append(' ');
    pdf::appendReal(out, dy);
    out.append(" cm\n");
}

} // namespace

PdfPageGeometry PdfPageGeometry::a4()
{
    PdfPageGeometry g;
    g.layout = QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 14), QPageLayout::Millimeter);
    const QScreen *screen = QGuiApplication::primaryScreen();
    g.scale = Resolution / (screen ? screen->logicalDotsPerInchY() : 96.0);
    PdfStyle style;
    style.scale = g.scale;
    g.margin = style.documentMargin();
    const QRect paint = g.layout.paintRectPixels(Resolution);
    g.width = paint.width();
    g.textWidth = g.width - 2 * g.margin;
    g.footer = QFontMetricsF(footerFont(12)).height() * 2 * g.scale;
    g.height = paint.height() - g.footer;
    g.footerPixelSize = qRound(12 * g.scale); // drawn at the PDF's resolution
    return g;
}

PdfPages::PdfPages(QIODevice *device, const QString &title, const PdfPageGeometry &geometry, PdfFontSet &fonts)
    : m_geometry(geometry), m_fonts(fonts), m_file(device), m_title(title)
{
    m_pages = m_file.reserve();
    m_resources = m_file.reserve();
    m_faces = std::make_unique<PdfFaceCache>(m_fonts);
    m_text = std::make_unique<PdfText>(*m_faces, m_use);
    newPage();
}

PdfPages::~PdfPages() = default;

void PdfPages::draw(const PdfArticleContent &article)
{
    if (article.height > m_geometry.height - m_y && m_y > 0)
        newPage();
    qreal origin = m_y; // where the article's top is on the current page
    for (const PdfBlockContent &block : article.blocks)
        origin = block.document ? placeDocument(block, origin) : placeText(block, origin);
    m_y = origin + article.height;
    flush();
}

// Places the block's lines, moving to a new page before a line that would cross the foot of this
// one; returns where the article's top now is (above the page when it went on).
qreal PdfPages::placeText(const PdfBlockContent &block, qreal origin)
{
    const int count = int(block.lines.size());
    int first = 0;
    for (int i = 0; i < count; ++i) {
        const PdfLineContent &line = block.lines[i];
        const qreal top = origin + block.top + line.y;
        if (top + line.height > m_geometry.height && top > m_geometry.margin) {
            if (i > first)
                m_pieces.push_back({&block, origin, first, i});
            newPage();
            origin = m_geometry.margin - block.top - line.y;
            first = i;
        }
    }
    m_pieces.push_back({&block, origin, first, count});
    return origin;
}

// The same for a rich comment: it is cut between its lines.
qreal PdfPages::placeDocument(const PdfBlockContent &block, qreal origin)
{
    qreal from = 0; // what is placed already, in the block's coordinates
    for (;;) {
        const qreal top = origin + block.top + from;
        const qreal room = m_geometry.height - top;
        if (block.height - from <= room) {
            m_pieces.push_back({&block, origin, 0, 0, from, block.height});
            return origin;
        }
        qreal cut = lastCut(block.lines, from, from + room);
        if (cut <= from) {
            if (top > m_geometry.margin) { // nothing fits here: all on the next page
                newPage();
                origin = m_geometry.margin - block.top - from;
                continue;
            }
            cut = from + room; // a line taller than a page
        }
        m_pieces.push_back({&block, origin, 0, 0, from, cut});
        newPage();
        origin = m_geometry.margin - block.top - cut;
        from = cut;
    }
}

// Writes the pieces placed on the page: first every fill, a colour at a time, then the text. Each
// change between filling and writing costs a change of graphics state, and the content's size is
// what its compression takes time over.
void PdfPages::flush()
{
    const qreal left = m_geometry.margin;
    std::vector<PdfFill> fills;
    QByteArray outlines;
    for (const Piece &piece : m_pieces) {
        const PdfBlockContent &block = *piece.block;
        if (block.document)
            continue;
        const QPointF at(left, piece.origin + block.top);
        if (block.background) {
            const PdfLineContent &first = block.lines[piece.first];
            const PdfLineContent &last = block.lines[piece.end - 1];
            fills.push_back({*block.background,
                             QRectF(left + block.leftMargin, at.y() + first.y, m_geometry.textWidth - block.leftMargin,
                                    last.y + last.height - first.y),
                             {}});
        }
        const std::size_t from = piece.first > 0 ? block.lines[piece.first - 1].fillsEnd : 0;
        const std::size_t to = block.lines[piece.end - 1].fillsEnd;
        for (std::size_t i = from; i < to; ++i) {
            PdfFill fill = block.fills[i];
            fill.rect.translate(at);
            if (fill.path.isEmpty()) {
                fills.push_back(std::move(fill));
                continue;
            }
            // Outlines, in the block's coordinates: drawn on their own, after the rectangles.
            appendTranslation(outlines, at.x(), at.y());
            PdfText::appendColour(outlines, fill.colour, "rg");
            outlines.append(fill.path).append("f\nQ\n");
        }
        const std::size_t linksFrom = piece.first > 0 ? block.lines[piece.first - 1].linksEnd : 0;
        for (std::size_t i = linksFrom; i < block.lines[piece.end - 1].linksEnd; ++i)
            link(block.links[i].rect.translated(at), block.links[i].uri);
    }
    std::stable_sort(fills.begin(), fills.end(), [](const PdfFill &a, const PdfFill &b) { return a.colour < b.colour; });
    std::optional<QRgb> colour;
    for (const PdfFill &fill : fills) {
        if (fill.colour != colour) {
            if (colour)
                m_content.append("f\n");
            PdfText::appendColour(m_content, fill.colour, "rg");
            colour = fill.colour;
        }
        PdfText::appendRect(m_content, fill.rect);
    }
    if (colour)
        m_content.append("f\n");
    m_content.append(outlines);

    for (const Piece &piece : m_pieces) {
        const PdfBlockContent &block = *piece.block;
        const qreal top = piece.origin + block.top;
        if (block.document) {
            m_content.append("q ");
            PdfText::appendRect(m_content, QRectF(-left, top + piece.from, m_geometry.width + 2 * left, piece.to - piece.from));
            m_content.append("W n\n");
            appendTranslation(m_content, left, top);
            m_content.append(block.text).append("Q\nQ\n");
            for (const PdfLink &l : block.links) {
                if (l.rect.center().y() >= piece.from && l.rect.center().y() < piece.to)
                    link(l.rect.translated(left, top), l.uri);
            }
            continue;
        }
        const qsizetype from = piece.first > 0 ? block.lines[piece.first - 1].textEnd : 0;
        const qsizetype to = block.lines[piece.end - 1].textEnd;
        appendTranslation(m_content, left, top);
        m_content.append("BT\n").append(QByteArrayView(block.text).sliced(from, to - from)).append("ET\nQ\n");
    }
    m_pieces.clear();
}

// A link annotation over `rect` (in the page's pixels) to `uri`, on the current page.
void PdfPages::link(const QRectF &rect, const QByteArray &uri)
{
    const int number = m_file.reserve();
    QByteArray a("<< /Type /Annot /Subtype /Link /Border [0 0 0] /Rect [");
    const QRectF r = toPoints(rect);
    for (qreal v : {r.left(), r.top(), r.right(), r.bottom()}) {
        pdf::appendReal(a, v);
        a.append(' ');
    }
    a.append("] /A << /S /URI /URI ").append(pdf::literalString(uri)).append(" >> >>");
    m_file.object(number, a);
    m_annotations.append(number);
}

QRectF PdfPages::toPoints(const QRectF &rect) const
{
    // The page's transform (newPage()): pixels from the text area's top left, y downwards.
    const QRectF page = m_geometry.layout.fullRect(QPageLayout::Point);
    const QMarginsF margins = m_geometry.layout.margins(QPageLayout::Point);
    const qreal k = 72.0 / PdfPageGeometry::Resolution;
    return QRectF(QPointF(margins.left() + rect.left() * k, page.height() - margins.top() - rect.bottom() * k), rect.size() * k);
}

void PdfPages::newPage()
{
    if (!m_content.isEmpty())
        endPage();
    const QRectF page = m_geometry.layout.fullRect(QPageLayout::Point);
    const QMarginsF margins = m_geometry.layout.margins(QPageLayout::Point);
    const qreal k = 72.0 / PdfPageGeometry::Resolution;
    m_content = "q ";
    for (qreal v : {k, 0.0, 0.0, -k, margins.left(), page.height() - margins.top()}) {
        pdf::appendReal(m_content, v);
        m_content.append(' ');
    }
    m_content.append("cm\n");
    m_y = 0;
}

void PdfPages::endPage()
{
    flush();
    footer();
    m_content.append("Q\n");
    const int contents = m_file.reserve();
    m_file.stream(contents, {}, m_content, ContentLevel);
    m_content.clear();
    const int page = m_file.reserve();
    const QRectF size = m_geometry.layout.fullRect(QPageLayout::Point);
    QByteArray p("<< /Type /Page /Parent ");
    pdf::appendInt(p, m_pages);
    p.append(" 0 R /MediaBox [0 0 ");
    pdf::appendReal(p, size.width());
    p.append(' ');
    pdf::appendReal(p, size.height());
    p.append("] /Resources ");
    pdf::appendInt(p, m_resources);
    p.append(" 0 R /Contents ");
    pdf::appendInt(p, contents);
    p.append(" 0 R");
    if (!m_annotations.isEmpty()) {
        p.append(" /Annots [");
        for (int a : std::as_const(m_annotations)) {
            pdf::appendInt(p, a);
            p.append(" 0 R ");
        }
        p.append(']');
        m_annotations.clear();
    }
    p.append(" >>");
    m_file.object(page, p);
    m_kids.append(page);
}

// The page's number, centred at the foot.
void PdfPages::footer()
{
    if (!m_text)
        return; // finished
    if (!m_footerFont) // made here: a QFont made on another thread carries that thread's engines
        m_footerFont = footerFont(m_geometry.footerPixelSize);
    const QString number = QString::number(m_kids.size() + 1);
    QTextLayout layout(number, *m_footerFont);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const qreal x = (m_geometry.width - line.naturalTextWidth()) / 2;
    const qreal y = m_geometry.height + m_geometry.footer - line.height();
    const QList<QTextLayout::FormatRange> none;
    PdfColours colours(qRgb(0x55, 0x55, 0x55), none);
    std::vector<PdfFill> fills;
    m_content.append("BT\n");
    m_text->restate();
    m_text->line(line, number, colours, QPointF(x, y), m_content, fills);
    m_content.append("ET\n");
}

bool PdfPages::finish()
{
    endPage();
    // The footer's fonts belong to this thread (a font engine lets go of its FreeType face through the
    // thread's own font data): let go of them here, not where the pages are destroyed.
    m_text.reset();
    m_faces.reset();
    m_footerFont.reset();
    m_fonts.merge(m_use);
    QByteArray resources("<< /ProcSet [/PDF /Text] /Font <<");
    resources.append(m_fonts.write(m_file)).append(" >> >>");
    m_file.object(m_resources, resources);
    QByteArray pages("<< /Type /Pages /Count ");
    pdf::appendInt(pages, m_kids.size());
    pages.append(" /Kids [");
    for (int kid : std::as_const(m_kids)) {
        pdf::appendInt(pages, kid);
        pages.append(" 0 R ");
    }
    pages.append("] >>");
    m_file.object(m_pages, pages);
    const int catalog = m_file.reserve();
    QByteArray c("<< /Type /Catalog /Pages ");
    pdf::appendInt(c, m_pages);
    c.append(" 0 R >>");
    m_file.object(catalog, c);
    const int info = m_file.reserve();
    QByteArray i("<< /Title ");
    i.append(pdf::textString(m_title)).append(" /Creator (Gloss) /Producer (Gloss) /CreationDate (D:");
    i.append(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s).toLatin1()).append("Z) >>");
    m_file.object(info, i);
    return m_file.finish(catalog, info);
}

} // namespace gloss
