// ArticleStore on a real library file: idempotent saves, revisions, flags, keyset pages, full text.
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {
ArticleInput makeInput(const QString &key, const QString &title, const QString &text, const QDateTime &published = {})
{
    ArticleInput in;
    in.sourceKey = key;
    in.title = title;
    in.text = text;
    in.html = u"<p>"_s + text + u"</p>"_s;
    in.source = u"Test source"_s;
    in.format = u"text"_s;
    in.published = published;
    return in;
}
} // namespace

class TestArticleStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleStore> m_store;

    // Closes and opens the library again, as the next start would (applying any migration due).
    void reopen()
    {
        m_store.reset();
        m_library.reset();
        auto reopened = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
        m_library = std::move(*reopened);
        m_store = std::make_unique<ArticleStore>(m_library->database());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        m_library.reset();
        QFile::remove(m_dir.filePath(u"lib.sqlite"_s));
        auto lib = Library::open(m_dir.filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        m_store = std::make_unique<ArticleStore>(m_library->database());
    }

    void saveSameContentTwiceChangesNothing()
    {
        auto first = m_store->save(makeInput(u"file:/a.txt"_s, u"Title"_s, u"Body"_s));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->status, ArticleStore::SaveStatus::Imported);
        auto second = m_store->save(makeInput(u"file:/a.txt"_s, u"Title"_s, u"Body"_s));
        QVERIFY(second.ok());
        QCOMPARE(second->status, ArticleStore::SaveStatus::Unchanged);
        QCOMPARE(second->id, first->id);
        QCOMPARE(m_store->count(ArticleFilter::All).value(), 1);
    }

    void changedContentBecomesNewRevision()
    {
        auto first = m_store->save(makeInput(u"file:/a.txt"_s, u"Title"_s, u"Old body"_s));
        QVERIFY(first.ok());
        auto second = m_store->save(makeInput(u"file:/a.txt"_s, u"Title"_s, u"New body"_s));
        QVERIFY(second.ok());
        QCOMPARE(second->status, ArticleStore::SaveStatus::Updated);
        QCOMPARE(second->id, first->id);
        QCOMPARE(second->revision, 2);
        QCOMPARE(m_store->count(ArticleFilter::All).value(), 1);

        auto article = m_store->article(first->id);
        QVERIFY(article.ok() && article->has_value());
        QCOMPARE((*article)->text, u"New body"_s);
        QCOMPARE((*article)->revision, 2);
        QCOMPARE(m_store->revision(first->id).value(), std::optional<int>(2));
        QCOMPARE(m_store->revision(first->id + 100).value(), std::optional<int>());
        auto revisions = m_store->revisions(first->id);
        QVERIFY(revisions.ok());
        QCOMPARE(revisions->size(), 1);
        QCOMPARE(revisions->first().revision, 1);
        QCOMPARE(revisions->first().text, u"Old body"_s);
    }

    void flagsAndFilters()
    {
        const qint64 a = m_store->save(makeInput(u"k:a"_s, u"A"_s, u"a"_s)).value().id;
        const qint64 b = m_store->save(makeInput(u"k:b"_s, u"B"_s, u"b"_s)).value().id;
        QVERIFY(m_store->setBookmarked(a, true).ok());
        QVERIFY(m_store->setRead(b, true).ok());
        QCOMPARE(m_store->count(ArticleFilter::Bookmarked).value(), 1);
        QCOMPARE(m_store->count(ArticleFilter::Unread).value(), 1);
        QCOMPARE(m_store->page(ArticleFilter::Unread, std::nullopt, 10).value().first().id, a);
        QVERIFY(m_store->setBookmarked(a, false).ok());
        QCOMPARE(m_store->count(ArticleFilter::Bookmarked).value(), 0);
        const Status missing = m_store->setRead(9999, true);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().contains(u"9999"_s), qPrintable(missing.error()));
    }

    // "Annotated" is counted by triggers (schema 10): it must follow every way annotations come and
    // go, and agree with counting them.
    void annotatedCountFollowsAnnotations()
    {
        Database &db = m_library->database();
        const auto counted = [&db] { return db.queryInt(u"SELECT count(DISTINCT article_id) FROM annotations"_s).value(); };
        const auto annotate = [&db](qint64 article, const QString &uuid) {
            return db.execute(u"INSERT INTO annotations (uuid, article_id, kind, exact, created, updated) VALUES ('%1', %2, 'highlight', 'x', 0, 0)"_s
                                  .arg(uuid)
                                  .arg(article));
        };
        const qint64 a = m_store->save(makeInput(u"k:a"_s, u"A"_s, u"a"_s)).value().id;
        const qint64 b = m_store->save(makeInput(u"k:b"_s, u"B"_s, u"b"_s)).value().id;
        const qint64 c = m_store->save(makeInput(u"k:c"_s, u"C"_s, u"c"_s)).value().id;
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 0);
        QVERIFY(annotate(a, u"a1"_s) && annotate(a, u"a2"_s) && annotate(b, u"b1"_s));
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 2);
        QVERIFY(db.execute(u"DELETE FROM annotations WHERE uuid = 'a1'"_s));
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 2); // a still has one
        QVERIFY(db.execute(u"UPDATE annotations SET article_id = %1 WHERE uuid = 'b1'"_s.arg(c)));
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 2); // b lost it, c gained it
        QVERIFY(db.execute(u"UPDATE annotations SET article_id = %1 WHERE uuid = 'b1'"_s.arg(a)));
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 1); // both on a now
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), counted());
        // A rolled-back change leaves the count as it was.
        QVERIFY(db.execute(u"BEGIN"_s) && annotate(c, u"c1"_s) && db.execute(u"ROLLBACK"_s));
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 1);
        // An article deleted takes its annotations and its place in the count.
        QVERIFY(db.execute(u"DELETE FROM articles WHERE id = %1"_s.arg(a)));
        QCOMPARE(counted(), 0);
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 0);

        // A library from before the count starts with the right number.
        QVERIFY(annotate(b, u"b2"_s) && annotate(c, u"c2"_s) && annotate(c, u"c3"_s));
        QVERIFY(db.execute(u"DROP TRIGGER annotated_articles_insert; DROP TRIGGER annotated_articles_delete; "
                           "DROP TRIGGER annotated_articles_move; DROP TABLE library_counts; PRAGMA user_version = 9"_s));
        reopen();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_store->count(ArticleFilter::Annotated).value(), 2);
    }

    void pagesAreNewestFirstAndComplete()
    {
        const QDateTime base(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
        // Several articles share a timestamp: the id breaks the tie, so no row is skipped or repeated.
        for (int i = 0; i < 25; ++i)
            QVERIFY(m_store->save(makeInput(u"k:%1"_s.arg(i), u"T%1"_s.arg(i), u"x"_s, base.addDays(i / 3))).ok());
        QList<qint64> seen;
        std::optional<ArticleCursor> cursor;
        qint64 lastTime = std::numeric_limits<qint64>::max();
        for (;;) {
            auto page = m_store->page(ArticleFilter::All, cursor, 7);
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            for (const auto &row : *page) {
                QVERIFY(row.sortTime <= lastTime);
                lastTime = row.sortTime;
                QVERIFY(!seen.contains(row.id));
                seen.append(row.id);
            }
            cursor = ArticleCursor{page->last().sortTime, page->last().id};
        }
        QCOMPARE(seen.size(), 25);
    }

    void fullTextIndexFollowsContent()
    {
        const qint64 id = m_store->save(makeInput(u"k:fts"_s, u"Harbour tram"_s, u"The council voted"_s)).value().id;
        Database &db = m_library->database();
        auto hits = [&](const QString &q) {
            Statement st = db.prepare(u"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"_s);
            st.bind(1, q);
            QList<qint64> ids;
            while (st.next())
                ids << st.int64(0);
            return ids;
        };
        QCOMPARE(hits(u"council"_s), QList<qint64>{id});
        QVERIFY(m_store->save(makeInput(u"k:fts"_s, u"Harbour tram"_s, u"The mayor resigned"_s)).ok());
        QCOMPARE(hits(u"council"_s), QList<qint64>{});
        QCOMPARE(hits(u"mayor"_s), QList<qint64>{id});
        const qint64 other = m_store->save(makeInput(u"k:fts2"_s, u"Ferry"_s, u"The mayor sailed"_s)).value().id;
        QCOMPARE(hits(u"mayor"_s), (QList<qint64>{id, other}));
        QVERIFY(db.execute(u"DELETE FROM articles WHERE id = %1"_s.arg(id)));
        QCOMPARE(hits(u"mayor"_s), QList<qint64>{other});
        // The index holds each article once, as its text is now.
        QVERIFY2(db.execute(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s), qPrintable(db.lastError()));
    }

    // Schema 11 moved indexing new articles from a trigger into ArticleStore: a library from before
    // loses the trigger, so that a new article is indexed once, not twice.
    void upgradedLibraryIndexesNewArticlesOnce()
    {
        Database &db = m_library->database();
        QVERIFY(db.execute(u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                           "INSERT INTO articles_fts(rowid, title, author, source, text) VALUES (new.id, new.title, new.author, new.source, new.text); "
                           "END; PRAGMA user_version = 10"_s));
        reopen();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_library->database().queryInt(u"SELECT count(*) FROM sqlite_schema WHERE name = 'articles_fts_insert'"_s).value_or(-1), 0);
        QVERIFY(m_store->save(makeInput(u"k:new"_s, u"Lighthouse"_s, u"The keeper waved"_s)).ok());
        QCOMPARE(m_library->database().queryInt(u"SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'keeper'"_s).value_or(-1), 1);
        QVERIFY2(m_library->database().execute(u"INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')"_s),
                 qPrintable(m_library->database().lastError()));
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
