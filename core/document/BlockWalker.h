// The rules of DocumentBlocks.h applied to a stream of element and text events, whoever reads the
// HTML: the gumbo tree walk (any HTML) or CleanHtmlReader (the sanitiser's own output, fast).
// Internal to core/document.
#pragma once

#include "BlockBuilder.h"

#include <gumbo.h>

#include <QList>
#include <QString>

#include <optional>

namespace gloss {

// What the walker needs of an element: its tag and, for links and code, one attribute each.
struct BlockElement {
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    QString href;      // <a>: the href as written (entities decoded)
    QString className; // <code> and its kin: the class attribute (a language-x tells the language)
};

class BlockWalker {
public:
    // TextOnly keeps no inline spans and no code languages: the same blocks and texts, for callers
    // that only want the canonical text (a feed refresh), without checking every link's URL again.
    enum class Detail { Full, TextOnly };

    explicit BlockWalker(Detail detail = Detail::Full);

    // Element start: whether to descend. leave() follows (after the children) only when it did.
    bool enter(const BlockElement &element);
    void leave();
    // One text node: consecutive text is one call, as an HTML parser makes one node of it.
    void text(QStringView text);
    // The blocks; call once, after the last event.
    QList<Block> finish();

private:
    enum class Exit { Nothing, Flush, FlushPop, FlushPopList, FlushPopRow, CloseSpan };

    Block::Type type() const { return m_contexts.constLast().type; }
    bool preformatted() const { return type() == Block::Type::Preformatted; }
    bool singleLine() const;
    void boundary();
    Exit push(Block::Type type, int level = 0, bool ordered = false);
    Exit span(InlineSpan::Kind kind, const QString &href = {});
    std::optional<Exit> element(const BlockElement &element);

    Detail m_detail;
    BlockBuilder m_builder;
    QList<BlockBuilder::Context> m_contexts;
    QList<bool> m_lists; // ordered?
    QList<int> m_cells;  // cells seen in each open table row
    QList<Exit> m_exits;
};

} // namespace gloss
