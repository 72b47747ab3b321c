// FeedFetcher end to end against a real local HTTP server: what arrives, what is sent, redirects,
// compression, HTTP and transport errors. Limits (time, size, parallelism, cancel) are in
// tst_fetchlimits.cpp.
#include "TestHttpServer.h"
#include "feeds/Fetcher.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace gloss;
using gloss::test::TestHttpServer;
using Response = TestHttpServer::Response;

class TestFetch : public QObject
{
    Q_OBJECT

private:
    FetchResult fetch(const QByteArray &path, const QString &etag = {}, const QString &lastModified = {})
    {
        FetchRequest request;
        request.feedId = 7;
        request.url = server->url(path);
        request.etag = etag;
        request.lastModified = lastModified;
        return fetchBlocking(request);
    }
    static Response redirect(int status, const QByteArray &location)
    {
        return Response(status, {}, {{"Location", location}});
    }

    std::unique_ptr<TestHttpServer> server;

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

    void okBodyAndValidators()
    {
        server->route("/feed.xml", {200, "<rss version=\"2.0\"/>",
                                    {{"ETag", "\"v1\""},
                                     {"Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"},
                                     {"Content-Type", "application/rss+xml; charset=utf-8"}}});
        const FetchResult r = fetch("/feed.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feedId, qint64(7));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.body, QByteArray("<rss version=\"2.0\"/>"));
        QCOMPARE(r.etag, QStringLiteral("\"v1\""));
        QCOMPARE(r.lastModified, QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT"));
        QCOMPARE(r.contentType, QStringLiteral("application/rss+xml; charset=utf-8"));
        QCOMPARE(r.requestedUrl, server->url("/feed.xml"));
        QCOMPARE(r.finalUrl, server->url("/feed.xml"));
        QVERIFY(r.permanentUrl.isEmpty());
        QVERIFY(!r.notModified);

        QCOMPARE(server->requestCount("/feed.xml"), 1);
        const TestHttpServer::Request sent = server->requests().constFirst();
        QCOMPARE(sent.method, QByteArray("GET"));
        QCOMPARE(sent.header("user-agent"), QByteArray("Gloss/0.1 (+https://gloss.invalid)"));
        QVERIFY(sent.header("accept").contains("application/atom+xml"));
        QVERIFY(sent.header("if-none-match").isEmpty());
        QVERIFY(sent.header("if-modified-since").isEmpty());
    }

