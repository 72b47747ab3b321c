#include "DocumentBlocks.h"

#include "BlockBuilder.h"
#include "GumboTree.h"
#include "UrlPolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

using Context = BlockBuilder::Context;

// What to undo when leaving an element.
enum class Exit { Nothing, Flush, FlushPop, FlushPopList, FlushPopRow, CloseSpan };

class BlockWalker {
public:
    BlockWalker() { m_contexts.append(Context{}); }

    bool enter(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_DOCUMENT: m_exits.append(Exit::Nothing); return true;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            m_builder.appendText(QString::fromUtf8(node->v.text.text), preformatted());
            return false;
        case GUMBO_NODE_ELEMENT: break;
        default: return false;
        }
        if (!html::isHtmlElement(node))
            return false;
        const std::optional<Exit> exit = element(node);
        if (!exit)
            return false;
        m_exits.append(*exit);
        return true;
    }

    void leave(const GumboNode *)
    {
        switch (m_exits.takeLast()) {
        case Exit::Nothing: break;
        case Exit::Flush: boundary(); break;
        case Exit::FlushPop:
            m_builder.flush(m_contexts.constLast());
            m_contexts.removeLast();
            break;
        case Exit::FlushPopRow:
            m_builder.flush(m_contexts.constLast());
            m_contexts.removeLast();
            m_cells.removeLast();
            break;
        case Exit::FlushPopList:
            m_builder.flush(m_contexts.constLast());
            m_lists.removeLast();
            break;
        case Exit::CloseSpan: m_builder.closeSpan(); break;
        }
    }

    QList<Block> finish()
    {
        m_builder.flush(m_contexts.constLast());
        return m_builder.takeBlocks();
    }

private:
    Block::Type type() const { return m_contexts.constLast().type; }
    bool preformatted() const { return type() == Block::Type::Preformatted; }
    // Headings, table rows and captions are one line each: what would split a block is a space there.
    bool singleLine() const
    {
        return type() == Block::Type::Heading || type() == Block::Type::TableRow || type() == Block::Type::Caption;
    }

    void boundary()
    {
        if (preformatted()) {
            if (!m_builder.atLineStart() && !m_builder.endsWithNewline())
                m_builder.appendSeparator(u'\n');
        } else if (singleLine()) {
            m_builder.softSpace();
        } else {
            m_builder.flush(m_contexts.constLast());
        }
    }

    Exit push(Block::Type type, int level = 0, bool ordered = false)
    {
        m_builder.flush(m_contexts.constLast());
        m_contexts.append(Context{type, level, ordered, {}});
        return Exit::FlushPop;
    }

    Exit span(InlineSpan::Kind kind, const QString &href = {})
    {
        m_builder.openSpan(kind, href);
        return Exit::CloseSpan;
    }

    std::optional<Exit> element(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        switch (tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
            return std::nullopt;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
        case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            return push(Block::Type::Heading, int(tag - GUMBO_TAG_H1) + 1);
        case GUMBO_TAG_BLOCKQUOTE: return push(Block::Type::Quote);
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIR: case GUMBO_TAG_MENU:
            m_builder.flush(m_contexts.constLast());
            m_lists.append(tag == GUMBO_TAG_OL);
            return Exit::FlushPopList;
        case GUMBO_TAG_LI:
            return push(Block::Type::ListItem, int(std::max<qsizetype>(m_lists.size(), 1)),
                        !m_lists.isEmpty() && m_lists.constLast());
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
            return push(Block::Type::Preformatted);
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_CAPTION: return push(Block::Type::Caption);
        case GUMBO_TAG_TR:
            push(Block::Type::TableRow);
            m_cells.append(0);
            return Exit::FlushPopRow;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH:
            if (type() == Block::Type::TableRow && !m_cells.isEmpty()) {
                if (m_cells.last()++ > 0)
                    m_builder.appendSeparator(u'\t');
                return Exit::Nothing;
            }
            boundary();
            return Exit::Flush;
        case GUMBO_TAG_BR:
            if (preformatted())
                m_builder.appendSeparator(u'\n');
            else if (singleLine())
                m_builder.softSpace();
            else
                m_builder.flush(m_contexts.constLast());
            return std::nullopt;
        case GUMBO_TAG_STRONG: case GUMBO_TAG_B: return span(InlineSpan::Kind::Bold);
        case GUMBO_TAG_EM: case GUMBO_TAG_I: return span(InlineSpan::Kind::Italic);
        case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
            if (preformatted()) {
                if (m_contexts.last().language.isEmpty())
                    m_contexts.last().language = codeLanguage(node);
                return Exit::Nothing;
            }
            return span(InlineSpan::Kind::Code);
        case GUMBO_TAG_A: {
            // Sanitised HTML only has allowed absolute links; checking again costs little.
            const QString href = safeUrl(html::attribute(node, "href"), QUrl(), UrlUse::Link);
            if (href.isEmpty())
                return Exit::Nothing;
            return span(InlineSpan::Kind::Link, href);
        }
        case GUMBO_TAG_IMG: case GUMBO_TAG_WBR: return std::nullopt;
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_FIGURE: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
        case GUMBO_TAG_DD: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
            boundary();
            return Exit::Flush;
        default: return Exit::Nothing;
        }
    }

    static QString codeLanguage(const GumboNode *node)
    {
        static const QRegularExpression language(u"(?:^|\\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,32})(?:\\s|$)"_s);
        return language.match(html::attribute(node, "class")).captured(1);
    }

    BlockBuilder m_builder;
    QList<Context> m_contexts;
    QList<bool> m_lists; // ordered?
    QList<int> m_cells;  // cells seen in each open table row
    QList<Exit> m_exits;
};

} // namespace

QList<Block> blocksFromSanitizedHtml(const QString &sanitizedHtml)
{
    html::ParsedHtml document(sanitizedHtml);
    BlockWalker walker;
    html::walk(
        document.body(), [&](const GumboNode *node) { return walker.enter(node); },
        [&](const GumboNode *node) { walker.leave(node); });
    return walker.finish();
}

} // namespace gloss
