// Looking after a library: what it holds (file size, free space, articles, annotations, and articles
// and unread ones per feed), and making it compact and fast again after many changes: FTS5 merges
// each full-text index into one segment, ANALYZE refreshes the query planner's statistics, and
// free pages go back to the file system (incremental vacuum; a library made before that was switched
// on is vacuumed once in full to switch it on).
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace gloss {

class Database;

struct FeedSize {
    qint64 feedId = 0;
    QString title;
    qint64 articles = 0;
    qint64 unread = 0;
};

struct LibraryStats {
    qint64 fileBytes = 0;      // pages in use and free, as SQLite counts them
    qint64 freeBytes = 0;      // what an optimize can give back
    qint64 articles = 0;
    qint64 unread = 0;
    qint64 annotations = 0;
    qint64 speakers = 0;
    qint64 feeds = 0;
    qint64 importedArticles = 0; // articles from files, not from a feed
    QList<FeedSize> perFeed;     // most articles first
};

Result<LibraryStats> libraryStats(Database &db);

struct OptimizeReport {
    qint64 bytesBefore = 0;
    qint64 bytesAfter = 0;
    bool fullVacuum = false;   // the one-time full vacuum that switched on incremental vacuum
};

// Runs on the caller's connection (use a worker thread's own for a big library); `step` is told each
// stage's name as it starts. Nothing is lost if it fails half way: each stage is a whole statement.
Result<OptimizeReport> optimizeLibrary(Database &db, const std::function<void(const QString &)> &step = {});

} // namespace gloss
