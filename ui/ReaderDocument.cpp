#include "ReaderDocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using namespace Qt::StringLiterals;

namespace gloss::ui {

namespace {

QTextBlockFormat blockFormat(const Block &block, const ReaderStyle &style)
{
    QTextBlockFormat format;
    format.setLineHeight(style.lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(style.paragraphSpacing);
    switch (block.type) {
    case Block::Type::Heading:
        format.setHeadingLevel(block.level);
        format.setTopMargin(style.paragraphSpacing);
        format.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        break;
    case Block::Type::Quote:
        format.setLeftMargin(28);
        format.setRightMargin(16);
        break;
    case Block::Type::ListItem:
        format.setLeftMargin(24.0 * std::max(1, block.level));
        format.setBottomMargin(style.paragraphSpacing / 3);
        break;
    case Block::Type::Preformatted:
        format.setNonBreakableLines(true);
        format.setLineHeight(100, QTextBlockFormat::SingleHeight);
        format.setLeftMargin(12);
        break;
    case Block::Type::Caption:
        format.setAlignment(Qt::AlignHCenter);
        break;
    case Block::Type::TableRow:
    case Block::Type::Paragraph:
        break;
    }
    return format;
}

QTextCharFormat baseCharFormat(const Block &block, const ReaderStyle &style)
{
    QTextCharFormat format;
    QFont font = block.type == Block::Type::Preformatted ? style.monoFont : style.bodyFont;
    switch (block.type) {
    case Block::Type::Heading: {
        static constexpr qreal scale[] = {1.0, 1.6, 1.35, 1.2, 1.1, 1.0, 1.0};
        font.setPointSizeF(font.pointSizeF() * scale[std::clamp(block.level, 1, 6)]);
        font.setWeight(QFont::DemiBold);
        break;
    }
    case Block::Type::Quote:
        font.setItalic(true);
        break;
    case Block::Type::Caption:
        font.setPointSizeF(font.pointSizeF() * 0.9);
        break;
    default:
        break;
    }
    format.setFont(font);
    return format;
}

void applySpans(QTextCursor &cursor, int blockStart, const Block &block, const ReaderStyle &style)
{
    for (const InlineSpan &span : block.spans) {
        if (span.length <= 0)
            continue;
        QTextCharFormat format;
        switch (span.kind) {
        case InlineSpan::Kind::Bold: format.setFontWeight(QFont::Bold); break;
        case InlineSpan::Kind::Italic: format.setFontItalic(true); break;
        case InlineSpan::Kind::Code: format.setFont(style.monoFont); break;
        case InlineSpan::Kind::Link:
            format.setAnchor(true);
            format.setAnchorHref(span.href);
            format.setFontUnderline(true);
            format.setToolTip(span.href);
            break;
        }
        cursor.setPosition(blockStart + span.start);
        cursor.setPosition(blockStart + span.start + span.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

} // namespace

void renderBlocks(QTextDocument *document, const QList<Block> &blocks, const ReaderStyle &style)
{
    document->clear();
    // The reader's text is never edited: an undo history of building it would only cost time and memory.
    document->setUndoRedoEnabled(false);
    document->setDefaultFont(style.bodyFont);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        if (i == 0)
            cursor.setBlockFormat(blockFormat(block, style));
        else
            cursor.insertBlock(blockFormat(block, style));
        const int blockStart = cursor.position();
        // Preformatted text keeps its lines: a "\n" inside it becomes a paragraph separator, which
        // also counts one position, so offsets still match the canonical text.
        const QStringList lines = block.type == Block::Type::Preformatted ? block.text.split(u'\n') : QStringList{block.text};
        for (qsizetype l = 0; l < lines.size(); ++l) {
            if (l > 0)
                cursor.insertBlock(blockFormat(block, style));
            cursor.insertText(lines[l], baseCharFormat(block, style));
        }
        applySpans(cursor, blockStart, block, style);
        cursor.movePosition(QTextCursor::End);
    }
    cursor.endEditBlock();
}

} // namespace gloss::ui
