// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a ParsedFeed. 1.0's single
// `author` and 1.1's `authors` are both read; relative URLs resolve against the feed's URL.
#pragma once

#include "ParsedFeed.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace gloss {

// A feed, or nullopt with *error set (not JSON, or JSON that is not a JSON Feed).
std::optional<ParsedFeed> parseJsonFeed(const QByteArray &utf8, const QUrl &feedUrl, QString *error);

} // namespace gloss
