// fuzz_import_plaintext: importPlainText(), a .txt article (scraped pages included): encoding
// detection and repair, binary refusal, title/byline/date guessing and paragraph layout.
#include "FuzzEntries.h"

#include "document/ArticleImporter.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome importPlainText(const QByteArray &input)
{
    const ImportOutcome outcome = gloss::importPlainText(input, u"fuzz.txt"_s);
    return {outcome.ok(), outcome.error, {}};
}

} // namespace gloss::fuzz
