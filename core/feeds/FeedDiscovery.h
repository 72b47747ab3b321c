// Feed discovery: the feeds an HTML page announces with <link rel="alternate" type="...">, so a
// subscription to a site's page (what people usually paste) finds the site's feed.
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace gloss {

// True when `body` (with its HTTP content type) is an HTML page rather than a feed.
bool looksLikeHtmlPage(const QByteArray &body, const QString &contentType);

// The absolute URLs of the RSS, Atom and JSON feeds the page links to, in page order.
QList<QUrl> discoverFeedLinks(const QByteArray &html, const QUrl &pageUrl);

} // namespace gloss
