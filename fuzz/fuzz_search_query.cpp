// fuzz_search_query: parseSearchQuery() on whatever is typed into the search box, then the parsed
// query run against the fuzz library's FTS5 indexes. The parser promises that nothing is an error
// and that user text never reaches SQL or FTS5 syntax, so a search that fails here is a violation.
#include "FuzzEntries.h"
#include "FuzzLibrary.h"

#include "search/Searcher.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome searchQuery(const QByteArray &input)
{
    const search::SearchQuery query = search::parseSearchQuery(QString::fromUtf8(input));
    Database &db = fuzzLibrary();
    const auto found = search::search(db, query, 5);
    if (!found)
        return {true, {}, u"search() failed on a parsed query: "_s + found.error()};
    const auto ids = search::searchArticleIds(db, query, 5);
    if (!ids)
        return {true, {}, u"searchArticleIds() failed on a parsed query: "_s + ids.error()};
    return {};
}

} // namespace gloss::fuzz
