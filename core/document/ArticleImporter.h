// Importing articles from files: plain text (scraped articles included), HTML pages and Markdown
// (with the simple front matter the sample library uses). Every importer ends in the same place:
// its HTML goes through sanitizeHtml(), and blocks and text come from that (one path, one text).
//
// Bad input never throws or crashes: it comes back as an ImportOutcome with an error that names the
// file and the cause ("'/x/y.txt' is empty", "... looks like a binary file (it contains NUL bytes)",
// "... is too large (50.0 MB; the limit is 16 MB)", "... contains no readable text"). Faults that can
// be repaired (invalid UTF-8, an unknown charset) are repaired and reported in warnings.
#pragma once

#include "ImportedArticle.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gloss {

// Files larger than this are refused before they are read: an article is never that big, and an
// import must not take the machine's memory with it.
constexpr qint64 MaxArticleFileSize = 16 * 1024 * 1024;

// Chooses the importer by extension (.txt/.text, .html/.htm/.xhtml, .md/.markdown); any other
// extension is sniffed from the content (and a warning says how it was read).
ImportOutcome importArticleFile(const QString &path);

// fileName names the input in messages and gives the title when the text has none.
ImportOutcome importPlainText(const QByteArray &bytes, const QString &fileName);
// baseUrl: where the page came from (relative links resolve against the page's canonical URL, else it).
ImportOutcome importHtml(const QByteArray &bytes, const QUrl &baseUrl);
ImportOutcome importMarkdown(const QByteArray &bytes, const QString &fileName);

} // namespace gloss
