// fuzz_notes_gloss: a gloss-notes JSON file (Gloss's own export) read back: parseGlossNotes()'s
// strict checks, then importGlossNotes() into the fuzz library (article matching or creation,
// speakers and aliases, tags, selectors re-anchored when the text differs), rolled back afterwards.
#include "FuzzEntries.h"
#include "FuzzLibrary.h"

#include "notesimport/GlossNotesImport.h"
#include "store/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome notesGloss(const QByteArray &input)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return {false, u"not valid JSON: "_s + jsonError.errorString(), {}};
    if (!doc.isObject())
        return {false, u"not a JSON object"_s, {}};
    const auto parsed = parseGlossNotes(doc.object());
    if (!parsed)
        return {false, parsed.error(), {}};
    Database &db = fuzzLibrary();
    Transaction undoAfterwards(db);
    const auto imported = importGlossNotes(db, *parsed);
    return {imported.ok(), imported.error(), {}};
}

} // namespace gloss::fuzz
