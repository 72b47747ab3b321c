// Library: one Gloss library file, opened safely.
//
// Opening checks everything that can be wrong with a path before anything is written to it: missing
// folder, a directory, read-only file or folder, a file that is not SQLite, an SQLite file that is
// not a Gloss library, a damaged file, a library written by a newer Gloss. Each is refused with a
// message that names the file and the problem, and the file is left exactly as it was. Only then is
// the library switched to WAL and upgraded to the current schema.
#pragma once

#include "Database.h"
#include "Result.h"

#include <QString>

#include <memory>

namespace gloss {

class Library {
public:
    // 'GLSS': marks an SQLite file as a Gloss library (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x474C5353;

    static Result<std::unique_ptr<Library>> open(const QString &path);
    // An in-memory library (tests, previews).
    static Result<std::unique_ptr<Library>> openInMemory();

    Database &database() { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Where the library lives when neither --library nor GLOSS_LIBRARY says otherwise.
    static QString defaultPath();

private:
    Library() = default;
    static Result<std::unique_ptr<Library>> prepare(Database db, const QString &path);

    Database m_db;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace gloss
