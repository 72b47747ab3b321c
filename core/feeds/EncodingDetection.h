// Decoding a feed's bytes, following the order the feedparser suite (and RFC 7303) expects:
//   1. a byte-order mark (UTF-8, UTF-16LE/BE, UTF-32LE/BE) wins;
//   2. else the charset parameter of the HTTP Content-Type overrides the document's own claim;
//   3. else the XML declaration's encoding (read in whatever ASCII-compatible or UTF-16/32 form the
//      first bytes show), or a JSON document's UTF-8;
//   4. else UTF-8.
// Bytes that are not valid in the chosen encoding do not make the feed unreadable: UTF-8 that fails
// is read as Windows-1252 (the usual culprit), other encodings replace bad bytes with U+FFFD, and
// a warning says so. An encoding name nobody knows falls back the same way.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gloss {

struct DecodedFeed {
    QString text;
    QString encoding;     // lower-case name of what was used, e.g. "utf-8", "windows-1252", "gb18030"
    QStringList warnings;
};

DecodedFeed decodeFeedBytes(const QByteArray &bytes, const QString &contentType = {});

// The charset parameter of a Content-Type value (lenient about quotes and spaces), lower-cased.
QByteArray charsetFromContentType(const QString &contentType);

} // namespace gloss
