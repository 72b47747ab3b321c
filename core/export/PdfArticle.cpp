#include "PdfArticle.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include "PdfPaintEngine.h"

#include <algorithm>

namespace gloss {

namespace {

QByteArray uriOf(const QString &href)
{
    return QUrl(href).toEncoded();
}

// The links of `formats` on `line`, as rectangles `height` high.
void addLinks(const QTextLine &line, qreal height, const QList<QTextLayout::FormatRange> &formats, std::vector<PdfLink> &links,
              QPointF offset = {})
{
    const int lineStart = line.textStart();
    const int lineEnd = lineStart + line.textLength();
    for (const QTextLayout::FormatRange &f : formats) {
        if (!f.format.isAnchor() || f.format.anchorHref().isEmpty())
            continue;
        const int start = std::max(f.start, lineStart);
        const int end = std::min(f.start + f.length, lineEnd);
        if (start >= end)
            continue;
        const qreal x1 = line.cursorToX(start);
        const qreal x2 = line.cursorToX(end);
        links.push_back({QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), height).translated(offset), uriOf(f.format.anchorHref())});
    }
}

void textBlock(const PdfBlock &block, const PdfStyle &style, PdfText &text, PdfBlockContent &out)
{
    const QTextLayout &layout = *block.layout;
    PdfColours colours(block.color.rgb(), block.formats);
    const qreal margin = style.documentMargin();
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        const qreal height = block.lineHeights[i];
        for (const PdfBlock::Highlight &h : block.highlights) {
            const int start = std::max(h.start, line.textStart());
            const int end = std::min(h.start + h.length, line.textStart() + line.textLength());
            if (start >= end)
                continue;
            const qreal x1 = line.cursorToX(start);
            const qreal x2 = line.cursorToX(end);
            // Whole document pixels of the article, as QTextLayout fills a format's background.
            const QRectF inArticle(margin + std::min(x1, x2), block.top + line.y(), std::abs(x2 - x1), height);
            const QRectF aligned(QRectF(inArticle.topLeft() / style.scale, inArticle.size() / style.scale).toAlignedRect());
            out.fills.push_back({h.color.rgb(), QRectF(aligned.topLeft() * style.scale, aligned.size() * style.scale).translated(-margin, -block.top), {}});
        }
        text.restate();
        text.line(line, block.text, colours, {}, out.text, out.fills);
        addLinks(line, height, block.formats, out.links);
        out.lines.push_back({line.y(), height, out.text.size(), out.fills.size(), out.links.size()});
    }
}

// A rich comment: QTextDocument paints it onto PdfPaintDevice, in document pixels scaled to the PDF's.
void documentBlock(const PdfBlock &block, const PdfStyle &style, PdfText &text, PdfBlockContent &out)
{
    QTextDocument &document = *block.document;
    PdfPaintDevice device(text, document.size() * style.scale, style.screenDpi());
    {
        QPainter painter(&device);
        painter.scale(style.scale, style.scale);
        document.drawContents(&painter);
    }
    out.text = device.content();
    out.document = true;
    const QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const QPointF origin = layout->blockBoundingRect(b).topLeft();
        QList<QTextLayout::FormatRange> anchors;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                anchors.append({fragment.position() - b.position(), fragment.length(), fragment.charFormat()});
        }
        for (int i = 0; i < b.layout()->lineCount(); ++i) {
            const QTextLine line = b.layout()->lineAt(i);
            const qreal top = origin.y() + line.y();
            out.lines.push_back({top * style.scale, line.height() * style.scale, 0, 0, 0});
            std::vector<PdfLink> links;
            addLinks(line, line.height(), anchors, links, origin);
            for (PdfLink &l : links)
                out.links.push_back({QRectF(l.rect.topLeft() * style.scale, l.rect.size() * style.scale), l.uri});
        }
    }
}

} // namespace

PdfArticleContent pdfArticleContent(const PdfBlocks &blocks, qreal height, const PdfStyle &style, PdfText &text)
{
    PdfArticleContent article;
    article.height = height;
    article.blocks.reserve(blocks.size());
    for (const PdfBlock &block : blocks) {
        PdfBlockContent &out = article.blocks.emplace_back();
        out.top = block.top;
        out.height = block.height;
        out.leftMargin = block.leftMargin;
        if (block.background.isValid())
            out.background = block.background.rgb();
        if (block.document)
            documentBlock(block, style, text, out);
        else
            textBlock(block, style, text, out);
    }
    return article;
}

} // namespace gloss
