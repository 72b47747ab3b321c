// Renders an article's blocks into a QTextDocument, one QTextBlock per Block and nothing else, so a
// cursor position in the reader equals an offset into the article's canonical text (DESIGN.md).
// Titles and bylines live outside the document for that reason.
#pragma once

#include "document/Block.h"

#include <QFont>

class QTextDocument;

namespace gloss::ui {

struct ReaderStyle {
    QFont bodyFont;
    QFont monoFont;
    int lineHeightPercent = 140;
    qreal paragraphSpacing = 12; // px after each paragraph
};

void renderBlocks(QTextDocument *document, const QList<Block> &blocks, const ReaderStyle &style);

} // namespace gloss::ui
