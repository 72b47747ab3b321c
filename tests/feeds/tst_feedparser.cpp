// parseFeed on small fixtures (tests/data/feeds) and inline snippets: every format, encodings,
// xml:base and relative links, CDATA, entities, enclosures, sanitised item HTML, ill-formed input.
#include "feeds/FeedParser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GLOSS_TEST_DATA "/feeds/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}

gloss::ParsedFeed parsed(const QByteArray &bytes, const QUrl &url = {}, const QString &contentType = {})
{
    const gloss::FeedParseResult r = gloss::parseFeed(bytes, url, contentType);
    if (!r.ok())
        qWarning("parse error: %s", qPrintable(r.error));
    return r.feed.value_or(gloss::ParsedFeed{});
}

} // namespace

class TestFeedParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("link");
        QTest::addColumn<int>("entries");
        QTest::newRow("rss 2.0") << u"rss2.xml"_s << u"rss2"_s << u"The Harbour Gazette"_s << u"https://gazette.example/"_s << 2;
        QTest::newRow("rss 0.91 latin-1") << u"rss091.xml"_s << u"rss091"_s << u"Caf\u00e9 News"_s << u"http://cafe.example/"_s << 1;
        QTest::newRow("rss 1.0") << u"rdf.xml"_s << u"rss1"_s << u"RDF Site"_s << u"http://rdf.example/"_s << 1;
        QTest::newRow("atom 1.0") << u"atom10.xml"_s << u"atom10"_s << u"Atom Blog"_s << u"https://atom.example/blog/"_s << 1;
        QTest::newRow("atom 0.3") << u"atom03.xml"_s << u"atom03"_s << u"Old Atom"_s << u"http://old.example/"_s << 1;
        QTest::newRow("json 1.1") << u"json11.json"_s << u"json11"_s << u"JSON Notes"_s << u"https://json.example/"_s << 2;
        QTest::newRow("json 1.0") << u"json10.json"_s << u"json10"_s << u"Old JSON"_s << QString() << 1;
    }

    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, title);
        QFETCH(QString, link);
        QFETCH(int, entries);
        const gloss::FeedParseResult r = gloss::parseFeed(fixture(file));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.feed->format, format);
        QCOMPARE(r.feed->title, title);
        QCOMPARE(r.feed->link.toString(), link);
        QCOMPARE(r.feed->entries.size(), entries);
    }

    void rss2Item()
    {
        const gloss::ParsedFeed feed = parsed(fixture(u"rss2.xml"_s));
        QCOMPARE(feed.description, u"Local news & notes"_s);
        const gloss::FeedEntry &e = feed.entries.at(0);
        QCOMPARE(e.title, u"Ferry timetable changes \u2013 again"_s);
        QCOMPARE(e.id, u"gazette-ferry-1"_s);
        QCOMPARE(e.link, QUrl(u"https://gazette.example/2024/ferry"_s));
        QCOMPARE(e.author, u"editor@gazette.example (Ann Editor)"_s);
        QCOMPARE(e.categories, (QStringList{u"Transport"_s, u"Harbour"_s}));
        QCOMPARE(e.published, utc(2024, 7, 2, 14, 15));
        QVERIFY(!e.updated.isValid());
        QVERIFY(e.summary.contains(u"<strong>morning</strong>"_s));
        QVERIFY(!e.summary.contains(u"script"_s));
        QVERIFY(!e.summary.contains(u"alert"_s));
        // CDATA content, relative link resolved against the item's link base, handlers and iframes gone.
        QVERIFY(e.content.contains(u"href=\"https://gazette.example/2024/ferry#map\""_s) || e.content.contains(u"a map"_s));
        QVERIFY(!e.content.contains(u"onclick"_s));
        QVERIFY(!e.content.contains(u"iframe"_s));
        QCOMPARE(e.enclosures.size(), 1);
        QCOMPARE(e.enclosures.first().url, QUrl(u"https://gazette.example/audio/ferry.mp3"_s));
        QCOMPARE(e.enclosures.first().type, u"audio/mpeg"_s);
        QCOMPARE(e.enclosures.first().length, 123456);

        const gloss::FeedEntry &p = feed.entries.at(1);
        QCOMPARE(p.link, QUrl(u"https://gazette.example/2024/permalink"_s)); // guid is a permalink
        QCOMPARE(p.author, u"Bo Writer"_s);
        QCOMPARE(p.published, utc(2024, 7, 1, 6, 0));
        QVERIFY(p.summary.contains(u"\u00e9t\u00e9"_s)); // &eacute; without a DTD
    }

    void relativeLinksUseFeedUrl()
    {
        const QByteArray rss = "<rss version=\"2.0\"><channel><link>/</link><item><link>story/1</link>"
                               "<description>&lt;a href=\"/about\"&gt;about&lt;/a&gt; &lt;img src=\"i.png\"&gt;</description></item></channel></rss>";
        const gloss::ParsedFeed feed = parsed(rss, QUrl(u"https://site.example/feeds/main.xml"_s));
        QCOMPARE(feed.link, QUrl(u"https://site.example/"_s));
        QCOMPARE(feed.entries.first().link, QUrl(u"https://site.example/feeds/story/1"_s));
        QVERIFY(feed.entries.first().summary.contains(u"https://site.example/about"_s));
        QVERIFY(feed.entries.first().summary.contains(u"https://site.example/feeds/i.png"_s));
    }

    void atomXmlBase()
    {
        const gloss::ParsedFeed feed = parsed(fixture(u"atom10.xml"_s), QUrl(u"https://elsewhere.example/x"_s));
        const gloss::FeedEntry &e = feed.entries.first();
        QCOMPARE(e.link, QUrl(u"https://atom.example/blog/posts/first.html"_s));
        QCOMPARE(e.title, u"Relative & based"_s);
        QCOMPARE(e.id, u"tag:atom.example,2024:1"_s);
        QCOMPARE(e.author, u"Dana (dana@atom.example)"_s); // inherited from the feed
        QCOMPARE(e.categories, QStringList{u"essays"_s});
        QCOMPARE(e.published, utc(2024, 7, 1, 7, 0));
        QCOMPARE(e.updated, utc(2024, 7, 2, 10, 15, 0, 500));
        QVERIFY(e.summary.contains(u"Less than &lt; more than &gt;"_s));
        QVERIFY(e.content.contains(u"href=\"https://atom.example/blog/about.html\""_s));
        QVERIFY(e.content.contains(u"src=\"https://atom.example/blog/posts/pic.png\""_s));
        QVERIFY(!e.content.contains(u"script"_s));
        QCOMPARE(e.enclosures.size(), 1);
        QCOMPARE(e.enclosures.first().url, QUrl(u"https://atom.example/media/clip.ogg"_s));
    }

    void atom03Modes()
    {
        const gloss::FeedEntry e = parsed(fixture(u"atom03.xml"_s)).entries.first();
        QCOMPARE(e.title, u"Escaped title"_s);
        QCOMPARE(e.author, u"Eve"_s);
        QVERIFY(e.content.contains(u"<strong>content</strong>"_s));
        QCOMPARE(e.published, utc(2003, 12, 13, 12, 29, 29));
        QCOMPARE(e.updated, utc(2003, 12, 13, 18, 30, 2));
    }

    void jsonFeed()
    {
        const gloss::ParsedFeed feed = parsed(fixture(u"json11.json"_s));
        const gloss::FeedEntry &e = feed.entries.first();
        QCOMPARE(e.link, QUrl(u"https://json.example/posts/2"_s));
        QCOMPARE(e.author, u"Fay"_s);
        QCOMPARE(e.categories, (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(e.published, utc(2024, 7, 2, 15, 15));
        QCOMPARE(e.updated, utc(2024, 7, 3, 0, 0));
        QVERIFY(e.content.contains(u"https://json.example/x"_s));
        QVERIFY(!e.content.contains(u"script"_s));
        QVERIFY(e.summary.contains(u"Short &amp; sweet"_s));
        QCOMPARE(e.enclosures.first().length, 99);
        const gloss::FeedEntry &t = feed.entries.at(1);
        QCOMPARE(t.id, u"1"_s);
        QVERIFY(t.content.contains(u"Plain &lt;text&gt;"_s));
        QCOMPARE(parsed(fixture(u"json10.json"_s)).entries.first().author, u"Gus"_s);
        // A size beyond qint64 is unknown, not undefined behaviour (the ASan build reports that).
        const gloss::ParsedFeed huge = parsed("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"t\",\"items\":["
                                              "{\"id\":\"1\",\"content_text\":\"x\",\"attachments\":"
                                              "[{\"url\":\"https://json.example/a.mp3\",\"size_in_bytes\":1e300}]}]}");
        QCOMPARE(huge.entries.first().enclosures.first().length, 0);
    }

    void entitiesAndCdata_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html entity") << QByteArray("caf&eacute; &amp; bar") << u"caf\u00e9 & bar"_s;
        QTest::newRow("nbsp kept") << QByteArray("a&nbsp;b") << u"a\u00a0b"_s;
        QTest::newRow("windows-1252 ref") << QByteArray("&#147;quoted&#148;") << u"\u201cquoted\u201d"_s;
        QTest::newRow("bare ampersand") << QByteArray("AT&T") << u"AT&T"_s;
        QTest::newRow("cdata markup") << QByteArray("<![CDATA[<b>Bold</b> &amp; co]]>") << u"Bold & co"_s;
        QTest::newRow("cdata plain") << QByteArray("<![CDATA[5 < 6]]>") << u"5 < 6"_s;
        QTest::newRow("unknown entity") << QByteArray("x &bogus; y") << u"x &bogus; y"_s;
    }

    void entitiesAndCdata()
    {
        QFETCH(QByteArray, title);
        QFETCH(QString, expected);
        const QByteArray rss = "<rss version=\"2.0\"><channel><title>" + title + "</title></channel></rss>";
        QCOMPARE(parsed(rss).title, expected);
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("contentType");
        const QString title = u"\u00e9t\u00e9"_s;
        const QByteArray utf8 = "<rss><channel><title>" + title.toUtf8() + "</title></channel></rss>";
        const QByteArray latin1 = "<rss><channel><title>" + title.toLatin1() + "</title></channel></rss>";
        QTest::newRow("utf-8") << utf8 << QString();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + utf8) << QString();
        QTest::newRow("declared latin-1") << QByteArray("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>" + latin1) << QString();
        QTest::newRow("http charset wins") << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + latin1)
                                           << u"application/rss+xml; charset=\"ISO-8859-1\""_s;
        QTest::newRow("invalid utf-8 falls back") << latin1 << QString();
        QString utf16 = u"<?xml version=\"1.0\" encoding=\"utf-16\"?>"_s + QString::fromUtf8(utf8);
        QByteArray le("\xFF\xFE");
        le.append(reinterpret_cast<const char *>(utf16.utf16()), utf16.size() * 2);
        QTest::newRow("utf-16le bom") << le << QString();
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, contentType);
        QCOMPARE(parsed(bytes, {}, contentType).title, u"\u00e9t\u00e9"_s);
    }

    void illFormedIsSalvaged()
    {
        const gloss::FeedParseResult r = gloss::parseFeed(fixture(u"broken.xml"_s));
        QVERIFY(r.ok());
        QCOMPARE(r.feed->title, u"Half a feed"_s);
        QVERIFY(r.feed->entries.size() >= 1);
        QCOMPARE(r.feed->entries.first().title, u"Survives"_s);
        QVERIFY(!r.feed->warnings.isEmpty());
        QVERIFY(r.feed->warnings.join(u' ').contains(u"line"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray("  \n") << u"empty"_s;
        QTest::newRow("html") << fixture(u"notafeed.xml"_s) << u"<html>"_s;
        QTest::newRow("garbage") << QByteArray("this is not xml") << u"line 1"_s;
        QTest::newRow("json, not a feed") << QByteArray("{\"hello\": 1}") << u"JSON Feed"_s;
        QTest::newRow("broken json") << QByteArray("{\"version\": ") << u"JSON"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const gloss::FeedParseResult r = gloss::parseFeed(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
