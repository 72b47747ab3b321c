#include "WalCheckpointer.h"

#include "Database.h"
#include "StoreLogging.h"

#include <sqlite3.h>

namespace gloss {

namespace {
// SQLite's own threshold (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT): the log stays as small as it would.
constexpr int CheckpointPages = 1000;
} // namespace

WalCheckpointer::WalCheckpointer(Database &writer)
    : m_writer(writer.handle())
{
    m_thread = std::thread([this, path = writer.path()] { run(path); });
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_writer, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer, CheckpointPages);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_checkpoints;
}

// On the writer's thread, after each commit, with the number of pages in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *that = static_cast<WalCheckpointer *>(self);
    if (pages >= CheckpointPages) {
        {
            std::lock_guard lock(that->m_mutex);
            that->m_wanted = true;
        }
        that->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    if (!db) {
        // Nothing is lost: the log just grows until the writer's next checkpoint after this one ends.
        qCWarning(lcStore, "cannot open the library for checkpoints: %s", qPrintable(db.error()));
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_wanted || m_stop; });
            if (m_stop)
                return;
            m_wanted = false;
        }
        if (!db)
            continue;
        // PASSIVE copies what it can without waiting for readers or the writer; what it could not
        // reach is copied by the next one.
        const int rc = sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore, "checkpoint failed: %s", sqlite3_errstr(rc));
        std::lock_guard lock(m_mutex);
        ++m_checkpoints;
    }
}

} // namespace gloss
