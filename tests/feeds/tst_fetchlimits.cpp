// FeedFetcher's limits against a real local HTTP server: the deadline, the size limit (declared and
// undeclared, compressed or not), bounded parallelism and cancel(). No assertion on wall-clock time
// beyond what a stalled server makes unavoidable.
#include "TestHttpServer.h"
#include "feeds/Fetcher.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace gloss;
using gloss::test::TestHttpServer;
using Response = TestHttpServer::Response;

class TestFetchLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> server;

    FetchRequest requestFor(const QByteArray &path, qint64 feedId = 1) const
    {
        FetchRequest request;
        request.feedId = feedId;
        request.url = server->url(path);
        return request;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The server is local: a proxy from the environment must not stand in between.
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
    }

    void init()
    {
        server = std::make_unique<TestHttpServer>();
        QVERIFY(server->isListening());
    }

    void stalledServerTimesOut()
    {
        Response stall;
        stall.stall = true;
        server->route("/stall", stall);
        FetchOptions options;
        options.timeoutMs = 500;
        const FetchResult r = fetchBlocking(requestFor("/stall"), options);
        QCOMPARE(r.error, QStringLiteral("timed out after 0.5 s"));
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(server->requestCount("/stall"), 1);
    }

    void slowAnswerWithinTheDeadlineArrives()
    {
        Response slow(200, "<rss/>");
        slow.delayMs = 100;
        server->route("/slow", slow);
        FetchOptions options;
        options.timeoutMs = 20000;
        const FetchResult r = fetchBlocking(requestFor("/slow"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("<rss/>"));
    }

    void oversizedBodyIsAborted_data()
    {
        QTest::addColumn<bool>("chunked");  // chunked: no Content-Length, caught while downloading
        QTest::addColumn<bool>("gzip");     // gzip: small on the wire, the limit counts decompressed
        QTest::newRow("content-length") << false << false;
        QTest::newRow("chunked") << true << false;
        QTest::newRow("gzip") << false << true;
        QTest::newRow("gzip chunked") << true << true;
    }
    void oversizedBodyIsAborted()
    {
        QFETCH(bool, chunked);
        QFETCH(bool, gzip);
        Response big(200, QByteArray(2 * 1024 * 1024, 'x'));
        big.chunked = chunked;
        big.gzip = gzip;
        server->route("/big", big);
        FetchOptions options;
        options.maxBytes = 1024 * 1024;
        // A generous deadline: the fetch must end on the size limit, long before it.
        options.timeoutMs = 60000;
        const FetchResult r = fetchBlocking(requestFor("/big"), options);
        QCOMPARE(r.error, QStringLiteral("larger than the 1 MB limit"));
        QCOMPARE(r.httpStatus, 200);  // the answer began; its body was refused
        QVERIFY(r.body.isEmpty());
    }

    void bodyAtTheLimitIsAccepted()
    {
        server->route("/exact", {200, QByteArray(64 * 1024, 'y')});
        FetchOptions options;
        options.maxBytes = 64 * 1024;
        const FetchResult r = fetchBlocking(requestFor("/exact"), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body.size(), 64 * 1024);
    }

    void parallelismIsBounded()
    {
        Response slow(200, "<rss/>");
        slow.delayMs = 50;  // keeps requests overlapping at the server
        server->route("/feed", slow);
        FetchOptions options;
        options.maxParallel = 3;
        FeedFetcher fetcher(options);
        QList<FetchRequest> requests;
        for (int i = 0; i < 20; ++i)
            requests.append(requestFor("/feed?n=" + QByteArray::number(i), i));
        int ok = 0;
        connect(&fetcher, &FeedFetcher::fetched, this, [&ok](const FetchResult &r) { ok += r.ok(); });
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.fetch(requests);
        QVERIFY(finished.wait(30000));
        QCOMPARE(ok, 20);
        QCOMPARE(server->requestCount(), 20);
        QVERIFY2(server->maxConcurrentRequests() <= 3, qPrintable(QString::number(server->maxConcurrentRequests())));
        QVERIFY(server->maxConcurrentRequests() >= 2);  // the test did overlap requests
    }

    void cancelReportsEveryUnfinishedRequest()
    {
        Response stall;
        stall.stall = true;
        server->route("/stall", stall);
        FetchOptions options;
        options.maxParallel = 2;
        FeedFetcher fetcher(options);
        QList<FetchResult> results;
        connect(&fetcher, &FeedFetcher::fetched, this, [&results](const FetchResult &r) { results.append(r); });
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        QList<FetchRequest> requests;
        for (int i = 0; i < 10; ++i)
            requests.append(requestFor("/stall", i));
        fetcher.fetch(requests);
        QTRY_COMPARE(server->requestCount(), 2);

        fetcher.cancel();
        // Reported before cancel() returns: in-flight and queued alike.
        QCOMPARE(results.size(), 10);
        for (const FetchResult &r : std::as_const(results))
            QCOMPARE(r.error, QStringLiteral("cancelled"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!fetcher.isBusy());
        QTest::qWait(100);  // nothing queued may start afterwards
        QCOMPARE(server->requestCount(), 2);
        QCOMPARE(finished.size(), 1);

        // The fetcher is usable again.
        results.clear();
        server->route("/ok", {200, "<rss/>"});
        fetcher.fetch({requestFor("/ok")});
        QVERIFY(finished.wait(10000));
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.constFirst().ok(), qPrintable(results.constFirst().error));
    }

    void cancelBeforeTheLoopRunsSendsNothing()
    {
        server->route("/ok", {200, "<rss/>"});
        FeedFetcher fetcher;
        int reported = 0;
        connect(&fetcher, &FeedFetcher::fetched, this, [&reported] { ++reported; });
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        fetcher.fetch({requestFor("/ok"), requestFor("/ok")});
        fetcher.cancel();
        QCOMPARE(reported, 2);
        QCOMPARE(finished.size(), 1);
        QTest::qWait(100);
        QCOMPARE(server->requestCount(), 0);
        QCOMPARE(finished.size(), 1);
    }

    void destroyingABusyFetcherIsSafe()
    {
        Response stall;
        stall.stall = true;
        server->route("/stall", stall);
        auto fetcher = std::make_unique<FeedFetcher>();
        fetcher->fetch({requestFor("/stall"), requestFor("/stall")});
        QTRY_COMPARE(server->requestCount(), 2);
        fetcher.reset();
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestFetchLimits)
#include "tst_fetchlimits.moc"
