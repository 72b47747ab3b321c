#include "SimpleHtmlReader.h"

#include "HtmlCharacters.h"
#include "Sanitizer.h"

#include <QList>
#include <QVarLengthArray>

#include <array>

using namespace Qt::StringLiterals;

namespace gloss::html {

namespace {

// Deeper than any article; deeper input goes to gumbo, whose path also limits nesting
// (HtmlNestingLimit.h).
constexpr qsizetype MaxDepth = 200;

// How the HTML5 tree builder ("in body" insertion mode) treats a start tag, for the tags this reader
// accepts. Everything not listed is Refused.
enum class Kind {
    Refused,
    Ordinary,       // inserted where it stands: formatting and phrasing elements, unknown names
    Void,           // br, img, wbr: no children, no end tag
    Rule,           // hr: void, and closes an open <p>
    ClosesParagraph, // div, p, ul, blockquote ...: closes an open <p> first
    Heading,        // h1-h6: closes an open <p>, and a heading that is the current node
    Preformatted,   // pre, listing: closes an open <p>; a newline right after the tag is dropped
    ListItem,       // li: closes an open <p>, and an open <li> (see closesItem())
    DefinitionItem, // dd, dt: likewise with dd and dt
};

Kind kindOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG: case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN: case GUMBO_TAG_EM: case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q: case GUMBO_TAG_S: case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRIKE: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_UNKNOWN:
        return Kind::Ordinary;
    case GUMBO_TAG_BR: case GUMBO_TAG_IMG: case GUMBO_TAG_WBR:
        return Kind::Void;
    case GUMBO_TAG_HR:
        return Kind::Rule;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL:
        return Kind::ClosesParagraph;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        return Kind::Heading;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
        return Kind::Preformatted;
    case GUMBO_TAG_LI:
        return Kind::ListItem;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
        return Kind::DefinitionItem;
    default:
        return Kind::Refused;
    }
}

