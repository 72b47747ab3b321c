#include "LibraryMaintenance.h"

#include "Database.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

qint64 pragma(Database &db, const QString &name)
{
    return db.queryInt(u"PRAGMA "_s + name).value_or(0);
}

qint64 sizeOf(Database &db)
{
    return pragma(db, u"page_count"_s) * pragma(db, u"page_size"_s);
}

} // namespace

Result<LibraryStats> libraryStats(Database &db)
{
    LibraryStats stats;
    const qint64 pageSize = pragma(db, u"page_size"_s);
    stats.fileBytes = pragma(db, u"page_count"_s) * pageSize;
    stats.freeBytes = pragma(db, u"freelist_count"_s) * pageSize;
    Statement totals = db.prepare(u"SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM articles WHERE is_read = 0), "
                                  "(SELECT count(*) FROM annotations), (SELECT count(*) FROM speakers), "
                                  "(SELECT count(*) FROM feeds), (SELECT count(*) FROM articles WHERE feed_id IS NULL)"_s);
    if (totals.next()) {
        stats.articles = totals.int64(0);
        stats.unread = totals.int64(1);
        stats.annotations = totals.int64(2);
        stats.speakers = totals.int64(3);
        stats.feeds = totals.int64(4);
        stats.importedArticles = totals.int64(5);
    }
    if (totals.failed())
        return Error{u"cannot read the library's totals: %1"_s.arg(db.lastError())};
    // One pass over the feed index (articles_by_feed), grouped: no per-feed query.
    Statement perFeed = db.prepare(u"SELECT f.id, f.title, count(a.id), count(a.id) - coalesce(sum(a.is_read), 0) "
                                   "FROM feeds f LEFT JOIN articles a ON a.feed_id = f.id GROUP BY f.id "
                                   "ORDER BY count(a.id) DESC, f.title COLLATE NOCASE"_s);
    while (perFeed.next())
        stats.perFeed.append({perFeed.int64(0), perFeed.text(1), perFeed.int64(2), perFeed.int64(3)});
    if (perFeed.failed())
        return Error{u"cannot count the articles per feed: %1"_s.arg(db.lastError())};
    return stats;
}

Result<OptimizeReport> optimizeLibrary(Database &db, const std::function<void(const QString &)> &step)
{
    const auto tell = [&](const QString &what) {
        if (step)
            step(what);
    };
    OptimizeReport report;
    report.bytesBefore = sizeOf(db);
    tell(u"merging the full-text indexes"_s);
    if (!db.execute(u"INSERT INTO articles_fts(articles_fts) VALUES ('optimize');"
                    "INSERT INTO annotations_fts(annotations_fts) VALUES ('optimize')"_s))
        return Error{u"cannot optimize the search index: %1"_s.arg(db.lastError())};
    tell(u"updating the query planner's statistics"_s);
    if (!db.execute(u"ANALYZE"_s))
        return Error{u"cannot analyze the library: %1"_s.arg(db.lastError())};
    tell(u"returning free space"_s);
    // auto_vacuum: 0 none, 1 full, 2 incremental. Switching to incremental takes one full VACUUM.
    if (pragma(db, u"auto_vacuum"_s) != 2) {
        report.fullVacuum = true;
        if (!db.execute(u"PRAGMA auto_vacuum = INCREMENTAL"_s) || !db.execute(u"VACUUM"_s))
            return Error{u"cannot compact the library: %1"_s.arg(db.lastError())};
    } else {
        Statement vacuum = db.prepare(u"PRAGMA incremental_vacuum"_s);
        while (vacuum.next()) {
        }
        if (vacuum.failed())
            return Error{u"cannot compact the library: %1"_s.arg(db.lastError())};
    }
    // Fold the write-ahead log back into the file, so the size on disk is the size reported.
    db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    report.bytesAfter = sizeOf(db);
    return report;
}

} // namespace gloss
