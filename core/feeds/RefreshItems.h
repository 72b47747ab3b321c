// From a parsed feed entry to what the library stores: the article's identity (for de-duplication)
// and its content. Pure functions, tested alone.
#pragma once

#include "ParsedFeed.h"

#include "store/ArticleRecord.h"

namespace gloss {

// Limits on one feed's items, so that one absurd feed cannot swamp the library or a refresh: the
// items beyond them are left out with a message for that feed, and the rest are stored as usual.
inline constexpr int MaxItemsPerFeed = 5000;               // the first ones listed (feeds list newest first)
inline constexpr qsizetype MaxItemChars = 4 * 1024 * 1024; // an item's sanitised HTML, content and summary

// The identity of an entry within its feed: the entry's id/guid, else its link, else its title and
// date. Two fetches of the same story give the same key, so a changed story becomes a new revision
// of the same article rather than a second article.
QString feedItemKey(qint64 feedId, const FeedEntry &entry);

// The article for an entry: full content when the feed has it, else the summary, else the title.
ArticleInput feedItemArticle(qint64 feedId, const QString &feedTitle, const FeedEntry &entry);

} // namespace gloss
