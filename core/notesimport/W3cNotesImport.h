// Writing parsed Web Annotations into a library, all of them or none (one transaction).
//
// Each annotation goes onto the article its target names (the URL, or the urn:gloss:article: URN
// Gloss's own export writes for files), found again in the article's current text by its selectors
// (position converted from code points to UTF-16 as a hint, then quote, prefix and suffix, exact
// then fuzzy; else it is kept as an orphan). A quote without prefix or suffix is placed where the
// position says when the words there are exactly the quote. An annotation whose article is not in the library is
// not written: it is counted unmatched and listed. Ids: urn:uuid:X keeps uuid X; any other id gives a
// name-based UUID (v5) of it, so importing the same file twice adds nothing the second time.
#pragma once

#include "NotesImportResult.h"
#include "W3cNotesParser.h"

namespace gloss {

class Database;

Result<NotesImportResult> importW3cNotes(Database &db, const QList<W3cNote> &notes);

// The uuid an imported Web Annotation is stored under (see above).
QString uuidForW3cNote(const W3cNote &note);

} // namespace gloss
