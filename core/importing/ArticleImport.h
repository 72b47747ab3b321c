// Importing article files into a library: the bridge between the document importers (pure functions
// over bytes) and the ArticleStore. Used by the CLI, the GUI's import worker and the sample library.
#pragma once

#include "annotation/AnnotationStore.h"
#include "store/ArticleStore.h"

#include <QString>
#include <QStringList>

namespace gloss {

struct ImportedArticle;

struct FileImportResult {
    QString file;
    qint64 id = 0;                 // 0 on error
    QString status;                // "imported", "unchanged", "updated" or "error"
    QString error;                 // names the file and the cause
    QStringList warnings;          // e.g. invalid UTF-8 replaced
    ReanchorSummary reanchored;    // for "updated": where the article's annotations went
    bool ok() const { return status != u"error"; }
};

// The identity under which an imported article is stored: its canonical URL when the document names
// one (so the same story from two files is one article), else the file's absolute path.
QString sourceKeyFor(const ImportedArticle &article, const QString &filePath);

// Saves an already-parsed article; when it is a new revision of a stored one, its annotations are
// re-anchored in the same transaction. `sourceName` is shown in the list when the article names no site.
FileImportResult saveImportedArticle(Database &db, const ImportedArticle &article, const QString &sourceKey,
                                     const QString &sourceName, const QString &label);

// Reads, parses and saves one file. Nothing is written when the file is refused.
FileImportResult importFile(Database &db, const QString &path);

// The original stories shipped in resources/sample, imported into the library.
QList<FileImportResult> importSampleLibrary(Database &db);

} // namespace gloss
