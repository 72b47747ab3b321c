// The subscription verbs of the `gloss` command line (feeds add/list/remove/import-opml/export-opml,
// refresh), run as a separate process against a library in a temporary folder and, for refresh, a
// real HTTP server on 127.0.0.1 in this process. The server answers from this process's event loop,
// so the child is awaited with QSignalSpy::wait (which spins the loop), never a blocking wait.
#include "GlossProcess.h"

#include "TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gloss::test::TestHttpServer;

namespace {

QByteArray rss(const QString &title, int items)
{
    QByteArray xml = "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>" + title.toUtf8()
                     + "</title><link>https://example.org/</link>";
    for (int n = 1; n <= items; ++n) {
        const QByteArray number = QByteArray::number(n);
        xml += "<item><guid>" + title.toUtf8() + "-" + number + "</guid><title>Story " + number + "</title>"
               "<link>https://example.org/" + number + "</link>"
               "<pubDate>Tue, 0" + number + " Jul 2024 10:00:00 GMT</pubDate>"
               "<description><![CDATA[<p>Body of story " + number + ".</p>]]></description></item>";
    }
    return xml + "</channel></rss>";
}

// Serves `body` with an ETag and answers a request that presents it with 304.
TestHttpServer::Handler withETag(const QByteArray &body, const QByteArray &etag)
{
    return [body, etag](const TestHttpServer::Request &request) {
        if (request.header("if-none-match") == etag)
            return TestHttpServer::Response(304, {}, {{"ETag", etag}});
        return TestHttpServer::Response(200, body, {{"Content-Type", "application/rss+xml"}, {"ETag", etag}});
    };
}

// A folder with two feeds, a top-level feed and an outline whose feed is not on the web.
const QByteArray SmallOpml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<opml version=\"2.0\">\n"
    "  <head><title>Mine</title></head>\n"
    "  <body>\n"
    "    <outline text=\"Tech\" title=\"Tech\">\n"
    "      <outline text=\"Alpha\" title=\"Alpha\" type=\"rss\" xmlUrl=\"https://alpha.example/feed.xml\" htmlUrl=\"https://alpha.example/\"/>\n"
    "      <outline text=\"Beta\" title=\"Beta\" type=\"rss\" xmlUrl=\"https://beta.example/rss\"/>\n"
    "    </outline>\n"
    "    <outline text=\"Gamma\" type=\"rss\" xmlUrl=\"https://gamma.example/atom.xml\"/>\n"
    "    <outline text=\"Not a feed\" type=\"rss\" xmlUrl=\"ftp://files.example/feed\"/>\n"
    "  </body>\n"
    "</opml>\n";

const QStringList FeedKeys{u"folder"_s, u"id"_s, u"keep_days"_s, u"keep_items"_s, u"last_error"_s, u"title"_s, u"unread"_s, u"url"_s};
const QStringList RefreshKeys{u"error"_s, u"id"_s, u"new"_s, u"status"_s, u"title"_s, u"unchanged"_s, u"updated"_s, u"url"_s, u"warnings"_s};

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliFeeds : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    QString m_library;

    Run gloss(const QStringList &args, const QString &library = {})
    {
        return runGloss(library.isEmpty() ? m_library : library, args);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(*m_dir, name, bytes);
    }

    QJsonArray feeds(const QString &library = {})
    {
        const Run r = gloss({u"feeds"_s, u"list"_s, u"--json"_s}, library);
        if (r.exitCode != 0)
            qWarning() << "feeds list failed:" << r.err;
        return r.json().array();
    }

    qint64 addFeed(const QString &url, const QStringList &options = {})
    {
        const Run r = gloss(QStringList{u"feeds"_s, u"add"_s, url} + options);
        if (r.exitCode != 0)
            qWarning() << "feeds add failed:" << r.err;
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed().toLongLong() : 0;
    }

