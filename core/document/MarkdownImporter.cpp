// Markdown: front matter for the metadata, md4c (GitHub dialect) for the HTML, then the HTML path.
#include "ArticleImporter.h"
#include "DocumentLog.h"
#include "FrontMatter.h"
#include "HtmlArticleExtractor.h"
#include "ImportSupport.h"
#include "LooseDate.h"

#include <md4c-html.h>

using namespace Qt::StringLiterals;

namespace gloss {

namespace detail {

namespace {
void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

QString markdownToHtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    // Raw HTML inside Markdown is allowed: it goes through the sanitiser like everything else.
    if (md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &output, MD_DIALECT_GITHUB, 0) != 0)
        qCWarning(lcDocument) << "md4c could not render the Markdown";
    return QString::fromUtf8(output);
}
} // namespace

ImportOutcome importMarkdown(const QByteArray &bytes, const ImportSource &source)
{
    if (const std::optional<QString> problem = refuseBytes(bytes))
        return importFailure(source, *problem);
    ImportedArticle article;
    article.format = u"markdown"_s;
    QString error;
    const std::optional<QString> text = decodeInput(bytes, {}, article, &error);
    if (!text)
        return importFailure(source, error);

    const FrontMatter front = splitFrontMatter(*text);
    const QUrl declaredUrl(front.fields.value(u"url"_s).trimmed(), QUrl::StrictMode);
    const bool urlUsable = declaredUrl.isValid() && (declaredUrl.scheme() == "http"_L1 || declaredUrl.scheme() == "https"_L1);
    if (!front.fields.value(u"url"_s).isEmpty() && !urlUsable)
        article.warnings.append(u"front matter url '%1' is not an http(s) URL; ignored"_s.arg(front.fields.value(u"url"_s)));

    const HtmlArticleParts parts = extractHtmlArticle(markdownToHtml(front.body), urlUsable ? declaredUrl : QUrl(),
                                                      front.fields.value(u"title"_s));
    article.title = parts.title;
    article.author = front.fields.value(u"author"_s, parts.author).trimmed();
    article.sourceName = front.fields.value(u"source"_s, parts.sourceName).trimmed();
    article.url = urlUsable ? declaredUrl : parts.url;

    const QString published = front.fields.value(u"published"_s, front.fields.value(u"date"_s)).trimmed();
    article.published = parseLooseDate(published);
    if (!published.isEmpty() && !article.published.isValid())
        article.warnings.append(u"front matter date '%1' is not a date; ignored"_s.arg(published));
    if (!article.published.isValid())
        article.published = parts.published;

    return finishImport(std::move(article), parts.contentHtml, parts.base, source);
}

} // namespace detail

ImportOutcome importMarkdown(const QByteArray &bytes, const QString &fileName)
{
    return detail::importMarkdown(bytes, {fileName.isEmpty() ? u"the Markdown text"_s : fileName, fileName, {}, {}});
}

} // namespace gloss
