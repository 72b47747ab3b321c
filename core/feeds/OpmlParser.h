// OPML 1.0/2.0 subscription lists: reading them into folders and feeds, and writing them back.
//
// Reading is lenient, the way a user importing someone's export wants: head fields are not
// validated (a non-numeric windowTop is no reason to refuse a subscription list), stray text is
// ignored, and ill-formed XML keeps the outlines read before the error; each such leniency is a
// warning. Only a document that is not OPML at all (not XML, another root element, no <body>) is
// an error, and the message says which.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace gloss {

// An outline is a folder when it has children, a feed when it has an xmlUrl; OPML allows both at
// once and outlines that are neither (plain notes, links), which are kept so nothing is lost.
struct OpmlOutline {
    QString title;      // the title attribute, else text
    QUrl xmlUrl;        // the feed
    QUrl htmlUrl;       // the site
    QString type;       // "rss", "link", ... as written; empty for folders
    QList<OpmlOutline> children;

    bool isFeed() const { return !xmlUrl.isEmpty(); }
    friend bool operator==(const OpmlOutline &, const OpmlOutline &) = default;
};

struct OpmlDocument {
    QString title;
    QList<OpmlOutline> outlines;
};

struct OpmlParseResult {
    std::optional<OpmlDocument> document;
    QString error;          // when there is no document: why, naming line and column when it can
    QStringList warnings;   // what was forgiven
    bool ok() const { return document.has_value(); }
};

OpmlParseResult parseOpml(const QByteArray &bytes);

// An OPML 2.0 document with these outlines (folders kept); UTF-8, escaping done right.
QByteArray writeOpml(const QList<OpmlOutline> &outlines, const QString &title);

} // namespace gloss
