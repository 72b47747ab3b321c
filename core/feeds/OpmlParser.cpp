#include "OpmlParser.h"

#include "EncodingDetection.h"
#include "FeedText.h"
#include "XmlTree.h"

#include <QDateTime>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

constexpr int MaxOutlines = 200'000;

const XmlElement *child(const XmlElement &parent, QStringView name, int *count = nullptr)
{
    const XmlElement *first = nullptr;
    int n = 0;
    for (const XmlElement &c : parent.children) {
        if (c.namespaceUri.isEmpty() && c.name == name) {
            ++n;
            if (!first)
                first = &c;
        }
    }
    if (count)
        *count = n;
    return first;
}

QUrl urlAttribute(const XmlElement &e, QStringView name)
{
    const QString value = e.attribute(name).trimmed();
    if (value.isEmpty())
        return {};
    const QUrl url(value);
    return url.isValid() ? url : QUrl();
}

void readOutlines(const XmlElement &parent, QList<OpmlOutline> &into, int &budget, QStringList &warnings)
{
    for (const XmlElement &c : parent.children) {
        if (!c.namespaceUri.isEmpty() || c.name != "outline"_L1)
            continue;
        if (--budget < 0) {
            warnings.append(u"more than %1 outlines; the rest were skipped"_s.arg(MaxOutlines));
            return;
        }
        OpmlOutline outline;
        outline.title = collapseWhiteSpace(c.attribute(u"title"));
        if (outline.title.isEmpty())
            outline.title = collapseWhiteSpace(c.attribute(u"text"));
        outline.xmlUrl = urlAttribute(c, u"xmlUrl");
        if (outline.xmlUrl.isEmpty())
            outline.xmlUrl = urlAttribute(c, u"xmlurl"); // seen in hand-written files
        outline.htmlUrl = urlAttribute(c, u"htmlUrl");
        if (outline.htmlUrl.isEmpty())
            outline.htmlUrl = urlAttribute(c, u"url"); // type="link" outlines
        outline.type = c.attribute(u"type").trimmed();
        if (!c.text().trimmed().isEmpty())
            warnings.append(u"text inside an <outline> ignored"_s);
        readOutlines(c, outline.children, budget, warnings);
        into.append(std::move(outline));
    }
}

} // namespace

OpmlParseResult parseOpml(const QByteArray &bytes)
{
    OpmlParseResult result;
    const DecodedFeed decoded = decodeFeedBytes(bytes);
    const XmlDocument xml = parseXmlTree(decoded.text);
    result.warnings = decoded.warnings + xml.warnings;
    if (!xml.ok) {
        result.error = u"not an OPML file: %1"_s.arg(xml.error);
        return result;
    }
    if (xml.root.name != "opml"_L1) {
        result.error = u"not an OPML file: the root element is <%1>, not <opml>"_s.arg(xml.root.qualifiedName);
        return result;
    }
    if (xml.root.attribute(u"version").isEmpty())
        result.warnings.append(u"<opml> has no version attribute; read as OPML 2.0"_s);
    if (!xml.root.text().trimmed().isEmpty())
        result.warnings.append(u"text inside <opml> ignored"_s);
    int heads = 0, bodies = 0;
    const XmlElement *head = child(xml.root, u"head", &heads);
    const XmlElement *body = child(xml.root, u"body", &bodies);
    if (!body) {
        result.error = u"not a usable OPML file: it has no <body> element, so no outlines"_s;
        return result;
    }
    if (heads > 1 || bodies > 1)
        result.warnings.append(u"more than one <head> or <body>; outlines of every <body> were read"_s);
    if (!head)
        result.warnings.append(u"OPML without a <head>"_s);

    OpmlDocument doc;
    if (head) {
        if (const XmlElement *title = child(*head, u"title"))
            doc.title = collapseWhiteSpace(title->deepText());
    }
    int budget = MaxOutlines;
    for (const XmlElement &c : xml.root.children) {
        if (c.namespaceUri.isEmpty() && c.name == "body"_L1)
            readOutlines(c, doc.outlines, budget, result.warnings);
    }
    result.warnings.removeDuplicates();
    result.document = std::move(doc);
    return result;
}

namespace {

void writeOutline(QXmlStreamWriter &w, const OpmlOutline &o)
{
    w.writeStartElement(u"outline"_s);
    w.writeAttribute(u"text"_s, o.title);
    w.writeAttribute(u"title"_s, o.title);
    if (!o.type.isEmpty() || o.isFeed())
        w.writeAttribute(u"type"_s, o.type.isEmpty() ? u"rss"_s : o.type);
    if (o.isFeed())
        w.writeAttribute(u"xmlUrl"_s, o.xmlUrl.toString(QUrl::FullyEncoded));
    if (!o.htmlUrl.isEmpty())
        w.writeAttribute(u"htmlUrl"_s, o.htmlUrl.toString(QUrl::FullyEncoded));
    for (const OpmlOutline &c : o.children)
        writeOutline(w, c);
    w.writeEndElement();
}

} // namespace

QByteArray writeOpml(const QList<OpmlOutline> &outlines, const QString &title)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(2);
    w.writeStartDocument();
    w.writeStartElement(u"opml"_s);
    w.writeAttribute(u"version"_s, u"2.0"_s);
    w.writeStartElement(u"head"_s);
    w.writeTextElement(u"title"_s, title);
    w.writeTextElement(u"dateCreated"_s, QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date));
    w.writeEndElement();
    w.writeStartElement(u"body"_s);
    for (const OpmlOutline &o : outlines)
        writeOutline(w, o);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace gloss
