#include "RefreshItems.h"

#include "document/Block.h"
#include "document/DocumentBlocks.h"
#include "document/HtmlEscape.h"

using namespace Qt::StringLiterals;

namespace gloss {

QString feedItemKey(qint64 feedId, const FeedEntry &entry)
{
    const QString prefix = u"feed:%1:"_s.arg(feedId);
    if (!entry.id.trimmed().isEmpty())
        return prefix + u"id:"_s + entry.id.trimmed();
    if (entry.link.isValid() && !entry.link.isEmpty())
        return prefix + u"link:"_s + entry.link.toString(QUrl::FullyEncoded);
    const QDateTime when = entry.published.isValid() ? entry.published : entry.updated;
    return prefix + u"title:"_s + entry.title.simplified() + u'|' + (when.isValid() ? when.toString(Qt::ISODate) : QString());
}

ArticleInput feedItemArticle(qint64 feedId, const QString &feedTitle, const FeedEntry &entry)
{
    ArticleInput in;
    in.feedId = feedId;
    in.sourceKey = feedItemKey(feedId, entry);
    in.url = entry.link.isValid() ? entry.link.toString() : QString();
    in.title = entry.title.simplified().isEmpty() ? QObject::tr("(untitled)") : entry.title.simplified();
    in.author = entry.author;
    in.source = feedTitle;
    in.format = u"feed"_s;
    in.published = entry.published.isValid() ? entry.published : entry.updated;
    // The parser has already sanitised the HTML; the canonical text is derived from it the same way
    // as for imported files.
    in.html = !entry.content.trimmed().isEmpty() ? entry.content
              : !entry.summary.trimmed().isEmpty() ? entry.summary
                                                   : u"<p>"_s + escapeHtmlText(in.title) + u"</p>"_s;
    in.text = canonicalTextFromSanitizedHtml(in.html);
    return in;
}

} // namespace gloss
