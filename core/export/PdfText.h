// Laid-out text as PDF content: what QTextLine::draw() paints, written as text operators over the
// fonts of PdfFonts.h. Each glyph run becomes one text matrix and a TJ array of glyph codes, with a
// position adjustment only where the layout's position and the declared width part by more than a
// pixel, so that the PDF shows the glyphs exactly where QTextLayout put them.
#pragma once

#include "PdfFonts.h"

#include <QByteArray>
#include <QGlyphRun>
#include <QList>
#include <QRectF>
#include <QRgb>
#include <QTextLayout>

#include <optional>

#include <vector>

class QPainterPath;

namespace gloss {

// A filled area: a rectangle, or when `path` is set, path operators in the same coordinates (the
// outlines of glyphs whose font cannot be embedded).
struct PdfFill {
    QRgb colour = 0;
    QRectF rect;
    QByteArray path;
};

// The colour of each character of a laid-out text: `base`, or what a format's foreground says.
class PdfColours {
public:
    PdfColours(QRgb base, const QList<QTextLayout::FormatRange> &formats);
    QRgb at(qsizetype index);
    qsizetype end() const { return m_to; } // where the colour at() gave may change next

private:
    QRgb m_base;
    const QList<QTextLayout::FormatRange> &m_formats;
    qsizetype m_from = 0; // [m_from, m_to) has m_colour
    qsizetype m_to = 0;
    QRgb m_colour = 0;
};

class PdfText {
public:
    PdfText(PdfFaceCache &faces, PdfGlyphUse &use) : m_faces(faces), m_use(use) {}

    // Appends the glyphs of `line` (of a layout of `text`), moved by `offset`, to `out`, which is
    // inside BT ... ET; underlines, strike-outs and outlines of fonts not embedded go to `fills`.
    void line(const QTextLine &line, const QString &text, PdfColours &colours, QPointF offset, QByteArray &out,
              std::vector<PdfFill> &fills);
    // The next line states its font and colour again: it may be drawn without the one before.
    void restate() { m_face = nullptr; m_colour = std::nullopt; }

    static void appendColour(QByteArray &out, QRgb colour, const char *op);
    static void appendRect(QByteArray &out, const QRectF &rect);
    static void appendPath(QByteArray &out, const QPainterPath &path);

private:
    void run(const QGlyphRun &run, const QTextLine &line, const QString &text, QRgb colour, QPointF offset,
             QByteArray &out, std::vector<PdfFill> &fills);
    void recordClusters(const QTextLine &line, const QString &text);
    void outline(const QGlyphRun &run, quint32 glyph, QPointF at, QRgb colour, std::vector<PdfFill> &fills) const;

    PdfFaceCache &m_faces;
    PdfGlyphUse &m_use;
    const PdfFace *m_face = nullptr;
    qreal m_size = 0;
    std::optional<QRgb> m_colour;
    bool m_clustersRecorded = false; // for the line being written
};

} // namespace gloss
