#include "CleanHtmlReader.h"

#include "BlockWalker.h"
#include "HtmlCharacters.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// What an element is, as a child.
enum class Role { Block, Inline, Item, TablePart, Cell };
// What an element may contain.
enum class Content { Flow, Phrasing, List, Table, Row, Nothing };

struct Element {
    QLatin1StringView name;
    GumboTag tag;
    Role role;
    Content content;
};

// The sanitiser's vocabulary (CleanHtmlWriter.h), nothing else.
constexpr std::array Elements{
    Element{"p"_L1, GUMBO_TAG_P, Role::Block, Content::Phrasing},
    Element{"a"_L1, GUMBO_TAG_A, Role::Inline, Content::Phrasing},
    Element{"em"_L1, GUMBO_TAG_EM, Role::Inline, Content::Phrasing},
    Element{"strong"_L1, GUMBO_TAG_STRONG, Role::Inline, Content::Phrasing},
    Element{"code"_L1, GUMBO_TAG_CODE, Role::Inline, Content::Phrasing},
    Element{"br"_L1, GUMBO_TAG_BR, Role::Inline, Content::Nothing},
    Element{"img"_L1, GUMBO_TAG_IMG, Role::Inline, Content::Nothing},
    Element{"li"_L1, GUMBO_TAG_LI, Role::Item, Content::Flow},
    Element{"ul"_L1, GUMBO_TAG_UL, Role::Block, Content::List},
    Element{"ol"_L1, GUMBO_TAG_OL, Role::Block, Content::List},
    Element{"h1"_L1, GUMBO_TAG_H1, Role::Block, Content::Phrasing},
    Element{"h2"_L1, GUMBO_TAG_H2, Role::Block, Content::Phrasing},
    Element{"h3"_L1, GUMBO_TAG_H3, Role::Block, Content::Phrasing},
    Element{"h4"_L1, GUMBO_TAG_H4, Role::Block, Content::Phrasing},
    Element{"h5"_L1, GUMBO_TAG_H5, Role::Block, Content::Phrasing},
    Element{"h6"_L1, GUMBO_TAG_H6, Role::Block, Content::Phrasing},
    Element{"blockquote"_L1, GUMBO_TAG_BLOCKQUOTE, Role::Block, Content::Flow},
    Element{"pre"_L1, GUMBO_TAG_PRE, Role::Block, Content::Phrasing},
    Element{"hr"_L1, GUMBO_TAG_HR, Role::Block, Content::Nothing},
    Element{"figure"_L1, GUMBO_TAG_FIGURE, Role::Block, Content::Flow},
    Element{"figcaption"_L1, GUMBO_TAG_FIGCAPTION, Role::Block, Content::Phrasing},
    Element{"table"_L1, GUMBO_TAG_TABLE, Role::Block, Content::Table},
    Element{"caption"_L1, GUMBO_TAG_CAPTION, Role::TablePart, Content::Phrasing},
    Element{"tr"_L1, GUMBO_TAG_TR, Role::TablePart, Content::Row},
    Element{"td"_L1, GUMBO_TAG_TD, Role::Cell, Content::Phrasing},
    Element{"th"_L1, GUMBO_TAG_TH, Role::Cell, Content::Phrasing},
};

const Element *lookup(QStringView name)
{
    for (const Element &e : Elements) {
        if (name == e.name)
            return &e;
    }
    return nullptr;
}

bool allows(Content content, Role role)
{
    switch (content) {
    case Content::Flow: return role == Role::Block || role == Role::Inline;
    case Content::Phrasing: return role == Role::Inline;
    case Content::List: return role == Role::Item;
    case Content::Table: return role == Role::TablePart;
    case Content::Row: return role == Role::Cell;
    case Content::Nothing: return false;
    }
    return false;
}

class Reader {
public:
    Reader(QStringView html, BlockWalker &walker)
        : m_in(html)
        , m_walker(walker)
    {
    }

    bool read()
    {
        // An HTML parser drops white space before the document's first content.
        while (m_pos < m_in.size() && html::isSimpleSpace(m_in[m_pos].unicode()))
            ++m_pos;
        m_walker.enter(BlockElement{GUMBO_TAG_BODY, {}, {}});
        while (m_pos < m_in.size()) {
            const bool ok = m_in[m_pos] == u'<' ? tag() : text();
            if (!ok)
                return false;
        }
        if (!textAllowedHere())
            return false;
        flushText();
        while (!m_open.isEmpty())
            close();
        m_walker.leave(); // body
        return true;
    }

private:
    struct Open {
        const Element *element;
        bool entered;
    };

    Content content() const { return m_open.isEmpty() ? Content::Flow : m_open.constLast().element->content; }

