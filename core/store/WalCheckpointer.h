// Copies the write-ahead log back into the library file on a thread of its own while one connection
// writes a lot (a feed refresh adds hundreds of MB).
//
// SQLite's automatic checkpoint runs on the writing connection, at the end of the commit that takes
// the log past 1,000 pages: the writer stops there to copy those pages into the database file and
// sync it. In a refresh that happens about once a feed, and the writer is the refresh's bottleneck.
// A passive checkpoint on a second connection does the same copy without holding the writer up (in
// WAL mode a checkpoint may run beside a writer), and the writer starts the log again from its
// beginning once a checkpoint has caught up with it. Readers are not affected either way.
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
    // Takes over the automatic checkpoints of writer's connection (an on-disk library in WAL mode)
    // until destroyed, when SQLite's own are restored.
    explicit WalCheckpointer(Database &writer);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints run so far (for tests).
    int checkpoints() const;

private:
    static int onCommit(void *self, sqlite3 *, const char *, int pages);
    void run(const QString &path);

    sqlite3 *m_writer;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_wanted = false;
    bool m_stop = false;
    int m_checkpoints = 0;
    std::thread m_thread;
};

} // namespace gloss
