#include "ArticleCommands.h"

#include "ArticleJson.h"
#include "CliContext.h"
#include "VerbArgs.h"

#include "importing/ArticleImport.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gloss::cli {


int importCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Import article files (plain text, HTML, Markdown) into the library."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"Files to import."_s, u"FILE..."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"import"_s, args, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return ctx.usage(u"import: no file given"_s);
    Library *library = ctx.library();
    if (!library)
        return Failure;

    QList<FileImportResult> results;
    // One transaction per file, read and parsed before it begins: the write lock is held for one
    // file at a time, so the window (or another command) writing the same library waits
    // milliseconds, not for the whole import -- one transaction for hundreds of files outlasted the
    // busy timeout and failed their writes with "database is locked". A kill mid-way keeps the
    // files already saved, each whole.
    for (const QString &file : files)
        results.append(importFile(library->database(), file));

    bool anyError = false;
    QJsonArray array;
    for (const FileImportResult &r : results) {
        anyError |= !r.ok();
        for (const QString &warning : r.warnings)
            ctx.err() << "gloss: warning: " << r.file << ": " << warning << Qt::endl;
        if (!r.ok())
            ctx.err() << "gloss: " << r.error << Qt::endl;
        if (parser.isSet(json)) {
            array.append(QJsonObject{{u"file"_s, r.file},
                                     {u"id"_s, r.id ? QJsonValue(r.id) : QJsonValue(QJsonValue::Null)},
                                     {u"status"_s, r.status},
                                     {u"error"_s, r.ok() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.error)}});
        } else if (r.ok()) {
            ctx.out() << r.id << '\t' << r.status << '\t' << r.file;
            const ReanchorSummary &n = r.reanchored;
            if (n.anchored + n.changed + n.orphaned > 0)
                ctx.out() << "\t(annotations: " << n.anchored << " anchored, " << n.changed << " changed, " << n.orphaned << " orphaned)";
            ctx.out() << Qt::endl;
        } else {
            ctx.out() << "-\terror\t" << r.file << Qt::endl;
        }
    }
    if (parser.isSet(json))
        printJsonDocument(ctx, QJsonDocument(array));
    return anyError ? Failure : Success;
}

int listCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List articles, newest first."_s);
    const QCommandLineOption bookmarked(u"bookmarked"_s, u"Only bookmarked articles."_s);
    const QCommandLineOption unread(u"unread"_s, u"Only unread articles."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOptions({bookmarked, unread, json});
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"list"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(u"list: unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;

    ArticleStore store(library->database());
    const ArticleFilter filter = parser.isSet(bookmarked) ? ArticleFilter::Bookmarked
                                 : parser.isSet(unread)   ? ArticleFilter::Unread
                                                          : ArticleFilter::All;
    QJsonArray array;
    std::optional<ArticleCursor> cursor;
    // Page through the list so memory stays flat however large the library is.
    for (;;) {
        auto page = store.page(filter, cursor, 500);
        if (!page)
            return ctx.fail(page.error());
        if (page->isEmpty())
            break;
        for (const ArticleSummary &a : *page) {
            if (parser.isSet(bookmarked) && parser.isSet(unread) && a.read)
                continue;
            if (parser.isSet(json)) {
                array.append(summaryJson(a));
            } else {
                ctx.out() << a.id << '\t' << (a.bookmarked ? u"*"_s : u" "_s) << (a.read ? u" "_s : u"N"_s) << '\t'
                          << (a.published.isValid() ? a.published.toUTC().date().toString(Qt::ISODate) : u"-"_s) << '\t'
                          << a.title << '\t' << a.source << '\n';
            }
        }
        cursor = ArticleCursor{page->last().sortTime, page->last().id};
    }
    if (parser.isSet(json))
        printJsonDocument(ctx, QJsonDocument(array));
    ctx.out().flush();
    return Success;
}

int showCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Show one article with its text."_s);
    const QCommandLineOption json(u"json"_s, u"Print the article as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"ID"_s, u"The article's id (see 'gloss list')."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"show"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"show: expected exactly one article id"_s);
    const auto id = parsePositiveId(parser.positionalArguments().first());
    if (!id)
        return ctx.usage(u"show: '%1' is not an article id"_s.arg(parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    ArticleStore store(library->database());
    auto article = store.article(*id);
    if (!article)
        return ctx.fail(article.error());
    if (!article->has_value())
        return ctx.fail(u"there is no article %1"_s.arg(*id));
    const Article &a = **article;
    if (parser.isSet(json)) {
        printJsonDocument(ctx, QJsonDocument(articleJson(a)));
        return Success;
    }
    ctx.out() << a.title << '\n';
    QStringList byline;
    for (const QString &part : {a.author, a.source, isoDate(a.published), a.url})
        if (!part.isEmpty())
            byline << part;
    ctx.out() << byline.join(u" · "_s) << "\n\n";
    ctx.out() << QString(a.text).replace(u'\n', u"\n\n"_s) << Qt::endl;
    return Success;
}

static int flagCommand(CliContext &ctx, const QStringList &args, const QString &verb, const QString &offName,
                       const QString &description, Status (ArticleStore::*set)(qint64, bool))
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption off(offName, u"Clear the flag instead of setting it."_s);
    parser.addOption(off);
    parser.addPositionalArgument(u"ID"_s, u"The article's id."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, verb, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(u"%1: expected exactly one article id"_s.arg(verb));
    const auto id = parsePositiveId(parser.positionalArguments().first());
    if (!id)
        return ctx.usage(u"%1: '%2' is not an article id"_s.arg(verb, parser.positionalArguments().first()));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    ArticleStore store(library->database());
    const Status status = (store.*set)(*id, !parser.isSet(off));
    if (!status)
        return ctx.fail(status.error());
    return Success;
}

int bookmarkCommand(CliContext &ctx, const QStringList &args)
{
    return flagCommand(ctx, args, u"bookmark"_s, u"off"_s, u"Bookmark an article (--off removes the bookmark)."_s,
                       &ArticleStore::setBookmarked);
}

int markReadCommand(CliContext &ctx, const QStringList &args)
{
    return flagCommand(ctx, args, u"mark-read"_s, u"unread"_s, u"Mark an article read (--unread marks it unread)."_s,
                       &ArticleStore::setRead);
}

} // namespace gloss::cli
