#include "JsonFeedParser.h"

#include "DateParsing.h"
#include "FeedText.h"
#include "document/HtmlEscape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QString authorName(const QJsonObject &owner)
{
    QStringList names;
    for (const QJsonValue a : owner.value("authors"_L1).toArray()) {
        if (const QString n = a.toObject().value("name"_L1).toString().trimmed(); !n.isEmpty())
            names.append(n);
    }
    if (names.isEmpty()) {
        if (const QString n = owner.value("author"_L1).toObject().value("name"_L1).toString().trimmed(); !n.isEmpty())
            names.append(n);
    }
    return names.join(u", "_s);
}

// Ids are strings in the spec, but numbers occur in the wild.
QString idText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString().trimmed();
}

FeedEntry parseItem(const QJsonObject &item, const QUrl &base, const QString &feedAuthor)
{
    FeedEntry entry;
    entry.id = idText(item.value("id"_L1));
    entry.title = collapseWhiteSpace(item.value("title"_L1).toString());
    entry.link = resolvedUrl(item.value("url"_L1).toString(), base);
    if (entry.link.isEmpty())
        entry.link = resolvedUrl(item.value("external_url"_L1).toString(), base);
    entry.author = authorName(item);
    if (entry.author.isEmpty())
        entry.author = feedAuthor;
    for (const QJsonValue tag : item.value("tags"_L1).toArray()) {
        if (const QString t = tag.toString().trimmed(); !t.isEmpty())
            entry.categories.append(t);
    }
    if (const QString summary = item.value("summary"_L1).toString(); !summary.isEmpty())
        entry.summary = sanitizedHtml(escapeHtmlText(summary), base);
    const QString html = item.value("content_html"_L1).toString();
    const QString text = item.value("content_text"_L1).toString();
    entry.content = sanitizedHtml(html.isEmpty() ? escapeHtmlText(text) : html, base);
    entry.published = parseFeedDate(item.value("date_published"_L1).toString());
    entry.updated = parseFeedDate(item.value("date_modified"_L1).toString());
    for (const QJsonValue a : item.value("attachments"_L1).toArray()) {
        const QJsonObject att = a.toObject();
        const QUrl url = resolvedUrl(att.value("url"_L1).toString(), base);
        if (!url.isEmpty())
            // toInteger(): 0 (unknown) for a size that is no integer or lies outside qint64, where a
            // cast from the double would be undefined behaviour.
            entry.enclosures.append({url, att.value("mime_type"_L1).toString(), att.value("size_in_bytes"_L1).toInteger()});
    }
    return entry;
}

} // namespace

std::optional<ParsedFeed> parseJsonFeed(const QByteArray &utf8, const QUrl &feedUrl, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"not valid JSON (at byte %1: %2)"_s.arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QString version = root.value("version"_L1).toString();
    if (!version.startsWith("https://jsonfeed.org/version/"_L1) && !version.startsWith("http://jsonfeed.org/version/"_L1)) {
        *error = u"JSON without a JSON Feed version (https://jsonfeed.org/version/1.1): not a feed"_s;
        return std::nullopt;
    }
    ParsedFeed feed;
    feed.format = version.endsWith("/1"_L1) ? u"json10"_s : u"json11"_s;
    const QUrl selfUrl = resolvedUrl(root.value("feed_url"_L1).toString(), feedUrl);
    const QUrl base = feedUrl.isValid() && !feedUrl.isEmpty() ? feedUrl : selfUrl;
    feed.title = collapseWhiteSpace(root.value("title"_L1).toString());
    feed.link = resolvedUrl(root.value("home_page_url"_L1).toString(), base);
    feed.description = collapseWhiteSpace(root.value("description"_L1).toString());
    const QString feedAuthor = authorName(root);
    for (const QJsonValue item : root.value("items"_L1).toArray()) {
        if (item.isObject())
            feed.entries.append(parseItem(item.toObject(), base, feedAuthor));
    }
    return feed;
}

} // namespace gloss
