#include "HtmlWriter.h"

#include "CommentHtml.h"

#include "annotation/Palette.h"
#include "document/HtmlEscape.h"
#include "document/UrlPolicy.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

const char16_t Style[] = uR"css(
body { font-family: "Noto Serif", Georgia, serif; line-height: 1.5; max-width: 46em; margin: 2em auto; padding: 0 1em; color: #1d1d1f; background: #ffffff; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; margin: 2em 0 0.2em; border-bottom: 1px solid #d0d0d0; }
.meta { color: #555555; font-size: 0.9em; margin-top: 0; }
.annotation { margin: 1.2em 0; }
blockquote.quote { margin: 0; padding: 0.4em 0.8em; border-left: 4px solid #888888; }
blockquote.quote p { margin: 0.3em 0; }
.speaker { margin: 0.3em 0 0 0.8em; }
.comment { margin: 0.3em 0 0 0.8em; }
.comment blockquote { border-left: 2px solid #cccccc; margin-left: 0; padding-left: 0.8em; color: #444444; }
.tags { margin: 0.3em 0 0 0.8em; }
.tag { font-size: 0.85em; color: #333333; background-color: #eeeeee; padding: 0 0.4em; }
.state { margin: 0.3em 0 0 0.8em; font-style: italic; color: #8a4b00; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #777777; vertical-align: middle; }
pre { white-space: pre-wrap; background-color: #f4f4f4; padding: 0.5em; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; color: #000000; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .annotation { break-inside: avoid; page-break-inside: avoid; }
  blockquote.quote, .swatch, .tag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: #000000; text-decoration: none; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: #555555; }
}
)css";

QString paragraphs(const QString &text)
{
    QString out;
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    for (const QString &line : normalised.split(u'\n'))
        out += u"<p dir=\"auto\">"_s + escapeHtmlText(line) + u"</p>"_s;
    return out;
}

QString tagList(const QStringList &tags)
{
    QString out = u"<p class=\"tags\">"_s;
    for (const QString &t : tags)
        out += u"<span class=\"tag\">#"_s + escapeHtmlText(t) + u"</span> "_s;
    return out + u"</p>\n"_s;
}

QString annotationHtml(const ExportedAnnotation &n)
{
    // The colour comes from the palette (a fixed set of #rrggbb), never from the stored string.
    const HighlightColor &color = highlightColor(n.color);
    QString out = u"<section class=\"annotation\">\n<blockquote class=\"quote\" style=\"background-color: %1; border-left-color: %2\">"_s
                      .arg(color.light, color.dark);
    out += paragraphs(n.exact) + u"</blockquote>\n"_s;
    if (n.hasSpeaker()) {
        out += u"<p class=\"speaker\" dir=\"auto\">— <strong>"_s + escapeHtmlText(n.speaker.name) + u"</strong>"_s;
        if (!n.speaker.role.isEmpty())
            out += u" ("_s + escapeHtmlText(n.speaker.role) + u')';
        if (!n.verb.isEmpty())
            out += u", "_s + escapeHtmlText(n.verb);
        if (!n.quoteKind.isEmpty())
            out += u" · "_s + escapeHtmlText(n.quoteKind) + u" quote"_s;
        out += u"</p>\n"_s;
    }
    if (n.state == u"changed"_s)
        out += u"<p class=\"state\">Text changed since capture; it read: “"_s + escapeHtmlText(n.originalExact) + u"”</p>\n"_s;
    else if (n.state == u"orphan"_s)
        out += u"<p class=\"state\">No longer found in the article’s current text.</p>\n"_s;
    if (!n.comment.trimmed().isEmpty())
        out += u"<div class=\"comment\">"_s + commentHtml(n.comment) + u"</div>\n"_s;
    out += u"<p class=\"meta\"><span class=\"swatch\" style=\"background-color: %1\"></span> %2"_s.arg(color.light, escapeHtmlText(color.label));
    if (n.created.isValid())
        out += u" · "_s + escapeHtmlText(exportTimestamp(n.created));
    out += u"</p>\n"_s;
    if (!n.tags.isEmpty())
        out += tagList(n.tags);
    return out + u"</section>\n"_s;
}

} // namespace

QString HtmlWriter::articleHtml(const ExportedArticle &a)
{
    QString out = u"<article>\n<h2 dir=\"auto\">"_s + escapeHtmlText(a.title.isEmpty() ? u"(untitled)"_s : a.title) + u"</h2>\n"_s;
    QStringList meta;
    const QString source = a.feedTitle.isEmpty() ? a.source : a.feedTitle;
    if (!source.isEmpty())
        meta << escapeHtmlText(source);
    if (!a.author.isEmpty())
        meta << escapeHtmlText(a.author);
    if (a.published.isValid())
        meta << escapeHtmlText(exportTimestamp(a.published));
    // A link is a place to go, not a resource the file loads; only web and mail links are kept.
    const QString href = safeUrl(a.url, QUrl(), UrlUse::Link);
    if (!href.isEmpty())
        meta << u"<a href=\""_s + escapeHtmlAttribute(href) + u"\" rel=\"noreferrer\">"_s + escapeHtmlText(a.url) + u"</a>"_s;
    else if (!a.url.isEmpty())
        meta << escapeHtmlText(a.url);
    if (!meta.isEmpty())
        out += u"<p class=\"meta\" dir=\"auto\">"_s + meta.join(u" · "_s) + u"</p>\n"_s;
    if (!a.tags.isEmpty())
        out += tagList(a.tags);
    for (const ExportedAnnotation &n : a.annotations)
        out += annotationHtml(n);
    return out + u"</article>\n"_s;
}

QString HtmlWriter::styleSheet()
{
    return QString(QStringView(Style));
}

QString HtmlWriter::headerHtml(const ExportHeader &header)
{
    QString out = u"<header>\n<h1 dir=\"auto\">"_s + escapeHtmlText(header.title) + u"</h1>\n<p class=\"meta\">"_s;
    if (header.exportedAt.isValid())
        out += u"Exported "_s + escapeHtmlText(exportTimestamp(header.exportedAt)) + u" · "_s;
    out += u"%1 article(s) · %2 annotation(s)</p>\n</header>\n"_s.arg(header.articleCount).arg(header.annotationCount);
    return out;
}

Status HtmlWriter::begin(const ExportHeader &header)
{
    const QString out = u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"generator\" content=\"Gloss\">\n<title>"_s
                        + escapeHtmlText(header.title) + u"</title>\n<style>"_s + QStringView(Style) + u"</style>\n</head>\n<body>\n"_s;
    return write(out + headerHtml(header));
}

Status HtmlWriter::article(const ExportedArticle &a)
{
    return write(articleHtml(a));
}

Status HtmlWriter::finish()
{
    return write(u"</body>\n</html>\n"_s);
}

} // namespace gloss
