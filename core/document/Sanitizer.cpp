#include "Sanitizer.h"

#include "GumboTree.h"
#include "HtmlEscape.h"
#include "UrlPolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss::html {

namespace {

using Frame = CleanHtmlWriter::Frame;

// Elements dropped together with everything inside them: active content, embedded documents,
// forms' controls, media without a text equivalent we could trust, foreign (SVG/MathML) content.
bool dropsContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK:
    case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_METER: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META:
    case GUMBO_TAG_LINK: case GUMBO_TAG_BASE: case GUMBO_TAG_BGSOUND: case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_MENUITEM: case GUMBO_TAG_COLGROUP: case GUMBO_TAG_COL: case GUMBO_TAG_RP:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_BLINK:
        return true;
    default:
        return false;
    }
}

// Elements that are not kept but separate what comes before from what follows (like a <div>).
bool separatesBlocks(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_BODY: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FORM: case GUMBO_TAG_SEARCH: case GUMBO_TAG_MULTICOL:
    // Kept elements met where they do not fit (a <td> outside a row, a list inside a heading ...).
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DIR: case GUMBO_TAG_MENU: case GUMBO_TAG_LI: case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        return true;
    default:
        return false;
    }
}

QLatin1StringView headingTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return "h1"_L1;
    case GUMBO_TAG_H2: return "h2"_L1;
    case GUMBO_TAG_H3: return "h3"_L1;
    case GUMBO_TAG_H4: return "h4"_L1;
    case GUMBO_TAG_H5: return "h5"_L1;
    case GUMBO_TAG_H6: return "h6"_L1;
    default: return {};
    }
}

// <code class="language-cpp"> inside <pre> tells the reader which syntax to colour; nothing else
// of a class attribute is kept.
QString codeLanguageAttribute(const ElementAttributes &attributes)
{
    static const QRegularExpression language(u"(?:^|\\s)(?:language|lang)-([A-Za-z0-9_+#.-]{1,32})(?:\\s|$)"_s);
    const QRegularExpressionMatch match = language.match(attributes.value("class"));
    return match.hasMatch() ? u"class=\"language-"_s + escapeHtmlAttribute(match.capturedView(1).toString()) + u'"'
                            : QString();
}

QString collapsedAttribute(const QString &value)
{
    QString out;
    for (const QChar ch : value) {
        if (isAsciiWhitespace(ch) || ch.unicode() < 0x20 || ch.unicode() == 0x7F) {
            if (!out.isEmpty() && !out.endsWith(u' '))
                out += u' ';
        } else {
            out += ch;
        }
    }
    return out.trimmed();
}

} // namespace

