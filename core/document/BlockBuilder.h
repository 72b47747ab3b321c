// Accumulates the text and inline spans of one block at a time, applying the canonical text rules:
// ASCII white space collapses to one space and is trimmed at the block's ends (U+00A0 is not ASCII
// white space and stays); Preformatted text is kept as written, minus blank lines at its ends; spans
// never cover leading or trailing spaces; a block whose text is only white space (U+00A0 included)
// is dropped, so the canonical text has no empty lines.
#pragma once

#include "Block.h"

#include <QList>

namespace gloss {

class BlockBuilder {
public:
    struct Context {
        Block::Type type = Block::Type::Paragraph;
        int level = 0;
        bool ordered = false;
        QString language;
    };

    void appendText(QStringView text, bool preformatted);
    // A separator that white space does not eat: "\t" between table cells, "\n" in preformatted text.
    void appendSeparator(QChar separator);
    void softSpace(); // a boundary that reads as a space (a <br> in a heading, a <p> in a cell)
    bool atLineStart() const { return m_text.isEmpty() || m_atSeparator; }
    bool endsWithNewline() const { return m_text.endsWith(u'\n'); }

    void openSpan(InlineSpan::Kind kind, const QString &href = {});
    void closeSpan();

    // Ends the current block (if it has any text) with the given type; open spans continue into the next.
    void flush(const Context &context);
    QList<Block> takeBlocks();

private:
    struct OpenSpan {
        InlineSpan::Kind kind;
        QString href;
        qsizetype start;
    };
    void addSpan(const OpenSpan &open, qsizetype end);

    QString m_text;
    bool m_pendingSpace = false;
    bool m_atSeparator = false;
    QList<OpenSpan> m_open;
    QList<InlineSpan> m_spans;
    QList<Block> m_blocks;
};

} // namespace gloss