    void conditionalGetNotModified()
    {
        server->route("/feed.xml", [](const TestHttpServer::Request &r) {
            if (r.header("if-none-match") == "\"v1\"")
                return Response(304, {}, {{"ETag", "\"v1\""}});
            return Response(200, "<rss/>", {{"ETag", "\"v1\""}});
        });
        const QString since = QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT");
        const FetchResult r = fetch("/feed.xml", QStringLiteral("\"v1\""), since);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.notModified);
        QCOMPARE(r.httpStatus, 304);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.etag, QStringLiteral("\"v1\""));
        QCOMPARE(r.lastModified, since);  // not re-sent by the server: the request's is kept

        const TestHttpServer::Request sent = server->requests().constFirst();
        QCOMPARE(sent.header("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(sent.header("if-modified-since"), since.toLatin1());
    }

    void redirectFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
        QTest::newRow("303") << 303 << false;
        QTest::newRow("307") << 307 << false;
    }
    void redirectFollowed()
    {
        QFETCH(int, status);
        QFETCH(bool, permanent);
        server->route("/old", redirect(status, "/new"));  // relative Location, resolved
        server->route("/new", {200, "<feed/>"});
        const FetchResult r = fetch("/old");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("<feed/>"));
        QCOMPARE(r.requestedUrl, server->url("/old"));
        QCOMPARE(r.finalUrl, server->url("/new"));
        QCOMPARE(r.permanentUrl, permanent ? server->url("/new") : QUrl());
        QCOMPARE(server->requestCount("/old"), 1);
        QCOMPARE(server->requestCount("/new"), 1);
    }

    void permanentOnlyFromAnUnbrokenRun()
    {
        server->route("/a", redirect(301, server->url("/b").toEncoded()));  // absolute Location
        server->route("/b", redirect(302, "/c"));
        server->route("/c", {200, "<feed/>"});
        FetchResult r = fetch("/a");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.permanentUrl, server->url("/b"));
        QCOMPARE(r.finalUrl, server->url("/c"));

        server->route("/x", redirect(302, "/y"));
        server->route("/y", redirect(301, "/c"));
        r = fetch("/x");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.permanentUrl.isEmpty());
        QCOMPARE(r.finalUrl, server->url("/c"));
    }

    void permanentRedirectToAFailureIsNotReported()
    {
        server->route("/moved", redirect(301, "/missing"));
        const FetchResult r = fetch("/moved");
        QCOMPARE(r.error, QStringLiteral("HTTP 404 Not Found"));
        QVERIFY(r.permanentUrl.isEmpty());
    }

    void redirectLoop()
    {
        server->route("/loop-a", redirect(302, "/loop-b"));
        server->route("/loop-b", redirect(301, "/loop-a"));
        const FetchResult r = fetch("/loop-a");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QLatin1String("redirect loop")), qPrintable(r.error));
        QVERIFY(r.permanentUrl.isEmpty());
        QCOMPARE(server->requestCount(), 2);
    }

    void tooManyRedirects()
    {
        for (int i = 0; i < 8; ++i)
            server->route("/r" + QByteArray::number(i), redirect(302, "/r" + QByteArray::number(i + 1)));
        const FetchResult r = fetch("/r0");
        QCOMPARE(r.error, QStringLiteral("too many redirects (more than 5)"));
        QCOMPARE(server->requestCount(), 6);  // the request and 5 followed hops

        // Exactly 5 hops are fine.
        server->route("/r5", {200, "<feed/>"});
        QVERIFY(fetch("/r0").ok());
    }

    void redirectToAnotherSchemeIsRefused()
    {
        server->route("/evil", redirect(302, "file:///etc/passwd"));
        const FetchResult r = fetch("/evil");
        QVERIFY2(r.error.contains(QLatin1String("unsupported URL")), qPrintable(r.error));
        QVERIFY(r.body.isEmpty());
    }

    void gzipBodyArrivesDecompressed_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::newRow("content-length") << false;
        QTest::newRow("chunked") << true;
    }
    void gzipBodyArrivesDecompressed()
    {
        QFETCH(bool, chunked);
        QByteArray xml = "<rss><channel>";
        for (int i = 0; i < 2000; ++i)
            xml += "<item><title>Story " + QByteArray::number(i) + "</title></item>";
        xml += "</channel></rss>";
        Response response(200, xml, {{"Content-Type", "application/rss+xml"}});
        response.gzip = true;
        response.chunked = chunked;
        server->route("/feed.xml", response);
        QVERIFY(TestHttpServer::gzip(xml).size() < xml.size() / 4);  // really compressed on the wire

        const FetchResult r = fetch("/feed.xml");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body.size(), xml.size());
        QCOMPARE(r.body, xml);
        QVERIFY(server->requests().constFirst().header("accept-encoding").contains("gzip"));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("404") << 404 << QStringLiteral("HTTP 404 Not Found");
        QTest::newRow("410") << 410 << QStringLiteral("HTTP 410 Gone");
        QTest::newRow("500") << 500 << QStringLiteral("HTTP 500 Internal Server Error");
        QTest::newRow("503") << 503 << QStringLiteral("HTTP 503 Service Unavailable");
    }
    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, error);
        server->route("/feed.xml", {status, "<html>oops</html>"});
        const FetchResult r = fetch("/feed.xml", QStringLiteral("\"old\""));
        QCOMPARE(r.error, error);
        QCOMPARE(r.httpStatus, status);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.etag, QStringLiteral("\"old\""));  // validators survive a failed fetch
    }

    void bodyThatIsNotAFeedStillFetches()
    {
        server->route("/page", {200, "<!doctype html><p>Not a feed</p>", {{"Content-Type", "text/html"}}});
        const FetchResult r = fetch("/page");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.body, QByteArray("<!doctype html><p>Not a feed</p>"));
        QCOMPARE(r.contentType, QStringLiteral("text/html"));
    }

    void nonHttpUrlFailsWithoutARequest_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/feed.xml"));
        QTest::newRow("mailto") << QUrl(QStringLiteral("mailto:someone@example.org"));
        QTest::newRow("no host") << QUrl(QStringLiteral("http://"));
        QTest::newRow("empty") << QUrl();
    }
    void nonHttpUrlFailsWithoutARequest()
    {
        QFETCH(QUrl, url);
        FetchRequest request;
        request.url = url;
        const FetchResult r = fetchBlocking(request);
        QVERIFY(r.error.startsWith(QLatin1String("not an http or https URL")));
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(server->requestCount(), 0);
    }

    void connectionRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        FetchRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port));
        const FetchResult r = fetchBlocking(request);
        QVERIFY(!r.ok());
        QCOMPARE(r.httpStatus, 0);
        qDebug() << "connection refused reads:" << r.error;
    }

    void signalsForABatch()
    {
        server->route("/a", {200, "a"});
        server->route("/b", {404});
        FeedFetcher fetcher;
        QList<FetchResult> results;
        QList<std::pair<int, int>> progress;
        connect(&fetcher, &FeedFetcher::fetched, this, [&](const FetchResult &r) { results.append(r); });
        connect(&fetcher, &FeedFetcher::progress, this, [&](int done, int total) { progress.append({done, total}); });
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);

        QList<FetchRequest> requests(3);
        requests[0].feedId = 1;
        requests[0].url = server->url("/a");
        requests[1].feedId = 2;
        requests[1].url = server->url("/b");
        requests[2].feedId = 3;
        requests[2].url = QUrl(QStringLiteral("file:///x"));
        fetcher.fetch(requests);
        QVERIFY(results.isEmpty());  // nothing is emitted from inside fetch()
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(results.size(), 3);
        QList<qint64> ids;
        for (const FetchResult &r : std::as_const(results))
            ids.append(r.feedId);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{1, 2, 3}));
        QCOMPARE(progress.constFirst(), std::make_pair(0, 3));
        QCOMPARE(progress.constLast(), std::make_pair(3, 3));
        QCOMPARE(progress.size(), 4);
        QVERIFY(!fetcher.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
