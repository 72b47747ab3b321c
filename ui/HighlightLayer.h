// HighlightLayer: the open article's annotations as the reader draws them, under its text.
//
// QTextEdit's extra selections could draw them, but QTextEdit turns each one into a QTextCursor the
// document keeps in step and into a rectangle to repaint the moment the list is set, which lays out
// the whole article before its first paint: with 1,000 highlights that cost ~15 ms of the 50 ms an
// article has to open in. The layer keeps the annotations in an AnnotationIndex instead and, on each
// paint, finds the rectangles of only those on the lines being painted.
#pragma once

#include "annotation/Annotation.h"
#include "annotation/AnnotationIndex.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QTextBlock;
class QTextDocument;

namespace gloss::ui {

// One line's piece of one highlight, in document coordinates.
struct HighlightRect {
    enum class Underline { None, Dotted, Solid, Dashed };
    qint64 id = 0;
    QRectF rect;
    QColor fill;
    Underline underline = Underline::None;
    qreal baseline = 0; // where an underline goes
};

class HighlightLayer {
public:
    void setAnnotations(const QList<Annotation> &annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    // The selected annotation is drawn opaque and underlined (0: none).
    void setSelected(qint64 id) { m_selected = id; }
    // Quote suggestions are drawn as a dashed underline without a fill (a tint when selected): a
    // proposal, not yet the reader's own mark.
    void setSuggestionStyle(bool on) { m_suggestions = on; }
    qint64 selected() const { return m_selected; }

    // The annotations covering a canonical-text offset, in text order.
    QList<const Annotation *> annotationsAt(int position) const;
    // The innermost annotation at an offset (the one a click means), or 0.
    qint64 innermostAt(int position) const;

    // The pieces of highlight within `area` (document coordinates), in the order they are painted:
    // by start, so where highlights overlap their translucent fills mix and each stays visible.
    // Asks the layout only about the blocks in `area`, so painting the top of an article never
    // lays out the rest of it.
    QList<HighlightRect> rectsIn(const QTextDocument *document, const QRectF &area, bool dark) const;
    static void paint(QPainter *painter, const QList<HighlightRect> &rects, const QColor &underlineColour);

private:
    void appendBlockRects(const QTextBlock &block, const Annotation &a, const QColor &fill, QList<HighlightRect> &rects) const;

    QList<Annotation> m_annotations;
    AnnotationIndex m_index;
    qint64 m_selected = 0;
    bool m_suggestions = false;
};

} // namespace gloss::ui
