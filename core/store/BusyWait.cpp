#include "BusyWait.h"

#include <sqlite3.h>

#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <cstdint>

namespace gloss {

namespace {

// A thread runs one statement at a time, so one clock per thread serves all its connections; a new
// wait (attempt 0) restarts it.
thread_local QElapsedTimer waitingSince;

// When a connection last retried, on the monotonic clock (ms); 0 before any wait.
std::atomic<qint64> lastRetryMs{0};

qint64 monotonicMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

int retrySoon(void *timeoutMs, int attempt)
{
    if (attempt == 0)
        waitingSince.start();
    if (waitingSince.elapsed() >= qint64(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0;   // give up: the statement fails with SQLITE_BUSY
    lastRetryMs.store(monotonicMs(), std::memory_order_relaxed);
    sqlite3_sleep(1);
    return 1;
}

} // namespace

bool aWriterIsWaiting()
{
    // A waiter retries every millisecond (more when the machine is busy); a few of them missed
    // mean it got the lock or gave up.
    const qint64 last = lastRetryMs.load(std::memory_order_relaxed);
    return last != 0 && monotonicMs() - last < 20;
}

void waitWhenBusy(sqlite3 *db, int timeoutMs)
{
    sqlite3_busy_handler(db, retrySoon, reinterpret_cast<void *>(std::intptr_t(timeoutMs)));
}

} // namespace gloss
