// Hostile XML (../shared/conformance/hostile-xml and inline variants): billion laughs, classic
// and out-of-band XXE. The feed reader must not expand declared entities, must not fetch anything
// (QXmlStreamReader has no resolver; the DOCTYPE is dropped before parsing), must finish at once,
// and must say what it did. No timing assertions: a hang would time the test out.
#include "feeds/FeedParser.h"
#include "feeds/XmlPrepare.h"
#include "feeds/XmlTree.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestXmlHostile : public QObject {
    Q_OBJECT

    static QString hostileDir() { return QStringLiteral(GLOSS_SHARED_DIR "/conformance/hostile-xml"); }

private Q_SLOTS:
    void sharedFiles_data()
    {
        QTest::addColumn<QString>("path");
        if (!QDir(hostileDir()).exists())
            QSKIP("../shared/conformance/hostile-xml is absent: the shared hostile XML files are not run");
        QDirIterator it(hostileDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(u"LICENSE"_s) && !path.endsWith(u"SOURCE.txt"_s))
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        }
    }

    void sharedFiles()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();

        const gloss::FeedParseResult r = gloss::parseFeed(bytes, QUrl(u"http://example.org/feed"_s));
        // None of them is a feed: a clear error, nothing expanded into it.
        QVERIFY(!r.ok());
        QVERIFY(!r.error.isEmpty());
        QVERIFY(!r.error.contains(u"dosdos"_s));

        const gloss::XmlDocument doc = gloss::parseXmlTree(QString::fromUtf8(bytes));
        if (doc.ok) {
            const QString text = doc.root.deepText();
            QVERIFY2(!text.contains(u"dosdos"_s), "an entity was expanded");
            QVERIFY(text.size() < bytes.size());
        }
    }

    void inlineAttacks_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("billion laughs in rss") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">"
            "<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">"
            "<!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>"
            "<rss version=\"2.0\"><channel><title>&h;</title><item><title>x &h;</title></item></channel></rss>");
        QTest::newRow("xxe file in atom") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&xxe;</title><entry><title>&xxe;</title></entry></feed>");
        QTest::newRow("parameter entity oob") << QByteArray(
            "<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\" [<!ENTITY % remote SYSTEM "
            "\"http://127.0.0.1:9/x\"> %remote;]><rss version=\"2.0\"><channel><title>t &send;</title></channel></rss>");
        QTest::newRow("deep nesting") << (QByteArray("<rss version=\"2.0\"><channel><title>deep</title><item><description>")
                                          + QByteArray("<div>").repeated(100000) + QByteArray("</description></item></channel></rss>"));
    }

    void inlineAttacks()
    {
        QFETCH(QByteArray, xml);
        const gloss::FeedParseResult r = gloss::parseFeed(xml);
        QVERIFY2(r.ok(), qPrintable(r.error)); // the feed around the attack is still read
        const QString all = r.feed->title + r.feed->warnings.join(u' ')
            + (r.feed->entries.isEmpty() ? QString() : r.feed->entries.first().title);
        QVERIFY(!all.contains(u"lollol"_s));
        QVERIFY(!all.contains(u"root:"_s));
        QVERIFY2(!r.feed->warnings.isEmpty(), "the ignored DOCTYPE or the limit is reported");
    }

    // What the preparing pass changes, each in its place, and nothing else.
    void preparingChangesOnlyWhatItMust()
    {
        const QString text = u"\uFEFF\n  <?xml version=\"1.0\" encoding=\"windows-1252\"?>\n"
                             "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss><title>AT&T &amp; &eacute;t&#xE9; &#150; &#8217; &bogus; a\u0001b</title>"
                             "<!-- & --><![CDATA[ & < ]]></rss>"_s;
        const gloss::PreparedXml prepared = gloss::prepareXmlText(text);
        QCOMPARE(prepared.text, u"<?xml version=\"1.0\"?>\n<rss><title>AT&amp;T &amp; &#233;t&#233; &#8211; &#8217; &amp;bogus; ab</title>"
                                 "<!-- & --><![CDATA[ & < ]]></rss>"_s);
        QCOMPARE(prepared.warnings.size(), 3); // DOCTYPE, the undeclared entity, the control character
    }

    void preparingLeavesCleanXmlAsItIs()
    {
        const QString text = u"<rss version=\"2.0\"><channel><title>a &lt;b&gt; &#8217; c</title></channel></rss>"_s;
        const gloss::PreparedXml prepared = gloss::prepareXmlText(text);
        QCOMPARE(prepared.text, text);
        QVERIFY(prepared.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXmlHostile)
#include "tst_xml_hostile.moc"
