// Backups of a library: daily copies and their pruning, copies that are checked and never
// half-written, and restoring one in place of a damaged library with nothing deleted.
#include "store/Database.h"
#include "store/Library.h"
#include "store/LibraryBackups.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A backup file as if made at `stamp` (yyyyMMdd-HHmmss): a copy of `library`.
QString backdatedCopy(const QString &library, const QString &kind, const QString &stamp)
{
    LibraryBackups backups(library);
    QDir().mkpath(backups.folder());
    const QString path = QDir(backups.folder()).filePath(u"%1-%2-%3.sqlite"_s.arg(QFileInfo(library).completeBaseName(), kind, stamp));
    auto db = Database::open(library, Database::Access::ReadOnly);
    if (!db || !db->backupTo(path))
        return {};
    return path;
}

qint64 countIn(const QString &path, const QString &sql)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return -1;
    return db->queryInt(sql).value_or(-1);
}

} // namespace

class TestLibraryBackups : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // A library holding `articles` articles.
    QString makeLibrary(const QString &name, int articles)
    {
        const QString path = m_dir->filePath(name);
        auto lib = Library::open(path);
        if (!lib)
            return {};
        for (int i = 0; i < articles; ++i)
            (*lib)->database().execute(u"INSERT INTO articles (source_key, title, html, text, content_hash, added, updated, sort_time) "
                                       "VALUES ('k%1', 'Story %1', '', 'Text %1.', 'h%1', 1, 1, %1)"_s.arg(i));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void backUpNowMakesACheckedSingleFileCopy()
    {
        const QString path = makeLibrary(u"lib.sqlite"_s, 3);
        QVERIFY(!path.isEmpty());
        // The window has the library open meanwhile: the copy reads through a connection of its own.
        auto open = Library::open(path);
        QVERIFY(open.ok());
        const LibraryBackups backups(path);
        QVERIFY(backups.dailyDue(QDateTime::currentDateTime()));
        auto made = backups.backUpNow(7);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        QVERIFY(made->startsWith(backups.folder()));
        QCOMPARE(countIn(*made, u"SELECT count(*) FROM articles"_s), 3);
        // One self-contained file: no write-ahead log beside it, none needed to read it.
        auto copy = Database::open(*made, Database::Access::ReadOnly);
        QVERIFY(copy.ok());
        Statement mode = copy->prepare(u"PRAGMA journal_mode"_s);
        QVERIFY(mode.next());
        QCOMPARE(mode.text(0), u"delete"_s);
        QVERIFY(LibraryBackups::check(*made).ok());
        // Listed as a daily backup, made just now; the next one is a day away.
        const QList<LibraryBackup> all = backups.list();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().kind, LibraryBackup::Kind::Daily);
        QVERIFY(qAbs(all.first().made.secsTo(QDateTime::currentDateTime())) < 120);
        QVERIFY(!backups.dailyDue(QDateTime::currentDateTime()));
        QVERIFY(backups.dailyDue(QDateTime::currentDateTime().addDays(1)));
        // Nothing else is left in the folder (no partial copy).
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files).size(), 1);
    }

    void keepsTheNewestDailyBackupsOnly()
    {
        const QString path = makeLibrary(u"kept.sqlite"_s, 1);
        for (const QString &stamp : {u"20260101-090000"_s, u"20260102-090000"_s, u"20260103-090000"_s, u"20260104-090000"_s})
            QVERIFY(!backdatedCopy(path, u"daily"_s, stamp).isEmpty());
        const QString upgrade = backdatedCopy(path, u"schema3"_s, u"20250101-090000"_s);
        QVERIFY(!upgrade.isEmpty());
        const LibraryBackups backups(path);
        QCOMPARE(backups.newestDaily(), QDateTime::fromString(u"20260104-090000"_s, u"yyyyMMdd-HHmmss"_s));
        auto made = backups.backUpNow(2);
        QVERIFY2(made.ok(), qPrintable(made.error()));
        const QList<LibraryBackup> all = backups.list();
        // The two newest daily copies (today's and 4 January) and the upgrade copy, which daily
        // pruning never touches; newest first.
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).path, *made);
        QVERIFY(all.at(1).path.endsWith(u"kept-daily-20260104-090000.sqlite"_s));
        QCOMPARE(all.at(2).path, upgrade);
        QCOMPARE(all.at(2).kind, LibraryBackup::Kind::Upgrade);
    }

    void aDamagedLibraryMakesNoBackup()
    {
        const QString path = makeLibrary(u"worn.sqlite"_s, 400);
        const QString older = backdatedCopy(path, u"daily"_s, u"20260101-090000"_s);
        QVERIFY(!older.isEmpty());
        {
            // Damage a table page in the middle of the file (the header and schema stay readable).
            auto db = Database::open(path, Database::Access::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(db->execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / 4096;
        QVERIFY(pages > 4);
        for (qint64 page = 2; page < pages; ++page) {
            file.seek(page * 4096 + 100);
            file.write(QByteArray(200, '\xA5'));
        }
        file.close();
        auto made = LibraryBackups(path).backUpNow(1);
        QVERIFY(!made.ok());
        QVERIFY2(made.error().contains(u"cannot back up"_s), qPrintable(made.error()));
        // The good older copy is still there (keep 1 did not push it out), and nothing half-made.
        QCOMPARE(LibraryBackups(path).list().size(), 1);
        QVERIFY(QFile::exists(older));
        QCOMPARE(QDir(LibraryBackups(path).folder()).entryList(QDir::Files).size(), 1);
    }

    void restorePutsTheBackupInPlaceAndKeepsTheOldFile()
    {
        const QString path = makeLibrary(u"story.sqlite"_s, 2);
        const QString backup = backdatedCopy(path, u"daily"_s, u"20260101-090000"_s);
        QVERIFY(!backup.isEmpty());
        // The library is then ruined (say, overwritten by another program).
        const QByteArray ruin = "this is not a library any more";
        writeFile(path, ruin);
        auto refused = Library::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), Error::Kind::DamagedLibrary);

        auto aside = LibraryBackups(path).restore(backup);
        QVERIFY2(aside.ok(), qPrintable(aside.error()));
        QVERIFY(aside->contains(u"story-replaced-"_s));
        QFile kept(*aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), ruin); // nothing lost, not even the ruined file
        auto lib = Library::open(path);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        QCOMPARE((*lib)->database().queryInt(u"SELECT count(*) FROM articles"_s), 2);
        // The backup itself is still there, and the file put aside is not listed as a backup.
        QVERIFY(QFile::exists(backup));
        QCOMPARE(LibraryBackups(path).list().size(), 1);
    }

    void restoreRefusesABadBackupAndChangesNothing()
    {
        const QString path = makeLibrary(u"safe.sqlite"_s, 1);
        const QString bogus = m_dir->filePath(u"bogus.sqlite"_s);
        writeFile(bogus, "not sqlite at all");
        auto restored = LibraryBackups(path).restore(bogus);
        QVERIFY(!restored.ok());
        QVERIFY2(restored.error().contains(u"cannot be restored"_s) && restored.error().contains(bogus), qPrintable(restored.error()));
        QVERIFY(!LibraryBackups(path).restore(m_dir->filePath(u"missing.sqlite"_s)).ok());
        auto lib = Library::open(path);
        QVERIFY(lib.ok());
        QCOMPARE((*lib)->database().queryInt(u"SELECT count(*) FROM articles"_s), 1);
        QVERIFY(!QFile::exists(path + u".restoring"_s));
    }

    void onlyDamageOffersABackup()
    {
        // A read-only or newer library is not damaged: no backup should replace it.
        const QString path = makeLibrary(u"ro.sqlite"_s, 1);
        QFile::setPermissions(path, QFile::ReadOwner);
        auto refused = Library::open(path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorKind(), Error::Kind::General);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const QString notOurs = m_dir->filePath(u"other.sqlite"_s);
        {
            auto db = Database::open(notOurs, Database::Access::ReadWriteCreate);
            QVERIFY(db->execute(u"CREATE TABLE t(x)"_s));
        }
        auto foreign = Library::open(notOurs);
        QVERIFY(!foreign.ok());
        QCOMPARE(foreign.errorKind(), Error::Kind::DamagedLibrary);
    }
};

QTEST_GUILESS_MAIN(TestLibraryBackups)
#include "tst_librarybackups.moc"
