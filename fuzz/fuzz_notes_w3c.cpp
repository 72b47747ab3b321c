// fuzz_notes_w3c: W3C Web Annotation JSON-LD read back: parseW3cNotes() over collections, pages,
// arrays and single annotations (selectors, bodies, purposes, dates), then importW3cNotes() into the
// fuzz library (matching the target's source, code point to UTF-16 positions, exact and fuzzy
// anchoring), rolled back afterwards. Any JSON value goes to the parser, not only what
// looksLikeW3c() accepts: it must refuse the rest with a message, not trip over it.
#include "FuzzEntries.h"
#include "FuzzLibrary.h"

#include "notesimport/W3cNotesImport.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::fuzz {

FuzzOutcome notesW3c(const QByteArray &input)
{
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return {false, u"not valid JSON: "_s + jsonError.errorString(), {}};
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    QStringList warnings;
    const auto notes = parseW3cNotes(root, &warnings);
    if (!notes)
        return {false, notes.error(), {}};
    Database &db = fuzzLibrary();
    Transaction undoAfterwards(db);
    const auto imported = importW3cNotes(db, *notes);
    return {imported.ok(), imported.error(), {}};
}

} // namespace gloss::fuzz
