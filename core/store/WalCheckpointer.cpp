#include "WalCheckpointer.h"

#include "Database.h"
#include "StoreLogging.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
// SQLite's own threshold (SQLITE_DEFAULT_WAL_AUTOCHECKPOINT): the thread is asked for a checkpoint as
// often as SQLite would run one.
constexpr int CheckpointPages = 1000;
} // namespace

WalCheckpointer::WalCheckpointer(Database &writer, int logLimitPages)
    : m_writer(writer.handle())
    , m_logLimitPages(logLimitPages)
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

qint64 WalCheckpointer::mostPagesCopied() const
{
    std::lock_guard lock(m_mutex);
    return m_pagesCopied;
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (!m_wanted && !m_checkpointing) || m_stop; });
}

// On the writer's thread, after each commit, with the number of pages in the log.
int WalCheckpointer::onCommit(void *self, sqlite3 *db, const char *, int pages)
{
    auto *that = static_cast<WalCheckpointer *>(self);
    if (pages < CheckpointPages)
        return SQLITE_OK;
    std::unique_lock lock(that->m_mutex);
    // Over the limit, the writer checkpoints, but only between two of the thread's (never waiting
    // for one): then it copies no more than what was committed while the last one ran.
    if (pages >= that->m_logLimitPages && !that->m_checkpointing) {
        that->m_checkpointing = true;
        lock.unlock();
        const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore, "checkpoint failed: %s", sqlite3_errstr(rc));
        lock.lock();
        that->m_checkpointing = false;
        lock.unlock();
        that->m_wake.notify_one(); // one asked of the thread meanwhile may run now
        return SQLITE_OK;
    }
    that->m_wanted = true;
    lock.unlock();
    that->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadWrite);
    // A connection learns that the library is in WAL mode on its first read; until then a
    // checkpoint on it does nothing at all.
    if (db && !db->queryInt(u"SELECT count(*) FROM sqlite_schema"_s))
        db = Error{db->lastError()};
    if (!db) {
        // Nothing is lost: the writer still checkpoints once the log passes its limit.
        qCWarning(lcStore, "cannot open the library for checkpoints: %s", qPrintable(db.error()));
    }
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            // m_checkpointing is only ever true here while the writer runs one: the thread's waits
            // for it to end.
            m_wake.wait(lock, [this] { return (m_wanted && !m_checkpointing) || m_stop; });
            if (m_stop)
                return;
            m_wanted = false;
            if (!db) {
                m_idle.notify_all();
                continue;
            }
            m_checkpointing = true;
        }
        // PASSIVE copies what it can without waiting for readers or the writer; what it could not
        // reach is copied by the next one.
        int copied = 0;
        const int rc = sqlite3_wal_checkpoint_v2(db->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore, "checkpoint failed: %s", sqlite3_errstr(rc));
        std::lock_guard lock(m_mutex);
        m_checkpointing = false;
        ++m_checkpoints;
        m_pagesCopied = std::max(m_pagesCopied, qint64(copied));
        m_idle.notify_all();
    }
}

} // namespace gloss
