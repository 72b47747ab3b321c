// Library maintenance on a real file: the numbers it reports, and optimize giving free space back
// (a full vacuum the first time, incremental after) while every article stays findable.
#include "store/ArticleStore.h"
#include "store/FeedStore.h"
#include "store/Library.h"
#include "store/LibraryMaintenance.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestLibraryMaintenance : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    qint64 m_wire = 0;

    qint64 add(int i, qint64 feedId)
    {
        ArticleInput in;
        in.sourceKey = u"k%1"_s.arg(i);
        in.title = u"Story %1"_s.arg(i);
        in.text = u"Paragraph about harbours and ferries number %1. "_s.arg(i).repeated(40);
        in.html = u"<p>"_s + in.text + u"</p>"_s;
        in.feedId = feedId;
        return ArticleStore(m_library->database()).save(in)->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto lib = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY(lib.ok());
        m_library = std::move(*lib);
        FeedStore feeds(m_library->database());
        m_wire = *feeds.addFeed(u"https://wire.example/feed"_s, u"Wire"_s);
        const qint64 quiet = *feeds.addFeed(u"https://quiet.example/feed"_s, u"Quiet"_s);
        Q_UNUSED(quiet);
        for (int i = 0; i < 300; ++i)
            QVERIFY(add(i, i < 200 ? m_wire : 0) > 0);
        QVERIFY(ArticleStore(m_library->database()).setRead(1, true).ok());
    }

    void stats()
    {
        auto stats = libraryStats(m_library->database());
        QVERIFY(stats.ok());
        QCOMPARE(stats->articles, 300);
        QCOMPARE(stats->unread, 299);
        QCOMPARE(stats->importedArticles, 100);
        QCOMPARE(stats->perFeed.size(), 2);
        QCOMPARE(stats->perFeed.first().title, u"Wire"_s); // most articles first
        QCOMPARE(stats->perFeed.first().articles, 200);
        QCOMPARE(stats->perFeed.first().unread, 199);
        QCOMPARE(stats->perFeed.last().articles, 0);
        QVERIFY(stats->fileBytes > 300 * 1000);
    }

    void optimizeGivesSpaceBack()
    {
        Database &db = m_library->database();
        QVERIFY(db.execute(u"DELETE FROM articles WHERE id > 50"_s));
        QVERIFY(db.execute(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        auto before = libraryStats(db);
        QVERIFY(before->freeBytes > 0);
        QStringList steps;
        auto first = optimizeLibrary(db, [&](const QString &s) { steps << s; });
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QVERIFY(first->fullVacuum); // a library made before incremental vacuum: switched on once
        QVERIFY(first->bytesAfter < first->bytesBefore);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(libraryStats(db)->freeBytes, 0);
        QCOMPARE(db.queryInt(u"PRAGMA auto_vacuum"_s), 2);
        QCOMPARE(QFileInfo(m_library->path()).size(), first->bytesAfter);

        // The second time it is incremental, and the search index still answers for what is left.
        QVERIFY(db.execute(u"DELETE FROM articles WHERE id > 20"_s));
        auto second = optimizeLibrary(db);
        QVERIFY(second.ok());
        QVERIFY(!second->fullVacuum);
        QVERIFY(second->bytesAfter < second->bytesBefore);
        QCOMPARE(db.queryInt(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ferries'"_s), 20);
        QVERIFY(db.execute(u"INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"_s));
        Statement check = db.prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(check.next());
        QCOMPARE(check.text(0), u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibraryMaintenance)
#include "tst_librarymaintenance.moc"
