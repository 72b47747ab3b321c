#include "BlockWalker.h"

#include "UrlPolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

BlockWalker::BlockWalker(Detail detail)
    : m_detail(detail)
{
    m_contexts.append(BlockBuilder::Context{});
}

void BlockWalker::text(QStringView text)
{
    m_builder.appendText(text, preformatted());
}

bool BlockWalker::enter(const BlockElement &element)
{
    const std::optional<Exit> exit = this->element(element);
    if (!exit)
        return false;
    m_exits.append(*exit);
    return true;
}

void BlockWalker::leave()
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

QList<Block> BlockWalker::finish()
{
    m_builder.flush(m_contexts.constLast());
    return m_builder.takeBlocks();
}

// Headings, table rows and captions are one line each: what would split a block is a space there.
bool BlockWalker::singleLine() const
{
    return type() == Block::Type::Heading || type() == Block::Type::TableRow || type() == Block::Type::Caption;
}

void BlockWalker::boundary()
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

BlockWalker::Exit BlockWalker::push(Block::Type type, int level, bool ordered)
{
    m_builder.flush(m_contexts.constLast());
    m_contexts.append(BlockBuilder::Context{type, level, ordered, {}});
    return Exit::FlushPop;
}

BlockWalker::Exit BlockWalker::span(InlineSpan::Kind kind, const QString &href)
{
    if (m_detail == Detail::TextOnly)
        return Exit::Nothing;
    m_builder.openSpan(kind, href);
    return Exit::CloseSpan;
}

std::optional<BlockWalker::Exit> BlockWalker::element(const BlockElement &element)
{
    const GumboTag tag = element.tag;
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
            if (m_detail == Detail::Full && m_contexts.last().language.isEmpty()) {
                static const QRegularExpression language(u"(?:^|\\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,32})(?:\\s|$)"_s);
                m_contexts.last().language = language.match(element.className).captured(1);
            }
            return Exit::Nothing;
        }
        return span(InlineSpan::Kind::Code);
    case GUMBO_TAG_A: {
        if (m_detail == Detail::TextOnly)
            return Exit::Nothing; // a link adds no text
        // Sanitised HTML only has allowed absolute links; checked again all the same.
        const QString href = safeUrl(element.href, QUrl(), UrlUse::Link);
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

} // namespace gloss
