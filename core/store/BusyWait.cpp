#include "BusyWait.h"

#include <sqlite3.h>

#include <QElapsedTimer>

#include <cstdint>

namespace gloss {

namespace {

// A thread runs one statement at a time, so one clock per thread serves all its connections; a new
// wait (attempt 0) restarts it.
thread_local QElapsedTimer waitingSince;

int retrySoon(void *timeoutMs, int attempt)
{
    if (attempt == 0)
        waitingSince.start();
    if (waitingSince.elapsed() >= qint64(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0;   // give up: the statement fails with SQLITE_BUSY
    sqlite3_sleep(1);
    return 1;
}

} // namespace

void waitWhenBusy(sqlite3 *db, int timeoutMs)
{
    sqlite3_busy_handler(db, retrySoon, reinterpret_cast<void *>(std::intptr_t(timeoutMs)));
}

} // namespace gloss
