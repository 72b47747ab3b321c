#include "FeedVerbs.h"

#include "VerbArgs.h"
#include "CliContext.h"
#include "FeedJson.h"

#include "feeds/OpmlSubscriptions.h"
#include "store/Database.h"
#include "store/FeedStore.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

Result<QHash<qint64, Folder>> foldersById(FeedStore &store)
{
    auto folders = store.folders();
    if (!folders)
        return Error{folders.error()};
    QHash<qint64, Folder> byId;
    for (const Folder &f : *folders)
        byId.insert(f.id, f);
    return byId;
}

} // namespace

int feedsAddCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Subscribe to a feed (RSS, Atom or JSON Feed) and print its id."_s);
    const QCommandLineOption folderOption(u"folder"_s, u"Put the feed in this folder (created when missing)."_s, u"NAME"_s);
    const QCommandLineOption json(u"json"_s, u"Print the new feed as JSON."_s);
    parser.addOptions({folderOption, json});
    parser.addPositionalArgument(u"URL"_s, u"The feed's address (http or https)."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds add"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"feeds add: expected exactly one feed URL"_s);
    const QString text = parser.positionalArguments().first().trimmed();
    const auto url = webFeedUrl(QUrl(text, QUrl::StrictMode));
    if (!url)
        return ctx.usage(u"feeds add: '%1' is not a web address (a feed URL starts with http:// or https://)"_s.arg(text));
    const QString folderName = parser.value(folderOption).simplified();
    if (parser.isSet(folderOption) && folderName.isEmpty())
        return ctx.usage(u"feeds add: --folder needs a name"_s);
    Library *library = ctx.library();
    if (!library)
        return Failure;

    FeedStore store(library->database());
    // The folder and the feed together: a refused feed leaves no new empty folder behind.
    Transaction tx(library->database());
    qint64 folderId = 0;
    if (!folderName.isEmpty()) {
        auto folder = store.ensureFolder(folderName);
        if (!folder)
            return ctx.fail(folder.error());
        folderId = *folder;
    }
    auto id = store.addFeed(*url, {}, folderId);
    if (!id)
        return ctx.fail(id.error());
    if (!tx.commit())
        return ctx.fail(u"cannot save the feed %1: %2"_s.arg(*url, library->database().lastError()));
    if (parser.isSet(json)) {
        auto feed = store.feed(*id);
        if (!feed || !feed->has_value())
            return ctx.fail(feed ? u"the new feed %1 is gone"_s.arg(*id) : feed.error());
        printJsonDocument(ctx, QJsonDocument(feedJson(**feed, folderName)));
    } else {
        ctx.out() << *id << Qt::endl;
    }
    return Success;
}

int feedsListCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List subscriptions by folder, with unread counts and the last refresh error."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds list"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"feeds list: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    FeedStore store(library->database());
    auto folders = foldersById(store);
    if (!folders)
        return ctx.fail(folders.error());
    auto feeds = store.feeds();
    if (!feeds)
        return ctx.fail(feeds.error());
    QJsonArray array;
    for (const Feed &f : *feeds) {
        const QString folder = f.folderId ? folders->value(f.folderId).name : QString();
        if (parser.isSet(json))
            array.append(feedJson(f, folder));
        else
            ctx.out() << feedLine(f, folder) << '\n';
    }
    if (parser.isSet(json))
        printJsonDocument(ctx, QJsonDocument(array));
    ctx.out().flush();
    return Success;
}

int feedsRemoveCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Unsubscribe from a feed and delete its articles, except bookmarked or annotated ones."_s);
    parser.addPositionalArgument(u"ID"_s, u"The feed's id (see 'gloss feeds list')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds remove"_s, args, &code))
        return code;
    const auto id = singleIdArgument(ctx, parser, u"feeds remove"_s, u"feed id"_s, &code);
    if (!id)
        return code;
    Library *library = ctx.library();
    if (!library)
        return Failure;
    FeedStore store(library->database());
    auto feed = store.existingFeed(*id);
    if (!feed)
        return ctx.fail(feed.error());
    auto deleted = store.removeFeed(*id);
    if (!deleted)
        return ctx.fail(deleted.error());
    const Feed &f = *feed;
    ctx.out() << "removed feed " << f.id << " (" << (f.title.isEmpty() ? f.url : f.title) << "): " << *deleted
              << " articles deleted, " << (f.total - *deleted) << " bookmarked or annotated articles kept" << Qt::endl;
    return Success;
}

int feedsImportOpmlCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Subscribe to the feeds of an OPML file, creating its folders; feeds already "
                                     "subscribed are skipped. Nothing is written when the file is not OPML."_s);
    const QCommandLineOption json(u"json"_s, u"Print the counts as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"The OPML file."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds import-opml"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"feeds import-opml: expected exactly one OPML file"_s);
    const QString file = parser.positionalArguments().first();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return ctx.fail(u"cannot read %1: %2"_s.arg(file, in.errorString()));
    const QByteArray opml = in.readAll();
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto imported = importOpmlSubscriptions(library->database(), opml);
    if (!imported)
        return ctx.fail(u"%1: %2"_s.arg(file, imported.error()));
    for (const QString &warning : imported->warnings)
        ctx.err() << "gloss: warning: " << file << ": " << warning << Qt::endl;
    const OpmlImportSummary &counts = *imported;
    if (parser.isSet(json)) {
        printJsonDocument(ctx, QJsonDocument(QJsonObject{{u"added"_s, counts.added},
                                                         {u"already_subscribed"_s, counts.existing},
                                                         {u"ignored"_s, counts.ignored},
                                                         {u"folders"_s, counts.folders}}));
    } else {
        ctx.out() << counts.added << " feeds added, " << counts.existing << " already subscribed, " << counts.ignored
                  << " ignored, " << counts.folders << " folders created" << Qt::endl;
    }
    return Success;
}

int feedsExportOpmlCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the subscriptions as OPML 2.0, folders included."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The file to write, or - for standard output."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds export-opml"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"feeds export-opml: expected exactly one file (or - for standard output)"_s);
    const QString file = parser.positionalArguments().first();
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto exported = exportOpmlSubscriptions(library->database());
    if (!exported)
        return ctx.fail(exported.error());
    const QByteArray &opml = exported->opml;
    if (file == u"-"_s) {
        ctx.out() << QString::fromUtf8(opml);
        ctx.out().flush();
        return Success;
    }
    // QSaveFile writes beside the target and renames on commit: an interrupted export never leaves
    // a half-written file in place of a good one.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return ctx.fail(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    out.write(opml);
    if (!out.commit())
        return ctx.fail(u"cannot write %1: %2"_s.arg(file, out.errorString()));
    ctx.out() << "exported " << exported->feeds << " feeds to " << file << Qt::endl;
    return Success;
}

} // namespace gloss::cli
