// Where the refresh benchmark's time goes: the three stages of a refresh measured one at a time
// against the same corpus (download only; parse, which sanitises; canonical text + store + index).
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace gloss::bench {

struct StageFigures {
    double fetchMs = 0;         // every feed downloaded by FeedFetcher (default parallelism), bodies dropped
    double fetchPeakMiB = 0;
    double parseMsPerFeed = 0;  // parseFeed on one thread, mean over the sampled feeds
    int parseFeeds = 0;
    qint64 parsedEntries = 0;
    double storeMsPerFeed = 0;  // one writer thread: feedItemArticle + saveArticle, one transaction a feed
    double convertMsPerFeed = 0; // of which feedItemArticle (blocks and canonical text of sanitised HTML)
    int storeFeeds = 0;         // how many feeds the store stage sampled
    QString error;
};

// `urls` and `files` list the same feeds in the same order; `scratchDir` takes a throw-away library.
// Downloads every feed; parses and stores only the first `sample` feeds.
StageFigures measureStages(const QList<QUrl> &urls, const QStringList &files, const QString &scratchDir,
                           int sample);

} // namespace gloss::bench
