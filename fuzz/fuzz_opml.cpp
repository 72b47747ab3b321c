// fuzz_opml: parseOpml(), reading a subscription list someone else exported (nested folders,
// feeds, odd head fields, ill-formed XML kept up to the error). Whatever it reads must also write
// back: writeOpml() of the outlines must parse again.
#include "FuzzEntries.h"

#include "feeds/OpmlParser.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome opml(const QByteArray &input)
{
    const OpmlParseResult result = parseOpml(input);
    if (!result.ok())
        return {false, result.error, {}};
    // Export after import is how a user moves subscriptions on; a list we read but cannot write
    // back readably would lose them.
    const QByteArray written = writeOpml(result.document->outlines, result.document->title);
    const OpmlParseResult again = parseOpml(written);
    if (!again.ok())
        return {true, {}, u"writeOpml() wrote a document parseOpml() refuses: "_s + again.error};
    return {};
}

} // namespace gloss::fuzz
