#include "HtmlSanitizer.h"

#include "DocumentBlocks.h"
#include "GumboSanitizer.h"

namespace gloss {

SanitizedHtml sanitizeHtml(const QString &html, const QUrl &baseUrl)
{
    const html::ParsedHtml document(html);
    const GumboNode *body = document.body();
    SanitizedHtml result;
    if (body)
        result.html = html::sanitizeSubtree(body, html::SanitizeOptions{baseUrl, {}});
    // The blocks come from the output, never from the input: one path from HTML to text.
    result.blocks = blocksFromSanitizedHtml(result.html);
    return result;
}

} // namespace gloss
