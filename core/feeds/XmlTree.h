// A small read-only element tree built with QXmlStreamReader, which is all the feed parsers need:
// namespace-aware names, attributes, effective xml:base and xml:lang, and mixed content kept in order
// so inline XHTML can be written back out as markup.
//
// Limits keep hostile input bounded: depth, element count and total text are capped, and the
// input goes through prepareXmlText() first (no DOCTYPE, so no entity expansion, no fetching).
// Ill-formed XML is salvaged: the tree read before the error is kept (open elements closed) and
// a warning names the line and column; only a document without a root element is an error.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace gloss {

struct XmlAttribute {
    QString namespaceUri;
    QString name;       // local name
    QString qualifiedName;
    QString value;
};

struct XmlElement {
    QString namespaceUri;
    QString name;       // local name
    QString qualifiedName;
    QList<XmlAttribute> attributes;
    QUrl base;          // effective xml:base (resolved against the parent's and the document's)
    std::vector<XmlElement> children;
    QStringList texts;  // texts[i] precedes children[i]; texts.last() follows the last child

    QString text() const;                // all direct text, concatenated
    QString deepText() const;            // text of this element and all descendants
    QString innerXml() const;            // children and text written back as markup
    QString attribute(QStringView localName) const;  // an attribute without namespace
    QString attribute(QStringView namespaceUri, QStringView localName) const;
    bool hasElementChildren() const { return !children.empty(); }
};

struct XmlDocument {
    bool ok = false;            // a root element was read
    XmlElement root;
    QString error;              // when !ok: what went wrong, with line and column
    QStringList warnings;       // recoverable problems (salvaged after an error, DOCTYPE ignored, ...)
};

XmlDocument parseXmlTree(const QString &decodedText, const QUrl &documentUrl = {});

} // namespace gloss
