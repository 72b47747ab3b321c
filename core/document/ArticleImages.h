// The pictures an article's sanitised HTML names, for a reader that shows them only with consent.
//
// The sanitiser writes every image it keeps as `<img src="URL" alt="TEXT">` (src an absolute http(s)
// URL, both attributes escaped with escapeHtmlAttribute), so reading them back needs no HTML parser:
// a pattern over its own output and the inverse of that escaping.
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace gloss {

struct ArticleImage {
    QUrl url;     // http or https
    QString alt;  // may be empty
    friend bool operator==(const ArticleImage &, const ArticleImage &) = default;
};

// In document order, each address once, at most `limit` of them.
QList<ArticleImage> imagesInSanitizedHtml(const QString &sanitizedHtml, int limit = 24);

} // namespace gloss
