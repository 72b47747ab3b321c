#include "FeedParseVerb.h"

#include "CliContext.h"
#include "VerbArgs.h"

#include "feeds/FeedParser.h"
#include "feeds/Fetcher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QJsonValue dateJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue urlJson(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString(QUrl::FullyEncoded));
}

QJsonObject entryJson(const FeedEntry &e)
{
    QJsonArray enclosures;
    for (const FeedEnclosure &enc : e.enclosures)
        enclosures.append(QJsonObject{{u"url"_s, urlJson(enc.url)}, {u"type"_s, enc.type}, {u"length"_s, enc.length}});
    return QJsonObject{
        {u"id"_s, e.id},
        {u"title"_s, e.title},
        {u"link"_s, urlJson(e.link)},
        {u"published"_s, dateJson(e.published)},
        {u"updated"_s, dateJson(e.updated)},
        {u"author"_s, e.author},
        {u"summary"_s, e.summary},
        {u"content"_s, e.content},
        {u"categories"_s, QJsonArray::fromStringList(e.categories)},
        {u"enclosures"_s, enclosures},
    };
}

QJsonObject feedJson(const ParsedFeed &feed)
{
    QJsonArray entries;
    for (const FeedEntry &e : feed.entries)
        entries.append(entryJson(e));
    return QJsonObject{
        {u"title"_s, feed.title},
        {u"link"_s, urlJson(feed.link)},
        {u"format"_s, feed.format},
        {u"description"_s, feed.description},
        {u"warnings"_s, QJsonArray::fromStringList(feed.warnings)},
        {u"entries"_s, entries},
    };
}

void printText(CliContext &ctx, const ParsedFeed &feed)
{
    ctx.out() << feed.title << " (" << feed.format << ", " << feed.entries.size() << " entries)\n";
    for (const FeedEntry &e : feed.entries) {
        const QDateTime when = e.published.isValid() ? e.published : e.updated;
        ctx.out() << (when.isValid() ? when.toString(Qt::ISODate) : u"-"_s) << '\t' << e.title << '\t'
                  << (e.link.isEmpty() ? u"-"_s : e.link.toString()) << '\n';
    }
}

} // namespace

int feedsParseCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Parse a feed file (RSS 0.9x/2.0, RSS 1.0/RDF, Atom, JSON Feed) and print what "
                                     "Gloss reads from it: titles, links, dates (ISO 8601 UTC), authors and the "
                                     "sanitised summary and content. The library is not opened. SOURCE is a file or an http(s) URL."_s);
    const QCommandLineOption json(u"json"_s, u"Print the result as JSON."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"SOURCE"_s, u"The feed: a file or an http(s) URL."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"feeds parse"_s, args, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.usage(files.isEmpty() ? u"feeds parse: no file or URL given"_s : u"feeds parse: one feed at a time"_s);
    const QString path = files.first();
    QByteArray bytes;
    QUrl base;
    QString contentType;
    if (path.startsWith(u"http://"_s, Qt::CaseInsensitive) || path.startsWith(u"https://"_s, Qt::CaseInsensitive)) {
        // The same fetcher the refresh uses (limits, redirects, gzip), run to completion here.
        const FetchResult fetched = fetchBlocking({0, QUrl(path), {}, {}});
        if (!fetched.ok())
            return ctx.fail(u"%1: %2"_s.arg(path, fetched.error));
        bytes = fetched.body;
        base = fetched.finalUrl;
        contentType = fetched.contentType;
    } else {
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return ctx.fail(u"%1: cannot read the file (%2)"_s.arg(path, QFileInfo::exists(path) ? file.errorString() : u"no such file"_s));
        if (file.size() > MaxFeedBytes)
            return ctx.fail(u"%1: larger than %2 MiB; not a feed Gloss reads"_s.arg(path).arg(MaxFeedBytes / (1024 * 1024)));
        bytes = file.readAll();
        base = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    }

    const FeedParseResult result = parseFeed(bytes, base, contentType);
    if (!result.ok())
        return ctx.fail(u"%1: %2"_s.arg(path, result.error));
    for (const QString &warning : result.feed->warnings)
        ctx.err() << "gloss: " << path << ": warning: " << warning << Qt::endl;
    if (parser.isSet(json))
        ctx.out() << QString::fromUtf8(QJsonDocument(feedJson(*result.feed)).toJson(QJsonDocument::Indented));
    else
        printText(ctx, *result.feed);
    return Success;
}

} // namespace gloss::cli
