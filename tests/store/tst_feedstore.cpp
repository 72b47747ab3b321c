// FeedStore on a real library: subscriptions, folders, fetch state, counts, and removal/retention
// that never lose bookmarked or annotated articles.
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestFeedStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;

    Database &db() { return m_library->database(); }

    qint64 addItem(qint64 feedId, int i, int daysAgo)
    {
        ArticleInput in;
        in.sourceKey = u"feed:%1:item-%2"_s.arg(feedId).arg(i);
        in.title = u"Item %1"_s.arg(i);
        in.text = u"Body"_s;
        in.html = u"<p>Body</p>"_s;
        in.feedId = feedId;
        in.published = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        return ArticleStore(db()).save(in).value().id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
    }

    void addListAndDuplicates()
    {
        FeedStore store(db());
        const qint64 news = store.ensureFolder(u"News"_s).value();
        QCOMPARE(store.ensureFolder(u"news"_s).value(), news);
        const auto id = store.addFeed(u"https://example.org/feed.xml"_s, {}, news);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        const auto dup = store.addFeed(u"https://example.org/feed.xml"_s);
        QVERIFY(!dup.ok());
        QVERIFY2(dup.error().contains(u"already subscribed"_s), qPrintable(dup.error()));
        QVERIFY(!store.addFeed(u"  "_s).ok());
        const auto feeds = store.feeds().value();
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.first().folderId, news);
        QCOMPARE(feeds.first().url, u"https://example.org/feed.xml"_s);
    }

    void fetchStateKeepsValidatorsOnError()
    {
        FeedStore store(db());
        const qint64 id = store.addFeed(u"https://example.org/a.xml"_s).value();
        FeedFetchState ok;
        ok.etag = u"\"v1\""_s;
        ok.lastModified = u"Tue, 02 Jul 2024 10:00:00 GMT"_s;
        ok.fetched = QDateTime::currentDateTimeUtc();
        ok.title = u"Example News"_s;
        ok.format = u"rss2"_s;
        QVERIFY(store.recordFetch(id, ok).ok());
        FeedFetchState failed;
        failed.fetched = QDateTime::currentDateTimeUtc();
        failed.error = u"HTTP 500 Internal Server Error"_s;
        QVERIFY(store.recordFetch(id, failed).ok());
        const Feed f = store.feed(id).value().value();
        QCOMPARE(f.etag, u"\"v1\""_s);
        QCOMPARE(f.lastError, u"HTTP 500 Internal Server Error"_s);
        QCOMPARE(f.title, u"Example News"_s);
        QCOMPARE(f.format, u"rss2"_s);
        // A later success clears the error; the user's own title is never overwritten.
        QVERIFY(store.renameFeed(id, u"My name for it"_s).ok());
        QVERIFY(store.recordFetch(id, ok).ok());
        QCOMPARE(store.feed(id).value()->lastError, QString());
        QCOMPARE(store.feed(id).value()->title, u"My name for it"_s);
        QVERIFY(!store.recordFetch(9999, ok).ok());
    }

    void countsAndRemovalKeepBookmarkedAndAnnotated()
    {
        FeedStore store(db());
        const qint64 id = store.addFeed(u"https://example.org/b.xml"_s).value();
        const qint64 a = addItem(id, 1, 1);
        const qint64 b = addItem(id, 2, 2);
        const qint64 c = addItem(id, 3, 3);
        QVERIFY(ArticleStore(db()).setRead(a, true).ok());
        Feed f = store.feed(id).value().value();
        QCOMPARE(f.total, 3);
        QCOMPARE(f.unread, 2);
        QVERIFY(ArticleStore(db()).setBookmarked(b, true).ok());
        QVERIFY(db().execute(u"INSERT INTO annotations (uuid, article_id, kind, exact, created, updated) "
                             "VALUES ('u1', %1, 'highlight', 'Body', 0, 0)"_s.arg(c)));
        QCOMPARE(store.removeFeed(id).value(), 1);
        QVERIFY(!store.feed(id).value().has_value());
        QVERIFY(!ArticleStore(db()).article(a).value().has_value());
        QVERIFY(ArticleStore(db()).article(b).value().has_value());
        QVERIFY(ArticleStore(db()).article(c).value().has_value());
    }

    // The sources pane counts every feed's unread and total articles on each refresh: both counts
    // must come from an index alone, never from article rows (their HTML and text sit before is_read).
    void countsReadOnlyIndexes()
    {
        for (const QString &count : {u"SELECT count(*) FROM articles a WHERE a.feed_id = 1 AND a.is_read = 0"_s,
                                     u"SELECT count(*) FROM articles a WHERE a.feed_id = 1"_s}) {
            Statement plan = db().prepare(u"EXPLAIN QUERY PLAN "_s + count);
            QString detail;
            while (plan.next())
                detail += plan.text(3) + u'\n';
            QVERIFY2(detail.contains(u"COVERING INDEX"_s), qPrintable(count + u": "_s + detail));
        }
    }

    void retentionByDaysAndItems()
    {
        FeedStore store(db());
        const qint64 id = store.addFeed(u"https://example.org/c.xml"_s).value();
        for (int i = 0; i < 10; ++i)
            addItem(id, i, i * 10); // 0, 10, ..., 90 days old
        const qint64 oldBookmarked = addItem(id, 100, 200);
        QVERIFY(ArticleStore(db()).setBookmarked(oldBookmarked, true).ok());
        QVERIFY(store.setRetention(id, 45, 0).ok());
        QCOMPARE(store.applyRetention(id).value(), 5); // 50..90 days old go; the bookmarked one stays
        QCOMPARE(store.feed(id).value()->total, 6);
        QVERIFY(store.setRetention(id, 0, 2).ok());
        QCOMPARE(store.applyRetention(id).value(), 3);
        QCOMPARE(store.feed(id).value()->total, 3);
        QVERIFY(ArticleStore(db()).article(oldBookmarked).value().has_value());
    }

    void foldersRenameAndRemove()
    {
        FeedStore store(db());
        const qint64 folder = store.ensureFolder(u"Science"_s).value();
        const qint64 id = store.addFeed(u"https://example.org/d.xml"_s, u"Astro"_s, folder).value();
        QVERIFY(store.renameFolder(folder, u"Sciences"_s).ok());
        QCOMPARE(store.folders().value().first().name, u"Sciences"_s);
        QVERIFY(store.removeFolder(folder).ok());
        QCOMPARE(store.feed(id).value()->folderId, 0);
        QVERIFY(store.folders().value().isEmpty());
        QVERIFY(store.setUrl(id, u"https://example.org/moved.xml"_s).ok());
        QVERIFY(store.feedByUrl(u"https://example.org/moved.xml"_s).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestFeedStore)
#include "tst_feedstore.moc"
