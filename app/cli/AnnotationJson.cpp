#include "AnnotationJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Quotes can span paragraphs; a plain line must stay one line.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ').replace(u'\t', u' ');
    return line;
}

} // namespace

QJsonObject annotationJson(const Annotation &a)
{
    // An orphan has no place in the current text, so it has no offsets (the store reads them as -1).
    const bool placed = a.status != AnchorStatus::Orphan && a.start() >= 0;
    QJsonObject o{
        {u"id"_s, a.id},
        {u"article"_s, a.articleId},
        {u"kind"_s, kindName(a.kind)},
        {u"exact"_s, a.exact()},
        {u"prefix"_s, a.selectors.quote.prefix},
        {u"suffix"_s, a.selectors.quote.suffix},
        {u"start"_s, placed ? QJsonValue(a.start()) : QJsonValue(QJsonValue::Null)},
        {u"end"_s, placed ? QJsonValue(a.end()) : QJsonValue(QJsonValue::Null)},
        {u"color"_s, a.color},
        {u"comment"_s, a.comment},
        {u"speaker"_s, a.speakerId ? QJsonValue(a.speakerName) : QJsonValue(QJsonValue::Null)},
        {u"quote_kind"_s, stringOrNull(quoteKindName(a.quoteKind))},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
        {u"state"_s, statusName(a.status)},
    };
    if (a.status == AnchorStatus::Changed)
        o.insert(u"original_exact"_s, a.originalExact);
    return o;
}

QJsonObject speakerJson(const Speaker &s)
{
    return {
        {u"id"_s, s.id},
        {u"name"_s, s.name},
        {u"aliases"_s, QJsonArray::fromStringList(s.aliases)},
        {u"role"_s, s.role},
        {u"quotes"_s, s.quoteCount},
    };
}

QString annotationLine(const Annotation &a)
{
    const bool placed = a.status != AnchorStatus::Orphan && a.start() >= 0;
    QString kind = kindName(a.kind);
    if (a.quoteKind != QuoteKind::None)
        kind += u'/' + quoteKindName(a.quoteKind);
    QStringList tags;
    for (const QString &tag : a.tags)
        tags << u'#' + tag;
    QStringList fields{
        QString::number(a.id),
        QString::number(a.articleId),
        placed ? u"%1-%2"_s.arg(a.start()).arg(a.end()) : u"-"_s,
        statusName(a.status),
        kind,
        a.color,
        a.speakerId ? a.speakerName : u"-"_s,
        tags.isEmpty() ? u"-"_s : tags.join(u' '),
        u"\u201C"_s + oneLine(a.exact()) + u"\u201D"_s,
    };
    if (!a.comment.isEmpty())
        fields << oneLine(a.comment);
    return fields.join(u'\t');
}

QString speakerLine(const Speaker &s)
{
    return QStringList{
        QString::number(s.id),
        s.name,
        u"%1 quote(s)"_s.arg(s.quoteCount),
        s.role.isEmpty() ? u"-"_s : s.role,
        s.aliases.isEmpty() ? u"-"_s : u"aka "_s + s.aliases.join(u"; "_s),
    }
        .join(u'\t');
}

} // namespace gloss::cli
