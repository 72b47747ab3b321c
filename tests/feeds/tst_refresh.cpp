// Refreshing feeds end to end: a real HTTP server on 127.0.0.1, a real library file, the Refresher
// fetching, parsing and writing. New items, 304s with stored validators, an edited story becoming a
// new revision with its annotation re-anchored, errors recorded per feed, a permanent redirect.
#include "TestHttpServer.h"

#include "feeds/RefreshItems.h"
#include "feeds/Refresher.h"

#include "annotation/AnnotationStore.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;
using gloss::test::TestHttpServer;

namespace {
QByteArray rss(const QList<std::pair<QString, QString>> &items)
{
    QByteArray xml = "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Harbour News</title>"
                     "<link>https://example.org/</link>";
    int n = 0;
    for (const auto &[title, body] : items) {
        ++n;
        const QByteArray number = QByteArray::number(n);
        xml += "<item><guid>item-" + number + "</guid><title>" + title.toUtf8() + "</title>"
               "<link>https://example.org/" + number + "</link>"
               "<pubDate>Tue, 0" + number + " Jul 2024 10:00:00 GMT</pubDate>"
               "<description><![CDATA[<p>" + body.toUtf8() + "</p>]]></description></item>";
    }
    return xml + "</channel></rss>";
}

const QString QuoteBody = u"\"We will build the tram,\" the mayor said. Residents were divided."_s;
} // namespace

