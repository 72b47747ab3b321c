#include "PdfContent.h"

#include "annotation/Palette.h"
#include "document/UrlPolicy.h"

#include <QTextCharFormat>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

PdfBlock block(const QFont &font, const QColor &color)
{
    PdfBlock b;
    b.font = font;
    b.color = color;
    return b;
}

QTextCharFormat bold()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    return f;
}

// <p class="tags">: "#tag" on grey, spaces between. The spaces take the tags' colour, which shows
// nowhere and saves the PDF a change of colour around each.
void appendTags(PdfBlocks &blocks, const QStringList &tags, const PdfStyle &style)
{
    PdfBlock b = block(style.body, style.tagText);
    b.topMargin = style.ems(0.3);
    b.leftMargin = style.ems(0.8);
    PdfBlockText text(b);
    for (const QString &t : tags) {
        if (&t != &tags.first())
            text.append(u" ");
        text.highlighted(QString(u'#' + t), style.tagBackground);
    }
    blocks.push_back(std::move(b));
}

void appendAnnotation(PdfBlocks &blocks, const ExportedAnnotation &n, const PdfStyle &style)
{
    // The colour comes from the palette (a fixed set of #rrggbb), never from the stored string.
    const HighlightColor &color = highlightColor(n.color);
    // <blockquote class="quote">: a <p dir="auto"> per line of the quote, each on the colour.
    QString exact = n.exact;
    exact.replace(u"\r\n"_s, u"\n"_s);
    for (const QString &line : exact.split(u'\n')) {
        PdfBlock b = block(style.body, style.text);
        b.background = QColor(color.light);
        b.topMargin = b.bottomMargin = style.ems(0.3);
        b.autoDirection = true;
        PdfBlockText(b).append(line);
        blocks.push_back(std::move(b));
    }
    if (n.hasSpeaker()) {
        PdfBlock b = block(style.body, style.text);
        b.topMargin = style.ems(0.3);
        b.leftMargin = style.ems(0.8);
        b.autoDirection = true;
        PdfBlockText text(b);
        text.append(u"— ");
        text.append(n.speaker.name, bold());
        if (!n.speaker.role.isEmpty())
            text.append(QString(u" ("_s + n.speaker.role + u')'));
        if (!n.verb.isEmpty())
            text.append(QString(u", "_s + n.verb));
        if (!n.quoteKind.isEmpty())
            text.append(QString(u" · "_s + n.quoteKind + u" quote"_s));
        blocks.push_back(std::move(b));
    }
    if (n.state == u"changed"_s || n.state == u"orphan"_s) {
        QFont italic = style.body;
        italic.setItalic(true);
        PdfBlock b = block(italic, style.state);
        b.topMargin = style.ems(0.3);
        b.leftMargin = style.ems(0.8);
        PdfBlockText(b).append(n.state == u"changed"_s ? QString(u"Text changed since capture; it read: “"_s + n.originalExact + u"”"_s)
                                                        : u"No longer found in the article’s current text."_s);
        blocks.push_back(std::move(b));
    }
    if (!n.comment.trimmed().isEmpty())
        appendPdfComment(blocks, n.comment, style);
    // The HTML's swatch is an empty inline box, which QTextDocument does not draw.
    PdfBlock meta = block(style.body, style.meta);
    meta.bottomMargin = style.paragraphMargin();
    PdfBlockText text(meta);
    text.append(color.label);
    if (n.created.isValid())
        text.append(QString(u" · "_s + exportTimestamp(n.created)));
    blocks.push_back(std::move(meta));
    if (!n.tags.isEmpty())
        appendTags(blocks, n.tags, style);
}

} // namespace

PdfBlocks pdfHeaderBlocks(const ExportHeader &header, const PdfStyle &style)
{
    PdfBlocks blocks;
    PdfBlock title = block(style.h1, style.text);
    title.bottomMargin = style.ems(0.2);
    title.autoDirection = true;
    PdfBlockText(title).append(header.title);
    blocks.push_back(std::move(title));
    PdfBlock meta = block(style.body, style.meta);
    meta.bottomMargin = style.paragraphMargin();
    PdfBlockText text(meta);
    if (header.exportedAt.isValid())
        text.append(QString(u"Exported "_s + exportTimestamp(header.exportedAt) + u" · "_s));
    text.append(u"%1 article(s) · %2 annotation(s)"_s.arg(header.articleCount).arg(header.annotationCount));
    blocks.push_back(std::move(meta));
    return blocks;
}

PdfBlocks pdfArticleBlocks(const ExportedArticle &a, const PdfStyle &style)
{
    PdfBlocks blocks;
    PdfBlock title = block(style.h2, style.text);
    title.bottomMargin = style.ems(0.2);
    title.autoDirection = true;
    PdfBlockText(title).append(a.title.isEmpty() ? u"(untitled)"_s : a.title);
    blocks.push_back(std::move(title));

    PdfBlock meta = block(style.body, style.meta);
    meta.bottomMargin = style.paragraphMargin();
    meta.autoDirection = true;
    PdfBlockText text(meta);
    bool first = true; // the parts are joined with " · "
    const auto separate = [&] {
        if (!first)
            text.append(u" · ");
        first = false;
    };
    const QString source = a.feedTitle.isEmpty() ? a.source : a.feedTitle;
    if (!source.isEmpty()) {
        separate();
        text.append(source);
    }
    if (!a.author.isEmpty()) {
        separate();
        text.append(a.author);
    }
    if (a.published.isValid()) {
        separate();
        text.append(exportTimestamp(a.published));
    }
    // A link is a place to go, not a resource the file loads; only web and mail links are kept.
    const QString href = safeUrl(a.url, QUrl(), UrlUse::Link);
    if (!a.url.isEmpty())
        separate();
    if (!href.isEmpty()) {
        QTextCharFormat link;
        link.setForeground(style.link);
        link.setFontUnderline(true);
        link.setAnchor(true);
        link.setAnchorHref(href);
        text.append(a.url, link);
    } else if (!a.url.isEmpty()) {
        text.append(a.url);
    }
    blocks.push_back(std::move(meta));

    if (!a.tags.isEmpty())
        appendTags(blocks, a.tags, style);
    for (const ExportedAnnotation &n : a.annotations)
        appendAnnotation(blocks, n, style);
    return blocks;
}

} // namespace gloss
