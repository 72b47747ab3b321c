// What fetching a feed URL produces, independent of parsing: the body and the HTTP facts the
// refresher stores (validators for conditional GET, a permanent redirect's new URL).
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gloss {

struct FetchRequest {
    qint64 feedId = 0;
    QUrl url;
    QString etag;          // from the previous fetch, for If-None-Match
    QString lastModified;  // from the previous fetch, for If-Modified-Since
};

struct FetchResult {
    qint64 feedId = 0;
    QUrl requestedUrl;
    QUrl finalUrl;         // after redirects
    QUrl permanentUrl;     // set when a 301/308 redirect says the feed moved for good
    int httpStatus = 0;    // 0 when no HTTP response arrived
    bool notModified = false;   // 304
    QByteArray body;       // decompressed
    QString contentType;   // e.g. "application/rss+xml; charset=utf-8"
    QString etag;
    QString lastModified;
    QString error;         // empty on success; else names the problem (timeout, too large, HTTP 404, ...)
    bool ok() const { return error.isEmpty(); }
};

} // namespace gloss