class TestRefresh : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_path;

    QList<FeedRefreshResult> refresh(const QList<qint64> &ids = {})
    {
        Refresher refresher(m_path);
        QSignalSpy done(&refresher, &Refresher::finished);
        refresher.refresh(ids);
        if (done.isEmpty() && !done.wait(20000))
            return {};
        return done.first().first().value<QList<FeedRefreshResult>>();
    }

    Database &db() { return m_library->database(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(u"lib.sqlite"_s);
        auto lib = Library::open(m_path);
        QVERIFY2(lib.ok(), qPrintable(lib.error()));
        m_library = std::move(*lib);
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
    }

    void newItemsThenNotModified()
    {
        m_server->route("/feed.xml", [](const TestHttpServer::Request &request) {
            if (request.header("if-none-match") == "\"v1\"")
                return TestHttpServer::Response(304);
            return TestHttpServer::Response(200, rss({{u"Tram vote"_s, QuoteBody}, {u"Drought"_s, u"Farmers share water."_s}}),
                                  {{"Content-Type", "application/rss+xml"}, {"ETag", "\"v1\""}});
        });
        const qint64 feed = FeedStore(db()).addFeed(m_server->url("/feed.xml").toString()).value();
        auto results = refresh();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, u"updated"_s);
        QCOMPARE(results.first().added, 2);
        QCOMPARE(results.first().title, u"Harbour News"_s);
        const Feed stored = FeedStore(db()).feed(feed).value().value();
        QCOMPARE(stored.etag, u"\"v1\""_s);
        QCOMPARE(stored.title, u"Harbour News"_s);
        QCOMPARE(stored.format, u"rss2"_s);
        QCOMPARE(stored.total, 2);
        const auto articles = ArticleStore(db()).page(ArticleQuery::forFeed(feed), std::nullopt, 10).value();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles.first().source, u"Harbour News"_s);

        results = refresh();
        QCOMPARE(results.first().status, u"not-modified"_s);
        QCOMPARE(m_server->requests().last().header("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(FeedStore(db()).feed(feed).value()->total, 2);
    }

    // A retention rule removes the oldest items; later refreshes of the same feed neither add them
    // back nor count them as new. Once the feed stops listing an item, the library forgets it.
    void retentionRemovedItemsStayRemoved()
    {
        QByteArray body = rss({{u"One"_s, u"a"_s}, {u"Two"_s, u"b"_s}, {u"Three"_s, u"c"_s}, {u"Four"_s, u"d"_s}});
        m_server->route("/feed.xml", [&body](const TestHttpServer::Request &) {
            return TestHttpServer::Response(200, body, {{"Content-Type", "application/rss+xml"}});
        });
        FeedStore feeds(db());
        const qint64 feed = feeds.addFeed(m_server->url("/feed.xml").toString()).value();
        QVERIFY(feeds.setRetention(feed, 0, 2).ok());

        auto results = refresh();
        QCOMPARE(results.first().added, 4);
        QCOMPARE(results.first().removed, 2);
        QCOMPARE(feeds.feed(feed).value()->total, 2);

        results = refresh();
        QCOMPARE(results.first().status, u"updated"_s);
        QCOMPARE(results.first().added, 0);
        QCOMPARE(results.first().removed, 0);
        QCOMPARE(results.first().unchanged, 4);
        QCOMPARE(feeds.feed(feed).value()->total, 2);
        QCOMPARE(db().queryInt(u"SELECT count(*) FROM removed_feed_items"_s), 2);

        // The feed drops its two oldest items: the library forgets them.
        body = rss({{u"One"_s, u"a"_s}, {u"Two"_s, u"b"_s}}).replace("item-1", "item-3").replace("item-2", "item-4");
        results = refresh();
        QCOMPARE(results.first().added, 0);
        QCOMPARE(db().queryInt(u"SELECT count(*) FROM removed_feed_items"_s), 0);
    }

    // More feeds than the refresher's window, one answering and the others stalled: cancelling
    // reports every feed not yet done (in flight or never started) as cancelled and ends the
    // refresh at once, with what was written kept. (How many feeds are in flight cannot be seen
    // from here: QNetworkAccessManager opens at most six connections to one host anyway.)
    void boundedAndCancellable()
    {
        m_server->route("/fast.xml", TestHttpServer::Response(200, rss({{u"Quick"_s, u"q"_s}}), {{"Content-Type", "application/rss+xml"}}));
        TestHttpServer::Response stalled;
        stalled.stall = true;
        FeedStore feeds(db());
        const qint64 fast = feeds.addFeed(m_server->url("/fast.xml").toString()).value();
        const int slowFeeds = Refresher::window() + 5;
        for (int i = 0; i < slowFeeds; ++i) {
            const QByteArray path = "/slow-" + QByteArray::number(i) + ".xml";
            m_server->route(path, stalled);
            QVERIFY(feeds.addFeed(m_server->url(path).toString()).ok());
        }
        Refresher refresher(m_path);
        QSignalSpy done(&refresher, &Refresher::finished);
        QSignalSpy each(&refresher, &Refresher::feedRefreshed);
        refresher.refresh();
        // The fast feed is written; the stalled ones keep the refresh going.
        QTRY_VERIFY_WITH_TIMEOUT(!each.isEmpty(), 10000);
        QTest::qWait(300);
        QVERIFY(done.isEmpty());
        refresher.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toBool(), true);
        const auto results = done.first().first().value<QList<FeedRefreshResult>>();
        QCOMPARE(results.size(), 1 + slowFeeds);
        int cancelled = 0;
        for (const FeedRefreshResult &r : results)
            cancelled += r.error == u"cancelled"_s ? 1 : 0;
        QCOMPARE(cancelled, slowFeeds);
        QCOMPARE(feeds.feed(fast).value()->total, 1);
    }

    void editedStoryBecomesRevisionAndAnnotationFollows()
    {
        QByteArray body = rss({{u"Tram vote"_s, QuoteBody}});
        m_server->route("/feed.xml", [&body](const TestHttpServer::Request &) { return TestHttpServer::Response(200, body); });
        const qint64 feed = FeedStore(db()).addFeed(m_server->url("/feed.xml").toString()).value();
        QCOMPARE(refresh().first().added, 1);
        const Article article = ArticleStore(db()).article(
            ArticleStore(db()).page(ArticleQuery::forFeed(feed), std::nullopt, 1).value().first().id).value().value();
        const QString quote = u"We will build the tram,"_s;
        Annotation a;
        a.articleId = article.id;
        const int start = int(article.text.indexOf(quote));
        a.selectors = captureSelectors(article.text, start, start + int(quote.size()));
        const qint64 annotation = AnnotationStore(db()).create(a).value();

        body = rss({{u"Tram vote"_s, u"Correction appended. "_s + QuoteBody}});
        const auto results = refresh();
        QCOMPARE(results.first().updated, 1);
        QCOMPARE(results.first().added, 0);
        const Article revised = ArticleStore(db()).article(article.id).value().value();
        QCOMPARE(revised.revision, 2);
        const Annotation moved = AnnotationStore(db()).annotation(annotation).value().value();
        QCOMPARE(moved.status, AnchorStatus::Anchored);
        QCOMPARE(revised.text.mid(moved.start(), moved.end() - moved.start()), quote);
        QVERIFY(moved.start() > start);
    }

    void errorsAreRecordedPerFeed()
    {
        m_server->route("/ok.xml", TestHttpServer::Response(200, rss({{u"Fine"_s, u"Body."_s}})));
        m_server->route("/missing.xml", TestHttpServer::Response(404, "gone"));
        m_server->route("/notafeed.xml", TestHttpServer::Response(200, "<html><body>Just a page</body></html>", {{"Content-Type", "text/html"}}));
        FeedStore feeds(db());
        const qint64 ok = feeds.addFeed(m_server->url("/ok.xml").toString()).value();
        const qint64 missing = feeds.addFeed(m_server->url("/missing.xml").toString()).value();
        const qint64 notFeed = feeds.addFeed(m_server->url("/notafeed.xml").toString()).value();
        const auto results = refresh();
        QCOMPARE(results.size(), 3);
        for (const FeedRefreshResult &r : results) {
            if (r.feedId == ok) {
                QCOMPARE(r.status, u"updated"_s);
            } else {
                QCOMPARE(r.status, u"error"_s);
                QVERIFY(!r.error.isEmpty());
            }
        }
        QVERIFY2(feeds.feed(missing).value()->lastError.contains(u"404"_s), qPrintable(feeds.feed(missing).value()->lastError));
        QVERIFY(!feeds.feed(notFeed).value()->lastError.isEmpty());
        QVERIFY(feeds.feed(ok).value()->lastError.isEmpty());
        QCOMPARE(feeds.feed(notFeed).value()->total, 0);
    }

    // Feeds are written several to a transaction (RefreshBatch): one whose items cannot be saved fails
    // with the database's message, recorded with the feed, and every other feed is stored whole.
    void aFeedThatCannotBeSavedFailsAlone()
    {
        QVERIFY(db().execute(u"CREATE TRIGGER refuse_poison BEFORE INSERT ON articles WHEN NEW.title = 'Poison' "
                             "BEGIN SELECT RAISE(ABORT, 'poisoned item refused'); END"_s));
        QList<qint64> good;
        FeedStore feeds(db());
        for (int i = 0; i < 4; ++i) {
            const QByteArray path = "/good-" + QByteArray::number(i) + ".xml";
            m_server->route(path, TestHttpServer::Response(200, rss({{u"Fine %1"_s.arg(i), u"Body."_s}, {u"Also fine"_s, u"More."_s}})));
            good << feeds.addFeed(m_server->url(path).toString()).value();
        }
        m_server->route("/poison.xml", TestHttpServer::Response(200, rss({{u"Harmless"_s, u"Body."_s}, {u"Poison"_s, u"Bad."_s}})));
        const qint64 poison = feeds.addFeed(m_server->url("/poison.xml").toString()).value();
        const auto results = refresh();
        QCOMPARE(results.size(), 5);
        for (const FeedRefreshResult &r : results) {
            if (r.feedId == poison) {
                QCOMPARE(r.status, u"error"_s);
                QVERIFY2(r.error.contains(u"poisoned item refused"_s), qPrintable(r.error));
                QCOMPARE(r.added, 0);
            } else {
                QCOMPARE(r.status, u"updated"_s);
                QCOMPARE(r.added, 2);
            }
        }
        QVERIFY2(feeds.feed(poison).value()->lastError.contains(u"poisoned item refused"_s), qPrintable(feeds.feed(poison).value()->lastError));
        QCOMPARE(feeds.feed(poison).value()->total, 0);   // not even the harmless item: a feed is whole or not at all
        for (const qint64 id : good) {
            QCOMPARE(feeds.feed(id).value()->total, 2);
            QVERIFY(feeds.feed(id).value()->lastError.isEmpty());
        }
    }

    // An absurd feed is stored in part, with a message for that feed; the other feeds are untouched.
    void limitsLeaveItemsOutWithAMessage()
    {
        QList<std::pair<QString, QString>> many;
        for (int i = 0; i < MaxItemsPerFeed + 7; ++i)
            many.append({u"Item %1"_s.arg(i), u"Short body %1."_s.arg(i)});
        QList<std::pair<QString, QString>> huge{{u"Small"_s, u"Fine."_s},
                                                {u"Enormous"_s, QString(MaxItemChars + 10, u'x')},
                                                {u"Also enormous"_s, QString(MaxItemChars + 10, u'y')}};
        m_server->route("/many.xml", TestHttpServer::Response(200, rss(many)));
        m_server->route("/huge.xml", TestHttpServer::Response(200, rss(huge)));
        m_server->route("/ok.xml", TestHttpServer::Response(200, rss({{u"Fine"_s, u"Body."_s}})));
        FeedStore feeds(db());
        const qint64 manyId = feeds.addFeed(m_server->url("/many.xml").toString()).value();
        const qint64 hugeId = feeds.addFeed(m_server->url("/huge.xml").toString()).value();
        const qint64 okId = feeds.addFeed(m_server->url("/ok.xml").toString()).value();
        const auto results = refresh();
        QCOMPARE(results.size(), 3);
        for (const FeedRefreshResult &r : results) {
            QCOMPARE(r.status, u"updated"_s);
            if (r.feedId == manyId) {
                QCOMPARE(r.added, MaxItemsPerFeed);
                QCOMPARE(r.warnings, QStringList{u"the feed lists %1 items; only the first %2 were read"_s.arg(MaxItemsPerFeed + 7).arg(MaxItemsPerFeed)});
            } else if (r.feedId == hugeId) {
                QCOMPARE(r.added, 1);
                QCOMPARE(r.warnings.size(), 2);
                QVERIFY2(r.warnings.first().contains(u"\u201cEnormous\u201d is larger than 4 MiB"_s), qPrintable(r.warnings.first()));
                QCOMPARE(r.warnings.last(), u"1 more items over the limit were left out"_s);
            } else {
                QCOMPARE(r.feedId, okId);
                QVERIFY(r.warnings.isEmpty());
            }
        }
        // The message stays with the feed for the sources pane; the sound feed has none.
        QVERIFY2(feeds.feed(manyId).value()->lastError.contains(u"only the first 5000"_s), qPrintable(feeds.feed(manyId).value()->lastError));
        QVERIFY(feeds.feed(hugeId).value()->lastError.contains(u"left out"_s));
        QVERIFY(feeds.feed(okId).value()->lastError.isEmpty());
        QCOMPARE(feeds.feed(manyId).value()->total, MaxItemsPerFeed);
        // Stored in part is still a good fetch: the feed's details were recorded with the message.
        QCOMPARE(feeds.feed(manyId).value()->title, u"Harbour News"_s);
        QCOMPARE(feeds.feed(manyId).value()->format, u"rss2"_s);
    }

    void permanentRedirectUpdatesTheUrl()
    {
        m_server->route("/old.xml", TestHttpServer::Response(301, {}, {{"Location", m_server->url("/new.xml").toString().toUtf8()}}));
        m_server->route("/new.xml", TestHttpServer::Response(200, rss({{u"Moved"_s, u"Body."_s}})));
        const qint64 feed = FeedStore(db()).addFeed(m_server->url("/old.xml").toString()).value();
        QCOMPARE(refresh().first().status, u"updated"_s);
        QCOMPARE(FeedStore(db()).feed(feed).value()->url, m_server->url("/new.xml").toString());
    }

    void aPageAddressFindsItsFeed()
    {
        m_server->route("/site/", TestHttpServer::Response(200,
            "<!DOCTYPE html><html><head><title>Harbour</title>"
            "<link rel='stylesheet' href='/s.css'>"
            "<link type=\"application/rss+xml\" rel=\"alternate\" title=\"News\" href=\"../news.xml\">"
            "</head><body><p>Welcome</p></body></html>", {{"Content-Type", "text/html; charset=utf-8"}}));
        m_server->route("/news.xml", TestHttpServer::Response(200, rss({{u"Found"_s, u"Via discovery."_s}})));
        const qint64 feed = FeedStore(db()).addFeed(m_server->url("/site/").toString()).value();
        const auto results = refresh();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, u"updated"_s);
        QCOMPARE(results.first().added, 1);
        QCOMPARE(FeedStore(db()).feed(feed).value()->url, m_server->url("/news.xml").toString());
    }

    void aPageWithoutFeedsIsAnError()
    {
        m_server->route("/plain/", TestHttpServer::Response(200, "<html><body>No feeds here</body></html>", {{"Content-Type", "text/html"}}));
        const qint64 feed = FeedStore(db()).addFeed(m_server->url("/plain/").toString()).value();
        QCOMPARE(refresh().first().status, u"error"_s);
        QVERIFY(!FeedStore(db()).feed(feed).value()->lastError.isEmpty());
    }

    void refreshOneFeedOnly()
    {
        m_server->route("/a.xml", TestHttpServer::Response(200, rss({{u"A"_s, u"a."_s}})));
        m_server->route("/b.xml", TestHttpServer::Response(200, rss({{u"B"_s, u"b."_s}})));
        const qint64 a = FeedStore(db()).addFeed(m_server->url("/a.xml").toString()).value();
        FeedStore(db()).addFeed(m_server->url("/b.xml").toString()).value();
        const auto results = refresh({a});
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().feedId, a);
        QCOMPARE(m_server->requestCount("/b.xml"), 0);
    }
};

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
