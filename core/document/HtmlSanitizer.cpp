#include "HtmlSanitizer.h"

#include "DocumentBlocks.h"
#include "GumboSanitizer.h"
#include "SimpleHtmlReader.h"

namespace gloss {

QString sanitizeHtmlMarkup(const QString &html, const QUrl &baseUrl)
{
    if (std::optional<QString> simple = html::sanitizeSimpleHtml(html, baseUrl))
        return *std::move(simple);
    return detail::sanitizeParsedHtml(html, baseUrl);
}

namespace detail {
std::optional<QString> sanitizeSimpleHtml(const QString &html, const QUrl &baseUrl)
{
    return html::sanitizeSimpleHtml(html, baseUrl);
}

QString sanitizeParsedHtml(const QString &html, const QUrl &baseUrl)
{
    const html::ParsedHtml document(html);
    const GumboNode *body = document.body();
    return body ? html::sanitizeSubtree(body, html::SanitizeOptions{baseUrl, {}}) : QString();
}
} // namespace detail

SanitizedHtml sanitizeHtml(const QString &html, const QUrl &baseUrl)
{
    SanitizedHtml result;
    result.html = sanitizeHtmlMarkup(html, baseUrl);
    // The blocks come from the output, never from the input: one path from HTML to text.
    result.blocks = blocksFromSanitizedHtml(result.html);
    return result;
}

} // namespace gloss
