#include "RssParser.h"

#include "DateParsing.h"
#include "FeedElements.h"
#include "FeedNamespaces.h"
#include "FeedText.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

bool rssNs(QStringView ns) { return feedns::isRss(ns); }
bool atomNs(QStringView ns) { return ns == feedns::Atom10 || ns == feedns::Atom03; }

QString childText(const XmlElement &parent, QStringView ns, QStringView name)
{
    const XmlElement *e = firstChild(parent, ns, name);
    return e ? collapseWhiteSpace(e->deepText()) : QString();
}

QString rssChildText(const XmlElement &parent, QStringView name)
{
    const XmlElement *e = firstChild(parent, rssNs, name);
    return e ? collapseWhiteSpace(e->deepText()) : QString();
}

QDateTime firstDate(const XmlElement &item, std::initializer_list<std::pair<QStringView, QStringView>> candidates)
{
    for (const auto &[ns, name] : candidates) {
        const XmlElement *e = ns.isNull() ? firstChild(item, rssNs, name) : firstChild(item, ns, name);
        if (!e)
            continue;
        if (const QDateTime when = parseFeedDate(e->deepText()); when.isValid())
            return when;
    }
    return {};
}

QString itemAuthor(const XmlElement &item)
{
    for (const QString &author : {rssChildText(item, u"author"), childText(item, feedns::Dc, u"creator"),
                                  childText(item, feedns::Dc, u"author"), childText(item, feedns::Itunes, u"author")}) {
        if (!author.isEmpty())
            return author;
    }
    return {};
}

QString itemContent(const XmlElement &item)
{
    if (const XmlElement *e = firstChild(item, feedns::Content, u"encoded"))
        return rssTextAsHtml(*e);
    if (const XmlElement *e = firstChild(item, feedns::Xhtml, u"body"))
        return e->innerXml();
    for (const QStringView name : {u"body", u"fullitem"}) {
        if (const XmlElement *e = firstChild(item, rssNs, name))
            return rssTextAsHtml(*e);
    }
    return {};
}

FeedEntry parseItem(const XmlElement &item, const QUrl &feedBase)
{
    FeedEntry entry;
    if (const XmlElement *t = firstChild(item, rssNs, u"title"))
        entry.title = rssPlainText(*t);
    else if (const XmlElement *dt = firstChild(item, feedns::Dc, u"title"))
        entry.title = rssPlainText(*dt);

    const XmlElement *guid = firstChild(item, rssNs, u"guid");
    entry.id = guid ? guid->text().trimmed() : QString();
    if (entry.id.isEmpty())
        entry.id = item.attribute(feedns::Rdf, u"about").trimmed();

    if (const XmlElement *link = firstChild(item, rssNs, u"link"))
        entry.link = resolvedUrl(link->deepText(), link->base);
    if (entry.link.isEmpty())
        entry.link = atomAlternateLink(item, atomNs);
    // RSS 2.0: a guid is a permalink unless it says isPermaLink="false".
    if (entry.link.isEmpty() && guid && guid->attribute(u"isPermaLink").trimmed().toLower() != "false"_L1) {
        const QUrl url = resolvedUrl(entry.id, guid->base);
        if (!url.scheme().isEmpty())
            entry.link = url;
    }

    entry.author = itemAuthor(item);
    for (const XmlElement *c : children(item, rssNs, u"category"))
        entry.categories.append(collapseWhiteSpace(c->deepText()));
    for (const XmlElement &c : item.children) {
        if (c.namespaceUri == feedns::Dc && c.name == "subject"_L1)
            entry.categories.append(collapseWhiteSpace(c.deepText()));
    }
    entry.categories.removeAll(QString());

    // description is RSS's summary; a nonstandard <summary> is read too. Of two, the first is the
    // summary and the second, where there is no other content, the content (as feedparser does).
    QList<const XmlElement *> summaries;
    for (const XmlElement &c : item.children) {
        if ((rssNs(c.namespaceUri) && (c.name == "description"_L1 || c.name == "summary"_L1))
            || (c.namespaceUri == feedns::Dc && c.name == "description"_L1))
            summaries.append(&c);
    }
    if (!summaries.isEmpty())
        entry.summary = sanitizedHtml(rssTextAsHtml(*summaries.first()), summaries.first()->base);
    QString content = itemContent(item);
    if (content.isEmpty() && summaries.size() > 1)
        content = rssTextAsHtml(*summaries.at(1));
    entry.content = sanitizedHtml(content, item.base.isValid() ? item.base : feedBase);

    entry.published = firstDate(item, {{QStringView(), u"pubDate"}, {feedns::Dc, u"date"}, {feedns::DcTerms, u"issued"},
                                       {feedns::DcTerms, u"created"}});
    entry.updated = firstDate(item, {{feedns::DcTerms, u"modified"}, {feedns::Atom10, u"updated"}});

    for (const XmlElement *enc : children(item, rssNs, u"enclosure")) {
        const QUrl url = resolvedUrl(enc->attribute(u"url"), enc->base);
        if (!url.isEmpty())
            entry.enclosures.append({url, enc->attribute(u"type").trimmed(), enc->attribute(u"length").trimmed().toLongLong()});
    }
    return entry;
}

} // namespace

ParsedFeed parseRssTree(const XmlElement &root)
{
    ParsedFeed feed;
    const bool rdf = root.name == "RDF"_L1;
    if (rdf) {
        feed.format = root.children.size() > 0 && firstChild(root, feedns::Rss090, u"channel") ? u"rss090"_s : u"rss1"_s;
    } else {
        const QString version = root.attribute(u"version").trimmed();
        feed.format = version.startsWith(u"0.9"_s) ? u"rss09"_s + version.mid(3, 1) : u"rss2"_s;
        if (feed.format == "rss09"_L1)
            feed.format = u"rss091"_s;
    }

    const XmlElement *channel = firstChild(root, rssNs, u"channel");
    if (channel) {
        if (const XmlElement *t = firstChild(*channel, rssNs, u"title"))
            feed.title = rssPlainText(*t);
        else if (const XmlElement *dt = firstChild(*channel, feedns::Dc, u"title"))
            feed.title = rssPlainText(*dt);
        if (const XmlElement *link = firstChild(*channel, rssNs, u"link"))
            feed.link = resolvedUrl(link->deepText(), link->base);
        if (feed.link.isEmpty())
            feed.link = atomAlternateLink(*channel, atomNs);
        const XmlElement *d = firstChild(*channel, rssNs, u"description");
        if (!d)
            d = firstChild(*channel, feedns::Dc, u"description");
        if (d)
            feed.description = rssPlainText(*d);
    }
    // RSS 2.0 puts items in the channel, RSS 1.0 beside it; accept both wherever they are.
    QList<const XmlElement *> items = channel ? children(*channel, rssNs, u"item") : QList<const XmlElement *>();
    items += children(root, rssNs, u"item");
    for (const XmlElement *item : items)
        feed.entries.append(parseItem(*item, channel ? channel->base : root.base));
    return feed;
}

} // namespace gloss
