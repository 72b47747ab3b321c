#include "AtomParser.h"

#include "DateParsing.h"
#include "FeedElements.h"
#include "FeedNamespaces.h"
#include "FeedText.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {


// "Name (email)", the form feedparser gives and a reader can show as is.
QString personText(const XmlElement &person, const NamespaceTest &atomNs)
{
    const XmlElement *name = firstChild(person, atomNs, u"name");
    const XmlElement *email = firstChild(person, atomNs, u"email");
    const QString n = name ? collapseWhiteSpace(name->deepText()) : collapseWhiteSpace(person.text());
    const QString e = email ? collapseWhiteSpace(email->deepText()) : QString();
    if (n.isEmpty())
        return e;
    return e.isEmpty() ? n : n + u" ("_s + e + u')';
}

QString authorOf(const XmlElement &parent, const NamespaceTest &atomNs)
{
    QStringList names;
    for (const XmlElement *a : children(parent, atomNs, u"author")) {
        if (const QString text = personText(*a, atomNs); !text.isEmpty())
            names.append(text);
    }
    if (names.isEmpty()) {
        if (const XmlElement *creator = firstChild(parent, feedns::Dc, u"creator"))
            names.append(collapseWhiteSpace(creator->deepText()));
    }
    return names.join(u", "_s);
}

QDateTime dateOf(const XmlElement &parent, const NamespaceTest &atomNs, std::initializer_list<QStringView> names)
{
    for (const QStringView name : names) {
        const XmlElement *e = firstChild(parent, atomNs, name);
        if (!e && name == u"issued")
            e = firstChild(parent, feedns::DcTerms, u"issued");
        if (!e && name == u"modified")
            e = firstChild(parent, feedns::DcTerms, u"modified");
        if (e) {
            if (const QDateTime when = parseFeedDate(e->deepText()); when.isValid())
                return when;
        }
    }
    return {};
}

FeedEntry parseEntry(const XmlElement &entryElement, const QString &feedAuthor, const NamespaceTest &atomNs)
{
    FeedEntry entry;
    if (const XmlElement *t = firstChild(entryElement, atomNs, u"title"))
        entry.title = atomPlainText(*t);
    if (const XmlElement *id = firstChild(entryElement, atomNs, u"id")) {
        entry.id = id->deepText().trimmed();
        // A path-relative id ("/2024/story") means the resource under the feed's base.
        if ((entry.id.startsWith(u'/') || entry.id.startsWith(u'.')) && id->base.isValid() && !id->base.isRelative())
            entry.id = id->base.resolved(QUrl(entry.id)).toString();
    }
    entry.link = atomAlternateLink(entryElement, atomNs);
    entry.author = authorOf(entryElement, atomNs);
    if (entry.author.isEmpty())
        entry.author = feedAuthor; // RFC 4287 4.2.1: an entry inherits the feed's authors

    for (const XmlElement *c : children(entryElement, atomNs, u"category")) {
        QString term = c->attribute(u"term").trimmed();
        if (term.isEmpty())
            term = collapseWhiteSpace(c->deepText());
        if (!term.isEmpty())
            entry.categories.append(term);
    }
    for (const XmlElement &c : entryElement.children) {
        if (c.namespaceUri == feedns::Dc && c.name == "subject"_L1)
            entry.categories.append(collapseWhiteSpace(c.deepText()));
    }

    if (const XmlElement *s = firstChild(entryElement, atomNs, u"summary"))
        entry.summary = sanitizedHtml(atomTextAsHtml(*s), s->base);
    if (const XmlElement *c = firstChild(entryElement, atomNs, u"content")) {
        // Out-of-line content (src=...) has nothing to show here; the link is the story.
        if (c->attribute(u"src").isEmpty())
            entry.content = sanitizedHtml(atomTextAsHtml(*c), c->base);
    }

    entry.published = dateOf(entryElement, atomNs, {u"published", u"issued", u"created"});
    entry.updated = dateOf(entryElement, atomNs, {u"updated", u"modified"});

    for (const XmlElement *link : children(entryElement, atomNs, u"link")) {
        if (link->attribute(u"rel").trimmed() != "enclosure"_L1)
            continue;
        const QUrl url = resolvedUrl(link->attribute(u"href"), link->base);
        if (!url.isEmpty())
            entry.enclosures.append({url, link->attribute(u"type").trimmed(), link->attribute(u"length").trimmed().toLongLong()});
    }
    return entry;
}

} // namespace

ParsedFeed parseAtomTree(const XmlElement &root)
{
    // Atom elements: the Atom namespaces, none, or whatever namespace the <feed> root is in (some
    // feeds invent their own and mean Atom all the same).
    const QString rootNamespace = root.namespaceUri;
    const NamespaceTest atomNs = [rootNamespace](QStringView ns) { return feedns::isAtom(ns) || ns == rootNamespace; };
    ParsedFeed feed;
    feed.format = (root.namespaceUri == feedns::Atom03 || root.attribute(u"version").startsWith(u"0."_s)) ? u"atom03"_s
                                                                                                         : u"atom10"_s;
    if (const XmlElement *t = firstChild(root, atomNs, u"title"))
        feed.title = atomPlainText(*t);
    feed.link = atomAlternateLink(root, atomNs);
    const XmlElement *subtitle = firstChild(root, atomNs, u"subtitle");
    if (!subtitle)
        subtitle = firstChild(root, atomNs, u"tagline");
    if (subtitle)
        feed.description = atomPlainText(*subtitle);
    const QString feedAuthor = authorOf(root, atomNs);
    for (const XmlElement *e : children(root, atomNs, u"entry"))
        feed.entries.append(parseEntry(*e, feedAuthor, atomNs));
    return feed;
}

} // namespace gloss
