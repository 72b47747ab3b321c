// Pictures in the reader: nothing fetched without consent; "Load Pictures" for one article, "Always
// for <feed>" for every article of that feed (stored); bounded fetching. A real window, a real HTTP
// server on 127.0.0.1 serving real PNG files, and its request log as the proof.
#include "TestHttpServer.h"
#include "ui/MainWindow.h"
#include "ui/ReaderImages.h"
#include "ui/ReaderView.h"

#include "document/ArticleImages.h"
#include "store/ArticleStore.h"
#include "store/FeedStore.h"
#include "store/Library.h"

#include <KSyntaxHighlighting/Repository>

#include <QBuffer>
#include <QImage>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;
using gloss::test::TestHttpServer;

namespace {

QByteArray png(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestReaderPictures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    KSyntaxHighlighting::Repository m_repository;
    TestHttpServer m_server;
    qint64 m_feed = 0;

    qint64 addArticle(const QString &key, qint64 feedId, const QStringList &pictures)
    {
        ArticleInput in;
        in.sourceKey = key;
        in.title = u"Story "_s + key;
        in.source = feedId ? u"Harbour Photos"_s : QString();
        in.feedId = feedId;
        in.text = u"The harbour at dawn."_s;
        in.html = u"<p>The harbour at dawn.</p>"_s;
        for (const QString &path : pictures)
            in.html += u"<figure><img src=\"%1\" alt=\"Boats %2\"></figure>"_s.arg(m_server.url(path.toUtf8()).toString(), key);
        auto saved = ArticleStore(m_library->database()).save(in);
        return saved ? saved->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        m_server.route("/boats.png", TestHttpServer::Response(200, png(320, 200, Qt::darkCyan), {{"Content-Type", "image/png"}}));
        m_server.route("/gulls.png", TestHttpServer::Response(200, png(200, 300, Qt::darkYellow), {{"Content-Type", "image/png"}}));
        m_server.route("/huge.png", TestHttpServer::Response(200, QByteArray(ui::ReaderImages::MaxImageBytes + 4096, 'x'),
                                                             {{"Content-Type", "image/png"}}));
        m_server.route("/notapicture.png", TestHttpServer::Response(200, "<html>not a picture</html>", {{"Content-Type", "image/png"}}));
        auto lib = Library::open(m_dir.filePath(u"pictures.sqlite"_s));
        QVERIFY(lib.ok());
        m_library = std::move(*lib);
        m_feed = FeedStore(m_library->database()).addFeed(u"https://photos.example/feed"_s, u"Harbour Photos"_s).value();
    }

    void findsTheSanitisersPictures()
    {
        const QList<ArticleImage> found = imagesInSanitizedHtml(
            u"<p>a</p><img src=\"https://e.example/a.png?x=1&amp;y=2\" alt=\"&quot;Boats&quot; &amp; gulls\">"
            "<img src=\"https://e.example/a.png?x=1&amp;y=2\"><img src=\"file:///etc/passwd\"><img src=\"http://e.example/b.jpg\">"_s);
        QCOMPARE(found.size(), 2); // the repeat and the file: address are not pictures to fetch
        QCOMPARE(found.at(0).url, QUrl(u"https://e.example/a.png?x=1&y=2"_s));
        QCOMPARE(found.at(0).alt, u"\"Boats\" & gulls"_s);
        QCOMPARE(found.at(1).url, QUrl(u"http://e.example/b.jpg"_s));
        QCOMPARE(imagesInSanitizedHtml(u"<p>no pictures</p>"_s).size(), 0);
    }

    void nothingLoadsUntilAllowed()
    {
        const qint64 first = addArticle(u"one"_s, m_feed, {u"/boats.png"_s, u"/gulls.png"_s});
        const qint64 second = addArticle(u"two"_s, m_feed, {u"/boats.png"_s});
        const qint64 imported = addArticle(u"file"_s, 0, {u"/gulls.png"_s});
        ui::MainWindow window(*m_library, m_repository);
        window.resize(1200, 800);
        window.show();
        ui::ReaderImages *pictures = window.reader()->images();

        QVERIFY(window.openArticle(first));
        QVERIFY(pictures->isAsking());
        QCOMPARE(pictures->imageCount(), 2);
        QVERIFY(pictures->alwaysButton()->isVisibleTo(&window));
        QVERIFY(pictures->alwaysButton()->text().contains(u"Harbour Photos"_s));
        QTest::qWait(200);
        QCOMPARE(m_server.requestCount(), 0);

        // This article only.
        QSignalSpy arrived(pictures, &ui::ReaderImages::imageFinished);
        QTest::mouseClick(pictures->loadButton(), Qt::LeftButton);
        QVERIFY(!pictures->isAsking());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 2, 20000);
        QCOMPARE(pictures->loadedCount(), 2);
        QCOMPARE(m_server.requestCount("/boats.png"), 1);
        QCOMPARE(m_server.requestCount("/gulls.png"), 1);
        QVERIFY(m_server.requests().first().header("cookie").isEmpty());

        // The next article of the feed asks again; an article without a feed can only be allowed once.
        QVERIFY(window.openArticle(second));
        QVERIFY(pictures->isAsking());
        QVERIFY(window.openArticle(imported));
        QVERIFY(pictures->isAsking());
        QVERIFY(!pictures->alwaysButton()->isVisibleTo(&window));
        QCOMPARE(m_server.requestCount(), 2);

        // Always for the feed: stored, and the feed's articles load by themselves from then on.
        QVERIFY(window.openArticle(second));
        arrived.clear();
        QTest::mouseClick(pictures->alwaysButton(), Qt::LeftButton);
        QVERIFY(FeedStore(m_library->database()).loadsImages(m_feed).value());
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 20000);
        QVERIFY(window.openArticle(first));
        QVERIFY(!pictures->isAsking());
        QTRY_COMPARE_WITH_TIMEOUT(pictures->loadedCount(), 2, 20000);
        QCOMPARE(m_server.requestCount("/boats.png"), 3);
        // Taken back (the feed's menu does this): asking again.
        QVERIFY(window.allowPictures(m_feed, false));
        QVERIFY(window.openArticle(second));
        QVERIFY(pictures->isAsking());
    }

    void oversizedAndBrokenPicturesAreLeftOut()
    {
        const qint64 id = addArticle(u"bad"_s, 0, {u"/huge.png"_s, u"/notapicture.png"_s, u"/boats.png"_s});
        ui::MainWindow window(*m_library, m_repository);
        window.show();
        QVERIFY(window.openArticle(id));
        ui::ReaderImages *pictures = window.reader()->images();
        QSignalSpy arrived(pictures, &ui::ReaderImages::imageFinished);
        pictures->load();
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 3, 30000);
        QCOMPARE(pictures->loadedCount(), 1); // the boats; the others refused, without a crash
        int failed = 0;
        for (const QList<QVariant> &signal : std::as_const(arrived))
            failed += signal.first().toBool() ? 0 : 1;
        QCOMPARE(failed, 2);
    }
};

QTEST_MAIN(TestReaderPictures)
#include "tst_readerpictures.moc"