Sanitizer::Sanitizer(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{
}

bool Sanitizer::enter(GumboTag tag, const ElementAttributes &attributes)
{
    if (dropsContent(tag) || attributes.has("hidden"))
        return false;
    const std::optional<Exit> exit = element(tag, attributes);
    if (!exit)
        return false;
    m_exits.append(*exit);
    return true;
}

void Sanitizer::enterTransparent()
{
    m_exits.append(Exit::Nothing);
}

void Sanitizer::leave()
{
    switch (m_exits.takeLast()) {
    case Exit::Nothing: break;
    case Exit::CloseBlock: m_writer.closeBlock(); break;
    case Exit::CloseInline: m_writer.closeInline(); break;
    case Exit::CloseLink: m_writer.closeInline(); --m_openLinks; break;
    case Exit::Boundary: m_writer.boundary(); break;
    }
}

void Sanitizer::text(QStringView text)
{
    m_writer.text(text);
}

QString Sanitizer::finish()
{
    return m_writer.finish();
}

// Decides what an element becomes; nullopt = leave it out with its content.
std::optional<Sanitizer::Exit> Sanitizer::element(GumboTag tag, const ElementAttributes &attributes)
{
    const Frame where = m_writer.current();
    const bool inFlow = where == Frame::Flow || where == Frame::Item;

    switch (tag) {
    case GUMBO_TAG_EM: case GUMBO_TAG_I: return inlineElement(u"<em>"_s, "</em>"_L1);
    case GUMBO_TAG_STRONG: case GUMBO_TAG_B: return inlineElement(u"<strong>"_s, "</strong>"_L1);
    case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT: {
        const QString language = where == Frame::Pre ? codeLanguageAttribute(attributes) : QString();
        return inlineElement(language.isEmpty() ? u"<code>"_s : u"<code "_s + language + u'>', "</code>"_L1);
    }
    case GUMBO_TAG_A: {
        const QString href = safeUrl(attributes.value("href"), m_baseUrl, UrlUse::Link);
        // A link inside a link keeps its text only. The tree can hold one (a table's foster
        // parenting moves <a> out of the table into the outer <a>), but written out it would not
        // survive a parse: the inner <a> closes the outer one, and sanitising the output again
        // would give other markup.
        if (href.isEmpty() || m_openLinks > 0)
            return Exit::Nothing; // keep the text, lose the link
        inlineElement(u"<a href=\""_s + escapeHtmlAttribute(href) + u"\">"_s, "</a>"_L1);
        ++m_openLinks;
        return Exit::CloseLink;
    }
    case GUMBO_TAG_IMG: image(attributes); return std::nullopt;
    case GUMBO_TAG_BR: m_writer.lineBreak(); return std::nullopt;
    case GUMBO_TAG_HR: m_writer.rule(); return std::nullopt;
    case GUMBO_TAG_P:
        if (inFlow)
            return block("p"_L1, Frame::Phrasing);
        break;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
        if (inFlow)
            return block(headingTag(tag), Frame::Phrasing);
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        if (inFlow)
            return block("blockquote"_L1, Frame::Flow);
        break;
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIR: case GUMBO_TAG_MENU: {
        const QLatin1StringView name = tag == GUMBO_TAG_OL ? "ol"_L1 : "ul"_L1;
        if (where == Frame::List)
            m_writer.openImplicitItem(); // <ul><ul>: browsers show it nested, so nest it
        if (inFlow || where == Frame::List)
            return block(name, Frame::List);
        break;
    }
    case GUMBO_TAG_LI:
        if (where == Frame::List || where == Frame::Item) {
            if (m_writer.openListItem())
                return Exit::CloseBlock;
            m_writer.boundary();
            return Exit::Boundary;
        }
        break;
    case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
        if (inFlow)
            return block("pre"_L1, Frame::Pre);
        break;
    case GUMBO_TAG_FIGURE:
        if (inFlow)
            return block("figure"_L1, Frame::Flow);
        break;
    case GUMBO_TAG_FIGCAPTION:
        if (inFlow)
            return block("figcaption"_L1, Frame::Phrasing);
        break;
    case GUMBO_TAG_TABLE:
        if (inFlow)
            return block("table"_L1, Frame::Table);
        break;
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        if (where == Frame::Table)
            return Exit::Nothing; // rows are kept, their grouping is not
        break;
    case GUMBO_TAG_CAPTION:
        if (where == Frame::Table)
            return block("caption"_L1, Frame::Phrasing);
        break;
    case GUMBO_TAG_TR:
        if (where == Frame::Table)
            return block("tr"_L1, Frame::Row);
        break;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
        if (where == Frame::Row)
            return block(tag == GUMBO_TAG_TD ? "td"_L1 : "th"_L1, Frame::Phrasing);
        break;
    default: break;
    }
    if (separatesBlocks(tag)) {
        m_writer.boundary();
        return Exit::Boundary;
    }
    return Exit::Nothing; // span, font, u, unknown elements ...: unwrapped, content kept
}

Sanitizer::Exit Sanitizer::inlineElement(const QString &open, QLatin1StringView close)
{
    m_writer.openInline(open, close);
    return Exit::CloseInline;
}

Sanitizer::Exit Sanitizer::block(QLatin1StringView tag, Frame kind)
{
    m_writer.openBlock(tag, kind);
    return Exit::CloseBlock;
}

void Sanitizer::image(const ElementAttributes &attributes)
{
    QString src = safeUrl(attributes.value("src"), m_baseUrl, UrlUse::Image);
    if (src.isEmpty()) // lazy-loading pages put a placeholder in src and the picture in data-src
        src = safeUrl(attributes.value("data-src"), m_baseUrl, UrlUse::Image);
    if (src.isEmpty())
        return;
    QString markup = u"<img src=\""_s + escapeHtmlAttribute(src) + u'"';
    QString alt = collapsedAttribute(attributes.value("alt"));
    if (!alt.isEmpty())
        markup += u" alt=\""_s + escapeHtmlAttribute(alt) + u'"';
    m_writer.image(markup + u'>');
}

} // namespace gloss::html
