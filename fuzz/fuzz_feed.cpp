// fuzz_feed: parseFeed(), the one entry point for feed bytes. It sniffs the format itself, so this
// one target covers RSS 2.0, RSS 1.0/RDF, Atom, CDF and JSON Feed; fuzz/run seeds it with each
// format's fixtures. The text decoding (BOM, HTTP charset, XML declaration), the bounded XML tree,
// date parsing, xml:base resolution and the sanitising of every item's HTML all run on the way.
#include "FuzzEntries.h"

#include "feeds/FeedParser.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome feed(const QByteArray &input)
{
    // A feed URL and an HTTP content type, as a fetch supplies them: relative links then resolve
    // and the charset path is taken (a charset in the document overrides nothing here).
    const FeedParseResult result = parseFeed(input, QUrl(u"https://feeds.example/news/feed.xml"_s), u"application/xml"_s);
    if (!result.ok())
        return {false, result.error, {}};
    return {};
}

} // namespace gloss::fuzz