// The spec's "special" category, for the accepted tags that can be open: the search for an <li> (or
// <dd>/<dt>) to close stops at one of these, unless it is an address, div or p.
bool isSpecial(GumboTag tag)
{
    switch (kindOf(tag)) {
    case Kind::ClosesParagraph: case Kind::Heading: case Kind::Preformatted: case Kind::ListItem:
    case Kind::DefinitionItem:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag)
{
    return kindOf(tag) == Kind::Heading;
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

// Characters a tag or attribute name may have here. Others are legal HTML, but rare enough to leave
// to the parser rather than reason about.
bool isNameChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u':' || c == u'_' || c == u'.';
}

// The named references accepted (with their semicolon): the ones news markup actually uses. The
// table is checked against gumbo by tst_simplehtmlreader.
struct NamedReference {
    QLatin1StringView name;
    char16_t ch;
};
constexpr std::array NamedReferences{
    NamedReference{"amp"_L1, u'&'},     NamedReference{"lt"_L1, u'<'},      NamedReference{"gt"_L1, u'>'},
    NamedReference{"quot"_L1, u'"'},    NamedReference{"apos"_L1, u'\''},   NamedReference{"nbsp"_L1, 0x00A0},
    NamedReference{"mdash"_L1, 0x2014}, NamedReference{"ndash"_L1, 0x2013}, NamedReference{"lsquo"_L1, 0x2018},
    NamedReference{"rsquo"_L1, 0x2019}, NamedReference{"ldquo"_L1, 0x201C}, NamedReference{"rdquo"_L1, 0x201D},
    NamedReference{"sbquo"_L1, 0x201A}, NamedReference{"bdquo"_L1, 0x201E}, NamedReference{"hellip"_L1, 0x2026},
    NamedReference{"laquo"_L1, 0x00AB}, NamedReference{"raquo"_L1, 0x00BB}, NamedReference{"copy"_L1, 0x00A9},
    NamedReference{"reg"_L1, 0x00AE},   NamedReference{"trade"_L1, 0x2122}, NamedReference{"deg"_L1, 0x00B0},
    NamedReference{"middot"_L1, 0x00B7}, NamedReference{"bull"_L1, 0x2022}, NamedReference{"euro"_L1, 0x20AC},
    NamedReference{"pound"_L1, 0x00A3}, NamedReference{"times"_L1, 0x00D7}, NamedReference{"shy"_L1, 0x00AD},
    NamedReference{"eacute"_L1, 0x00E9},
};

// Code points a numeric reference may name here: those the parser hands back as they are (no
// windows-1252 remapping of 0x80-0x9F, no replacement of NUL, surrogates or out-of-range values,
// no controls, no noncharacters).
bool isPlainCodePoint(char32_t v)
{
    if (v == u'\t' || v == u'\n')
        return true;
    if (v < 0x20 || (v >= 0x7F && v <= 0x9F) || (v >= 0xD800 && v <= 0xDFFF) || (v >= 0xFDD0 && v <= 0xFDEF))
        return false;
    return v <= 0x10FFFF && (v & 0xFFFE) != 0xFFFE;
}

struct Attribute {
    QString name;
    QString value;
};

class ParsedAttributes final : public ElementAttributes {
public:
    bool has(const char *name) const override { return find(name) != nullptr; }
    QString value(const char *name) const override
    {
        const Attribute *a = find(name);
        return a ? a->value : QString();
    }

    // A repeated attribute is dropped: the first one counts, as in the parser.
    void add(QString name, QString value)
    {
        for (const Attribute &a : std::as_const(m_list)) {
            if (a.name == name)
                return;
        }
        m_list.append({std::move(name), std::move(value)});
    }

private:
    const Attribute *find(const char *name) const
    {
        const QLatin1StringView wanted(name);
        for (const Attribute &a : m_list) {
            if (a.name == wanted)
                return &a;
        }
        return nullptr;
    }

    QVarLengthArray<Attribute, 4> m_list;
};

class Reader {
public:
    Reader(QStringView html, const QUrl &baseUrl)
        : m_in(html)
        , m_sanitizer(baseUrl)
    {
    }

    std::optional<QString> read()
    {
        if (m_in.startsWith(QChar(0xFEFF)))
            return std::nullopt; // whether a byte order mark is text is the decoder's business
        // White space and comments before the first content never reach <body>.
        while (m_pos < m_in.size()) {
            if (isSimpleSpace(m_in[m_pos].unicode()))
                ++m_pos;
            else if (m_in.sliced(m_pos).startsWith(u"<!--")) {
                if (!comment())
                    return std::nullopt;
            } else {
                break;
            }
        }
        m_sanitizer.enter(GUMBO_TAG_BODY, ParsedAttributes());
        while (m_pos < m_in.size()) {
            const bool ok = startsMarkup() ? markup() : text();
            if (!ok)
                return std::nullopt;
        }
        flushText();
        while (!m_open.isEmpty())
            close();
        m_sanitizer.leave(); // body
        return m_sanitizer.finish();
    }

private:
    struct Open {
        GumboTag tag;
        QString unknownName; // for GUMBO_TAG_UNKNOWN, whose end tag must name it
        bool entered;        // handed to the sanitiser, which wanted its children
    };

    QChar at(qsizetype i) const { return i < m_in.size() ? m_in[i] : QChar(); }

    // '<' starts a tag, end tag, comment or declaration only when a letter, '/', '!' or '?'
    // follows; otherwise it is text ("a < b").
    bool startsMarkup() const
    {
        if (m_in[m_pos] != u'<')
            return false;
        const QChar next = at(m_pos + 1);
        return isAsciiAlpha(next) || next == u'/' || next == u'!' || next == u'?';
    }

    bool text()
    {
        // The parser drops a line feed that directly follows <pre>; a reference could make one.
        if (std::exchange(m_afterPre, false)) {
            if (m_in[m_pos] == u'\n')
                ++m_pos;
            else if (m_in[m_pos] == u'&')
                return false;
        }
        while (m_pos < m_in.size()) {
            const QChar ch = m_in[m_pos];
            if (ch == u'<') {
                if (startsMarkup())
                    break;
                m_text += ch;
                ++m_pos;
                continue;
            }
            if (ch == u'&') {
                if (!reference(m_text))
                    return false;
                continue;
            }
            const qsizetype start = m_pos;
            while (m_pos < m_in.size() && m_in[m_pos] != u'<' && m_in[m_pos] != u'&') {
                if (needsParser(m_in, m_pos))
                    return false;
                ++m_pos;
            }
            m_text += m_in.sliced(start, m_pos - start);
        }
        return true;
    }

    // At '&': a character reference from the short list, a plain numeric one, or a lone '&' (followed
    // by something that cannot start a reference), which stays as it is.
    bool reference(QString &out)
    {
        const QChar next = at(m_pos + 1);
        if (next == u'#')
            return numericReference(out);
        if (!isAsciiAlnum(next)) {
            out += u'&';
            ++m_pos;
            return true;
        }
        qsizetype end = m_pos + 1;
        while (end < m_in.size() && isAsciiAlnum(m_in[end]))
            ++end;
        if (at(end) != u';')
            return false; // "&copy" without ';' or "&T" in "AT&T": the parser's legacy rules decide
        const QStringView name = m_in.sliced(m_pos + 1, end - m_pos - 1);
        for (const NamedReference &r : NamedReferences) {
            if (name == r.name) {
                out += QChar(r.ch);
                m_pos = end + 1;
                return true;
            }
        }
        return false;
    }

    bool numericReference(QString &out)
    {
        qsizetype p = m_pos + 2;
        const bool hex = at(p) == u'x' || at(p) == u'X';
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        while (p < m_in.size() && p - digitsStart < 8) {
            const char16_t c = m_in[p].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + char32_t(digit);
            ++p;
        }
        if (p == digitsStart || at(p) != u';' || !isPlainCodePoint(value))
            return false;
        out += QStringView(QChar::fromUcs4(value));
        m_pos = p + 1;
        return true;
    }

    void flushText()
    {
        if (m_text.isEmpty())
            return;
        if (m_notEntered == 0)
            m_sanitizer.text(m_text);
        m_text.clear();
    }

    bool markup()
    {
        flushText();
        m_afterPre = false; // the line feed is dropped only when it is the very next thing
        const QChar next = m_in[m_pos + 1];
        if (next == u'!')
            return comment();
        if (next == u'/')
            return endTag();
        if (next == u'?')
            return false; // a processing instruction is a bogus comment: rare, left to the parser
        return startTag();
    }

    // "<!--" ... "-->" (or "--!>"); doctypes, CDATA sections and other declarations are refused.
    bool comment()
    {
        const QStringView rest = m_in.sliced(m_pos);
        if (!rest.startsWith(u"<!--"))
            return false;
        const QStringView body = rest.sliced(4);
        if (body.startsWith(u'>') || body.startsWith(u"->"))
            return false; // "<!-->" and "<!--->" end at once: an abrupt comment
        const qsizetype close = body.indexOf(u"-->");
        const qsizetype bang = body.indexOf(u"--!>");
        if (close < 0 && bang < 0)
            return false; // runs to the end of the input
        if (bang >= 0 && (close < 0 || bang < close))
            m_pos += 4 + bang + 4;
        else
            m_pos += 4 + close + 3;
        return true;
    }

    // A tag name from m_pos: the tag, and its lower-case name.
    std::optional<std::pair<GumboTag, QString>> tagName()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_in.size() && isNameChar(m_in[m_pos]))
            ++m_pos;
        const QChar stop = at(m_pos);
        if (m_pos == start || !(isSimpleSpace(stop.unicode()) || stop == u'/' || stop == u'>'))
            return std::nullopt;
        QVarLengthArray<char, 16> latin1;
        for (const QChar c : m_in.sliced(start, m_pos - start))
            latin1.append(char(c.toLower().unicode()));
        const GumboTag tag = gumbo_tagn_enum(latin1.constData(), unsigned(latin1.size()));
        return std::pair{tag, tag == GUMBO_TAG_UNKNOWN ? QString::fromLatin1(latin1.constData(), latin1.size()) : QString()};
    }

    void skipSpaces()
    {
        while (m_pos < m_in.size() && isSimpleSpace(m_in[m_pos].unicode()))
            ++m_pos;
    }

    // An end tag must close the current element: then the parser only pops it. Anything it would
    // have to search for, imply or ignore is refused.
    bool endTag()
    {
        m_pos += 2;
        if (!isAsciiAlpha(at(m_pos)))
            return false;
        const auto name = tagName();
        if (!name)
            return false;
        skipSpaces();
        if (at(m_pos) != u'>' || m_open.isEmpty())
            return false;
        const Open &top = m_open.constLast();
        if (top.tag != name->first || top.unknownName != name->second)
            return false;
        ++m_pos;
        close();
        return true;
    }

    bool startTag()
    {
        ++m_pos;
        const auto name = tagName();
        if (!name)
            return false;
        const GumboTag tag = name->first;
        const Kind kind = kindOf(tag);
        ParsedAttributes attributes;
        bool selfClosing = false;
        if (kind == Kind::Refused || !readAttributes(attributes, selfClosing))
            return false;
        const bool isVoid = kind == Kind::Void || kind == Kind::Rule;
        if ((selfClosing && !isVoid) || m_open.size() >= MaxDepth || !keepsTreeAsWritten(tag, kind))
            return false;
        const bool entered = m_notEntered == 0 && m_sanitizer.enter(tag, attributes);
        if (isVoid) {
            if (entered)
                m_sanitizer.leave();
            return true;
        }
        m_open.append({tag, name->second, entered});
        if (!entered)
            ++m_notEntered;
        m_afterPre = kind == Kind::Preformatted;
        return true;
    }

    // Whether inserting this start tag leaves the open elements as they are (no implied end tags,
    // no adoption agency), which is what makes the tree the tags as written.
    bool keepsTreeAsWritten(GumboTag tag, Kind kind) const
    {
        const bool closesParagraph = kind != Kind::Ordinary && kind != Kind::Void;
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const GumboTag open = m_open[i].tag;
            // Nothing that bounds the "button scope" can be open here (tables, buttons, objects ...
            // are refused), so any open <p> is in scope and would be closed.
            if (closesParagraph && open == GUMBO_TAG_P)
                return false;
            if (tag == GUMBO_TAG_A && open == GUMBO_TAG_A)
                return false;
        }
        if (kind == Kind::Heading && !m_open.isEmpty() && isHeading(m_open.constLast().tag))
            return false;
        if (kind == Kind::ListItem || kind == Kind::DefinitionItem)
            return !closesItem(kind);
        return true;
    }

    // The parser's search for an item to close: from the current element up, an <li> (for <dd> or
    // <dt>: either of those) would be closed; the search ends at a special element other than
    // address, div and p.
    bool closesItem(Kind kind) const
    {
        for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
            const GumboTag open = m_open[i].tag;
            if (kind == Kind::ListItem ? open == GUMBO_TAG_LI : (open == GUMBO_TAG_DD || open == GUMBO_TAG_DT))
                return true;
            if (isSpecial(open) && open != GUMBO_TAG_ADDRESS && open != GUMBO_TAG_DIV && open != GUMBO_TAG_P)
                return false;
        }
        return false;
    }

    // name, name=value, name="value", name='value', separated by white space, then '>' or '/>'.
    bool readAttributes(ParsedAttributes &attributes, bool &selfClosing)
    {
        for (;;) {
            const bool spaced = isSimpleSpace(at(m_pos).unicode());
            skipSpaces();
            const QChar c = at(m_pos);
            if (c == u'>') {
                ++m_pos;
                return true;
            }
            if (c == u'/') {
                if (at(m_pos + 1) != u'>')
                    return false;
                selfClosing = true;
                m_pos += 2;
                return true;
            }
            if (!spaced || !isNameChar(c))
                return false; // "a="x"b" and names with quotes, '<' or '=' in them
            const qsizetype start = m_pos;
            while (m_pos < m_in.size() && isNameChar(m_in[m_pos]))
                ++m_pos;
            QString name = m_in.sliced(start, m_pos - start).toString().toLower();
            const qsizetype afterName = m_pos;
            skipSpaces();
            QString value;
            if (at(m_pos) == u'=') {
                ++m_pos;
                skipSpaces();
                if (!attributeValue(value))
                    return false;
            } else {
                m_pos = afterName; // the spaces separate this attribute from the next
            }
            attributes.add(std::move(name), std::move(value));
        }
    }

    bool attributeValue(QString &value)
    {
        const QChar quote = at(m_pos);
        const bool quoted = quote == u'"' || quote == u'\'';
        if (quoted)
            ++m_pos;
        for (;;) {
            if (m_pos >= m_in.size())
                return false;
            const QChar c = m_in[m_pos];
            if (quoted && c == quote) {
                ++m_pos;
                return true;
            }
            if (!quoted && (isSimpleSpace(c.unicode()) || c == u'>'))
                return !value.isEmpty(); // "a= >" has a missing value: left to the parser
            if (!quoted && (c == u'"' || c == u'\'' || c == u'<' || c == u'=' || c == u'`'))
                return false;
            if (c == u'&') {
                if (!reference(value))
                    return false;
                continue;
            }
            if (needsParser(m_in, m_pos))
                return false;
            value += c;
            ++m_pos;
        }
    }

    void close()
    {
        const Open top = m_open.takeLast();
        if (top.entered)
            m_sanitizer.leave();
        else
            --m_notEntered;
    }

    QStringView m_in;
    qsizetype m_pos = 0;
    Sanitizer m_sanitizer;
    QList<Open> m_open;
    int m_notEntered = 0; // open elements the sanitiser did not descend into: their content is not its
    QString m_text;
    bool m_afterPre = false;
};

} // namespace

std::optional<QString> sanitizeSimpleHtml(QStringView html, const QUrl &baseUrl)
{
    // The parser turns CR LF and lone CR into LF before anything else; so does this.
    if (html.contains(u'\r')) {
        QString normalised = html.toString();
        normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
        return Reader(normalised, baseUrl).read();
    }
    return Reader(html, baseUrl).read();
}

} // namespace gloss::html
