// What an importer hands to the store: the article's metadata, its sanitised HTML, the blocks
// derived from that HTML and the canonical text derived from those blocks (see Block.h), plus
// warnings about anything that was repaired on the way (bad bytes, unknown encodings ...).
#pragma once

#include "Block.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gloss {

struct ImportedArticle {
    QString title;
    QString author;
    QString sourceName;  // the publication ("The Lakeside Courier"), when known
    QUrl url;            // the article's own URL if it names one, else the imported file's file: URL
    QDateTime published; // UTC, invalid if unknown
    QString html;        // sanitised
    QList<Block> blocks; // blocksFromSanitizedHtml(html)
    QString text;        // canonicalText(blocks)
    QString format;      // "text", "html" or "markdown": what the input was
    QStringList warnings;
};

// An import either gives an article or says, in a sentence for the user, why it could not.
struct ImportOutcome {
    std::optional<ImportedArticle> article;
    QString error;

    bool ok() const { return article.has_value(); }
};

} // namespace gloss
