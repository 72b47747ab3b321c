// fuzz_import_html: importHtml(), a saved web page turned into an article: charset sniffing, the
// article extractor (title, author, date, content element) and the sanitiser over what it chose.
#include "FuzzEntries.h"

#include "document/ArticleImporter.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome importHtml(const QByteArray &input)
{
    const ImportOutcome outcome = gloss::importHtml(input, QUrl(u"https://news.example/2024/story.html"_s));
    return {outcome.ok(), outcome.error, {}};
}

} // namespace gloss::fuzz
