#include "ArticleJson.h"

#include "document/DocumentBlocks.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gloss::cli {

QString isoDate(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

static QJsonValue dateOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoDate(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject summaryJson(const ArticleSummary &a)
{
    return {
        {u"id"_s, a.id},
        {u"title"_s, a.title},
        {u"source"_s, a.source},
        {u"url"_s, a.url},
        {u"published"_s, dateOrNull(a.published)},
        {u"bookmarked"_s, a.bookmarked},
        {u"read"_s, a.read},
    };
}

QJsonObject articleJson(const Article &a)
{
    QJsonObject o = summaryJson(a);
    o.insert(u"author"_s, a.author);
    o.insert(u"format"_s, a.format);
    o.insert(u"added"_s, dateOrNull(a.added));
    o.insert(u"updated"_s, dateOrNull(a.updated));
    o.insert(u"revision"_s, a.revision);
    o.insert(u"text"_s, a.text);
    // Paragraphs are the article's blocks, the same ones the reader shows and offsets count in.
    QJsonArray paragraphs;
    for (const Block &block : blocksFromSanitizedHtml(a.html))
        paragraphs.append(block.text);
    o.insert(u"paragraphs"_s, paragraphs);
    return o;
}

} // namespace gloss::cli
