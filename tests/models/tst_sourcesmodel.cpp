// SourcesModel: smart entries with counts, folders and feeds as a tree with unread counts and
// errors, queries for the article list, and count refreshes that keep the tree in place.
#include "LibraryFixture.h"

#include "models/SourcesModel.h"
#include "store/FeedStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestSourcesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void smartCountsFollowTheLibrary()
    {
        LibraryFixture fx;
        QVERIFY(fx.open());
        fx.addMany(4);
        FeedStore feeds(fx.library->database());
        SourcesModel model(*fx.store, feeds);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex all = model.indexForFilter(ArticleFilter::All);
        const QModelIndex unread = model.indexForFilter(ArticleFilter::Unread);
        const QModelIndex bookmarked = model.indexForFilter(ArticleFilter::Bookmarked);
        QVERIFY(all.isValid() && unread.isValid() && bookmarked.isValid());
        QCOMPARE(all.data(SourcesModel::CountRole).toLongLong(), 4);
        QCOMPARE(unread.data(SourcesModel::CountRole).toLongLong(), 4);
        QCOMPARE(bookmarked.data(SourcesModel::CountRole).toLongLong(), 0);

        const qint64 first = fx.store->page(ArticleFilter::All, std::nullopt, 1).value().first().id;
        QVERIFY(fx.store->setRead(first, true).ok());
        QVERIFY(fx.store->setBookmarked(first, true).ok());
        model.refreshCounts();
        QCOMPARE(unread.data(SourcesModel::CountRole).toLongLong(), 3);
        QCOMPARE(bookmarked.data(SourcesModel::CountRole).toLongLong(), 1);
        QCOMPARE(unread.data().toString(), u"Unread (3)"_s);
        QCOMPARE(model.queryAt(bookmarked).filter, ArticleFilter::Bookmarked);
    }

    void feedsAndFoldersFormATree()
    {
        LibraryFixture fx;
        QVERIFY(fx.open());
        FeedStore feeds(fx.library->database());
        const qint64 news = feeds.ensureFolder(u"News"_s).value();
        const qint64 inner = feeds.addFeed(u"https://example.org/a.xml"_s, u"Alpha"_s, news).value();
        const qint64 outer = feeds.addFeed(u"https://example.org/b.xml"_s, u"Beta"_s).value();
        for (int i = 0; i < 3; ++i) {
            ArticleInput in;
            in.sourceKey = u"feed:%1:%2"_s.arg(inner).arg(i);
            in.title = u"Item %1"_s.arg(i);
            in.html = u"<p>x</p>"_s;
            in.text = u"x"_s;
            in.feedId = inner;
            QVERIFY(fx.store->save(in).ok());
        }
        SourcesModel model(*fx.store, feeds);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex folder = model.indexForFolder(news);
        const QModelIndex alpha = model.indexForFeed(inner);
        const QModelIndex beta = model.indexForFeed(outer);
        QVERIFY(folder.isValid() && alpha.isValid() && beta.isValid());
        QCOMPARE(alpha.parent(), folder);
        QVERIFY(!beta.parent().isValid());
        QCOMPARE(model.rowCount(folder), 1);
        QCOMPARE(alpha.data(SourcesModel::CountRole).toLongLong(), 3);
        QCOMPARE(folder.data(SourcesModel::CountRole).toLongLong(), 3);
        QCOMPARE(model.queryAt(alpha).feedId, inner);
        QCOMPARE(model.queryAt(folder).folderId, news);
        QCOMPARE(fx.store->count(model.queryAt(folder)).value(), 3);
        QCOMPARE(fx.store->count(model.queryAt(beta)).value(), 0);

        // An error and a read article update in place: no reset, the selection survives.
        FeedFetchState failed;
        failed.error = u"HTTP 404 Not Found"_s;
        QVERIFY(feeds.recordFetch(outer, failed).ok());
        const qint64 id = fx.store->page(ArticleQuery::forFeed(inner), std::nullopt, 1).value().first().id;
        QVERIFY(fx.store->setRead(id, true).ok());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.refreshCounts();
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.indexForFeed(inner).data(SourcesModel::CountRole).toLongLong(), 2);
        QCOMPARE(model.indexForFolder(news).data(SourcesModel::CountRole).toLongLong(), 2);
        QCOMPARE(model.indexForFeed(outer).data(SourcesModel::ErrorRole).toString(), u"HTTP 404 Not Found"_s);

        // A new subscription rebuilds the tree.
        QVERIFY(feeds.addFeed(u"https://example.org/c.xml"_s, u"Gamma"_s).ok());
        model.refreshCounts();
        QCOMPARE(resets.size(), 1);
        QVERIFY(model.indexForFeed(feeds.feedByUrl(u"https://example.org/c.xml"_s).value()->id).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
