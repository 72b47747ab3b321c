#include "FeedDiscovery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

bool looksLikeHtmlPage(const QByteArray &body, const QString &contentType)
{
    if (contentType.contains(u"html"_s, Qt::CaseInsensitive))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

QList<QUrl> discoverFeedLinks(const QByteArray &html, const QUrl &pageUrl)
{
    // Feed links sit in the page's <head>; attributes come in any order and quoting style, so each
    // <link> tag is read attribute by attribute rather than matched as a whole.
    static const QRegularExpression linkTag(u"<link\\b([^>]*)>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(u"([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s);
    static const QStringList feedTypes = {u"application/rss+xml"_s, u"application/atom+xml"_s, u"application/feed+json"_s,
                                          u"application/json"_s, u"application/rdf+xml"_s};
    const QString text = QString::fromUtf8(html.left(512 * 1024));
    QList<QUrl> found;
    auto tags = linkTag.globalMatch(text);
    while (tags.hasNext()) {
        const QString attributes = tags.next().captured(1);
        QString rel, type, href;
        auto attrs = attribute.globalMatch(attributes);
        while (attrs.hasNext()) {
            const auto a = attrs.next();
            const QString name = a.captured(1).toLower();
            const QString value = !a.captured(3).isNull() ? a.captured(3) : !a.captured(4).isNull() ? a.captured(4) : a.captured(5);
            if (name == u"rel"_s)
                rel = value.toLower();
            else if (name == u"type"_s)
                type = value.trimmed().toLower();
            else if (name == u"href"_s)
                href = value.trimmed();
        }
        if (!rel.split(u' ', Qt::SkipEmptyParts).contains(u"alternate"_s) || !feedTypes.contains(type) || href.isEmpty())
            continue;
        const QUrl url = pageUrl.resolved(QUrl(href.replace(u"&amp;"_s, u"&"_s)));
        if ((url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !found.contains(url))
            found << url;
    }
    return found;
}

} // namespace gloss
