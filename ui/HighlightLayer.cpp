#include "HighlightLayer.h"

#include "annotation/Palette.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace gloss::ui {

void HighlightLayer::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    m_index = AnnotationIndex(m_annotations);
}

QList<const Annotation *> HighlightLayer::annotationsAt(int position) const
{
    QList<const Annotation *> hits;
    for (int row : m_index.covering(position))
        hits << &m_annotations[row];
    return hits;
}

qint64 HighlightLayer::innermostAt(int position) const
{
    const int row = m_index.innermostAt(position);
    return row < 0 ? 0 : m_annotations[row].id;
}

QList<HighlightRect> HighlightLayer::rectsIn(const QTextDocument *document, const QRectF &area, bool dark) const
{
    QList<HighlightRect> rects;
    if (m_index.size() == 0 || area.isEmpty())
        return rects;
    // Hit-testing lays the document out only down to the point asked about; painting that area
    // needs exactly that much layout anyway.
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const int first = layout->hitTest(area.topLeft(), Qt::FuzzyHit);
    const int last = layout->hitTest(area.bottomRight(), Qt::FuzzyHit);
    if (first < 0 || last < 0)
        return rects;
    const QTextBlock lastBlock = document->findBlock(last);
    const int from = document->findBlock(first).position();
    const int to = lastBlock.position() + lastBlock.length();
    const int length = document->characterCount() - 1;
    for (int row : m_index.overlapping(from, to)) {
        const Annotation &a = m_annotations[row];
        if (a.end() > length) // stale offsets for another text: draw nothing rather than the wrong words
            continue;
        const HighlightColor &colour = highlightColor(a.color);
        QColor fill(dark ? colour.dark : colour.light);
        // Translucent, so where two highlights overlap the colours mix and both remain visible.
        fill.setAlpha(a.id == m_selected ? 255 : 190);
        if (m_suggestions)
            fill.setAlpha(a.id == m_selected ? 110 : 0);
        const int end = std::min(a.end(), to);
        for (QTextBlock block = document->findBlock(std::max(a.start(), from)); block.isValid() && block.position() < end;
             block = block.next())
            appendBlockRects(block, a, fill, rects);
    }
    return rects;
}

void HighlightLayer::appendBlockRects(const QTextBlock &block, const Annotation &a, const QColor &fill, QList<HighlightRect> &rects) const
{
    const QTextLayout *text = block.layout();
    if (!text || text->lineCount() == 0)
        return;
    const QPointF origin = block.document()->documentLayout()->blockBoundingRect(block).topLeft();
    const int start = a.start() - block.position();
    const int end = a.end() - block.position();
    HighlightRect::Underline underline = HighlightRect::Underline::None;
    if (m_suggestions)
        underline = HighlightRect::Underline::Dashed;
    else if (a.id == m_selected)
        underline = HighlightRect::Underline::Solid;
    else if (a.kind == AnnotationKind::Quote)
        underline = HighlightRect::Underline::Dotted;
    for (int i = 0; i < text->lineCount(); ++i) {
        const QTextLine line = text->lineAt(i);
        const int lineStart = line.textStart();
        const int lineEnd = lineStart + line.textLength();
        if (lineEnd <= start)
            continue;
        if (lineStart >= end)
            break;
        // cursorToX follows the text's direction, so the two edges may come in either order.
        const qreal x1 = line.cursorToX(std::max(start, lineStart));
        const qreal x2 = line.cursorToX(std::min(end, lineEnd));
        const QRectF rect(QPointF(std::min(x1, x2), line.y()), QPointF(std::max(x1, x2), line.y() + line.height()));
        if (rect.width() > 0)
            rects.append({a.id, rect.translated(origin), fill, underline, origin.y() + line.y() + line.ascent()});
    }
}

void HighlightLayer::paint(QPainter *painter, const QList<HighlightRect> &rects, const QColor &underlineColour)
{
    for (const HighlightRect &r : rects)
        if (r.fill.alpha() > 0)
            painter->fillRect(r.rect, r.fill);
    QPen dotted(underlineColour, 1, Qt::DotLine);
    QPen solid(underlineColour, 1.5);
    QPen dashed(underlineColour, 1.5, Qt::DashLine);
    for (const HighlightRect &r : rects) {
        if (r.underline == HighlightRect::Underline::None)
            continue;
        painter->setPen(r.underline == HighlightRect::Underline::Solid    ? solid
                        : r.underline == HighlightRect::Underline::Dashed ? dashed
                                                                          : dotted);
        const qreal y = r.baseline + 2.5; // just under the letters, clear of most descenders' bowls
        painter->drawLine(QPointF(r.rect.left(), y), QPointF(r.rect.right(), y));
    }
}

} // namespace gloss::ui
