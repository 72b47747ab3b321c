#include "FuzzEntries.h"

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

QList<NamedFuzzEntry> allFuzzEntries()
{
    return {
        {"feed"_L1, feed},
        {"opml"_L1, opml},
        {"html_sanitizer"_L1, htmlSanitizer},
        {"import_html"_L1, importHtml},
        {"import_markdown"_L1, importMarkdown},
        {"import_plaintext"_L1, importPlainText},
        {"notes_gloss"_L1, notesGloss},
        {"notes_w3c"_L1, notesW3c},
        {"search_query"_L1, searchQuery},
    };
}

} // namespace gloss::fuzz
