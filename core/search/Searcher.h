// Running a parsed query against a library: articles (title, author, source, text) and annotations
// (quote, comment, speaker, tags) through their FTS5 indexes, ranked by bm25, with snippets whose
// matched words are marked; filters become SQL conditions with bound values.
#pragma once

#include "SearchQuery.h"

#include "store/Result.h"

#include <QDateTime>

namespace gloss {
class Database;
}

namespace gloss::search {

struct SearchHit {
    enum class Kind { Article, Annotation };
    Kind kind = Kind::Article;
    qint64 articleId = 0;
    qint64 annotationId = 0;                    // Annotation only
    QString title;                              // the article's
    QString source;
    QDateTime published;                        // invalid when unknown
    QString snippet;                            // plain text
    QList<std::pair<int, int>> highlights;      // [start, end) of matched words in snippet
    double rank = 0;                            // bm25: lower is better; 0 without words
};

// Marks FTS5's snippet() puts around matched words; stripped into SearchHit::highlights.
inline constexpr QChar MatchStart = u'\u0002';
inline constexpr QChar MatchEnd = u'\u0003';

struct SearchResult {
    QList<SearchHit> hits;   // best first
    QStringList notes;       // from the parser: how odd input was read
};

// Searches articles and annotations (annotations only when a filter concerns them: speaker:, tag:,
// color:, is:orphan). An empty query finds nothing.
Result<SearchResult> search(Database &db, const SearchQuery &query, int limit = 50);
// The ids of matching articles, best first (what the article list shows for a search).
Result<QList<qint64>> searchArticleIds(Database &db, const SearchQuery &query, int limit = 1000);

} // namespace gloss::search
