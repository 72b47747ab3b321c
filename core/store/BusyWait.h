// How a library connection waits when another connection holds the write lock.
//
// SQLite's own busy timeout backs off until it tries only every 100 ms. A writer that commits in
// short transactions back to back (an import, a refresh: one per file or feed) frees the lock for
// a few milliseconds between them; a waiter trying that rarely keeps missing those gaps until its
// time is up, and the user sees "database is locked". Trying every millisecond catches them.
// waitWhenBusy is private to the store library (it takes the raw handle); aWriterIsWaiting is for
// long writers that batch their transactions (a feed refresh) and should let a waiter in.
#pragma once

struct sqlite3;

namespace gloss {

// Replaces any busy handler of `db`: retry every millisecond for up to `timeoutMs` per wait.
void waitWhenBusy(sqlite3 *db, int timeoutMs);

// Whether a connection of this process, on any thread, is waiting for another's write lock right now
// (it retried within the last few milliseconds).
bool aWriterIsWaiting();

} // namespace gloss
