#include "FeedParser.h"

#include "AtomParser.h"
#include "EncodingDetection.h"
#include "FeedCdfParser.h"
#include "FeedLog.h"
#include "FeedNamespaces.h"
#include "JsonFeedParser.h"
#include "RssParser.h"
#include "XmlTree.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

bool looksLikeJson(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace() && c != QChar(0xFEFF))
            return c == u'{';
    }
    return false;
}

FeedParseResult failure(const QString &message)
{
    qCDebug(lcFeeds) << "feed not parsed:" << message;
    return {std::nullopt, message};
}

} // namespace

FeedParseResult parseFeed(const QByteArray &bytes, const QUrl &feedUrl, const QString &contentType)
{
    if (bytes.size() > MaxFeedBytes)
        return failure(u"the document is larger than %1 MiB; not read"_s.arg(MaxFeedBytes / (1024 * 1024)));
    if (bytes.trimmed().isEmpty())
        return failure(u"the document is empty"_s);

    DecodedFeed decoded = decodeFeedBytes(bytes, contentType);
    if (looksLikeJson(decoded.text)) {
        QString error;
        std::optional<ParsedFeed> feed = parseJsonFeed(decoded.text.toUtf8(), feedUrl, &error);
        if (!feed)
            return failure(error);
        feed->warnings = decoded.warnings + feed->warnings;
        return {std::move(feed), {}};
    }

    const XmlDocument doc = parseXmlTree(decoded.text, feedUrl);
    if (!doc.ok)
        return failure(doc.error);
    const XmlElement &root = doc.root;
    ParsedFeed feed;
    if (root.name.compare("rss"_L1, Qt::CaseInsensitive) == 0 || (root.name == "RDF"_L1 && root.namespaceUri == feedns::Rdf))
        feed = parseRssTree(root);
    else if (root.name == "feed"_L1)
        feed = parseAtomTree(root);
    else if (root.name.compare("channel"_L1, Qt::CaseInsensitive) == 0)
        feed = parseCdfTree(root);
    else if (root.name == "RDF"_L1)
        feed = parseRssTree(root); // RDF in a misspelt namespace: read it like RSS 1.0
    else {
        QString problem = u"not a feed: the document's root element is <%1>, not <rss>, <rdf:RDF> or <feed>"_s.arg(root.qualifiedName);
        if (!doc.warnings.isEmpty())
            problem += u" ("_s + doc.warnings.join(u"; "_s) + u')';
        return failure(problem);
    }
    feed.warnings = decoded.warnings + doc.warnings + feed.warnings;
    return {std::move(feed), {}};
}

} // namespace gloss