    bool text()
    {
        const bool ignoreNewline = std::exchange(m_afterPre, false);
        if (ignoreNewline && m_in[m_pos] == u'\n')
            ++m_pos;
        while (m_pos < m_in.size()) {
            const QChar ch = m_in[m_pos];
            if (ch == u'<')
                break;
            if (ch == u'&') {
                if (!entity(m_text))
                    return false;
                continue;
            }
            // A run of plain characters in one append.
            const qsizetype start = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] != u'<' && m_in[m_pos] != u'&') {
                if (html::needsParser(m_in, m_pos))
                    return false;
                ++m_pos;
            }
            m_text += m_in.sliced(start, m_pos - start);
        }
        return true;
    }

    // &amp; &lt; &gt; &quot; &nbsp;: all the writer ever escapes with.
    bool entity(QString &out)
    {
        static const std::array<std::pair<QLatin1StringView, char16_t>, 5> known{{
            {"&amp;"_L1, u'&'}, {"&lt;"_L1, u'<'}, {"&gt;"_L1, u'>'}, {"&quot;"_L1, u'"'}, {"&nbsp;"_L1, 0x00A0},
        }};
        const QStringView rest = m_in.mid(m_pos);
        for (const auto &[name, ch] : known) {
            if (rest.startsWith(name)) {
                out += QChar(ch);
                m_pos += name.size();
                return true;
            }
        }
        return false;
    }

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        m_walker.text(m_text);
        m_text.clear();
    }

    // Text is fine anywhere an inline element is; elsewhere (lists, tables, rows) only white space,
    // which a parser keeps in place there too.
    bool textAllowedHere() const
    {
        if (allows(content(), Role::Inline))
            return true;
        for (const QChar ch : m_text) {
            if (!html::isSimpleSpace(ch.unicode()))
                return false;
        }
        return true;
    }

    bool tag()
    {
        if (!textAllowedHere())
            return false;
        flushText();
        m_afterPre = false;
        ++m_pos; // '<'
        const bool end = m_pos < m_in.size() && m_in[m_pos] == u'/';
        if (end)
            ++m_pos;
        const qsizetype nameStart = m_pos;
        while (m_pos < m_in.size() && ((m_in[m_pos] >= u'a' && m_in[m_pos] <= u'z') || (m_in[m_pos] >= u'1' && m_in[m_pos] <= u'6')))
            ++m_pos;
        const Element *element = lookup(m_in.mid(nameStart, m_pos - nameStart));
        if (!element)
            return false;
        if (end) {
            if (m_pos >= m_in.size() || m_in[m_pos] != u'>' || m_open.isEmpty() || m_open.constLast().element != element)
                return false;
            ++m_pos;
            close();
            return true;
        }
        BlockElement facts{element->tag, {}, {}};
        if (!attributes(facts))
            return false;
        return open(element, facts);
    }

    // ( ' ' name '="' value '"' )* '>' — the writer's only attribute syntax.
    bool attributes(BlockElement &facts)
    {
        while (m_pos < m_in.size() && m_in[m_pos] == u' ') {
            ++m_pos;
            const qsizetype nameStart = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] >= u'a' && m_in[m_pos] <= u'z')
                ++m_pos;
            const QStringView name = m_in.mid(nameStart, m_pos - nameStart);
            if (name.isEmpty() || !m_in.mid(m_pos).startsWith(u"=\""))
                return false;
            m_pos += 2;
            QString value;
            while (m_pos < m_in.size() && m_in[m_pos] != u'"') {
                if (m_in[m_pos] == u'&') {
                    if (!entity(value))
                        return false;
                    continue;
                }
                if (m_in[m_pos] == u'<' || html::needsParser(m_in, m_pos))
                    return false;
                value += m_in[m_pos++];
            }
            if (m_pos >= m_in.size())
                return false;
            ++m_pos; // '"'
            if (name == u"href")
                facts.href = value;
            else if (name == u"class")
                facts.className = value;
        }
        if (m_pos >= m_in.size() || m_in[m_pos] != u'>')
            return false;
        ++m_pos;
        return true;
    }

    bool open(const Element *element, const BlockElement &facts)
    {
        if (!allows(content(), element->role))
            return false;
        // A link inside a link is closed by the parser: not something the writer makes.
        if (element->tag == GUMBO_TAG_A) {
            for (const Open &o : std::as_const(m_open)) {
                if (o.element->tag == GUMBO_TAG_A)
                    return false;
            }
        }
        const bool entered = m_walker.enter(facts);
        if (element->content == Content::Nothing) {
            if (entered)
                m_walker.leave();
            return true;
        }
        m_open.append({element, entered});
        m_afterPre = element->tag == GUMBO_TAG_PRE;
        return true;
    }

    void close()
    {
        const Open top = m_open.takeLast();
        if (top.entered)
            m_walker.leave();
    }

    QStringView m_in;
    BlockWalker &m_walker;
    qsizetype m_pos = 0;
    QString m_text;
    QList<Open> m_open;
    bool m_afterPre = false; // the parser drops a newline right after <pre>
};

} // namespace

bool readCleanHtml(QStringView html, BlockWalker &walker)
{
    return Reader(html, walker).read();
}

} // namespace gloss
