#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(exportTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A JSON object's members without its braces, to splice into the streamed document.
QByteArray members(const QJsonObject &object)
{
    const QByteArray whole = compact(object);
    return whole.mid(1, whole.size() - 2);
}

} // namespace

QJsonObject JsonWriter::speakerJson(const ExportedSpeaker &s)
{
    return {{u"id"_s, s.id},
            {u"name"_s, s.name},
            {u"role"_s, s.role},
            {u"note"_s, s.note},
            {u"aliases"_s, QJsonArray::fromStringList(s.aliases)}};
}

QJsonObject JsonWriter::annotationJson(const ExportedAnnotation &n, const ExportedArticle &article)
{
    const QJsonValue position = n.hasPosition() ? QJsonValue(QJsonObject{{u"start"_s, n.start}, {u"end"_s, n.end}})
                                                : QJsonValue(QJsonValue::Null);
    QJsonObject speaker;
    if (n.hasSpeaker())
        speaker = {{u"id"_s, n.speaker.id}, {u"name"_s, n.speaker.name}};
    return {{u"id"_s, n.id},
            {u"uuid"_s, n.uuid},
            {u"uri"_s, annotationUri(n, article)},
            {u"kind"_s, n.kind},
            {u"color"_s, n.color},
            {u"state"_s, n.state},
            {u"position"_s, position},
            {u"quote"_s, QJsonObject{{u"exact"_s, n.exact}, {u"prefix"_s, n.prefix}, {u"suffix"_s, n.suffix}}},
            {u"original_exact"_s, n.originalExact.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.originalExact)},
            {u"comment"_s, n.comment},
            {u"tags"_s, QJsonArray::fromStringList(n.tags)},
            {u"speaker"_s, n.hasSpeaker() ? QJsonValue(speaker) : QJsonValue(QJsonValue::Null)},
            {u"quote_kind"_s, n.quoteKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.quoteKind)},
            {u"verb"_s, n.verb.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(n.verb)},
            {u"created"_s, timeOrNull(n.created)},
            {u"updated"_s, timeOrNull(n.updated)}};
}

QJsonObject JsonWriter::articleJson(const ExportedArticle &a)
{
    QJsonArray annotations;
    for (const ExportedAnnotation &n : a.annotations)
        annotations.append(annotationJson(n, a));
    return {{u"id"_s, a.id},
            {u"source_key"_s, a.sourceKey},
            {u"uri"_s, articleUri(a)},
            {u"title"_s, a.title},
            {u"source"_s, a.source},
            {u"feed_title"_s, a.feedTitle},
            {u"url"_s, a.url},
            {u"author"_s, a.author},
            {u"format"_s, a.format},
            {u"published"_s, timeOrNull(a.published)},
            {u"added"_s, timeOrNull(a.added)},
            {u"tags"_s, QJsonArray::fromStringList(a.tags)},
            {u"text"_s, a.text},
            {u"html"_s, a.html},
            {u"annotations"_s, annotations}};
}

Status JsonWriter::begin(const ExportHeader &header)
{
    m_header = header;
    const QJsonObject head{{u"format"_s, u"gloss-notes"_s},
                           {u"version"_s, 1},
                           {u"exported"_s, timeOrNull(header.exportedAt)},
                           {u"title"_s, header.title},
                           {u"whole_library"_s, header.wholeLibrary},
                           {u"article_count"_s, header.articleCount},
                           {u"annotation_count"_s, header.annotationCount}};
    return write(QByteArray("{" + members(head) + ",\n\"articles\":[\n"));
}

Status JsonWriter::article(const ExportedArticle &a)
{
    for (const ExportedAnnotation &n : a.annotations) {
        if (n.hasSpeaker())
            m_speakerIds.insert(n.speakerId);
        for (const QString &t : n.tags)
            m_tags.insert(t.toCaseFolded());
    }
    for (const QString &t : a.tags)
        m_tags.insert(t.toCaseFolded());
    const QByteArray prefix = m_first ? QByteArray() : QByteArray(",\n");
    m_first = false;
    return write(QByteArray(prefix + compact(articleJson(a))));
}

Status JsonWriter::finish()
{
    QJsonArray speakers;
    for (const ExportedSpeaker &s : std::as_const(m_header.speakers)) {
        if (m_header.wholeLibrary || m_speakerIds.contains(s.id))
            speakers.append(speakerJson(s));
    }
    QJsonArray tags;
    for (const QString &t : std::as_const(m_header.tags)) {
        if (m_header.wholeLibrary || m_tags.contains(t.toCaseFolded()))
            tags.append(t);
    }
    const QJsonObject tail{{u"speakers"_s, speakers}, {u"tags"_s, tags}};
    return write(QByteArray("\n],\n" + members(tail) + "}\n"));
}

} // namespace gloss
