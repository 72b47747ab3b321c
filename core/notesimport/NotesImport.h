// Importing annotated notes into a library: one entry point that reads the bytes, tells Gloss's own
// JSON (an object with "format": "gloss-notes") from W3C Web Annotation JSON-LD (an @context or a
// Web Annotation type), and imports all of it or nothing. Errors name the problem and, for bad JSON,
// the line and column; the caller adds the file name.
#pragma once

#include "NotesImportResult.h"

#include "store/Result.h"

#include <QByteArray>

namespace gloss {

class Database;

enum class NotesFormat { GlossNotes, W3c };

struct NotesImport {
    NotesFormat format = NotesFormat::GlossNotes;
    NotesImportResult result;
};

Result<NotesImport> importNotes(Database &db, const QByteArray &bytes);

QString notesFormatName(NotesFormat format); // "gloss-notes" or "w3c"

} // namespace gloss
