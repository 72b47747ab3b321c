// Block and InlineSpan: the structure of an article's content after sanitising.
//
// An article is a list of blocks (paragraphs, headings, list items, ...). The canonical plain text of
// an article is its blocks' texts joined by "\n" (see canonicalText()), and the reader pane renders one
// QTextBlock per Block, so a character offset means the same thing in the store, the exporters and on
// screen. Inline formatting is kept as spans over a block's text, never as extra characters.
#pragma once

#include <QList>
#include <QString>

namespace gloss {

struct InlineSpan {
    enum class Kind { Bold, Italic, Code, Link };
    Kind kind = Kind::Bold;
    int start = 0;   // offset into Block::text
    int length = 0;
    QString href;    // Link only: an absolute http(s)/mailto URL, never javascript:/data:

    friend bool operator==(const InlineSpan &, const InlineSpan &) = default;
};

struct Block {
    enum class Type { Paragraph, Heading, Quote, ListItem, Preformatted, TableRow, Caption };
    Type type = Type::Paragraph;
    int level = 0;   // Heading: 1-6; ListItem: nesting depth from 1; others 0
    bool ordered = false; // ListItem in an <ol>
    QString text;    // plain text: white space collapsed (U+00A0 kept); Preformatted keeps its lines
    QList<InlineSpan> spans;
    QString language; // Preformatted only: from <code class="language-x"> (for syntax colouring), else empty

    friend bool operator==(const Block &, const Block &) = default;
};

// The one function that turns blocks into the canonical text: block texts joined by "\n".
QString canonicalText(const QList<Block> &blocks);

} // namespace gloss
