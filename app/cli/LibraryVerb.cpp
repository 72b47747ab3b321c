#include "LibraryVerb.h"

#include "ArticleJson.h"
#include "CliContext.h"
#include "VerbArgs.h"

#include "store/LibraryBackups.h"
#include "store/LibraryMaintenance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSettings>

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

QString kindName(LibraryBackup::Kind kind)
{
    return kind == LibraryBackup::Kind::Daily ? u"daily"_s : u"before upgrade"_s;
}

// Needs no open library: the library may be the damaged file these backups are for.
int listBackups(CliContext &ctx, bool json)
{
    const LibraryBackups backups(ctx.libraryPath());
    const QList<LibraryBackup> all = backups.list();
    if (json) {
        QJsonArray list;
        for (const LibraryBackup &b : all)
            list.append(QJsonObject{{u"path"_s, b.path},
                                    {u"kind"_s, b.kind == LibraryBackup::Kind::Daily ? u"daily"_s : u"upgrade"_s},
                                    {u"made"_s, b.made.toString(Qt::ISODate)},
                                    {u"bytes"_s, b.bytes}});
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"folder"_s, backups.folder()}, {u"backups"_s, list}}));
        return Success;
    }
    if (all.isEmpty()) {
        ctx.out() << "no backups in " << QDir::toNativeSeparators(backups.folder()) << '\n';
        return Success;
    }
    for (const LibraryBackup &b : all)
        ctx.out() << QDir::toNativeSeparators(b.path) << '\t' << b.made.toString(u"yyyy-MM-dd HH:mm:ss"_s) << '\t' << kindName(b.kind) << '\t'
                  << megabytes(b.bytes) << '\n';
    return Success;
}

int backUp(CliContext &ctx, bool json)
{
    // Opened first, so that what is copied is a library this Gloss reads (upgraded if need be).
    if (!ctx.library())
        return Failure;
    const int keep = QSettings().value(QLatin1StringView(LibraryBackups::KeepDailyKey), LibraryBackups::DefaultKeptDailyBackups).toInt();
    auto made = LibraryBackups(ctx.libraryPath()).backUpNow(keep);
    if (!made)
        return ctx.fail(made.error());
    if (json)
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"backup"_s, *made}}));
    else
        ctx.out() << "backed up to " << QDir::toNativeSeparators(*made) << '\n';
    return Success;
}

// Never opens the library (it may be damaged); the file replaced is kept aside.
int restore(CliContext &ctx, const QString &which, bool json)
{
    const LibraryBackups backups(ctx.libraryPath());
    QString backup = which;
    if (which == u"newest"_s) {
        const QList<LibraryBackup> all = backups.list();
        if (all.isEmpty())
            return ctx.fail(u"there are no backups of this library in %1"_s.arg(QDir::toNativeSeparators(backups.folder())));
        backup = all.first().path;
    }
    auto aside = backups.restore(backup);
    if (!aside)
        return ctx.fail(aside.error());
    if (json) {
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"restored"_s, backup}, {u"previous"_s, *aside}}));
        return Success;
    }
    ctx.out() << "restored " << QDir::toNativeSeparators(backup) << '\n';
    if (!aside->isEmpty())
        ctx.out() << "the previous library file is kept at " << QDir::toNativeSeparators(*aside) << '\n';
    return Success;
}

} // namespace

int libraryCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show what the library holds; 'optimize' compacts it and refreshes its search indexes "
                                     "and statistics; 'backups' lists its backups, 'backup' makes one now, and 'restore "
                                     "BACKUP|newest' puts one in the library's place (the file it replaces is kept aside)."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"action"_s, u"optimize, backups, backup or restore (optional)."_s, u"[optimize|backups|backup|restore BACKUP]"_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"library"_s, args, &code))
        return code;
    const QStringList rest = parser.positionalArguments();
    const QString action = rest.value(0);
    if (action == u"restore"_s) {
        if (rest.size() != 2)
            return ctx.usage(u"library restore: name the backup file to restore, or 'newest'"_s);
        return restore(ctx, rest.at(1), parser.isSet(json));
    }
    if (rest.size() > 1 || !QStringList{QString(), u"optimize"_s, u"backups"_s, u"backup"_s}.contains(action))
        return ctx.usage(u"library: unexpected argument '%1' (expected optimize, backups, backup or restore)"_s.arg(rest.last()));
    if (action == u"backups"_s)
        return listBackups(ctx, parser.isSet(json));
    if (action == u"backup"_s)
        return backUp(ctx, parser.isSet(json));
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
