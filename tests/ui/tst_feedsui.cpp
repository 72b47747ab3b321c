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

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        QCOMPARE(feed.data(SourcesModel::CountRole).toLongLong(), 2);
        QCOMPARE(feed.data().toString(), u"Valley Ledger (2)"_s);

        w.sourcesList()->setCurrentIndex(feed);
        QCOMPARE(w.articleModel()->rowCount(), 2);
        w.selectArticleRow(0);
        QCOMPARE(w.reader()->title(), u"Council votes"_s);
        QTRY_COMPARE(model->indexForFeed(feedId).data(SourcesModel::CountRole).toLongLong(), 1);
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
        QVERIFY2(feed.data(SourcesModel::ErrorRole).toString().contains(u"500"_s), qPrintable(feed.data(SourcesModel::ErrorRole).toString()));
        QVERIFY(feed.data(Qt::ToolTipRole).toString().contains(u"500"_s));
        // A second subscription to the same address is refused with a message, not a crash.
        FeedStore feeds(m_library->database());
        QVERIFY(!feeds.addFeed(m_server.url("/broken.xml").toString()).ok());
    }
};

QTEST_MAIN(TestFeedsUi)
#include "tst_feedsui.moc"
