// HTML pages: decode (BOM, <meta charset>, else UTF-8), find the article, sanitise, finish.
#include "ArticleImporter.h"
#include "HtmlArticleExtractor.h"
#include "ImportSupport.h"
#include "TextDecoding.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace detail {

ImportOutcome importHtml(const QByteArray &bytes, const ImportSource &source)
{
    if (const std::optional<QString> problem = refuseBytes(bytes))
        return importFailure(source, *problem);
    ImportedArticle article;
    article.format = u"html"_s;
    QString error;
    const std::optional<QString> html = decodeInput(bytes, declaredHtmlCharset(bytes), article, &error);
    if (!html)
        return importFailure(source, error);

    const HtmlArticleParts parts = extractHtmlArticle(*html, source.baseUrl);
    article.title = parts.title;
    article.author = parts.author;
    article.sourceName = parts.sourceName;
    article.url = parts.url;
    if (article.url.isEmpty() && (source.baseUrl.scheme() == "http"_L1 || source.baseUrl.scheme() == "https"_L1))
        article.url = source.baseUrl;
    article.published = parts.published;
    return finishImport(std::move(article), parts.contentHtml, parts.base, source);
}

} // namespace detail

ImportOutcome importHtml(const QByteArray &bytes, const QUrl &baseUrl)
{
    const QString name = baseUrl.isEmpty() ? u"the HTML document"_s : baseUrl.toDisplayString();
    return detail::importHtml(bytes, {name, baseUrl.fileName(), {}, baseUrl});
}

} // namespace gloss
