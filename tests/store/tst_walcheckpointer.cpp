// WalCheckpointer: while it is there, the log is copied into the library file by its own thread and
// nothing written is lost; once it is gone, SQLite checkpoints on the writer again.
#include "store/Database.h"
#include "store/Library.h"
#include "store/WalCheckpointer.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

// Rows of 4 KiB of noise (incompressible, one page each or so), in transactions of `perCommit`.
void writeRows(Database &db, int commits, int perCommit, int firstId)
{
    QRandomGenerator random(uint(firstId) + 7);
    int id = firstId;
    for (int c = 0; c < commits; ++c) {
        Transaction tx(db);
        for (int r = 0; r < perCommit; ++r) {
            QByteArray blob(4096, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
            Statement insert = db.prepare(u"INSERT INTO bulk (id, data) VALUES (?, ?)"_s);
            insert.bind(1, id++).bindBlob(2, blob);
            QVERIFY2(insert.exec(), qPrintable(db.lastError()));
        }
        QVERIFY(tx.commit());
    }
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // A new library with the table writeRows() fills; null (the test failed) when it cannot be made.
    static std::unique_ptr<Library> bulkLibrary(const QString &path)
    {
        auto library = Library::open(path);
        if (!library) {
            QTest::qFail(qPrintable(library.error()), __FILE__, __LINE__);
            return {};
        }
        if (!(*library)->database().execute(u"CREATE TABLE bulk (id INTEGER PRIMARY KEY, data BLOB NOT NULL)"_s)) {
            QTest::qFail(qPrintable((*library)->database().lastError()), __FILE__, __LINE__);
            return {};
        }
        return std::move(*library);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void checkpointsOnItsOwnThreadAndLosesNothing()
    {
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        const std::unique_ptr<Library> library = bulkLibrary(path);
        QVERIFY(library);
        Database &db = library->database();
        {
            WalCheckpointer checkpointer(db);
            // 3,000 pages or so: the log passes SQLite's 1,000-page mark several times.
            writeRows(db, 30, 100, 1);
            QTRY_VERIFY(checkpointer.checkpoints() > 0);
            // ... and they did copy the log (a connection that never read the file copies nothing).
            checkpointer.waitUntilIdle();
            QVERIFY(checkpointer.mostPagesCopied() > 0);
        }
        // Everything written is there, for a connection of its own, and the file is sound.
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader->queryInt(u"SELECT count(*) FROM bulk"_s).value_or(-1), 3000);
        Statement check = reader->prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(check.next());
        QCOMPARE(check.text(0), u"ok"_s);
    }

    // However busy the writer, the log does not grow without end: past the limit the writer copies
    // what the thread left and the log starts again from its beginning.
    void keepsTheLogBounded()
    {
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        const std::unique_ptr<Library> library = bulkLibrary(path);
        QVERIFY(library);
        Database &db = library->database();
        const int limit = 1500;
        qint64 largest = 0;
        {
            WalCheckpointer checkpointer(db, limit);
            // 8,000 pages or so in commits of 100: five times the limit. The writer checkpoints only
            // between two of the thread's checkpoints; waiting for the thread after each commit makes
            // that moment come at once, as it comes soon in a real refresh.
            for (int c = 0; c < 80; ++c) {
                writeRows(db, 1, 100, 1 + c * 100);
                largest = std::max(largest, QFileInfo(path + u"-wal"_s).size());
                checkpointer.waitUntilIdle();
            }
        }
        // The limit, one commit over it and the log's own headers (24 bytes a page and 32 in all).
        const qint64 bound = qint64(limit + 2 * 110) * (4096 + 24) + 32;
        QVERIFY2(largest <= bound, qPrintable(u"the log reached %1 bytes (bound %2)"_s.arg(largest).arg(bound)));
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader->queryInt(u"SELECT count(*) FROM bulk"_s).value_or(-1), 8000);
    }

    void handsCheckpointsBackToSqliteWhenGone()
    {
        const QString path = m_dir->filePath(u"library.sqlite"_s);
        const std::unique_ptr<Library> library = bulkLibrary(path);
        QVERIFY(library);
        Database &db = library->database();
        { WalCheckpointer checkpointer(db); }
        // A commit of ~1,200 pages takes the log past 1,000: the writer's own automatic checkpoint
        // copies it all at the end of the commit, so the next commit starts the log from its
        // beginning and the file does not grow. Without that checkpoint it would double.
        const QString wal = path + u"-wal"_s;
        writeRows(db, 1, 1200, 1);
        const qint64 afterFirst = QFileInfo(wal).size();
        QVERIFY(afterFirst > 1000 * 4096);
        writeRows(db, 1, 1200, 100000);
        QVERIFY2(QFileInfo(wal).size() < afterFirst * 3 / 2,
                 qPrintable(u"the log grew from %1 to %2 bytes"_s.arg(afterFirst).arg(QFileInfo(wal).size())));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
