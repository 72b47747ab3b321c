// The one entry point for feed documents: bytes (from a file or a fetch) in, a ParsedFeed or a
// clear error out. It detects the format (JSON Feed by a leading '{' and its version URL; XML by
// its root: <rss>, <rdf:RDF>, <feed>), decodes the bytes (see EncodingDetection.h: BOM, then the
// HTTP charset from contentType, then the XML declaration), and resolves relative URLs against
// xml:base and feedUrl. All item HTML goes through sanitizeHtml.
//
// Hostile input is bounded: DOCTYPEs are dropped unread (no entity expansion, nothing fetched), the
// element tree has depth and size limits, and bytes over MaxFeedBytes are refused. Ill-formed XML
// gives what was read before the error plus a warning; a document with nothing readable is an
// error naming the line and column.
#pragma once

#include "ParsedFeed.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace gloss {

inline constexpr qsizetype MaxFeedBytes = 64 * 1024 * 1024;

struct FeedParseResult {
    std::optional<ParsedFeed> feed;
    QString error;    // set when there is no feed: what is wrong, for the user
    bool ok() const { return feed.has_value(); }
};

FeedParseResult parseFeed(const QByteArray &bytes, const QUrl &feedUrl = {}, const QString &contentType = {});

} // namespace gloss
