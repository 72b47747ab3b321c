#include "FeedElements.h"

#include "FeedText.h"

using namespace Qt::StringLiterals;

namespace gloss {

const XmlElement *firstChild(const XmlElement &parent, const NamespaceTest &ns, QStringView name)
{
    for (const XmlElement &c : parent.children) {
        if (c.name == name && ns(c.namespaceUri))
            return &c;
    }
    return nullptr;
}

const XmlElement *firstChild(const XmlElement &parent, QStringView ns, QStringView name)
{
    for (const XmlElement &c : parent.children) {
        if (c.name == name && c.namespaceUri == ns)
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> children(const XmlElement &parent, const NamespaceTest &ns, QStringView name)
{
    QList<const XmlElement *> found;
    for (const XmlElement &c : parent.children) {
        if (c.name == name && ns(c.namespaceUri))
            found.append(&c);
    }
    return found;
}

QUrl atomAlternateLink(const XmlElement &parent, const NamespaceTest &ns)
{
    QUrl fallback;
    for (const XmlElement *link : children(parent, ns, u"link")) {
        const QString rel = link->attribute(u"rel").trimmed();
        if (!rel.isEmpty() && rel != "alternate"_L1)
            continue;
        const QUrl url = resolvedUrl(link->attribute(u"href"), link->base);
        if (url.isEmpty())
            continue;
        const QString type = link->attribute(u"type").trimmed().toLower();
        if (type.isEmpty() || type == "text/html"_L1 || type == "application/xhtml+xml"_L1)
            return url;
        if (fallback.isEmpty())
            fallback = url;
    }
    return fallback;
}

} // namespace gloss
