#include "ArticleImport.h"

#include "ArticleSaving.h"

#include "document/ArticleImporter.h"
#include "document/ImportedArticle.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

static void initSampleResources()
{
    Q_INIT_RESOURCE(sample);
}

namespace gloss {

QString sourceKeyFor(const ImportedArticle &article, const QString &filePath)
{
    if (article.url.isValid() && !article.url.isRelative())
        return article.url.toString(QUrl::FullyEncoded);
    const QFileInfo info(filePath);
    const QString canonical = info.canonicalFilePath();
    return QUrl::fromLocalFile(canonical.isEmpty() ? info.absoluteFilePath() : canonical).toString(QUrl::FullyEncoded);
}

FileImportResult saveImportedArticle(Database &db, const ImportedArticle &article, const QString &sourceKey,
                                     const QString &sourceName, const QString &label)
{
    ArticleStore store(db);
    FileImportResult result;
    result.file = label;
    result.warnings = article.warnings;
    ArticleInput input;
    input.sourceKey = sourceKey;
    input.url = article.url.isValid() ? article.url.toString() : QString();
    input.title = article.title;
    input.author = article.author;
    input.source = article.sourceName.isEmpty() ? sourceName : article.sourceName;
    input.format = article.format;
    input.published = article.published;
    input.html = article.html;
    input.text = article.text;
    auto saved = saveArticle(db, input);
    if (!saved) {
        result.status = u"error"_s;
        result.error = u"'%1' could not be saved to the library: %2"_s.arg(label, saved.error());
        return result;
    }
    result.reanchored = saved->reanchored;
    result.id = saved->saved.id;
    result.status = ArticleStore::statusName(saved->saved.status);
    return result;
}

FileImportResult importFile(Database &db, const QString &path)
{
    const ImportOutcome outcome = importArticleFile(path);
    if (!outcome.ok()) {
        FileImportResult result;
        result.file = path;
        result.status = u"error"_s;
        result.error = outcome.error;
        return result;
    }
    return saveImportedArticle(db, *outcome.article, sourceKeyFor(*outcome.article, path),
                               QFileInfo(path).fileName(), path);
}

QList<FileImportResult> importSampleLibrary(Database &db)
{
    initSampleResources();
    QList<FileImportResult> results;
    QDirIterator it(u":/gloss/sample"_s, {u"*.md"_s}, QDir::Files);
    QStringList files;
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString name = QFileInfo(file).fileName();
        const ImportOutcome outcome = importMarkdown(f.readAll(), name);
        if (!outcome.ok()) {
            results.append({name, 0, u"error"_s, outcome.error, {}, {}});
            continue;
        }
        // Samples are keyed by name, so opening the sample library twice does not duplicate them.
        results.append(saveImportedArticle(db, *outcome.article, u"gloss-sample:"_s + name, u"Gloss sample"_s, name));
    }
    return results;
}

} // namespace gloss
