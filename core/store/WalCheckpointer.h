// Copies the write-ahead log back into the library file on a thread of its own while one connection
// writes a lot (a feed refresh adds hundreds of MB).
//
// SQLite's automatic checkpoint runs on the writing connection, at the end of the commit that takes
// the log past 1,000 pages: the writer stops there to copy those pages into the database file and
// sync it. In a refresh that happens about once a feed, and the writer is the refresh's bottleneck.
// A passive checkpoint on a second connection does the same copy without holding the writer up (in
// WAL mode a checkpoint may run beside a writer).
//
// The log starts again from its beginning only after a checkpoint that copied all of it, which a
// checkpoint beside a busy writer seldom does: alone, the log of a large refresh grew to 1.4 GB.
// So once it passes logLimitPages the writer checkpoints at the end of a commit as SQLite would,
// copying only what the background ones left (little), and the log restarts.
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace gloss {

class Database;

class WalCheckpointer {
public:
    static constexpr int DefaultLogLimitPages = 16384; // 64 MiB of 4 KiB pages

    // Takes over the automatic checkpoints of writer's connection (an on-disk library in WAL mode)
    // until destroyed, when SQLite's own are restored.
    explicit WalCheckpointer(Database &writer, int logLimitPages = DefaultLogLimitPages);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // For tests: checkpoints run so far on the thread, the most log pages one of them had copied
    // into the library when it ended, and a wait until the thread has none to run.
    int checkpoints() const;
    qint64 mostPagesCopied() const;
    void waitUntilIdle();

private:
    static int onCommit(void *self, sqlite3 *db, const char *, int pages);
    void run(const QString &path);

    sqlite3 *m_writer;
    const int m_logLimitPages;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_wanted = false;
    bool m_stop = false;
    bool m_checkpointing = false; // one checkpoint at a time, on the thread or on the writer
    int m_checkpoints = 0;
    qint64 m_pagesCopied = 0;
    std::thread m_thread;
};

} // namespace gloss
