// appendPdfComment() (PdfContent.h): md4c walks the comment as CommentHtml.cpp does, with the same
// rules (GitHub dialect, raw HTML off, links only to safe targets, images as their alt text). Plain
// paragraphs, the usual comment, become blocks directly; anything else stops the walk, and the
// comment is laid out by QTextDocument from commentHtml() instead, exactly as the HTML reads.
#include "PdfContent.h"

#include "CommentHtml.h"
#include "HtmlWriter.h"

#include "document/UrlPolicy.h"

#include <md4c.h>

#include <QTextBlock>
#include <QTextDocument>
#include <QUrl>

#include <optional>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {


struct Renderer {
    const PdfStyle &style;
    PdfBlocks blocks;
    std::optional<PdfBlock> paragraph;
    QList<QTextCharFormat> formats{QTextCharFormat()}; // the open spans' formats, innermost last
    int imageDepth = 0;                                  // inside an image everything is alt text
    bool needsDocument = false;

    // Returned by a callback, stops md_parse() (though not from every callback in every md4c
    // version, so the flag is what counts).
    int stopForDocument()
    {
        needsDocument = true;
        return 1;
    }

    void add(QStringView text)
    {
        if (paragraph)
            PdfBlockText(*paragraph).append(text, formats.last());
    }
};

QString utf8(const MD_CHAR *text, MD_SIZE size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

// The character an entity stands for, when QTextDocument is sure to read it as that character:
// the few named ones every parser knows, and numeric ones outside the C1 range (which QTextDocument
// maps as Windows-1252). Anything else goes the QTextDocument way.
std::optional<char32_t> entityCharacter(const QString &entity)
{
    static const QHash<QString, char32_t> named = {
        {u"&amp;"_s, U'&'}, {u"&lt;"_s, U'<'}, {u"&gt;"_s, U'>'}, {u"&quot;"_s, U'"'}, {u"&nbsp;"_s, U'\u00A0'}};
    if (const auto it = named.constFind(entity); it != named.cend())
        return *it;
    if (!entity.startsWith(u"&#"_s) || !entity.endsWith(u';') || entity.size() > 12)
        return std::nullopt;
    const bool hex = entity.size() > 3 && (entity[2] == u'x' || entity[2] == u'X');
    bool ok = false;
    const uint code = QStringView(entity).sliced(hex ? 3 : 2).chopped(1).toUInt(&ok, hex ? 16 : 10);
    if (!ok || code < 0x20 || (code >= 0x7F && code < 0xA0) || (code >= 0xD800 && code < 0xE000) || code > 0x10FFFF)
        return std::nullopt;
    return char32_t(code);
}

int enterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_BLOCK_DOC)
        return 0;
    if (type != MD_BLOCK_P)
        return r.stopForDocument();
    // <div class="comment"><p dir="auto">: indented, a paragraph's margins.
    PdfBlock b;
    b.font = r.style.body;
    b.color = r.style.text;
    b.topMargin = b.bottomMargin = r.style.paragraphMargin();
    b.leftMargin = r.style.ems(0.8);
    b.autoDirection = true;
    r.paragraph = std::move(b);
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_BLOCK_P && r.paragraph) {
        r.blocks.push_back(std::move(*r.paragraph));
        r.paragraph.reset();
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_SPAN_IMG) {
        if (r.imageDepth++ == 0)
            r.add(u"[image: ");
        return 0;
    }
    if (r.imageDepth > 0)
        return 0;
    QTextCharFormat f = r.formats.last();
    switch (type) {
    case MD_SPAN_EM: f.setFontItalic(true); break;
    case MD_SPAN_STRONG: f.setFontWeight(QFont::Bold); break;
    case MD_SPAN_CODE: f.setFontFamilies({u"monospace"_s}); break; // as QTextDocument sets <code>
    case MD_SPAN_DEL: f.setFontStrikeOut(true); break;
    case MD_SPAN_U: f.setFontUnderline(true); break;
    case MD_SPAN_A: {
        const auto &a = *static_cast<MD_SPAN_A_DETAIL *>(detail);
        const QString href = safeUrl(utf8(a.href.text, a.href.size), QUrl(), UrlUse::Link);
        if (!href.isEmpty()) {
            f.setForeground(r.style.link);
            f.setFontUnderline(true);
            f.setAnchor(true);
            f.setAnchorHref(href);
        }
        break;
    }
    default: break; // math and wiki links are not enabled
    }
    r.formats.append(f);
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_SPAN_IMG) {
        if (--r.imageDepth == 0)
            r.add(u"]");
        return 0;
    }
    if (r.imageDepth == 0 && r.formats.size() > 1)
        r.formats.removeLast();
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_TEXT_NULLCHAR: r.add(u"\uFFFD"); break;
    case MD_TEXT_BR:
        if (r.imageDepth)
            r.add(u" ");
        else if (r.paragraph)
            PdfBlockText(*r.paragraph).lineBreak();
        break;
    case MD_TEXT_SOFTBR: r.add(u" "); break;
    case MD_TEXT_ENTITY: {
        const std::optional<char32_t> c = entityCharacter(utf8(chars, size));
        if (!c)
            return r.stopForDocument();
        r.add(QString::fromUcs4(&*c, 1));
        break;
    }
    default: r.add(utf8(chars, size)); break; // normal, code, and raw HTML (shown, never run)
    }
    return 0;
}

// The comment as the HTML export writes it, laid out by QTextDocument under the same style sheet.
PdfBlock documentBlock(const QString &markdown, const PdfStyle &style)
{
    auto document = std::make_shared<QTextDocument>();
    document->setDocumentMargin(0);
    // The body's margin would land on the first block; in the article it is the article's.
    document->setDefaultStyleSheet(HtmlWriter::styleSheet() + u"body { margin: 0 }"_s);
    document->setHtml(u"<html><body><div class=\"comment\">"_s + commentHtml(markdown) + u"</div></body></html>"_s);
    PdfBlock b;
    // Its own first margin is not applied at the top of a document; here it collapses with the
    // block above, as it did when the comment was part of the article's document.
    b.topMargin = document->begin().blockFormat().topMargin() * style.scale;
    b.bottomMargin = document->lastBlock().blockFormat().bottomMargin() * style.scale;
    b.document = std::move(document);
    return b;
}

} // namespace

void appendPdfComment(PdfBlocks &blocks, const QString &markdown, const PdfStyle &style)
{
    Renderer renderer{style, {}, {}};
    MD_PARSER parser{0,
                     unsigned(MD_DIALECT_GITHUB | MD_FLAG_NOHTML),
                     enterBlock,
                     leaveBlock,
                     enterSpan,
                     leaveSpan,
                     text,
                     nullptr,
                     nullptr};
    const QByteArray input = markdown.toUtf8();
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &renderer) != 0 || renderer.needsDocument) {
        blocks.push_back(documentBlock(markdown, style));
        return;
    }
    for (PdfBlock &b : renderer.blocks)
        blocks.push_back(std::move(b));
}

} // namespace gloss
