#include "FeedCdfParser.h"

#include "DateParsing.h"
#include "FeedText.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

// CDF is case-insensitive SGML heritage: element and attribute names come in any case.
const XmlElement *cdfChild(const XmlElement &parent, QStringView name)
{
    for (const XmlElement &c : parent.children) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString cdfAttribute(const XmlElement &e, QStringView name)
{
    for (const XmlAttribute &a : e.attributes) {
        if (a.namespaceUri.isEmpty() && a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a.value;
    }
    return {};
}

QUrl cdfBase(const XmlElement &e)
{
    const QUrl base = resolvedUrl(cdfAttribute(e, u"base"), e.base);
    return base.isEmpty() ? e.base : base;
}

} // namespace

ParsedFeed parseCdfTree(const XmlElement &root)
{
    ParsedFeed feed;
    feed.format = u"cdf"_s;
    const QUrl base = cdfBase(root);
    if (const XmlElement *t = cdfChild(root, u"title"))
        feed.title = rssPlainText(*t);
    feed.link = resolvedUrl(cdfAttribute(root, u"href"), base);
    if (const XmlElement *a = cdfChild(root, u"abstract"))
        feed.description = rssPlainText(*a);
    for (const XmlElement &item : root.children) {
        if (item.name.compare("item"_L1, Qt::CaseInsensitive) != 0)
            continue;
        FeedEntry entry;
        if (const XmlElement *t = cdfChild(item, u"title"))
            entry.title = rssPlainText(*t);
        entry.link = resolvedUrl(cdfAttribute(item, u"href"), base);
        if (const XmlElement *a = cdfChild(item, u"abstract"))
            entry.summary = sanitizedHtml(rssTextAsHtml(*a), base);
        entry.updated = parseFeedDate(cdfAttribute(item, u"lastmod"));
        feed.entries.append(entry);
    }
    return feed;
}

} // namespace gloss
