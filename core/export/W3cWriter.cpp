#include "W3cWriter.h"

#include "annotation/Palette.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

const QString Context = u"http://www.w3.org/ns/anno.jsonld"_s;

QString motivation(const ExportedAnnotation &n)
{
    if (!n.comment.trimmed().isEmpty())
        return u"commenting"_s;
    if (n.hasSpeaker())
        return u"identifying"_s;
    return u"highlighting"_s;
}

QJsonObject textualBody(const QString &purpose, const QString &value, const QString &format)
{
    return {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}, {u"format"_s, format}};
}

QString styleClass(const QString &color)
{
    return u"gloss-"_s + highlightColor(color).name;
}

// The Web Annotation model counts TextPositionSelector offsets in code points; Gloss stores UTF-16
// offsets (QString's), which differ after every character outside the BMP (emoji).
int codePoints(const QString &text, int utf16Offset)
{
    int lowSurrogates = 0;
    const int end = qMin(utf16Offset, int(text.size()));
    for (int i = 0; i < end; ++i)
        lowSurrogates += text[i].isLowSurrogate() ? 1 : 0;
    return utf16Offset - lowSurrogates;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Collection and page ids follow from what was exported and when (a name-based UUID), so the same
// export written twice is the same file.
QString exportUri(const ExportHeader &header, const QString &part)
{
    static const QUuid GlossNamespace(u"6f1b6f0e-2f43-4d8e-9a55-0c2c1c6f8a11"_s);
    const QString name = part + u'|' + header.title + u'|' + exportTimestamp(header.exportedAt);
    return u"urn:uuid:"_s + QUuid::createUuidV5(GlossNamespace, name).toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject W3cWriter::annotationJson(const ExportedAnnotation &n, const ExportedArticle &article)
{
    QJsonArray selectors;
    selectors.append(QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                 {u"exact"_s, n.exact},
                                 {u"prefix"_s, n.prefix},
                                 {u"suffix"_s, n.suffix}});
    // An orphan has no place in the current text; its quote is all that is left to find it by.
    // Without the article's text (not read) the offsets cannot be converted, and none beats wrong ones.
    if (n.hasPosition() && n.state != u"orphan"_s && n.end <= article.text.size())
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                     {u"start"_s, codePoints(article.text, n.start)},
                                     {u"end"_s, codePoints(article.text, n.end)}});

    const HighlightColor &color = highlightColor(n.color);
    QJsonObject annotation{
        {u"@context"_s, Context},
        {u"id"_s, annotationUri(n, article)},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, motivation(n)},
        {u"target"_s, QJsonObject{{u"type"_s, u"SpecificResource"_s},
                                  {u"source"_s, articleUri(article)},
                                  {u"styleClass"_s, styleClass(color.name)},
                                  {u"selector"_s, selectors}}},
        {u"stylesheet"_s, QJsonObject{{u"type"_s, u"CssStylesheet"_s},
                                      {u"value"_s, u".%1 { background-color: %2 }"_s.arg(styleClass(color.name), color.light)}}},
    };
    if (n.created.isValid())
        annotation.insert(u"created"_s, exportTimestamp(n.created));
    if (n.updated.isValid())
        annotation.insert(u"modified"_s, exportTimestamp(n.updated));

    QJsonArray bodies;
    if (!n.comment.trimmed().isEmpty())
        bodies.append(textualBody(u"commenting"_s, n.comment, u"text/markdown"_s));
    for (const QString &tag : n.tags)
        bodies.append(textualBody(u"tagging"_s, tag, u"text/plain"_s));
    if (n.hasSpeaker())
        bodies.append(textualBody(u"identifying"_s, n.speaker.name, u"text/plain"_s));
    if (!bodies.isEmpty())
        annotation.insert(u"body"_s, bodies.size() == 1 ? QJsonValue(bodies.first()) : QJsonValue(bodies));
    return annotation;
}

Status W3cWriter::begin(const ExportHeader &header)
{
    // A collection with a total of zero has no first page; a non-zero one must embed it.
    m_withPage = header.annotationCount > 0;
    QJsonObject collection{{u"@context"_s, Context},
                           {u"id"_s, exportUri(header, u"collection"_s)},
                           {u"type"_s, u"AnnotationCollection"_s},
                           {u"label"_s, header.title},
                           {u"total"_s, header.annotationCount}};
    if (!m_withPage)
        return write(QByteArray(compact(collection) + '\n'));
    QByteArray head = compact(collection);
    head.chop(1);
    const QJsonObject page{{u"id"_s, exportUri(header, u"page"_s)}, {u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}};
    QByteArray pageHead = compact(page);
    pageHead.chop(1);
    return write(QByteArray(head + ",\"first\":" + pageHead + ",\"items\":[\n"));
}

Status W3cWriter::article(const ExportedArticle &article)
{
    if (!m_withPage)
        return {};
    QByteArray out;
    for (const ExportedAnnotation &n : article.annotations) {
        if (!m_first)
            out += ",\n";
        m_first = false;
        out += compact(annotationJson(n, article));
    }
    return out.isEmpty() ? Status() : write(QByteArray(out));
}

Status W3cWriter::finish()
{
    return m_withPage ? write(QByteArray("\n]}}\n")) : Status();
}

} // namespace gloss
