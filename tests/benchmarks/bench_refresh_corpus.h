// The refresh benchmark's corpus and the server that hands it out.
//
// writeRefreshCorpus() writes `feeds` RSS 2.0 files of `items` news-like items each (about 2.5 KB of
// HTML per item, deterministic) into a folder, one at a time so the benchmark process never holds
// more than one feed. serveRefreshCorpus() is the body of `bench_refresh --serve DIR`: a separate
// process (so serving 250 MB does not compete with the refresh inside the measured process) that
// answers /feed-N.xml from the folder with ETag and Last-Modified, 304 on a matching conditional GET.
#pragma once

#include <QString>

namespace gloss::bench {

struct RefreshCorpus {
    qint64 bytes = 0;
    QString error;   // empty when every file was written
};

RefreshCorpus writeRefreshCorpus(const QString &dir, int feeds, int items);

// The path a feed is served under, e.g. "/feed-7.xml".
QByteArray refreshFeedPath(int feed);

// Serves `dir` on 127.0.0.1 (a free port, printed as the first line on standard output) until
// standard input closes. Returns the process exit code.
int serveRefreshCorpus(const QString &dir);

} // namespace gloss::bench
