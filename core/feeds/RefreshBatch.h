// RefreshBatch: the refresh's writes, several feeds to a transaction.
//
// A commit costs more than its feed's rows. New articles land all over the indexes ordered by time
// and by source key, and every index page a transaction touched goes to the write-ahead log again at
// its commit; one commit per feed wrote most of those pages once per feed. Committing every quarter
// of a second writes them once for several feeds.
//
// Feeds in a batch are not savepoints: to be able to roll one back, SQLite copies the original of
// every page changed inside a savepoint (here every index page a feed's items touch), and past 64 KiB
// it writes the copies to a temporary file. Instead, when a feed's writes fail, the batch is rolled
// back and each of its feeds is written again in a transaction of its own: one feed's failure costs
// the others nothing.
//
// What bounds a batch: its age (what a crash loses and how long a writer of another process may
// wait grow by a quarter of a second), the items it holds (memory, see MaxItems), and a writer of
// this process waiting for the lock (the window marking an article read during a refresh). That
// writer does not wait for the feed being written either (about 50 ms for 500 items, up to 100 with
// the machine busy): the feed's writes let it in every few items (letWaitersIn()), committing the
// feed in part. A part of a feed is whole items; the feed's fetch record (its validators) comes with
// its last part, so after a crash in between, the next refresh fetches the feed in full and finds
// the items already stored unchanged.
//
// A feed's result is held until its batch commits: "updated" is only ever reported for articles that
// are in the library.
#pragma once

#include "RefreshResult.h"

#include "store/Database.h"

#include <QElapsedTimer>
#include <QList>

#include <functional>
#include <optional>

namespace gloss {

class RefreshBatch {
public:
    static constexpr int MaxAgeMs = 250;
    // Items written, all feeds of the batch together: each feed's writes keep its items (HTML and
    // text, ~10 KB an item in memory) until the commit, to write them again should the batch be
    // rolled back. bench_refresh's peak memory: 180-190 MiB with this bound, 230-250 without (in the
    // window 200-217 MiB, 250-273).
    static constexpr int MaxItems = 1000;

    // What one feed's writes did. `writeFailed` when a write failed: nothing of it may be committed.
    struct Outcome {
        FeedRefreshResult result;
        bool writeFailed = false;
    };
    // One feed's writes, without a transaction of their own. They may run twice (see above).
    using FeedWrites = std::function<Outcome()>;

    // recordFailure: keeps why a feed's writes failed (its fetch record), run after the rollback.
    RefreshBatch(Database &db, std::function<void(const FeedRefreshResult &)> recordFailure, int maxAgeMs = MaxAgeMs);
    ~RefreshBatch();   // rolls back an open batch: its results were never handed out
    RefreshBatch(const RefreshBatch &) = delete;
    RefreshBatch &operator=(const RefreshBatch &) = delete;

    // Runs a feed's writes in the batch, opening one when none is open, and holds their result.
    // `about` names the feed, for the result when the writes cannot run at all.
    void write(const FeedRefreshResult &about, FeedWrites writes);

    // For a feed's writes, every few items: when a writer of this process waits for the lock,
    // commits what the batch holds (the feed's items so far included), gives the waiter its turn
    // and opens the batch again. False when that failed: the writes must then fail.
    bool letWaitersIn();

    bool isOpen() const { return m_tx.has_value(); }
    // Old or full enough to commit, or another connection of this process waits for the write lock.
    bool isDue() const;

    // Commits and hands out the held results. When the commit fails, the batch's feeds are written
    // again one transaction each, as when a feed's writes fail.
    QList<FeedRefreshResult> commit();

private:
    struct Pending {
        FeedRefreshResult about;
        FeedWrites writes;
    };
    bool begin();
    void committed();   // the open batch is in the library: its results are to be handed out
    void writeAlone(const Pending &feed);
    void rollBackAndWriteAlone();

    Database &m_db;
    std::function<void(const FeedRefreshResult &)> m_recordFailure;
    const int m_maxAgeMs;
    std::optional<Transaction> m_tx;
    QElapsedTimer m_age;
    QList<Pending> m_pending;                 // the open batch's feeds, to write again after a rollback
    QList<FeedRefreshResult> m_pendingResults; // their results, handed out once the batch commits
    int m_pendingItems = 0;                   // their items (added, updated or unchanged)
    QList<FeedRefreshResult> m_held;          // results to hand out at the next commit()
};

} // namespace gloss
