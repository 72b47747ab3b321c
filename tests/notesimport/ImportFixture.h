// Helpers for the notes import tests: exporting a library in a format, opening empty libraries,
// saving articles into them, and counting rows to prove a refused import wrote nothing.
#pragma once

#include "ExportFixture.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"
#include "notesimport/NotesImport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace importtest {

inline gloss::ExportScope everything()
{
    gloss::ExportScope scope;
    scope.includeUnannotated = true;
    scope.withContent = true;
    return scope;
}

inline QByteArray exportLibrary(gloss::Database &db, gloss::ExportFormat format)
{
    auto bundle = gloss::ExportReader(db).readAll(everything());
    if (!bundle) {
        qWarning() << bundle.error();
        return {};
    }
    return gloss::renderExport(format, *bundle);
}

inline std::unique_ptr<gloss::Library> openLibrary(const QTemporaryDir &dir, const QString &name)
{
    auto lib = gloss::Library::open(dir.filePath(name));
    if (!lib) {
        qWarning() << lib.error();
        return {};
    }
    return std::move(*lib);
}

inline qint64 saveArticle(gloss::Database &db, const QString &key, const QString &url, const QString &title, const QString &text)
{
    gloss::ArticleInput in;
    in.sourceKey = key;
    in.url = url;
    in.title = title;
    in.format = u"html"_s;
    in.text = text;
    in.html = u"<p>"_s + text.toHtmlEscaped().replace(u"\n"_s, u"</p><p>"_s) + u"</p>"_s;
    auto saved = gloss::ArticleStore(db).save(in);
    if (!saved)
        qWarning() << saved.error();
    return saved ? saved->id : 0;
}

// Row counts of every table an import writes to, as one comparable string.
inline QString rowCounts(gloss::Database &db)
{
    QStringList counts;
    for (const char *table : {"articles", "article_revisions", "article_labels", "annotations", "annotation_tags", "labels",
                              "speakers", "speaker_aliases"})
        counts << u"%1=%2"_s.arg(QLatin1StringView(table))
                      .arg(db.queryInt(u"SELECT count(*) FROM "_s + QLatin1StringView(table)).value_or(-1));
    return counts.join(u' ');
}

} // namespace importtest
