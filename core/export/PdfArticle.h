// An article of the PDF export ready for the page: its blocks (PdfBlocks.h), laid out, turned into
// PDF content line by line, so that the thread writing the pages only places lines and copies bytes.
// Made on the threads that lay out, each with its own fonts (PdfText.h).
#pragma once

#include "PdfBlocks.h"
#include "PdfText.h"

#include <optional>
#include <vector>

namespace gloss {

struct PdfLink {
    QRectF rect; // in its block
    QByteArray uri;
};

// In a block's coordinates: x from the left of the text, y from the block's top.
struct PdfLineContent {
    qreal y = 0;
    qreal height = 0;     // QTextDocument's line height
    qsizetype textEnd = 0; // the line's operators end here in PdfBlockContent::text
    std::size_t fillsEnd = 0;
    std::size_t linksEnd = 0;
};

struct PdfBlockContent {
    qreal top = 0;    // in the article, its top margin included
    qreal height = 0;
    qreal leftMargin = 0;
    std::optional<QRgb> background; // behind the whole block
    // Text operators (between BT and ET), line after line; each line states its font and colour.
    // For a rich comment: content drawn whole and clipped to what goes on a page.
    QByteArray text;
    std::vector<PdfFill> fills; // line after line (highlights, underlines); all of them for a comment
    std::vector<PdfLink> links;
    std::vector<PdfLineContent> lines;
    bool document = false; // a rich comment: `lines` are where it may be cut, `text` is not by line
};

struct PdfArticleContent {
    std::vector<PdfBlockContent> blocks;
    qreal height = 0;
};

// `blocks` laid out by layoutBlocks() at `width`, `height` high.
PdfArticleContent pdfArticleContent(const PdfBlocks &blocks, qreal height, const PdfStyle &style, PdfText &text);

} // namespace gloss
