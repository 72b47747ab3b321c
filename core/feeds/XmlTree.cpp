#include "XmlTree.h"

#include "FeedLog.h"
#include "XmlPrepare.h"
#include "document/HtmlEscape.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// Far beyond any real feed, small enough that a hostile one cannot exhaust memory through the tree.
constexpr int MaxDepth = 256;
constexpr qsizetype MaxElements = 1'000'000;

const QString xmlNamespace = u"http://www.w3.org/XML/1998/namespace"_s;

void appendText(XmlElement &e, QStringView text)
{
    e.texts.last() += text;
}

void writeMarkup(const XmlElement &e, QString &out)
{
    for (size_t i = 0; i < e.children.size(); ++i) {
        out += escapeHtmlText(e.texts.at(qsizetype(i)));
        const XmlElement &c = e.children[i];
        out += u'<' + c.name;
        for (const XmlAttribute &a : c.attributes) {
            if (a.qualifiedName.startsWith(u"xmlns"_s) || a.namespaceUri == xmlNamespace)
                continue;
            out += u' ' + a.name + u"=\""_s + escapeHtmlAttribute(a.value) + u'"';
        }
        out += u'>';
        writeMarkup(c, out);
        out += u"</"_s + c.name + u'>';
    }
    out += escapeHtmlText(e.texts.last());
}

void collectText(const XmlElement &e, QString &out)
{
    for (size_t i = 0; i < e.children.size(); ++i) {
        out += e.texts.at(qsizetype(i));
        collectText(e.children[i], out);
    }
    out += e.texts.last();
}

} // namespace

QString XmlElement::text() const
{
    return texts.join(QString());
}

QString XmlElement::deepText() const
{
    QString out;
    collectText(*this, out);
    return out;
}

QString XmlElement::innerXml() const
{
    QString out;
    writeMarkup(*this, out);
    return out;
}

QString XmlElement::attribute(QStringView localName) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.namespaceUri.isEmpty() && a.name == localName)
            return a.value;
    }
    return {};
}

QString XmlElement::attribute(QStringView namespaceUri, QStringView localName) const
{
    for (const XmlAttribute &a : attributes) {
        if (a.namespaceUri == namespaceUri && a.name == localName)
            return a.value;
    }
    return {};
}

XmlDocument parseXmlTree(const QString &decodedText, const QUrl &documentUrl)
{
    XmlDocument doc;
    PreparedXml prepared = prepareXmlText(decodedText);
    doc.warnings = prepared.warnings;

    QXmlStreamReader reader(prepared.text);
    // Belt and braces: the DOCTYPE is gone, but should a declaration slip through, cap expansion.
    reader.setEntityExpansionLimit(1024);
    std::vector<XmlElement *> stack;
    qsizetype elements = 0;
    bool sawRoot = false;
    QString limitError;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (++elements > MaxElements || stack.size() >= size_t(MaxDepth)) {
                limitError = elements > MaxElements ? u"more than %1 elements"_s.arg(MaxElements)
                                                    : u"elements nested deeper than %1"_s.arg(MaxDepth);
                break;
            }
            XmlElement *e = nullptr;
            if (stack.empty()) {
                if (sawRoot)
                    break; // a second root: ill-formed, handled as an error below
                sawRoot = true;
                e = &doc.root;
                e->base = documentUrl;
            } else {
                XmlElement &parent = *stack.back();
                parent.children.emplace_back();
                parent.texts.append(QString());
                e = &parent.children.back();
                e->base = parent.base;
            }
            e->namespaceUri = reader.namespaceUri().toString();
            e->name = reader.name().toString();
            e->qualifiedName = reader.qualifiedName().toString();
            e->texts.append(QString());
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                e->attributes.append({a.namespaceUri().toString(), a.name().toString(), a.qualifiedName().toString(),
                                      a.value().toString()});
                if (a.namespaceUri() == xmlNamespace && a.name() == "base"_L1) {
                    const QUrl base(a.value().toString().trimmed());
                    e->base = e->base.isValid() ? e->base.resolved(base) : base;
                }
            }
            stack.push_back(e);
        } else if (token == QXmlStreamReader::EndElement) {
            if (!stack.empty())
                stack.pop_back();
        } else if (token == QXmlStreamReader::Characters || token == QXmlStreamReader::EntityReference) {
            if (!stack.empty())
                appendText(*stack.back(), reader.text());
        }
    }

    QString problem = limitError;
    if (problem.isEmpty() && reader.hasError())
        problem = u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
    if (!sawRoot) {
        doc.error = problem.isEmpty() ? u"no XML element found"_s : u"not well-formed XML (%1)"_s.arg(problem);
        return doc;
    }
    doc.ok = true;
    if (!problem.isEmpty()) {
        doc.warnings.append(u"not well-formed XML (%1); kept what was read before it"_s.arg(problem));
        qCDebug(lcFeeds) << "salvaged ill-formed XML:" << problem;
    }
    return doc;
}

} // namespace gloss
