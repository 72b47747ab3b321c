// OPML reading (folders, feeds, escaping, lenient head) and writing (OPML 2.0, round trip).
#include "feeds/OpmlParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GLOSS_TEST_DATA "/feeds/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

gloss::OpmlOutline feed(const QString &title, const QString &xml, const QString &html = {})
{
    return {title, QUrl(xml), QUrl(html), u"rss"_s, {}};
}

} // namespace

class TestOpml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsFoldersAndFeeds()
    {
        const gloss::OpmlParseResult r = gloss::parseOpml(fixture(u"subscriptions.opml"_s));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.document->title, u"My & your feeds"_s);
        const QList<gloss::OpmlOutline> &top = r.document->outlines;
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.at(0).title, u"News"_s);
        QVERIFY(!top.at(0).isFeed());
        QCOMPARE(top.at(0).children.size(), 2);
        QCOMPARE(top.at(0).children.at(0).xmlUrl, QUrl(u"https://gazette.example/feed.xml"_s));
        QCOMPARE(top.at(0).children.at(0).htmlUrl, QUrl(u"https://gazette.example/"_s));
        QCOMPARE(top.at(0).children.at(1).title, u"Quotes \"<>"_s);
        QCOMPARE(top.at(0).children.at(1).xmlUrl, QUrl(u"https://q.example/rss?a=1&b=2"_s));
        QCOMPARE(top.at(1).title, u"Top level feed"_s); // title wins over text
        QVERIFY(r.warnings.isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not xml") << QByteArray("hello") << u"line 1"_s;
        QTest::newRow("empty") << QByteArray() << u"OPML"_s;
        QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"/>") << u"<rss>"_s;
        QTest::newRow("no body") << QByteArray("<opml version=\"2.0\"><head/></opml>") << u"<body>"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const gloss::OpmlParseResult r = gloss::parseOpml(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }

    void lenientWithWarnings()
    {
        const gloss::OpmlParseResult r = gloss::parseOpml(
            "<opml><head><windowTop>abc</windowTop></head><body><outline text=\"A\" xmlUrl=\"http://a.example/\">stray</outline>"
            "</body><body><outline text=\"B\" xmlUrl=\"http://b.example/\"/></body></opml>");
        QVERIFY(r.ok());
        QCOMPARE(r.document->outlines.size(), 2);
        QCOMPARE(r.warnings.size(), 3); // no version, stray text, two bodies
    }

    void roundTrip()
    {
        QList<gloss::OpmlOutline> outlines;
        gloss::OpmlOutline folder{u"Folder <&> \"quoted\""_s, {}, {}, {}, {}};
        folder.children.append(feed(u"Feed & co"_s, u"https://x.example/feed?a=1&b=%C3%A9"_s, u"https://x.example/"_s));
        folder.children.append(feed(u"\u00e9t\u00e9 \U0001F600"_s, u"https://y.example/rss"_s));
        outlines.append(folder);
        outlines.append(feed(u"Top"_s, u"https://z.example/atom"_s));

        const QByteArray written = gloss::writeOpml(outlines, u"Export & more"_s);
        QVERIFY(written.contains("version=\"2.0\""));
        QVERIFY(written.contains("&amp;"));
        const gloss::OpmlParseResult back = gloss::parseOpml(written);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.document->title, u"Export & more"_s);
        QCOMPARE(back.document->outlines, outlines);
        QVERIFY(back.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
