// fuzz_import_markdown: importMarkdown(), front matter (title, author, date, source) then md4c's
// rendering, raw HTML included, through the sanitiser.
#include "FuzzEntries.h"

#include "document/ArticleImporter.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome importMarkdown(const QByteArray &input)
{
    const ImportOutcome outcome = gloss::importMarkdown(input, u"fuzz.md"_s);
    return {outcome.ok(), outcome.error, {}};
}

} // namespace gloss::fuzz
