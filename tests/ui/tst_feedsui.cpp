// Feeds in the window: subscribe, refresh on the worker thread while the window stays live, see the
// feed in the sources tree with its unread count, open its articles; errors show on the feed.
#include "TestHttpServer.h"

#include "ui/MainWindow.h"
#include "ui/ReaderView.h"
#include "ui/RefreshController.h"

#include "models/ArticleListModel.h"
#include "models/SourcesModel.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace gloss;
using gloss::test::TestHttpServer;

namespace {
const QByteArray LedgerFeed = "<?xml version='1.0'?><rss version='2.0'><channel><title>Valley Ledger</title>"
                        "<item><guid>1</guid><title>Farmers share water</title><description>&lt;p&gt;Dry summer.&lt;/p&gt;</description>"
                        "<pubDate>Mon, 01 Jul 2024 08:00:00 +0200</pubDate></item>"
                        "<item><guid>2</guid><title>Council votes</title><description>&lt;p&gt;Tram line.&lt;/p&gt;</description>"
                        "<pubDate>Tue, 02 Jul 2024 08:00:00 +0200</pubDate></item></channel></rss>";
}

class TestFeedsUi : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    TestHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.isListening());
        m_server.route("/ledger.xml", TestHttpServer::Response(200, LedgerFeed, {{"Content-Type", "application/rss+xml"}}));
        m_server.route("/broken.xml", TestHttpServer::Response(500, "oops"));
    }

    void init()
    {
        // The refresher lives on a worker thread: a timer or child left on this one shows here.
        QTest::failOnWarning(QRegularExpression(u"^QObject::"_s));
        m_dir = std::make_unique<QTemporaryDir>();
        auto lib = Library::open(m_dir->filePath(u"lib.sqlite"_s));
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
    }

    void subscribeRefreshAndRead()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.addFeed(m_server.url("/ledger.xml").toString(), u"Local"_s));
        QVERIFY(w.refresher()->isRefreshing());
        QVERIFY(done.wait(20000));
        QVERIFY(!w.isShowingWelcome());

        auto *model = qobject_cast<SourcesModel *>(w.sourcesList()->model());
        QVERIFY(model);
        const qint64 feedId = FeedStore(m_library->database()).feeds().value().first().id;
        const QModelIndex feed = model->indexForFeed(feedId);
        QVERIFY(feed.isValid());
        QCOMPARE(feed.parent().data().toString().section(u' ', 0, 0), u"Local"_s);
        // The counts arrive from a worker thread once the refresh has ended.
        QTRY_COMPARE(feed.data(SourcesModel::CountRole).toLongLong(), 2);
        QCOMPARE(feed.data().toString(), u"Valley Ledger (2)"_s);
        QCOMPARE(model->indexForFilter(ArticleFilter::Unread).data(SourcesModel::CountRole).toLongLong(), 2);

        w.sourcesList()->setCurrentIndex(feed);
        QCOMPARE(w.articleModel()->rowCount(), 2);
        w.selectArticleRow(0);
        QCOMPARE(w.reader()->title(), u"Council votes"_s);
        QTRY_COMPARE(model->indexForFeed(feedId).data(SourcesModel::CountRole).toLongLong(), 1);
    }

    // An empty library's welcome view offers feeds; the first subscription shows the panes at once.
    // A long refresh into an empty list shows what has arrived before it ends (the window watches
    // the library as the application starts it); a list with rows waits for the end.
    void articlesAppearDuringALongRefresh()
    {
        TestHttpServer::Response slow(200, LedgerFeed, {{"Content-Type", "application/rss+xml"}});
        slow.delayMs = 8000;
        m_server.route("/slow.xml", slow);
        FeedStore feeds(m_library->database());
        QVERIFY(feeds.addFeed(m_server.url("/ledger.xml").toString()).ok());
        QVERIFY(feeds.addFeed(m_server.url("/slow.xml").toString()).ok());
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.startWatchingLibrary();
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        w.refresher()->refresh();
        QCOMPARE(w.articleModel()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(w.articleModel()->rowCount() > 0, 7000);
        QVERIFY(w.refresher()->isRefreshing());   // the slow feed is still on its way
        QCOMPARE(w.articleModel()->rowCount(), 2);
        QVERIFY(!w.isShowingWelcome());
        // Meanwhile the window's connection leaves checkpoints to the refresh's own checkpointer.
        QCOMPARE(m_library->database().queryInt(u"PRAGMA wal_autocheckpoint"_s), 0);
        QVERIFY(done.wait(20000));
        QCOMPARE(m_library->database().queryInt(u"PRAGMA wal_autocheckpoint"_s), 1000);
    }

    void welcomeAddsAFeed()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QVERIFY(w.isShowingWelcome());
        auto *button = w.findChild<QPushButton *>(u"welcomeFeed"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.addFeed(m_server.url("/ledger.xml").toString(), {}));
        QVERIFY(!w.isShowingWelcome());
        QVERIFY(done.wait(20000));
    }

    // File > Import/Export Subscriptions: folders and feeds in, refreshed, and the same list out.
    void opmlInAndOut()
    {
        const QByteArray opml = "<?xml version='1.0'?><opml version='2.0'><head><title>t</title></head><body>"
                                "<outline text='Local'><outline text='Ledger' type='rss' xmlUrl='"
                                + m_server.url("/ledger.xml").toEncoded() + "'/></outline>"
                                "<outline text='Broken' type='rss' xmlUrl='" + m_server.url("/broken.xml").toEncoded()
                                + "'/></body></opml>";
        const QString in = m_dir->filePath(u"in.opml"_s);
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(opml);
        file.close();

        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.importSubscriptions(in));
        QVERIFY(!w.isShowingWelcome());
        auto *model = qobject_cast<SourcesModel *>(w.sourcesList()->model());
        const QList<Feed> feeds = FeedStore(m_library->database()).feeds().value();
        QCOMPARE(feeds.size(), 2);
        for (const Feed &f : feeds)
            QVERIFY(model->indexForFeed(f.id).isValid());
        QVERIFY(done.wait(20000)); // the new feeds are refreshed
        QTRY_VERIFY(model->indexForFeed(feeds.first().id).data(SourcesModel::CountRole).toLongLong() > 0
                    || model->indexForFeed(feeds.last().id).data(SourcesModel::CountRole).toLongLong() > 0);

        const QString out = m_dir->filePath(u"out.opml"_s);
        QVERIFY(w.exportSubscriptions(out));
        QFile written(out);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray back = written.readAll();
        QVERIFY2(back.contains(m_server.url("/ledger.xml").toEncoded()), back.constData());
        QVERIFY(back.contains(m_server.url("/broken.xml").toEncoded()));
        QVERIFY(back.contains("text=\"Local\""));

        // Importing the same list again adds nothing.
        QVERIFY(w.importSubscriptions(in));
        QCOMPARE(FeedStore(m_library->database()).feeds().value().size(), 2);
    }

    // Keep Articles: the rule applies at once, the newest stay.
    void retentionFromTheWindow()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.addFeed(m_server.url("/ledger.xml").toString(), {}));
        QVERIFY(done.wait(20000));
        FeedStore store(m_library->database());
        const qint64 feedId = store.feeds().value().first().id;
        QCOMPARE(store.feed(feedId).value()->total, 2);
        QVERIFY(w.setRetention(feedId, 0, 1));
        const Feed after = store.feed(feedId).value().value();
        QCOMPARE(after.total, 1);
        QCOMPARE(after.retentionItems, 1);
        QCOMPARE(w.articleModel()->rowCount(), 1);
        auto *model = qobject_cast<SourcesModel *>(w.sourcesList()->model());
        QCOMPARE(model->indexForFeed(feedId).data(SourcesModel::CountRole).toLongLong(), 1);
    }

    // Folders can be renamed and deleted; deleting one keeps its feeds, at the top level.
    void renameAndDeleteFolder()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.addFeed(m_server.url("/ledger.xml").toString(), u"Local"_s));
        QVERIFY(done.wait(20000));
        FeedStore store(m_library->database());
        const qint64 folderId = store.folders().value().first().id;
        const qint64 feedId = store.feeds().value().first().id;
        auto *model = qobject_cast<SourcesModel *>(w.sourcesList()->model());

        QVERIFY(w.renameFolder(folderId, u"Regional"_s));
        QCOMPARE(model->indexForFolder(folderId).data(SourcesModel::NameRole).toString(), u"Regional"_s);
        QCOMPARE(model->indexForFeed(feedId).parent(), model->indexForFolder(folderId));

        QVERIFY(w.deleteFolder(folderId));
        QVERIFY(!model->indexForFolder(folderId).isValid());
        const QModelIndex feed = model->indexForFeed(feedId);
        QVERIFY(feed.isValid());
        QVERIFY(feed.parent().data(SourcesModel::FolderIdRole).toLongLong() == 0);
        QCOMPARE(store.feed(feedId).value()->total, 2);
    }

    void failedFeedShowsItsError()
    {
        ui::MainWindow w(*m_library, m_repository);
        w.show();
        QSignalSpy done(w.refresher(), &ui::RefreshController::finished);
        QVERIFY(w.addFeed(m_server.url("/broken.xml").toString(), {}));
        QVERIFY(done.wait(20000));
        auto *model = qobject_cast<SourcesModel *>(w.sourcesList()->model());
        const qint64 feedId = FeedStore(m_library->database()).feeds().value().first().id;
        const QModelIndex feed = model->indexForFeed(feedId);
        QTRY_VERIFY2(feed.data(SourcesModel::ErrorRole).toString().contains(u"500"_s), qPrintable(feed.data(SourcesModel::ErrorRole).toString()));
        QVERIFY(feed.data(Qt::ToolTipRole).toString().contains(u"500"_s));
        // A second subscription to the same address is refused with a message, not a crash.
        FeedStore feeds(m_library->database());
        QVERIFY(!feeds.addFeed(m_server.url("/broken.xml").toString()).ok());
    }
};

QTEST_MAIN(TestFeedsUi)
#include "tst_feedsui.moc"
