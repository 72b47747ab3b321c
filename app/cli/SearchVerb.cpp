#include "SearchVerb.h"

#include "ArticleJson.h"
#include "CliContext.h"
#include "VerbArgs.h"

#include "search/Searcher.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QJsonObject hitJson(const search::SearchHit &hit)
{
    QJsonArray highlights;
    for (const auto &[start, end] : hit.highlights)
        highlights.append(QJsonArray{start, end});
    const bool annotation = hit.kind == search::SearchHit::Kind::Annotation;
    return QJsonObject{
        {u"id"_s, hit.articleId},
        {u"title"_s, hit.title},
        {u"source"_s, hit.source},
        {u"published"_s, hit.published.isValid() ? QJsonValue(isoDate(hit.published)) : QJsonValue(QJsonValue::Null)},
        {u"snippet"_s, hit.snippet},
        {u"highlights"_s, highlights},
        {u"kind"_s, annotation ? u"annotation"_s : u"article"_s},
        {u"annotation"_s, annotation ? QJsonValue(hit.annotationId) : QJsonValue(QJsonValue::Null)},
    };
}

// The snippet with its matches in brackets, for a terminal.
QString marked(const search::SearchHit &hit)
{
    QString text = hit.snippet;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        text.insert(it->second, u']');
        text.insert(it->first, u'[');
    }
    return text;
}

} // namespace

int searchCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Search articles and annotations. QUERY: words, \"exact phrases\", prefix*, -excluded, a OR b, and the filters "
        "title: author: feed: folder: speaker: tag: color: is:unread|read|bookmarked|annotated|orphan before:DATE after:DATE."_s);
    const QCommandLineOption json(u"json"_s, u"Print the results as a JSON array."_s);
    const QCommandLineOption limit(u"limit"_s, u"At most N results (default 20)."_s, u"N"_s, u"20"_s);
    parser.addOptions({json, limit});
    parser.addPositionalArgument(u"QUERY"_s, u"What to look for (quote it for the shell)."_s);
    int code = Success;
    if (!parseVerbArgs(ctx, parser, u"search"_s, args, &code))
        return code;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return ctx.usage(u"search: expected a query"_s);
    bool ok = false;
    const int max = parser.value(limit).toInt(&ok);
    if (!ok || max <= 0)
        return ctx.usage(u"search: --limit needs a positive number, not '%1'"_s.arg(parser.value(limit)));
    const search::SearchQuery query = search::parseSearchQuery(words.join(u' '));
    for (const QString &note : query.notes)
        ctx.err() << "gloss: note: " << note << '\n';
    if (query.isEmpty())
        return ctx.fail(u"'%1' has nothing to search for"_s.arg(words.join(u' ')));
    Library *library = ctx.library();
    if (!library)
        return Failure;
    auto result = search::search(library->database(), query, max);
    if (!result)
        return ctx.fail(result.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const search::SearchHit &hit : result->hits)
            array.append(hitJson(hit));
        printJsonDocument(ctx, QJsonDocument(array));
        return Success;
    }
    for (const search::SearchHit &hit : result->hits) {
        const QString where = hit.kind == search::SearchHit::Kind::Annotation ? u"annotation %1"_s.arg(hit.annotationId) : u"article"_s;
        ctx.out() << hit.articleId << '\t' << where << '\t' << hit.title << '\n' << "    " << marked(hit) << '\n';
    }
    if (result->hits.isEmpty())
        ctx.out() << "no matches\n";
    return Success;
}

} // namespace gloss::cli
