// Opening a library: creation, migrations, and every kind of bad file refused with the file left as
// it was.
#include "store/Database.h"
#include "store/Library.h"
#include "store/LibraryBackups.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}
} // namespace

class TestLibrary : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }

    // Expects open() to refuse `file` with a message containing `needle`, leaving its bytes unchanged.
    void expectRefused(const QString &file, const QString &needle)
    {
        const QByteArray before = fileHash(file);
        auto lib = Library::open(file);
        QVERIFY2(!lib.ok(), "the library should have been refused");
        QVERIFY2(lib.error().contains(needle), qPrintable(lib.error()));
        QVERIFY2(lib.error().contains(file), qPrintable(u"message does not name the file: "_s + lib.error()));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void createsNewLibraryAtCurrentSchema()
    {
        auto lib = Library::open(path(u"new.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        Database &db = (*lib)->database();
        QCOMPARE(db.queryInt(u"PRAGMA user_version"_s), currentSchemaVersion());
        QCOMPARE(db.queryInt(u"PRAGMA application_id"_s), Library::ApplicationId);
        QCOMPARE(db.queryInt(u"PRAGMA foreign_keys"_s), 1);
        Statement mode = db.prepare(u"PRAGMA journal_mode"_s);
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), u"wal"_s);
        for (const QString &table : {u"folders"_s, u"feeds"_s, u"articles"_s, u"article_revisions"_s, u"articles_fts"_s,
                                     u"annotations"_s, u"annotations_fts"_s, u"speakers"_s, u"speaker_aliases"_s,
                                     u"labels"_s, u"article_labels"_s, u"annotation_tags"_s, u"settings"_s}) {
            Statement st = db.prepare(u"SELECT count(*) FROM sqlite_schema WHERE name = ?"_s);
            st.bind(1, table);
            QVERIFY(st.next());
            QVERIFY2(st.int64(0) == 1, qPrintable(u"missing table "_s + table));
        }
    }

    void reopeningKeepsData()
    {
        const QString file = path(u"lib.sqlite"_s);
        {
            auto lib = Library::open(file);
            QVERIFY2(lib.ok(), qPrintable(lib.error()));
            QVERIFY((*lib)->database().execute(u"INSERT INTO settings VALUES ('k', 'v')"_s));
        }
        auto lib = Library::open(file);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        Statement st = (*lib)->database().prepare(u"SELECT value FROM settings WHERE key = 'k'"_s);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), u"v"_s);
    }

    void emptyFileBecomesALibrary()
    {
        const QString file = path(u"empty.sqlite"_s);
        writeFile(file, {});
        auto lib = Library::open(file);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QCOMPARE((*lib)->schemaVersion(), currentSchemaVersion());
    }

    void refusesNewerLibrary()
    {
        const QString file = path(u"future.sqlite"_s);
        {
            auto lib = Library::open(file);
            QVERIFY(lib.ok());
            QVERIFY((*lib)->database().execute(u"PRAGMA user_version = %1"_s.arg(currentSchemaVersion() + 1)));
        }
        expectRefused(file, u"newer version of Gloss"_s);
    }

    void refusesNonSqliteFile()
    {
        const QString file = path(u"notes.txt"_s);
        writeFile(file, "These are my notes, not a database.\n");
        expectRefused(file, u"not an SQLite database"_s);
    }

    void refusesForeignSqliteDatabase()
    {
        const QString file = path(u"other.sqlite"_s);
        {
            auto db = Database::open(file, Database::Access::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(db->execute(u"CREATE TABLE contacts (name TEXT)"_s));
        }
        expectRefused(file, u"not a Gloss library"_s);
    }

    void refusesDamagedFile()
    {
        const QString file = path(u"damaged.sqlite"_s);
        {
            auto lib = Library::open(file);
            QVERIFY(lib.ok());
        }
        // Keep the 100-byte header (so it still looks like SQLite) and wreck the schema page.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(100));
        f.write(QByteArray(2000, '\xA5'));
        f.close();
        expectRefused(file, u"damaged"_s);
    }

    void refusesReadOnlyFile()
    {
        const QString file = path(u"readonly.sqlite"_s);
        {
            auto lib = Library::open(file);
            QVERIFY(lib.ok());
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        expectRefused(file, u"read-only"_s);
    }

    void refusesFolderAndMissingFolder()
    {
        auto dir = Library::open(m_dir->path());
        QVERIFY(!dir.ok());
        QVERIFY2(dir.error().contains(u"is a folder"_s), qPrintable(dir.error()));
        auto missing = Library::open(path(u"no/such/place/lib.sqlite"_s));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"does not exist"_s), qPrintable(missing.error()));
    }

    // All steps or none: a library is never left half-upgraded, for this process or another.
    void failedMigrationLeavesTheLibraryAsItWas()
    {
        auto db = Database::open(path(u"migrate.sqlite"_s), Database::Access::ReadWriteCreate);
        QVERIFY(db.ok());
        const QList<Migration> steps{
            {1, u"one"_s, u"CREATE TABLE a (x INTEGER);"_s},
            {2, u"two"_s, u"CREATE TABLE b (x INTEGER); INSERT INTO missing_table VALUES (1);"_s},
        };
        const Status status = applyMigrations(*db, 0, steps);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(u"schema 2"_s), qPrintable(status.error()));
        QCOMPARE(db->queryInt(u"PRAGMA user_version"_s), 0);
        QCOMPARE(db->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')"_s), 0);
    }

    // Two processes opening one new library both read version 0; the one that gets the write lock
    // second must find the migrations already applied, not run them again ("table already exists").
    void migrationsAppliedMeanwhileAreSkipped()
    {
        const QString file = path(u"shared.sqlite"_s);
        auto first = Database::open(file, Database::Access::ReadWriteCreate);
        auto second = Database::open(file, Database::Access::ReadWriteCreate);
        QVERIFY(first.ok() && second.ok());
        const QList<Migration> steps{
            {1, u"one"_s, u"CREATE TABLE a (x INTEGER);"_s},
            {2, u"two"_s, u"CREATE TABLE b (x INTEGER);"_s},
        };
        QVERIFY(applyMigrations(*first, 0, steps).ok());
        const Status again = applyMigrations(*second, 0, steps);   // 0: what it read before the lock
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(second->queryInt(u"PRAGMA user_version"_s), 2);
        // A step the other connection has not reached yet is still applied.
        const QList<Migration> more = steps + QList<Migration>{{3, u"three"_s, u"CREATE TABLE c (x INTEGER);"_s}};
        QVERIFY(applyMigrations(*second, 1, more).ok());
        QCOMPARE(first->queryInt(u"PRAGMA user_version"_s), 3);
        QCOMPARE(first->queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b', 'c')"_s), 3);
    }

    // A library at an older schema, with one article, made the way an older Gloss would have.
    static void writeOldLibrary(const QString &path, int version)
    {
        auto opened = Database::open(path, Database::Access::ReadWriteCreate);
        QVERIFY(opened.ok());
        Database db = std::move(*opened);
        QList<Migration> old = bundledMigrations();
        while (!old.isEmpty() && old.last().version > version)
            old.removeLast();
        QVERIFY(applyMigrations(db, 0, old).ok());
        QVERIFY(db.execute(u"PRAGMA application_id = %1"_s.arg(Library::ApplicationId)));
        QVERIFY(db.execute(u"INSERT INTO articles (source_key, title, html, text, content_hash, added, updated, sort_time) "
                           "VALUES ('old', 'Old story', '', 'Kept.', 'h', 1, 1, 1)"_s));
    }

    void upgradeKeepsABackupFirst()
    {
        const QString path = m_dir->filePath(u"old.sqlite"_s);
        writeOldLibrary(path, 3);
        auto lib = Library::open(path);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QCOMPARE((*lib)->schemaVersion(), currentSchemaVersion());
        const QDir folder(LibraryBackups(path).folder());
        const QStringList backups = folder.entryList({u"old-schema3-*.sqlite"_s}, QDir::Files);
        QCOMPARE(backups.size(), 1);
        // The backup is the library as it was: schema 3, the article there.
        auto copy = Database::open(folder.filePath(backups.first()), Database::Access::ReadOnly);
        QVERIFY(copy.ok());
        QCOMPARE(copy->queryInt(u"PRAGMA user_version"_s), 3);
        QCOMPARE(copy->queryInt(u"SELECT count(*) FROM articles WHERE title = 'Old story'"_s), 1);
        // Opening again (nothing to upgrade) makes no further copy.
        lib = Library::open(path);
        QVERIFY(lib.ok());
        QCOMPARE(folder.entryList({u"old-schema*.sqlite"_s}, QDir::Files).size(), 1);
    }

    void noBackupNoUpgrade()
    {
        const QString path = m_dir->filePath(u"stuck.sqlite"_s);
        writeOldLibrary(path, 3);
        // A file where the backup folder should be: the copy cannot be made.
        writeFile(LibraryBackups(path).folder(), "in the way");
        auto lib = Library::open(path);
        QVERIFY(!lib.ok());
        QVERIFY2(lib.error().contains(u"could not be backed up first"_s), qPrintable(lib.error()));
        QVERIFY(lib.error().contains(u"left untouched"_s));
        auto db = Database::open(path, Database::Access::ReadOnly);
        QCOMPARE(db->queryInt(u"PRAGMA user_version"_s), 3);
    }

    void bundledMigrationsAreNumberedFromOne()
    {
        const auto all = bundledMigrations();
        QVERIFY(!all.isEmpty());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(all[i].version, i + 1);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
