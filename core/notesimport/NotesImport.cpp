#include "NotesImport.h"

#include "GlossNotesImport.h"
#include "W3cNotesImport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// QJsonParseError gives a byte offset; people look for lines.
QString parseErrorPlace(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return u"line %1, column %2 (byte %3)"_s.arg(line).arg(column).arg(offset);
}

} // namespace

QString notesFormatName(NotesFormat format)
{
    return format == NotesFormat::GlossNotes ? u"gloss-notes"_s : u"w3c"_s;
}

Result<NotesImport> importNotes(Database &db, const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{u"not valid JSON: %1 at %2"_s.arg(error.errorString(), parseErrorPlace(bytes, error.offset))};
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());

    NotesImport import;
    if (doc.isObject() && doc.object().contains(u"format"_s)) {
        auto parsed = parseGlossNotes(doc.object());
        if (!parsed)
            return Error{parsed.error()};
        auto result = importGlossNotes(db, *parsed);
        if (!result)
            return Error{result.error()};
        import.result = *result;
        return import;
    }
    if (!looksLikeW3c(root))
        return Error{u"neither a gloss-notes file (no \"format\") nor W3C Web Annotation JSON-LD (no \"@context\" or Web Annotation \"type\")"_s};
    import.format = NotesFormat::W3c;
    QStringList warnings;
    auto notes = parseW3cNotes(root, &warnings);
    if (!notes)
        return Error{notes.error()};
    auto result = importW3cNotes(db, *notes);
    if (!result)
        return Error{result.error()};
    import.result = *result;
    import.result.warnings = warnings + import.result.warnings;
    return import;
}

} // namespace gloss
