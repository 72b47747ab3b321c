#include "PdfText.h"

#include "PdfSyntax.h"

#include <QBrush>
#include <QGlyphRun>
#include <QPainterPath>
#include <QRawFont>
#include <QTextCharFormat>

#include <algorithm>
#include <cmath>

namespace gloss {

namespace {

constexpr auto Retrieve = QTextLayout::RetrieveGlyphIndexes | QTextLayout::RetrieveGlyphPositions;

} // namespace

PdfColours::PdfColours(QRgb base, const QList<QTextLayout::FormatRange> &formats)
    : m_base(base), m_formats(formats)
{
}

QRgb PdfColours::at(qsizetype index)
{
    if (index >= m_from && index < m_to)
        return m_colour;
    // The span of `index` that no format boundary cuts, and its colour (the last format wins).
    m_from = 0;
    m_to = std::numeric_limits<qsizetype>::max();
    m_colour = m_base;
    for (const QTextLayout::FormatRange &f : m_formats) {
        const qsizetype end = f.start + f.length;
        if (index < f.start) {
            m_to = std::min<qsizetype>(m_to, f.start);
        } else if (index >= end) {
            m_from = std::max(m_from, end);
        } else {
            m_from = std::max<qsizetype>(m_from, f.start);
            m_to = std::min(m_to, end);
            if (f.format.hasProperty(QTextFormat::ForegroundBrush))
                m_colour = f.format.foreground().color().rgb();
        }
    }
    return m_colour;
}

void PdfText::appendColour(QByteArray &out, QRgb colour, const char *op)
{
    for (int v : {qRed(colour), qGreen(colour), qBlue(colour)}) {
        if (v == 0 || v == 255) {
            out.append(v ? '1' : '0');
        } else {
            const int thousandths = (v * 1000 + 127) / 255;
            out.append('.');
            out.append(char('0' + thousandths / 100)).append(char('0' + thousandths / 10 % 10)).append(char('0' + thousandths % 10));
        }
        out.append(' ');
    }
    out.append(op).append('\n');
}

void PdfText::appendPath(QByteArray &out, const QPainterPath &path)
{
    const auto point = [&](const QPainterPath::Element &e) {
        pdf::appendReal(out, e.x);
        out.append(' ');
        pdf::appendReal(out, e.y);
        out.append(' ');
    };
    const int count = path.elementCount();
    for (int i = 0; i < count; ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        point(e);
        if (e.type == QPainterPath::MoveToElement) {
            out.append("m\n");
        } else if (e.type == QPainterPath::LineToElement) {
            out.append("l\n");
        } else if (e.type == QPainterPath::CurveToElement && i + 2 < count) {
            point(path.elementAt(i + 1));
            point(path.elementAt(i + 2));
            out.append("c\n");
            i += 2;
        } else {
            out.append("l\n");
        }
    }
}

void PdfText::appendRect(QByteArray &out, const QRectF &rect)
{
    pdf::appendReal(out, rect.x());
    out.append(' ');
    pdf::appendReal(out, rect.y());
    out.append(' ');
    pdf::appendReal(out, rect.width());
    out.append(' ');
    pdf::appendReal(out, rect.height());
    out.append(" re\n");
}

void PdfText::line(const QTextLine &line, const QString &text, PdfColours &colours, QPointF offset, QByteArray &out,
                   std::vector<PdfFill> &fills)
{
    m_clustersRecorded = false;
    // A stretch of one colour at a time: the glyph runs do not say which character each glyph is of
    // (see recordClusters()), so the colour comes from the range asked for.
    const qsizetype end = line.textStart() + line.textLength();
    for (qsizetype k = line.textStart(); k < end;) {
        const QRgb colour = colours.at(k);
        qsizetype to = colours.end();
        // Formats that change the font alone do not end the stretch: each glyphRuns() call takes Qt's
        // font database lock, which the threads laying out contend for.
        while (to < end && colours.at(to) == colour)
            to = colours.end();
        to = std::min(to, end);
        const QList<QGlyphRun> runs = (k == line.textStart() && to == end) ? line.glyphRuns(-1, -1, Retrieve)
                                                                            : line.glyphRuns(int(k), int(to - k), Retrieve);
        for (const QGlyphRun &r : runs)
            run(r, line, text, colour, offset, out, fills);
        k = to;
    }
}

// The text each glyph of the line stands for, recorded for the glyphs not seen before. Qt 6.8's
// string indexes in glyph runs are wrong for every run after a line's first script or font item
// (they restart at 0, or repeat the item's start), so each character is asked for its glyphs alone:
// characters that give the same glyphs at the same places are one cluster (a ligature), whose text
// goes to its first glyph. Slow, and done only for a line with a glyph not seen yet: few lines.
void PdfText::recordClusters(const QTextLine &line, const QString &text)
{
    m_clustersRecorded = true;
    const qsizetype end = line.textStart() + line.textLength();
    struct Glyph {
        const PdfFace *face;
        quint32 index;
        QPointF position; // the same glyph twice in a row is two glyphs; one ligature is one
        bool operator==(const Glyph &) const = default;
    };
    QList<Glyph> cluster;
    QString clusterText;
    const auto record = [&] {
        for (qsizetype i = 0; i < cluster.size(); ++i) {
            if (!m_use.seen(*cluster[i].face, cluster[i].index))
                m_use.record(*cluster[i].face, cluster[i].index, i == 0 ? QStringView(clusterText) : QStringView());
        }
    };
    for (qsizetype k = line.textStart(); k < end;) {
        const qsizetype length = (text[k].isHighSurrogate() && k + 1 < end && text[k + 1].isLowSurrogate()) ? 2 : 1;
        QList<Glyph> glyphs;
        for (const QGlyphRun &r : line.glyphRuns(int(k), int(length), Retrieve)) {
            const PdfFace *face = m_faces.face(r.rawFont());
            const QList<quint32> indexes = r.glyphIndexes();
            const QList<QPointF> positions = r.positions();
            for (qsizetype i = 0; i < indexes.size() && i < positions.size(); ++i)
                glyphs.append({face, indexes[i], positions[i]});
        }
        if (glyphs != cluster || glyphs.isEmpty()) {
            record();
            cluster = glyphs;
            clusterText.clear();
        }
        clusterText.append(QStringView(text).sliced(k, length));
        k += length;
    }
    record();
}

void PdfText::run(const QGlyphRun &glyphRun, const QTextLine &line, const QString &text, QRgb colour, QPointF offset,
                  QByteArray &out, std::vector<PdfFill> &fills)
{
    const QRawFont font = glyphRun.rawFont();
    const PdfFace *face = m_faces.face(font);
    const QList<quint32> glyphs = glyphRun.glyphIndexes();
    const QList<QPointF> positions = glyphRun.positions();
    const qsizetype n = std::min(glyphs.size(), positions.size());
    if (n == 0)
        return;
    const qreal size = font.pixelSize();
    const bool embedded = face->embeddable();
    if (embedded && (face != m_face || size != m_size)) {
        out.append("/F");
        pdf::appendInt(out, face->index + 1);
        out.append(' ');
        pdf::appendReal(out, size);
        out.append(" Tf\n");
        m_face = face;
        m_size = size;
    }
    const qreal unit = size / 1000; // pixels to a thousandth of an em
    bool inArray = false;
    bool inHex = false;
    qreal penX = 0;
    qreal penY = 0;
    qreal left = std::numeric_limits<qreal>::max();
    qreal right = std::numeric_limits<qreal>::lowest();
    const auto close = [&] {
        if (inHex)
            out.append('>');
        if (inArray)
            out.append("] TJ\n");
        inHex = inArray = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 glyph = glyphs[i];
        const QPointF at = positions[i] + offset;
        if (!m_use.seen(*face, glyph)) {
            if (!m_clustersRecorded)
                recordClusters(line, text);
            if (!m_use.seen(*face, glyph))
                m_use.record(*face, glyph, {});
        }
        const qreal width = glyph < face->widths.size() ? face->widths[glyph] * unit : 0;
        left = std::min(left, at.x());
        right = std::max(right, at.x() + width);
        if (!embedded) {
            outline(glyphRun, glyph, at, colour, fills);
            continue;
        }
        if (colour != m_colour) {
            close();
            appendColour(out, colour, "rg");
            m_colour = colour;
        }
        if (!inArray || std::abs(at.y() - penY) > 0.01) {
            close();
            out.append("1 0 0 -1 ");
            pdf::appendReal(out, at.x());
            out.append(' ');
            pdf::appendReal(out, at.y());
            out.append(" Tm [");
            inArray = true;
            penX = at.x();
            penY = at.y();
        } else if (std::abs(at.x() - penX) > 1) {
            // TJ moves left by a number of thousandths of an em.
            const qint64 move = std::llround((penX - at.x()) / unit);
            if (inHex)
                out.append('>');
            inHex = false;
            out.append(' ');
            pdf::appendInt(out, move);
            out.append(' ');
            penX -= move * unit;
        }
        if (!inHex) {
            out.append('<');
            inHex = true;
        }
        pdf::appendHex4(out, quint16(glyph));
        penX += width;
    }
    close();
    if (glyphRun.underline() || glyphRun.strikeOut()) {
        const qreal thickness = std::max<qreal>(font.lineThickness(), 1);
        const qreal baseline = positions[0].y() + offset.y();
        if (glyphRun.underline())
            fills.push_back({colour, QRectF(left, baseline + font.underlinePosition(), right - left, thickness), {}});
        if (glyphRun.strikeOut())
            fills.push_back({colour, QRectF(left, baseline - font.xHeight() / 2 - thickness / 2, right - left, thickness), {}});
    }
}

// A glyph whose font is not TrueType (CFF, bitmaps) is drawn as its outline: it looks the same but
// is not text to a reader of the PDF.
void PdfText::outline(const QGlyphRun &run, quint32 glyph, QPointF at, QRgb colour, std::vector<PdfFill> &fills) const
{
    const QPainterPath path = run.rawFont().pathForGlyph(glyph).translated(at);
    if (path.isEmpty())
        return;
    QByteArray ops;
    appendPath(ops, path);
    fills.push_back({colour, path.boundingRect(), ops});
}

} // namespace gloss
