// A full disk while writing: a clear message, and the library exactly as it was before the write
// that did not fit. The disk is made "full" with SQLite's own limit on the file's size (PRAGMA
// max_page_count), which fails writes with the same SQLITE_FULL a full filesystem gives, without
// needing to mount one.
#include "annotation/AnnotationStore.h"
#include "importing/ArticleImport.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

// Words enough to fill pages: no two paragraphs alike, so nothing compresses into shared pages.
QByteArray longStory(int paragraphs, int seed)
{
    QByteArray text = "Long story " + QByteArray::number(seed) + "\n\n";
    for (int p = 0; p < paragraphs; ++p) {
        for (int w = 0; w < 60; ++w)
            text += "word" + QByteArray::number((p * 61 + w * 7 + seed * 13) % 100003) + ' ';
        text += "\n\n";
    }
    return text;
}

qint64 scalar(Database &db, const QString &sql)
{
    return db.queryInt(sql).value_or(-1);
}

QString integrity(Database &db)
{
    Statement st = db.prepare(u"PRAGMA integrity_check"_s);
    return st.next() ? st.text(0) : db.lastError();
}

} // namespace

class TestDiskFull : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeStory(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void importThatDoesNotFitLeavesTheLibraryAsItWas()
    {
        auto lib = Library::open(m_dir.filePath(u"full.sqlite"_s));
        QVERIFY(lib.ok());
        Database &db = (*lib)->database();
        const QString small = writeStory(u"small.txt"_s, longStory(3, 1));
        FileImportResult first = importFile(db, small);
        QVERIFY2(first.ok(), qPrintable(first.error));
        Annotation note;
        note.articleId = first.id;
        note.selectors.position = {0, 10};
        note.selectors.quote.exact = u"Long story"_s;
        note.comment = u"kept"_s;
        QVERIFY(AnnotationStore(db).create(note).ok());
        QVERIFY(db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));

        // The disk now holds only a few more pages: the next article (hundreds of KB) cannot fit.
        const qint64 pages = scalar(db, u"PRAGMA page_count"_s);
        QVERIFY(db.execute(u"PRAGMA max_page_count = %1"_s.arg(pages + 8)));
        const QString big = writeStory(u"big.txt"_s, longStory(800, 2));
        const FileImportResult refused = importFile(db, big);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(u"disk is full"_s), qPrintable(refused.error));
        QVERIFY2(refused.error.contains(u"big.txt"_s), qPrintable(refused.error));

        // Nothing of the big story, everything of before, and every index agrees with its table.
        QCOMPARE(integrity(db), u"ok"_s);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles WHERE title LIKE 'Long story 2%'"_s), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM annotations WHERE comment = 'kept'"_s), 1);
        QVERIFY2(db.execute(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s), qPrintable(db.lastError()));
        QVERIFY2(db.execute(u"INSERT INTO annotations_fts(annotations_fts) VALUES ('integrity-check')"_s), qPrintable(db.lastError()));

        // An annotation whose comment does not fit is refused the same way.
        Annotation huge = note;
        huge.comment = QString::fromLatin1(longStory(400, 3));
        const Result<qint64> stored = AnnotationStore(db).create(huge);
        QVERIFY(!stored.ok());
        QVERIFY2(stored.error().contains(u"disk is full"_s), qPrintable(stored.error()));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM annotations"_s), 1);

        // Space again: the same import now works, in the same session.
        QVERIFY(db.execute(u"PRAGMA max_page_count = 1073741823"_s));
        const FileImportResult retried = importFile(db, big);
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 2);
        QCOMPARE(integrity(db), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
