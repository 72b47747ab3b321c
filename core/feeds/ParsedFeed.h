// Plain value types a feed parser produces from bytes: no store, no network. Shared by the
// parsers (RSS 0.9x/2.0, RSS 1.0/RDF, Atom 0.3/1.0, JSON Feed 1.0/1.1), the refresher and the CLI.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gloss {

struct FeedEnclosure {
    QUrl url;
    QString type;
    qint64 length = 0;
};

struct FeedEntry {
    QString id;            // guid / atom:id / JSON id; empty when the feed gives none
    QString title;         // plain text (markup stripped, entities decoded)
    QUrl link;             // absolute (xml:base and the feed's URL applied)
    QString author;
    QStringList categories;
    QString summary;       // sanitised HTML (gloss::sanitizeHtml), may be empty
    QString content;       // sanitised HTML of the full content, may be empty
    QDateTime published;   // UTC; invalid when absent or unparseable
    QDateTime updated;     // UTC; invalid when absent
    QList<FeedEnclosure> enclosures;
};

struct ParsedFeed {
    QString format;        // "rss2", "rss091", "rss1", "atom10", "atom03", "json10", "json11"
    QString title;
    QUrl link;             // the site
    QString description;
    QList<FeedEntry> entries;
    QStringList warnings;  // recoverable problems (the feed was ill-formed but readable)
};

} // namespace gloss
