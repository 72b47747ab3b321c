// LibraryBackups: whole copies of a library, kept beside it, and putting one back.
//
// Copies go to "<name>-backups/" next to the library file, made with SQLite's online backup (see
// Database::backupTo: consistent, checked, never half-written). Two kinds, pruned separately:
//   <name>-schema<N>-<stamp>.sqlite   before an upgrade from schema N (the newest 5 kept)
//   <name>-daily-<stamp>.sqlite       at most one a day while the app runs, and on request (the
//                                     newest `keep` kept; a setting)
// Restoring never deletes anything: the library that is replaced (damaged, or simply not wanted) is
// moved aside as "<name>-replaced-<stamp>.sqlite" in the backups folder, with its -wal and -shm.
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gloss {

class Database;

struct LibraryBackup {
    enum class Kind { Upgrade, Daily };
    QString path;
    Kind kind = Kind::Daily;
    QDateTime made; // from the file name (local time, to the second)
    qint64 bytes = 0;
};

class LibraryBackups {
public:
    static constexpr int KeptUpgradeBackups = 5;
    static constexpr int DefaultKeptDailyBackups = 7;
    // The QSettings keys the window and the command line share: how many daily backups to keep,
    // and whether the window makes them at all.
    static constexpr const char *KeepDailyKey = "backups/keepDaily";
    static constexpr const char *DailyEnabledKey = "backups/daily";

    explicit LibraryBackups(QString libraryPath);

    QString folder() const;
    // Every backup of this library, newest first.
    QList<LibraryBackup> list() const;
    // The newest daily backup's time (invalid when there is none).
    QDateTime newestDaily() const;
    // Whether a daily backup is due at `now`: none yet, or the newest is a day old.
    bool dailyDue(const QDateTime &now) const;

    // A copy of `db` (this library, open) before upgrading it from schema `version`.
    Result<QString> backUpBeforeUpgrade(Database &db, int version) const;
    // A daily copy now, through its own read-only connection (the caller's connection is not used,
    // so this may run on any thread while the library is in use); then the oldest beyond `keep` go.
    Result<QString> backUpNow(int keep) const;

    // Puts `backupPath` in the library's place after checking it is a whole Gloss library; the file
    // it replaces (if any) is moved aside, never deleted. Returns where that file went ("" if there
    // was none). The library must not be open.
    Result<QString> restore(const QString &backupPath) const;

    // Whether `path` is a whole, readable Gloss library: a clear problem otherwise.
    static Status check(const QString &path);

private:
    QString baseName() const;
    QString stampedPath(const QString &kind) const;
    Result<QString> copyTo(Database &db, const QString &target) const;
    void prune(const QString &pattern, int keep) const;

    QString m_libraryPath;
};

} // namespace gloss
