// Turning the text of feed elements into what ParsedFeed holds: sanitised HTML for summaries and
// content, plain text for titles. Atom says what its text is (type="text|html|xhtml", and in 0.3 a
// MIME type plus mode="xml|escaped|base64"); RSS does not, so its descriptions are taken as HTML
// and its titles as plain text unless they look like markup.
#pragma once

#include "XmlTree.h"

#include <QString>
#include <QUrl>

namespace gloss {

// An Atom text construct (title, subtitle, summary, content, rights) as HTML markup.
QString atomTextAsHtml(const XmlElement &e);

// An RSS element that carries HTML, escaped or (from careless feeds) inline.
QString rssTextAsHtml(const XmlElement &e);

// True when the text contains a tag or an entity reference, i.e. is meant as HTML.
bool looksLikeHtml(const QString &text);

// The text a reader sees in `html` (tags dropped, entities decoded, white space collapsed).
QString plainTextFromHtml(const QString &html);

// sanitizeHtml(html, base).html, or empty for empty input.
QString sanitizedHtml(const QString &html, const QUrl &base);

// The plain text of an RSS (maybe-HTML) or Atom title-like element.
QString rssPlainText(const XmlElement &e);
QString atomPlainText(const XmlElement &e);

// Runs of ASCII white space become one space, trimmed; U+00A0 is kept.
QString collapseWhiteSpace(const QString &text);

// An http(s)-ish URL written in a feed, resolved against the element's xml:base.
QUrl resolvedUrl(const QString &written, const QUrl &base);

} // namespace gloss
