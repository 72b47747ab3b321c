// RefreshBatch on a real library file: several feeds' writes in one transaction, their results held
// until it commits; a feed whose writes fail rolls the batch back and every feed in it is written
// again alone; a connection waiting for the write lock (here: another thread's) ends the batch.
#include "feeds/RefreshBatch.h"

#include "store/ArticleStore.h"
#include "store/BusyWait.h"
#include "store/Database.h"
#include "store/Library.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

FeedRefreshResult about(qint64 feedId)
{
    FeedRefreshResult r;
    r.feedId = feedId;
    r.url = u"https://example.org/feed-%1.xml"_s.arg(feedId);
    r.title = u"Feed %1"_s.arg(feedId);
    return r;
}

ArticleInput article(const QString &key)
{
    ArticleInput in;
    in.sourceKey = key;
    in.title = key;
    in.text = u"Text of "_s + key;
    in.html = u"<p>Text of "_s + key + u"</p>"_s;
    in.format = u"html"_s;
    return in;
}

} // namespace

class TestRefreshBatch : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_writer;
    std::unique_ptr<Library> m_reader;   // another connection: sees only what was committed
    QList<FeedRefreshResult> m_recorded; // what recordFailure was given

    // Without an age bound unless asked: what ends a batch in a test is what the test does.
    std::unique_ptr<RefreshBatch> makeBatch(int maxAgeMs = 3600 * 1000)
    {
        return std::make_unique<RefreshBatch>(m_writer->database(), [this](const FeedRefreshResult &r) { m_recorded << r; }, maxAgeMs);
    }

    // A feed's writes: saves the articles; fails after them when `fail` is set. Counts its runs.
    RefreshBatch::FeedWrites saving(qint64 feedId, QStringList keys, bool fail, int *runs)
    {
        return [this, feedId, keys, fail, runs] {
            ++*runs;
            RefreshBatch::Outcome outcome{about(feedId)};
            ArticleStore store(m_writer->database());
            for (const QString &key : keys) {
                if (!store.saveInBatch(article(key)))
                    return RefreshBatch::Outcome{about(feedId), true};
                ++outcome.result.added;
            }
            if (fail) {
                outcome.result.status = u"error"_s;
                outcome.result.error = u"the feed's last write failed"_s;
                outcome.writeFailed = true;
                return outcome;
            }
            outcome.result.status = u"updated"_s;
            return outcome;
        };
    }

    qint64 committedArticles() { return m_reader->database().queryInt(u"SELECT count(*) FROM articles"_s).value_or(-1); }
    bool committed(const QString &key)
    {
        Statement st = m_reader->database().prepare(u"SELECT 1 FROM articles WHERE source_key = ?"_s);
        st.bind(1, key);
        return st.next();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(u"lib.sqlite"_s);
        auto writer = Library::open(path);
        QVERIFY2(writer.ok(), qPrintable(writer.error()));
        m_writer = std::move(*writer);
        auto reader = Library::open(path);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        m_reader = std::move(*reader);
        m_recorded.clear();
    }

    void feedsShareOneTransactionAndResultsWaitForIt()
    {
        auto batch = makeBatch();
        int runsA = 0, runsB = 0;
        batch->write(about(1), saving(1, {u"a1"_s, u"a2"_s}, false, &runsA));
        QVERIFY(batch->isOpen());
        batch->write(about(2), saving(2, {u"b1"_s}, false, &runsB));
        QCOMPARE(committedArticles(), 0);   // nothing visible before the commit
        const QList<FeedRefreshResult> results = batch->commit();
        QVERIFY(!batch->isOpen());
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).feedId, 1);
        QCOMPARE(results.at(0).status, u"updated"_s);
        QCOMPARE(results.at(0).added, 2);
        QCOMPARE(results.at(1).feedId, 2);
        QCOMPARE(committedArticles(), 3);
        QCOMPARE(runsA, 1);
        QCOMPARE(runsB, 1);
        QVERIFY(m_recorded.isEmpty());
        QVERIFY(batch->commit().isEmpty());   // handed out once
    }

    void aFeedThatFailsCostsTheOthersNothing()
    {
        auto batch = makeBatch();
        int runsA = 0, runsB = 0, runsC = 0;
        batch->write(about(1), saving(1, {u"a1"_s}, false, &runsA));
        batch->write(about(2), saving(2, {u"b1"_s, u"b2"_s}, true, &runsB));
        // The batch was rolled back and each feed written alone: A committed, B's articles gone.
        QVERIFY(!batch->isOpen());
        QCOMPARE(runsA, 2);
        QCOMPARE(runsB, 2);
        QVERIFY(committed(u"a1"_s));
        QVERIFY(!committed(u"b1"_s));
        QVERIFY(!committed(u"b2"_s));
        QCOMPARE(m_recorded.size(), 1);
        QCOMPARE(m_recorded.first().feedId, 2);
        QCOMPARE(m_recorded.first().error, u"the feed's last write failed"_s);
        // The next feed opens a new batch.
        batch->write(about(3), saving(3, {u"c1"_s}, false, &runsC));
        QVERIFY(batch->isOpen());
        const QList<FeedRefreshResult> results = batch->commit();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).status, u"updated"_s);
        QCOMPARE(results.at(1).status, u"error"_s);
        QCOMPARE(results.at(1).error, u"the feed's last write failed"_s);
        QCOMPARE(results.at(2).status, u"updated"_s);
        QCOMPARE(runsC, 1);
        QCOMPARE(committedArticles(), 2);
    }

    void droppedBatchWritesNothing()
    {
        int runs = 0;
        {
            auto batch = makeBatch();
            batch->write(about(1), saving(1, {u"a1"_s}, false, &runs));
        }
        QCOMPARE(committedArticles(), 0);
    }

    void aFullBatchIsDue()
    {
        auto batch = makeBatch();
        QStringList keys;
        for (int i = 0; i < RefreshBatch::MaxItems - 1; ++i)
            keys << u"item-%1"_s.arg(i);
        int runs = 0;
        batch->write(about(1), saving(1, keys, false, &runs));
        QVERIFY(!batch->isDue());
        batch->write(about(2), saving(2, {u"last"_s}, false, &runs));
        QVERIFY(batch->isDue());
        QCOMPARE(batch->commit().size(), 2);
        QVERIFY(!batch->isDue());   // nothing open
    }

    void anOldBatchIsDue()
    {
        auto batch = makeBatch(0);
        int runs = 0;
        batch->write(about(1), saving(1, {u"a1"_s}, false, &runs));
        QVERIFY(batch->isDue());
    }

    void aWaitingWriterEndsTheBatch()
    {
        auto batch = makeBatch();
        int runs = 0;
        batch->write(about(1), saving(1, {u"a1"_s}, false, &runs));
        QVERIFY(!batch->isDue());
        // Another thread's connection asks for the write lock and waits (its busy handler retries).
        std::atomic<bool> wrote{false};
        std::thread other([path = m_dir->filePath(u"lib.sqlite"_s), &wrote] {
            auto library = Library::open(path);
            if (!library)
                return;
            Transaction tx((*library)->database());
            wrote = tx.isActive() && ArticleStore((*library)->database()).saveInBatch(article(u"other"_s)).ok() && tx.commit();
        });
        QTRY_VERIFY_WITH_TIMEOUT(aWriterIsWaiting(), 4000);
        QVERIFY(batch->isDue());
        QCOMPARE(batch->commit().size(), 1);
        other.join();
        QVERIFY(wrote);
        QVERIFY(committed(u"other"_s));
        QVERIFY(committed(u"a1"_s));
        QTRY_VERIFY(!aWriterIsWaiting());   // nobody waits any more
    }

    // A writer waiting need not wait for the whole feed: the feed's writes let it in between items,
    // committing what they wrote so far.
    void aWaitingWriterGetsInWithinAFeed()
    {
        auto batch = makeBatch();
        QVERIFY(batch->letWaitersIn());   // nothing open, nobody waiting: nothing to do
        std::atomic<bool> wrote{false};
        std::unique_ptr<std::thread> other;
        bool firstPartCommitted = false;
        batch->write(about(1), [&] {
            ArticleStore store(m_writer->database());
            if (!store.saveInBatch(article(u"part-1"_s)))
                return RefreshBatch::Outcome{about(1), true};
            other = std::make_unique<std::thread>([path = m_dir->filePath(u"lib.sqlite"_s), &wrote] {
                auto library = Library::open(path);
                if (!library)
                    return;
                Transaction tx((*library)->database());
                wrote = tx.isActive() && ArticleStore((*library)->database()).saveInBatch(article(u"other"_s)).ok() && tx.commit();
            });
            QElapsedTimer waiting;
            waiting.start();
            while (!aWriterIsWaiting() && waiting.elapsed() < 4000)
                QThread::msleep(1);
            if (!batch->letWaitersIn())
                return RefreshBatch::Outcome{about(1), true};
            firstPartCommitted = committed(u"part-1"_s);
            if (!store.saveInBatch(article(u"part-2"_s)))
                return RefreshBatch::Outcome{about(1), true};
            RefreshBatch::Outcome outcome{about(1)};
            outcome.result.status = u"updated"_s;
            outcome.result.added = 2;
            return outcome;
        });
        QVERIFY(firstPartCommitted);
        QVERIFY(!committed(u"part-2"_s));   // the rest waits for the batch as usual
        QVERIFY(batch->isOpen());
        const QList<FeedRefreshResult> results = batch->commit();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, u"updated"_s);
        QVERIFY(committed(u"part-2"_s));
        QVERIFY(other);
        other->join();
        QVERIFY(wrote);
        QVERIFY(committed(u"other"_s));
    }
};

QTEST_GUILESS_MAIN(TestRefreshBatch)
#include "tst_refreshbatch.moc"
