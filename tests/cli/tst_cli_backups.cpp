// `gloss library backups|backup|restore` and what the command line says about a damaged library:
// the real executable on real files.
#include "GlossProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBackups : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"notes.sqlite"_s);
        const QString story = writeTestFile(m_dir, u"story.txt"_s, "Harbour\n\nThe harbour wall held through the storm.\n");
        QCOMPARE(runGloss(m_library, {u"import"_s, story}).exitCode, 0);
        QCOMPARE(runGloss(m_library, {u"annotate"_s, u"1"_s, u"--quote"_s, u"harbour wall"_s, u"--comment"_s, u"check"_s}).exitCode, 0);
    }

    void noBackupsYet()
    {
        const Run run = runGloss(m_library, {u"library"_s, u"backups"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().object().value(u"folder"_s).toString().endsWith(u"notes-backups"_s));
        QCOMPARE(run.json().object().value(u"backups"_s).toArray().size(), 0);
    }

    void backUpAndList()
    {
        Run run = runGloss(m_library, {u"library"_s, u"backup"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QString made = run.json().object().value(u"backup"_s).toString();
        QVERIFY2(QFile::exists(made), qPrintable(made));
        run = runGloss(m_library, {u"library"_s, u"backups"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(made.toUtf8()) && run.out.contains("daily"), run.out.constData());
    }

    void damagedLibraryNamesItsBackupsAndIsLeftAlone()
    {
        // Another program overwrote the library.
        // _ba takes the literal's own length; a hand-counted one read past its end (ASan build).
        const QByteArray ruin = "PK\x03\x04 a zip archive, say"_ba;
        QFile file(m_library);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(ruin);
        file.close();
        QFile::remove(m_library + u"-wal"_s);
        QFile::remove(m_library + u"-shm"_s);

        const Run run = runGloss(m_library, {u"annotations"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"not an SQLite database"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"backups of this library"_s) && run.err.contains(u"notes-daily-"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"library restore newest"_s), qPrintable(run.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), ruin);
        file.close();

        // Restoring brings the annotation back; the ruined file is kept aside.
        const Run restored = runGloss(m_library, {u"library"_s, u"restore"_s, u"newest"_s, u"--json"_s});
        QCOMPARE(restored.exitCode, 0);
        QFile aside(restored.json().object().value(u"previous"_s).toString());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), ruin);
        const Run notes = runGloss(m_library, {u"annotations"_s, u"--json"_s});
        QCOMPARE(notes.exitCode, 0);
        QCOMPARE(notes.json().array().size(), 1);
        QCOMPARE(notes.json().array().first().toObject().value(u"comment"_s).toString(), u"check"_s);
    }

    void usageErrors()
    {
        QCOMPARE(runGloss(m_library, {u"library"_s, u"restore"_s}).exitCode, 2);
        QCOMPARE(runGloss(m_library, {u"library"_s, u"backups"_s, u"extra"_s}).exitCode, 2);
        const Run missing = runGloss(m_library, {u"library"_s, u"restore"_s, m_dir.filePath(u"nothing.sqlite"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));
        const Run none = runGloss(m_dir.filePath(u"fresh.sqlite"_s), {u"library"_s, u"restore"_s, u"newest"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"no backups"_s), qPrintable(none.err));
    }
};

QTEST_GUILESS_MAIN(TestCliBackups)
#include "tst_cli_backups.moc"
