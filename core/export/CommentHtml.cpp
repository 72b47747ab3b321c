#include "CommentHtml.h"

#include "document/HtmlEscape.h"
#include "document/UrlPolicy.h"

#include <md4c.h>

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

struct Renderer {
    QString out;
    int imageDepth = 0;   // inside an image everything is alt text
    QList<bool> linkOpen; // per open link span: whether an <a> was written

    void add(const char16_t *s) { out += QStringView(s); }
};

QString utf8(const MD_CHAR *text, MD_SIZE size)
{
    return QString::fromUtf8(text, qsizetype(size));
}

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    return utf8(attribute.text, attribute.size);
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE: r.add(u"<blockquote>"); break;
    case MD_BLOCK_UL: r.add(u"<ul>"); break;
    case MD_BLOCK_OL: {
        const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
        r.out += start == 1 ? u"<ol>"_s : u"<ol start=\"%1\">"_s.arg(start);
        break;
    }
    case MD_BLOCK_LI: r.add(u"<li>"); break;
    case MD_BLOCK_HR: r.add(u"<hr>"); break;
    case MD_BLOCK_H: r.out += u"<h%1>"_s.arg(qMin(6, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + 3)); break;
    case MD_BLOCK_CODE: r.add(u"<pre><code>"); break;
    case MD_BLOCK_HTML: r.add(u"<p>"); break;
    case MD_BLOCK_P: r.add(u"<p dir=\"auto\">"); break;
    case MD_BLOCK_TABLE: r.add(u"<table>"); break;
    case MD_BLOCK_THEAD: r.add(u"<thead>"); break;
    case MD_BLOCK_TBODY: r.add(u"<tbody>"); break;
    case MD_BLOCK_TR: r.add(u"<tr>"); break;
    case MD_BLOCK_TH: r.add(u"<th>"); break;
    case MD_BLOCK_TD: r.add(u"<td>"); break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE: r.add(u"</blockquote>\n"); break;
    case MD_BLOCK_UL: r.add(u"</ul>\n"); break;
    case MD_BLOCK_OL: r.add(u"</ol>\n"); break;
    case MD_BLOCK_LI: r.add(u"</li>\n"); break;
    case MD_BLOCK_HR: r.add(u"\n"); break;
    case MD_BLOCK_H: r.out += u"</h%1>\n"_s.arg(qMin(6, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level) + 3)); break;
    case MD_BLOCK_CODE: r.add(u"</code></pre>\n"); break;
    case MD_BLOCK_HTML: r.add(u"</p>\n"); break;
    case MD_BLOCK_P: r.add(u"</p>\n"); break;
    case MD_BLOCK_TABLE: r.add(u"</table>\n"); break;
    case MD_BLOCK_THEAD: r.add(u"</thead>\n"); break;
    case MD_BLOCK_TBODY: r.add(u"</tbody>\n"); break;
    case MD_BLOCK_TR: r.add(u"</tr>\n"); break;
    case MD_BLOCK_TH: r.add(u"</th>"); break;
    case MD_BLOCK_TD: r.add(u"</td>"); break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_SPAN_IMG) {
        if (r.imageDepth++ == 0)
            r.add(u"<span class=\"image\">[image: ");
        return 0;
    }
    if (r.imageDepth > 0)
        return 0;
    switch (type) {
    case MD_SPAN_EM: r.add(u"<em>"); break;
    case MD_SPAN_STRONG: r.add(u"<strong>"); break;
    case MD_SPAN_CODE: r.add(u"<code>"); break;
    case MD_SPAN_DEL: r.add(u"<del>"); break;
    case MD_SPAN_U: r.add(u"<u>"); break;
    case MD_SPAN_A: {
        const QString href = safeUrl(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href), QUrl(), UrlUse::Link);
        r.linkOpen.append(!href.isEmpty());
        if (!href.isEmpty())
            r.out += u"<a href=\""_s + escapeHtmlAttribute(href) + u"\" rel=\"noreferrer\">"_s;
        break;
    }
    default: break; // math and wiki links are not enabled
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    if (type == MD_SPAN_IMG) {
        if (--r.imageDepth == 0)
            r.add(u"]</span>");
        return 0;
    }
    if (r.imageDepth > 0)
        return 0;
    switch (type) {
    case MD_SPAN_EM: r.add(u"</em>"); break;
    case MD_SPAN_STRONG: r.add(u"</strong>"); break;
    case MD_SPAN_CODE: r.add(u"</code>"); break;
    case MD_SPAN_DEL: r.add(u"</del>"); break;
    case MD_SPAN_U: r.add(u"</u>"); break;
    case MD_SPAN_A:
        if (!r.linkOpen.isEmpty() && r.linkOpen.takeLast())
            r.add(u"</a>");
        break;
    default: break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *chars, MD_SIZE size, void *userdata)
{
    auto &r = *static_cast<Renderer *>(userdata);
    const QString t = utf8(chars, size);
    switch (type) {
    case MD_TEXT_NULLCHAR: r.out += QChar(0xFFFD); break;
    case MD_TEXT_BR: r.add(r.imageDepth ? u" " : u"<br>\n"); break;
    case MD_TEXT_SOFTBR: r.add(r.imageDepth ? u" " : u"\n"); break;
    case MD_TEXT_ENTITY: {
        // A well-formed character reference is already safe HTML; anything else is shown as typed.
        static const QRegularExpression entity(u"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});$"_s);
        r.out += entity.match(t).hasMatch() ? t : escapeHtmlText(t);
        break;
    }
    default: r.out += escapeHtmlText(t); break; // normal, code, and raw HTML (shown, never run)
    }
    return 0;
}

} // namespace

QString commentHtml(const QString &markdown)
{
    Renderer renderer;
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
    if (md_parse(input.constData(), MD_SIZE(input.size()), &parser, &renderer) != 0)
        return u"<p>"_s + escapeHtmlText(markdown) + u"</p>"_s;
    return renderer.out;
}

} // namespace gloss
