#include "HtmlArticleExtractor.h"

#include "GumboSanitizer.h"
#include "GumboTree.h"
#include "LooseDate.h"
#include "UrlPolicy.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace gloss::detail {

namespace {

using namespace gloss::html;

// <meta property|name|itemprop=key content=...> and <link rel=... href=...>, first one per key wins.
struct PageMetadata {
    QHash<QString, QString> meta;
    QHash<QString, QString> links;
    QString titleElement;

    QString value(std::initializer_list<const char16_t *> keys) const
    {
        for (const char16_t *key : keys) {
            const QString v = meta.value(QString::fromUtf16(key)).simplified();
            if (!v.isEmpty())
                return v;
        }
        return {};
    }
};

PageMetadata readMetadata(const GumboNode *document)
{
    PageMetadata page;
    walk(
        document,
        [&](const GumboNode *node) {
            if (node->type == GUMBO_NODE_DOCUMENT)
                return true;
            if (!isHtmlElement(node))
                return false;
            if (isElement(node, GUMBO_TAG_META)) {
                QString key = attribute(node, "property");
                if (key.isEmpty())
                    key = attribute(node, "name");
                if (key.isEmpty())
                    key = attribute(node, "itemprop");
                key = key.trimmed().toLower();
                if (!key.isEmpty() && !page.meta.contains(key))
                    page.meta.insert(key, attribute(node, "content"));
            } else if (isElement(node, GUMBO_TAG_LINK)) {
                for (const QString &rel : attribute(node, "rel").toLower().split(u' ', Qt::SkipEmptyParts)) {
                    if (!page.links.contains(rel))
                        page.links.insert(rel, attribute(node, "href"));
                }
            } else if (isElement(node, GUMBO_TAG_TITLE) && page.titleElement.isEmpty()) {
                page.titleElement = collapsedText(node);
            }
            return !isElement(node, GUMBO_TAG_SCRIPT) && !isElement(node, GUMBO_TAG_STYLE);
        },
        [](const GumboNode *) {});
    return page;
}

const GumboNode *contentRoot(const ParsedHtml &document)
{
    const GumboNode *body = document.body();
    if (!body)
        return nullptr;
    if (const GumboNode *article = findFirst(body, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_ARTICLE); }))
        return article;
    if (const GumboNode *main = findFirst(body, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_MAIN); }))
        return main;
    return body;
}

// "Story title | The Courier" -> "Story title" when the site's name is known.
QString withoutSiteSuffix(const QString &title, const QString &siteName)
{
    if (siteName.isEmpty())
        return title;
    for (const QString &separator : {u" | "_s, u" - "_s, u" \u2013 "_s, u" \u2014 "_s, u" :: "_s}) {
        const QString suffix = separator + siteName;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size())
            return title.left(title.size() - suffix.size());
    }
    return title;
}

QString authorName(const PageMetadata &page)
{
    QString author = page.value({u"author", u"article:author", u"byl", u"dc.creator", u"parsely-author"});
    // article:author is often a profile URL, which is not a name.
    if (author.startsWith(u"http://"_s) || author.startsWith(u"https://"_s))
        author = page.value({u"author", u"byl", u"dc.creator", u"parsely-author"});
    if (author.startsWith(u"http://"_s) || author.startsWith(u"https://"_s))
        return {};
    if (author.startsWith(u"By "_s, Qt::CaseInsensitive))
        author = author.mid(3).trimmed();
    return author;
}

QDateTime publishedTime(const PageMetadata &page, const GumboNode *content, const GumboNode *document)
{
    for (const char16_t *key : {u"article:published_time", u"og:article:published_time", u"datepublished",
                                u"date", u"pubdate", u"publishdate", u"dc.date", u"dc.date.issued",
                                u"dcterms.created", u"parsely-pub-date", u"sailthru.date"}) {
        if (const QDateTime when = parseLooseDate(page.meta.value(QString::fromUtf16(key)).trimmed()); when.isValid())
            return when;
    }
    for (const GumboNode *root : {content, document}) {
        const GumboNode *time = findFirst(root, [](const GumboNode *n) {
            return isElement(n, GUMBO_TAG_TIME) && parseLooseDate(attribute(n, "datetime").trimmed()).isValid();
        });
        if (time)
            return parseLooseDate(attribute(time, "datetime").trimmed());
    }
    return {};
}

QUrl canonicalUrl(const PageMetadata &page, const QUrl &baseUrl)
{
    for (const QString &candidate : {page.meta.value(u"og:url"_s), page.links.value(u"canonical"_s)}) {
        const QString url = safeUrl(candidate, baseUrl, UrlUse::Image); // Image: http(s) only
        if (!url.isEmpty())
            return QUrl(url, QUrl::StrictMode);
    }
    return {};
}

} // namespace

HtmlArticleParts extractHtmlArticle(const QString &html, const QUrl &baseUrl, const QString &knownTitle)
{
    const ParsedHtml document(html);
    const PageMetadata page = readMetadata(document.document());
    const GumboNode *content = contentRoot(document);

    HtmlArticleParts parts;
    parts.sourceName = page.value({u"og:site_name", u"application-name"});
    parts.author = authorName(page);
    parts.url = canonicalUrl(page, baseUrl);
    parts.base = parts.url.isValid() ? parts.url : baseUrl;
    parts.published = publishedTime(page, content, document.document());

    const GumboNode *firstH1 = content ? findFirst(content, [](const GumboNode *n) { return isElement(n, GUMBO_TAG_H1); })
                                       : nullptr;
    parts.title = knownTitle.simplified();
    if (parts.title.isEmpty())
        parts.title = page.value({u"og:title", u"twitter:title"});
    if (parts.title.isEmpty() && firstH1)
        parts.title = collapsedText(firstH1);
    if (parts.title.isEmpty())
        parts.title = withoutSiteSuffix(page.titleElement, parts.sourceName);

    SanitizeOptions options{parts.base, {}};
    // The headline is the title; kept in the body it would be read (and annotated) twice.
    const GumboNode *headline = content ? findFirst(content, [&](const GumboNode *n) {
        return isElement(n, GUMBO_TAG_H1) && collapsedText(n).compare(parts.title, Qt::CaseInsensitive) == 0;
    })
                                        : nullptr;
    if (headline)
        options.skip.insert(headline);
    // Navigation inside the content (breadcrumbs, "more stories") is not the article.
    walk(
        content,
        [&](const GumboNode *n) {
            if (isElement(n, GUMBO_TAG_NAV)) {
                options.skip.insert(n);
                return false;
            }
            return n->type == GUMBO_NODE_ELEMENT;
        },
        [](const GumboNode *) {});
    if (content)
        parts.contentHtml = sanitizeSubtree(content, options);
    return parts;
}

} // namespace gloss::detail
