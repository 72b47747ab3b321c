// LibraryProbe: looks at a library file through its own plain SQLite connection (the C API, not
// Gloss's store layer), the way a second program would after a crash: is the file sound, are the
// foreign keys intact, which annotations does it hold.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace gloss::test {

class LibraryProbe {
public:
    explicit LibraryProbe(const QString &path);   // an existing file; never creates one
    ~LibraryProbe();
    LibraryProbe(const LibraryProbe &) = delete;
    LibraryProbe &operator=(const LibraryProbe &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    QString error() const { return m_error; }

    // PRAGMA integrity_check's rows joined ("ok" when sound; since SQLite 3.44 this also checks the
    // full-text indexes against their tables).
    QString integrityCheck();
    // PRAGMA foreign_key_check's rows as "table rowid -> parent"; empty when every reference holds.
    QStringList foreignKeyProblems();
    qint64 count(const QString &table);   // -1 on error

    struct StoredAnnotation {
        QString exact;
        QString comment;
    };
    QHash<qint64, StoredAnnotation> annotations();

private:
    QStringList column(const QString &sql, int columns);

    sqlite3 *m_db = nullptr;
    QString m_error;
};

} // namespace gloss::test
