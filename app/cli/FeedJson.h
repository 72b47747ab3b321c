// JSON shapes and plain lines the CLI prints for feeds and refresh results (documented in the
// README's "Command line" section; tests/cli/tst_cli_feeds.cpp holds them to it).
#pragma once

#include "feeds/RefreshResult.h"
#include "store/FeedStore.h"

#include <QJsonObject>

namespace gloss::cli {

// {id, title, url, folder, unread, last_error}; folder is the folder's name or null, last_error null
// when the last refresh succeeded (or there was none yet).
QJsonObject feedJson(const Feed &feed, const QString &folderName);
// One tab-separated line (no newline) for `gloss feeds list`: id, unread, folder (-), title, url, and
// the last error when there is one.
QString feedLine(const Feed &feed, const QString &folderName);

// The wording for what a refresh did to one feed: "new" (new articles arrived), "updated"
// (only new revisions of stored articles), "unchanged" (HTTP 304, or nothing new in the feed) or
// "error".
QString refreshStatus(const FeedRefreshResult &result);
// {id, title, url, status, new, updated, unchanged, error}; error null unless the status is "error".
QJsonObject refreshJson(const FeedRefreshResult &result);
// One tab-separated line (no newline) for plain `gloss refresh`: id, status, counts, title, url.
QString refreshLine(const FeedRefreshResult &result);

} // namespace gloss::cli
