#include "ImportNotesVerb.h"

#include "CliContext.h"
#include "VerbArgs.h"

#include "notesimport/NotesImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QJsonObject resultJson(const NotesImport &import)
{
    const NotesImportResult &r = import.result;
    QJsonArray unmatched;
    for (const UnmatchedAnnotation &u : r.unmatchedList)
        unmatched.append(QJsonObject{{u"id"_s, u.id}, {u"source"_s, u.source}});
    return {{u"format"_s, notesFormatName(import.format)},
            {u"imported"_s, r.imported},
            {u"reanchored"_s, r.reanchored},
            {u"orphaned"_s, r.orphaned},
            {u"unmatched"_s, r.unmatched},
            {u"unchanged"_s, r.unchanged},
            {u"articles_created"_s, r.articlesCreated},
            {u"articles_matched"_s, r.articlesMatched},
            {u"unmatched_items"_s, unmatched},
            {u"warnings"_s, QJsonArray::fromStringList(r.warnings)}};
}

} // namespace

int importNotesCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import annotated notes: a gloss-notes JSON file (gloss export --format json) or W3C Web Annotation "
        "JSON-LD. Everything is imported or, on any error, nothing. Annotations already in the library (same id) "
        "are left as they are; those whose article is not in the library are listed on standard error."_s);
    const QCommandLineOption json(u"json"_s, u"Print the counts as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"The file to import."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"import-notes"_s, args, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(u"import-notes: no file given"_s);
    if (files.size() > 1)
        return ctx.usage(u"import-notes: one file at a time ('%1' is one too many)"_s.arg(files[1]));

    const QString path = files.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(u"cannot import %1: %2"_s.arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto import = importNotes(library->database(), bytes);
    if (!import)
        return ctx.fail(u"cannot import %1: %2 (nothing was imported)"_s.arg(path, import.error()));

    const NotesImportResult &r = import->result;
    for (const QString &warning : r.warnings)
        ctx.err() << "gloss: warning: " << path << ": " << warning << Qt::endl;
    for (const UnmatchedAnnotation &u : r.unmatchedList)
        ctx.err() << "gloss: unmatched: " << u.id << ": no article in the library for " << u.source << Qt::endl;
    if (parser.isSet(json)) {
        printJsonDocument(ctx, QJsonDocument(resultJson(*import)));
        return Success;
    }
    ctx.out() << u"imported %1 annotation(s) (%2 re-anchored, %3 orphaned), %4 already present, %5 unmatched; "
                 "articles: %6 created, %7 matched"_s.arg(r.imported).arg(r.reanchored).arg(r.orphaned).arg(r.unchanged)
                     .arg(r.unmatched).arg(r.articlesCreated).arg(r.articlesMatched)
              << Qt::endl;
    return Success;
}

} // namespace gloss::cli
