#include "Library.h"
#include <QDateTime>

#include "LibraryBackups.h"
#include "Migrations.h"
#include "StoreLogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

Error refuse(const QString &path, const QString &problem)
{
    return Error{u"Cannot open the library '%1': %2"_s.arg(QDir::toNativeSeparators(path), problem)};
}

// The file is there but holds no usable library (damaged, unreadable, something else): the one case
// where putting a backup in its place is the way out, so callers offer it.
Error damaged(const QString &path, const QString &problem)
{
    Error error = refuse(path, problem);
    error.kind = Error::Kind::DamagedLibrary;
    return error;
}

// Checks that need no SQLite: they catch the common mistakes without touching the file.
std::optional<Error> checkPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return refuse(path, u"the folder '%1' does not exist."_s.arg(dir.filePath()));
        if (!dir.isWritable())
            return refuse(path, u"the folder '%1' is read-only, so a new library cannot be created there."_s.arg(dir.filePath()));
        return std::nullopt;
    }
    if (info.isDir())
        return refuse(path, u"it is a folder, not a library file."_s);
    if (!info.isReadable())
        return damaged(path, u"the file cannot be read (permission denied)."_s);
    // Permission bits, not just access(2): a file the user made read-only stays untouched even when
    // Gloss runs with privileges that could write it anyway.
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther; // mode bits only
    if (!info.isWritable() || !(info.permissions() & anyWrite))
        return refuse(path, u"the file is read-only. Gloss writes to its library; make the file writable or choose another one with --library."_s);
    if (!QFileInfo(info.absolutePath()).isWritable())
        return refuse(path, u"its folder is read-only, and SQLite needs to write its journal beside the library."_s);
    if (info.size() == 0)
        return std::nullopt; // an empty file is a new library
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return damaged(path, file.errorString());
    static const QByteArray sqliteMagic("SQLite format 3\0", 16);
    if (file.read(16) != sqliteMagic)
        return damaged(path, u"it is not a Gloss library (the file is not an SQLite database)."_s);
    return std::nullopt;
}

} // namespace

QString Library::defaultPath()
{
    // ~/.local/share/gloss/library.sqlite on Linux: one folder, whatever the organisation name.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + u"/gloss/library.sqlite"_s;
}

Result<std::unique_ptr<Library>> Library::open(const QString &path)
{
    if (auto problem = checkPath(path))
        return *problem;
    auto db = Database::open(path, Database::Access::ReadWriteCreate);
    if (!db)
        return refuse(path, db.error());
    return prepare(std::move(*db), path);
}

Result<std::unique_ptr<Library>> Library::openInMemory()
{
    auto db = Database::open(u":memory:"_s, Database::Access::ReadWriteCreate);
    if (!db)
        return Error{db.error()};
    return prepare(std::move(*db), u":memory:"_s);
}

Result<std::unique_ptr<Library>> Library::prepare(Database db, const QString &path)
{
    // Reading the schema is the first real read: it fails for damaged or encrypted files.
    const auto tables = db.queryInt(u"SELECT count(*) FROM sqlite_schema"_s);
    if (!tables)
        return damaged(path, u"the file is damaged or not a database (%1)."_s.arg(db.lastError()));
    const auto appId = db.queryInt(u"PRAGMA application_id"_s);
    const auto version = db.queryInt(u"PRAGMA user_version"_s);
    if (!appId || !version)
        return damaged(path, u"the file is damaged (%1)."_s.arg(db.lastError()));

    const bool fresh = *tables == 0 && *appId == 0 && *version == 0;
    if (!fresh && *appId != ApplicationId)
        return damaged(path, u"it is an SQLite database, but not a Gloss library."_s);
    const int current = currentSchemaVersion();
    if (*version > current) {
        return refuse(path, u"it was written by a newer version of Gloss (library schema %1; this Gloss "
                             "understands up to %2). It was left untouched; please update Gloss."_s
                                .arg(*version)
                                .arg(current));
    }

    // Only now that the file is known to be ours and not from the future do we change anything.
    // WAL lets the CLI read and write while the GUI has the library open; the busy timeout makes
    // a second writer wait instead of failing at once.
    if (!db.execute(u"PRAGMA busy_timeout = 5000"_s) || !db.execute(u"PRAGMA foreign_keys = ON"_s))
        return refuse(path, db.lastError());
    if (path != u":memory:"_s) {
        Statement wal = db.prepare(u"PRAGMA journal_mode = WAL"_s);
        if (!wal.next())
            return refuse(path, u"cannot switch to write-ahead logging: %1"_s.arg(db.lastError()));
    }
    db.execute(u"PRAGMA synchronous = NORMAL"_s);

    if (*version < current) {
        // An upgrade rewrites tables and indexes: keep the library as it was first, and do not
        // upgrade what could not be kept.
        if (*version > 0 && path != u":memory:"_s) {
            const Result<QString> backup = LibraryBackups(path).backUpBeforeUpgrade(db, int(*version));
            if (!backup)
                return refuse(path, u"it needs an upgrade, and it could not be backed up first (%1). It was left untouched."_s.arg(backup.error()));
            qCInfo(lcStore, "library backed up before the upgrade: %s", qPrintable(*backup));
        }
        const Status migrated = applyMigrations(db, int(*version), bundledMigrations());
        if (!migrated)
            return refuse(path, migrated.error());
    }

    auto library = std::unique_ptr<Library>(new Library);
    library->m_db = std::move(db);
    library->m_path = path;
    library->m_schemaVersion = current;
    return library;
}

} // namespace gloss