    // {url: folder} for comparing subscription lists; folder "-" for none.
    QMap<QString, QString> urlsAndFolders(const QJsonArray &list)
    {
        QMap<QString, QString> map;
        for (const QJsonValue &v : list)
            map.insert(v[u"url"_s].toString(), v[u"folder"_s].isNull() ? u"-"_s : v[u"folder"_s].toString());
        return map;
    }

    QJsonObject byId(const QJsonArray &array, qint64 id)
    {
        for (const QJsonValue &v : array)
            if (v[u"id"_s].toInteger() == id)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(u"library.sqlite"_s);
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->isListening());
    }

    void addListRemove()
    {
        const qint64 news = addFeed(u"https://news.example/feed.xml"_s, {u"--folder"_s, u"News"_s});
        QVERIFY(news > 0);
        const Run added = gloss({u"feeds"_s, u"add"_s, u"http://blog.example/atom"_s, u"--json"_s});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(sortedKeys(added.json().object()), FeedKeys);
        const qint64 blog = added.json().object()[u"id"_s].toInteger();
        QVERIFY(blog > 0 && blog != news);

        const QJsonArray list = feeds();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list)
            QCOMPARE(sortedKeys(v.toObject()), FeedKeys);
        const QJsonObject n = byId(list, news);
        QCOMPARE(n[u"url"_s].toString(), u"https://news.example/feed.xml"_s);
        QCOMPARE(n[u"folder"_s].toString(), u"News"_s);
        QCOMPARE(n[u"unread"_s].toInteger(), 0);
        QVERIFY(n[u"last_error"_s].isNull());
        QVERIFY(byId(list, blog)[u"folder"_s].isNull());

        const Run plain = gloss({u"feeds"_s, u"list"_s});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.count('\n'), 2);
        QVERIFY(plain.out.contains("\tNews\t"));

        const Run removed = gloss({u"feeds"_s, u"remove"_s, QString::number(news)});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY2(removed.out.contains("0 articles deleted"), removed.out.constData());
        QVERIFY(removed.out.contains("kept"));
        QCOMPARE(feeds().size(), 1);

        const Run again = gloss({u"feeds"_s, u"remove"_s, QString::number(news)});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"no feed"_s), qPrintable(again.err));
        QCOMPARE(gloss({u"feeds"_s, u"remove"_s, u"abc"_s}).exitCode, 2);
    }

    void duplicateIsAnError()
    {
        QVERIFY(addFeed(u"https://news.example/feed.xml"_s) > 0);
        const Run r = gloss({u"feeds"_s, u"add"_s, u"https://news.example/feed.xml"_s, u"--folder"_s, u"Elsewhere"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"already subscribed"_s), qPrintable(r.err));
        QCOMPARE(feeds().size(), 1);
        // The refused feed left no new folder behind: an export shows none.
        const Run opml = gloss({u"feeds"_s, u"export-opml"_s, u"-"_s});
        QVERIFY(!opml.out.contains("Elsewhere"));
    }

    void badUrlIsAUsageError_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << u"ftp://files.example/feed"_s;
        QTest::newRow("no scheme") << u"news.example/feed.xml"_s;
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("words") << u"not a url"_s;
        QTest::newRow("no host") << u"https://"_s;
    }

    void badUrlIsAUsageError()
    {
        QFETCH(QString, url);
        const Run r = gloss({u"feeds"_s, u"add"_s, url});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"http"_s), qPrintable(r.err));
        QCOMPARE(feeds().size(), 0);
    }

    void importOpmlCreatesFolders()
    {
        QVERIFY(addFeed(u"https://gamma.example/atom.xml"_s) > 0);   // already there: skipped
        const Run r = gloss({u"feeds"_s, u"import-opml"_s, writeFile(u"mine.opml"_s, SmallOpml), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject counts = r.json().object();
        QCOMPARE(counts[u"added"_s].toInt(), 2);
        QCOMPARE(counts[u"already_subscribed"_s].toInt(), 1);
        QCOMPARE(counts[u"ignored"_s].toInt(), 1);
        QCOMPARE(counts[u"folders"_s].toInt(), 1);
        QVERIFY2(r.err.contains(u"ftp://files.example/feed"_s), qPrintable(r.err));

        const QJsonArray list = feeds();
        QCOMPARE(urlsAndFolders(list), (QMap<QString, QString>{{u"https://alpha.example/feed.xml"_s, u"Tech"_s},
                                                                {u"https://beta.example/rss"_s, u"Tech"_s},
                                                                {u"https://gamma.example/atom.xml"_s, u"-"_s}}));
        for (const QJsonValue &v : list)
            if (v[u"url"_s].toString() == u"https://alpha.example/feed.xml"_s)
                QCOMPARE(v[u"title"_s].toString(), u"Alpha"_s);

        // Importing again adds nothing.
        const Run again = gloss({u"feeds"_s, u"import-opml"_s, m_dir->filePath(u"mine.opml"_s)});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith("0 feeds added, 3 already subscribed"), again.out.constData());
        QCOMPARE(feeds().size(), 3);
    }

    void exportOpmlRoundTrip()
    {
        QCOMPARE(gloss({u"feeds"_s, u"import-opml"_s, writeFile(u"mine.opml"_s, SmallOpml)}).exitCode, 0);
        QVERIFY(addFeed(u"https://delta.example/feed"_s, {u"--folder"_s, u"World & Politics"_s}) > 0);
        const QString exported = m_dir->filePath(u"out/export.opml"_s);
        QVERIFY(QDir(m_dir->path()).mkpath(u"out"_s));
        const Run r = gloss({u"feeds"_s, u"export-opml"_s, exported});
        QCOMPARE(r.exitCode, 0);
        // QSaveFile leaves only the finished file behind.
        QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files), QStringList{u"export.opml"_s});
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray opml = file.readAll();
        QVERIFY(opml.contains("<opml version=\"2.0\">"));
        QVERIFY(opml.contains("World &amp; Politics"));

        const Run stdoutExport = gloss({u"feeds"_s, u"export-opml"_s, u"-"_s});
        QCOMPARE(stdoutExport.exitCode, 0);
        QVERIFY(stdoutExport.out.contains("xmlUrl=\"https://alpha.example/feed.xml\""));

        const QString fresh = m_dir->filePath(u"fresh.sqlite"_s);
        QCOMPARE(gloss({u"feeds"_s, u"import-opml"_s, exported}, fresh).exitCode, 0);
        QCOMPARE(urlsAndFolders(feeds(fresh)), urlsAndFolders(feeds()));
        QMap<QString, QString> titles, freshTitles;
        for (const QJsonValue &v : feeds())
            titles.insert(v[u"url"_s].toString(), v[u"title"_s].toString());
        for (const QJsonValue &v : feeds(fresh))
            freshTitles.insert(v[u"url"_s].toString(), v[u"title"_s].toString());
        QCOMPARE(freshTitles, titles);
    }

    void badOpmlChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("not xml") << QByteArray("this is { not xml at all") << u"not an OPML file"_s;
        QTest::newRow("html") << QByteArray("<html><body><p>hi</p></body></html>") << u"<html>"_s;
        QTest::newRow("no body") << QByteArray("<opml version='2.0'><head/></opml>") << u"no <body>"_s;
    }

    void badOpmlChangesNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QVERIFY(addFeed(u"https://news.example/feed.xml"_s, {u"--folder"_s, u"News"_s}) > 0);
        const QJsonArray before = feeds();
        const Run r = gloss({u"feeds"_s, u"import-opml"_s, writeFile(u"bad.opml"_s, bytes)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"bad.opml"_s), qPrintable(r.err));
        QCOMPARE(feeds(), before);

        const Run missing = gloss({u"feeds"_s, u"import-opml"_s, m_dir->filePath(u"absent.opml"_s)});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"absent.opml"_s), qPrintable(missing.err));
    }

    void refreshNewThenNotModified()
    {
        m_server->route("/a.xml", withETag(rss(u"Alpha News"_s, 3), "\"a1\""));
        m_server->route("/b.xml", withETag(rss(u"Beta News"_s, 2), "\"b1\""));
        const qint64 a = addFeed(m_server->url("/a.xml").toString());
        const qint64 b = addFeed(m_server->url("/b.xml").toString());

        const Run first = gloss({u"refresh"_s, u"--json"_s});
        QCOMPARE(first.exitCode, 0);
        const QJsonArray results = first.json().array();
        QCOMPARE(results.size(), 2);
        for (const QJsonValue &v : results)
            QCOMPARE(sortedKeys(v.toObject()), RefreshKeys);
        const QJsonObject ra = byId(results, a);
        QCOMPARE(ra[u"status"_s].toString(), u"new"_s);
        QCOMPARE(ra[u"new"_s].toInt(), 3);
        QCOMPARE(ra[u"updated"_s].toInt(), 0);
        QCOMPARE(ra[u"title"_s].toString(), u"Alpha News"_s);
        QCOMPARE(ra[u"url"_s].toString(), m_server->url("/a.xml").toString());
        QVERIFY(ra[u"error"_s].isNull());
        QCOMPARE(byId(results, b)[u"new"_s].toInt(), 2);
        QCOMPARE(byId(feeds(), a)[u"unread"_s].toInt(), 3);

        const Run second = gloss({u"refresh"_s, u"--json"_s});
        QCOMPARE(second.exitCode, 0);
        for (const QJsonValue &v : second.json().array()) {
            QCOMPARE(v[u"status"_s].toString(), u"unchanged"_s);
            QCOMPARE(v[u"new"_s].toInt(), 0);
        }
        QCOMPARE(m_server->requestCount("/a.xml"), 2);
        TestHttpServer::Request lastA;
        for (const TestHttpServer::Request &request : m_server->requests())
            if (request.path == "/a.xml")
                lastA = request;
        QCOMPARE(lastA.header("if-none-match"), QByteArray("\"a1\""));

        // Plain output: one line per feed.
        const Run plain = gloss({u"refresh"_s});
        QCOMPARE(plain.exitCode, 0);
        const QList<QByteArray> lines = plain.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains("\tunchanged\t"), line.constData());
    }

    // Keeping at most 2 of 5 articles removes the 3 oldest at once, except one bookmarked; the rule is
    // listed and survives (the next refresh keeps applying it, and old items are not re-added).
    void retentionKeepsTheNewestAndBookmarked()
    {
        m_server->route("/r.xml", TestHttpServer::Response(200, rss(u"Kept"_s, 5)));
        const qint64 id = addFeed(m_server->url("/r.xml").toString());
        QCOMPARE(gloss({u"refresh"_s}).exitCode, 0);
        const QJsonArray articles = gloss({u"list"_s, u"--json"_s}).json().array();
        QCOMPARE(articles.size(), 5);
        qint64 oldest = 0;
        for (const QJsonValue &v : articles)
            if (v[u"title"_s].toString() == u"Story 1"_s)
                oldest = v[u"id"_s].toInteger();
        QVERIFY(oldest > 0);
        QCOMPARE(gloss({u"bookmark"_s, QString::number(oldest)}).exitCode, 0);

        const Run set = gloss({u"feeds"_s, u"retention"_s, QString::number(id), u"--items"_s, u"2"_s, u"--json"_s});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.json()[u"removed"_s].toInt(), 2);
        QCOMPARE(set.json()[u"items"_s].toInt(), 2);
        QCOMPARE(set.json()[u"days"_s].toInt(), 0);
        QStringList left;
        for (const QJsonValue &v : gloss({u"list"_s, u"--json"_s}).json().array())
            left << v[u"title"_s].toString();
        left.sort();
        QCOMPARE(left, (QStringList{u"Story 1"_s, u"Story 4"_s, u"Story 5"_s}));
        QCOMPARE(byId(feeds(), id)[u"keep_items"_s].toInt(), 2);

        const Run show = gloss({u"feeds"_s, u"retention"_s, QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(show.out.contains("at most 2 articles"), show.out.constData());
    }

    void retentionRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative days") << QStringList{u"1"_s, u"--days"_s, u"-3"_s} << 2 << u"--days '-3'"_s;
        QTest::newRow("words") << QStringList{u"1"_s, u"--items"_s, u"many"_s} << 2 << u"--items 'many'"_s;
        QTest::newRow("no id") << QStringList{u"--days"_s, u"3"_s} << 2 << u"expected exactly one feed id"_s;
        QTest::newRow("unknown feed") << QStringList{u"99"_s, u"--days"_s, u"3"_s} << 1 << u"there is no feed 99"_s;
    }

    void retentionRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = gloss(QStringList{u"feeds"_s, u"retention"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void refreshErrorIsReportedAndRecorded()
    {
        m_server->route("/ok.xml", TestHttpServer::Response(200, rss(u"Fine"_s, 1)));
        m_server->route("/missing.xml", TestHttpServer::Response(404, "gone"));
        const qint64 ok = addFeed(m_server->url("/ok.xml").toString());
        const qint64 missing = addFeed(m_server->url("/missing.xml").toString());

        const Run r = gloss({u"refresh"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray results = r.json().array();
        QCOMPARE(results.size(), 2);   // every result is printed, the good one too
        QCOMPARE(byId(results, ok)[u"status"_s].toString(), u"new"_s);
        const QJsonObject bad = byId(results, missing);
        QCOMPARE(bad[u"status"_s].toString(), u"error"_s);
        QVERIFY2(bad[u"error"_s].toString().contains(u"404"_s), qPrintable(bad[u"error"_s].toString()));
        QVERIFY2(r.err.contains(u"404"_s), qPrintable(r.err));

        const QJsonArray list = feeds();
        QVERIFY(byId(list, ok)[u"last_error"_s].isNull());
        QVERIFY2(byId(list, missing)[u"last_error"_s].toString().contains(u"404"_s),
                 qPrintable(byId(list, missing)[u"last_error"_s].toString()));
    }

    void refreshOneFeed()
    {
        m_server->route("/a.xml", TestHttpServer::Response(200, rss(u"A"_s, 1)));
        m_server->route("/b.xml", TestHttpServer::Response(200, rss(u"B"_s, 1)));
        const qint64 a = addFeed(m_server->url("/a.xml").toString());
        QVERIFY(addFeed(m_server->url("/b.xml").toString()) > 0);

        const Run r = gloss({u"refresh"_s, u"--feed"_s, QString::number(a), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first()[u"id"_s].toInteger(), a);
        QCOMPARE(m_server->requestCount("/a.xml"), 1);
        QCOMPARE(m_server->requestCount("/b.xml"), 0);

        const Run unknown = gloss({u"refresh"_s, u"--feed"_s, u"999"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"999"_s), qPrintable(unknown.err));
        QCOMPARE(gloss({u"refresh"_s, u"--feed"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void parseAUrlWithoutALibrary()
    {
        m_server->route("/p.xml", TestHttpServer::Response(200, rss(u"Parsed News"_s, 2), {{"Content-Type", "application/rss+xml"}}));
        const Run run = gloss({u"feeds"_s, u"parse"_s, m_server->url("/p.xml").toString(), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().object()[u"title"_s].toString(), u"Parsed News"_s);
        QCOMPARE(run.json().object()[u"entries"_s].toArray().size(), 2);
        QVERIFY2(!QFile::exists(m_library), "feeds parse must not create or open the library");
        const Run missing = gloss({u"feeds"_s, u"parse"_s, m_server->url("/nothing.xml").toString()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"404"_s), qPrintable(missing.err));
    }

    void refreshWithNoFeeds()
    {
        const Run r = gloss({u"refresh"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFeeds)
#include "tst_cli_feeds.moc"
