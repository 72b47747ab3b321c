#include "PdfBlocks.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    return font;
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

void layoutBlock(PdfBlock &block, qreal width, const PdfStyle &style)
{
    if (block.document) {
        block.document->setTextWidth(width / style.scale);
        block.height = block.advance = block.document->size().height() * style.scale;
        return;
    }
    block.layout = std::make_unique<QTextLayout>(block.text, block.font);
    QTextLayout &layout = *block.layout;
    // The glyphs are kept for drawing; without the cache every line would be shaped a second time.
    layout.setCacheEnabled(true);
    // dir="auto": the first letter with a direction sets the paragraph's, and its start edge.
    const bool rightToLeft = block.autoDirection && block.text.isRightToLeft();
    QTextOption option((rightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.setFormats(block.formats);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width - block.leftMargin);
        line.setPosition(QPointF(block.leftMargin, y));
        // QTextDocument's line height is rounded up to a whole document pixel.
        const qreal height = std::ceil(line.height() / style.scale - 0.001) * style.scale;
        block.lineHeights.append(height);
        block.height = y + height;
        // "line-height: 1.5" as QTextDocument applies it: every line takes 150 % of its height, the
        // extra below the text.
        y += height * 1.5;
    }
    layout.endLayout();
    block.advance = y;
}

} // namespace

PdfStyle PdfStyle::fromApplication(qreal scale)
{
    PdfStyle style;
    style.scale = scale;
    style = style.withOwnFonts();
    // Of the font QTextDocument would use, at the screen's resolution.
    QFont body = QGuiApplication::font();
    body.setFamilies(style.body.families());
    style.em = QFontMetrics(body).height();
    style.link = QGuiApplication::palette().link().color();
    return style;
}

PdfStyle PdfStyle::withOwnFonts() const
{
    PdfStyle style = *this;
    // The style sheet's body rule names the face; the size is the application font's, which is what
    // QTextDocument starts from (it ignores the em font sizes of the style sheet), at the PDF's
    // resolution. Each font is changed from the application font, so each is a new one.
    style.body = scaled(QGuiApplication::font(), scale);
    style.body.setFamilies({u"Noto Serif"_s, u"Georgia"_s, u"serif"_s});
    // Whole PDF pixels for every advance (see above); the outlines in the PDF are the font's own.
    style.body.setHintingPreference(QFont::PreferFullHinting);
    style.h1 = scaled(style.body, 2.0);
    style.h1.setBold(true);
    style.h2 = scaled(style.body, 1.5);
    style.h2.setBold(true);
    return style;
}

void PdfBlockText::append(QStringView text)
{
    QString &out = m_block.text;
    out.reserve(out.size() + text.size());
    for (QChar c : text) {
        if (isHtmlSpace(c)) {
            if (out.isEmpty() || out.back() == u' ' || out.back() == QChar::LineSeparator)
                continue;
            c = u' ';
        }
        out.append(c);
    }
}

void PdfBlockText::append(QStringView text, const QTextCharFormat &format)
{
    const qsizetype start = m_block.text.size();
    append(text);
    if (m_block.text.size() > start)
        m_block.formats.append({int(start), int(m_block.text.size() - start), format});
}

void PdfBlockText::highlighted(QStringView text, const QColor &background)
{
    const qsizetype start = m_block.text.size();
    append(text);
    if (m_block.text.size() > start)
        m_block.highlights.append({int(start), int(m_block.text.size() - start), background});
}

void PdfBlockText::lineBreak()
{
    m_block.text.append(QChar::LineSeparator);
}

qreal layoutBlocks(PdfBlocks &blocks, qreal width, const PdfStyle &style)
{
    std::erase_if(blocks, [](const PdfBlock &b) { return !b.document && b.text.isEmpty(); });
    qreal y = style.documentMargin();
    const PdfBlock *previous = nullptr;
    for (PdfBlock &block : blocks) {
        layoutBlock(block, width, style);
        // Vertical margins collapse into the larger one; the first block's is not applied at all.
        if (previous)
            y += previous->advance + std::max(previous->bottomMargin, block.topMargin);
        block.top = y;
        previous = &block;
    }
    return (previous ? previous->top + previous->advance : 0) + style.documentMargin();
}

} // namespace gloss
