// Writing a parsed gloss-notes document into a library, all of it or nothing (one transaction).
//
// Articles are matched by source key, then URL; an unknown one is created with the file's text and
// HTML (what its selectors point into), title, URL, author, source, format and times. Speakers are
// matched by name or alias, else created with role, note and aliases; tags become labels. An
// annotation whose uuid the library has is left alone (counted unchanged); a new one is stored with
// every field the file carries. When the matched article's text is not the text in the file, each
// annotation is found again by its selectors and counted re-anchored or orphaned.
#pragma once

#include "GlossNotesParser.h"
#include "NotesImportResult.h"

namespace gloss {

class Database;

Result<NotesImportResult> importGlossNotes(Database &db, const GlossNotesDocument &doc);

} // namespace gloss
