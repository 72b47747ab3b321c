// Finding the article in an HTML page (internal): its metadata from <meta>/<link>/<time>, its
// content element (<article>, else <main>, else <body>), and that content sanitised, minus the
// headline that became the title and minus navigation blocks.
//
//   title       knownTitle (Markdown front matter), else og:title, else the first <h1>, else <title>
//   author      meta name=author, else article:author when it is a name rather than a profile URL
//   published   meta article:published_time and friends, else the first <time datetime>
//   url         og:url, else link rel=canonical (http/https only)
//   sourceName  og:site_name
// Relative links resolve against the canonical URL, else against baseUrl.
#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace gloss::detail {

struct HtmlArticleParts {
    QString title;
    QString author;
    QString sourceName;
    QUrl url;
    QDateTime published;
    QUrl base;           // what relative links were resolved against
    QString contentHtml; // sanitised
};

HtmlArticleParts extractHtmlArticle(const QString &html, const QUrl &baseUrl, const QString &knownTitle = {});

} // namespace gloss::detail
