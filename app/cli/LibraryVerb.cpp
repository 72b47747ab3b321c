#include "LibraryVerb.h"

#include "ArticleJson.h"
#include "CliContext.h"
#include "VerbArgs.h"

#include "store/LibraryMaintenance.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(bytes / 1048576.0, 'f', 1) + u" MB"_s;
}

int showStats(CliContext &ctx, Library &library, bool json)
{
    auto stats = libraryStats(library.database());
    if (!stats)
        return ctx.fail(stats.error());
    if (json) {
        QJsonArray feeds;
        for (const FeedSize &f : stats->perFeed)
            feeds.append(QJsonObject{{u"id"_s, f.feedId}, {u"title"_s, f.title}, {u"articles"_s, f.articles}, {u"unread"_s, f.unread}});
        printJsonDocument(ctx, QJsonDocument(QJsonObject{
                                   {u"path"_s, library.path()},
                                   {u"bytes"_s, stats->fileBytes},
                                   {u"free_bytes"_s, stats->freeBytes},
                                   {u"articles"_s, stats->articles},
                                   {u"unread"_s, stats->unread},
                                   {u"imported_articles"_s, stats->importedArticles},
                                   {u"annotations"_s, stats->annotations},
                                   {u"speakers"_s, stats->speakers},
                                   {u"feeds"_s, feeds},
                               }));
        return Success;
    }
    ctx.out() << library.path() << '\n'
              << "size " << megabytes(stats->fileBytes) << " (" << megabytes(stats->freeBytes) << " free)\n"
              << stats->articles << " articles (" << stats->unread << " unread, " << stats->importedArticles << " imported from files), "
              << stats->annotations << " annotations, " << stats->speakers << " speakers, " << stats->feeds << " feeds\n";
    for (const FeedSize &f : stats->perFeed)
        ctx.out() << "  " << f.feedId << '\t' << f.articles << " articles, " << f.unread << " unread\t" << f.title << '\n';
    return Success;
}

} // namespace

int libraryCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show what the library holds, or with 'optimize' compact it and refresh its search "
                                     "indexes and statistics."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"optimize"_s, u"Compact the library (optional)."_s, u"[optimize]"_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"library"_s, args, &code))
        return code;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() > 1 || (rest.size() == 1 && rest.first() != u"optimize"_s))
        return ctx.usage(u"library: unexpected argument '%1' (did you mean 'optimize'?)"_s.arg(rest.last()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    if (rest.isEmpty())
        return showStats(ctx, *library, parser.isSet(json));
    auto report = optimizeLibrary(library->database(), [&](const QString &step) {
        if (!parser.isSet(json))
            ctx.out() << step << "…" << Qt::endl;
    });
    if (!report)
        return ctx.fail(report.error());
    if (parser.isSet(json)) {
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"bytes_before"_s, report->bytesBefore},
                                                         {u"bytes_after"_s, report->bytesAfter},
                                                         {u"full_vacuum"_s, report->fullVacuum}}));
        return Success;
    }
    ctx.out() << "optimized: " << megabytes(report->bytesBefore) << " -> " << megabytes(report->bytesAfter) << '\n';
    return Success;
}

} // namespace gloss::cli
