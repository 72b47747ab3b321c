// `gloss feeds parse`, run as a separate process on the fixture feeds: JSON shape, exit codes, and
// that it never touches a library (the --library path given does not come into existence).
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QString fixture(const QString &name)
{
    return QStringLiteral(GLOSS_TEST_DATA "/feeds/") + name;
}

} // namespace

class TestCliFeedsParse : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString libraryPath() const { return m_dir.filePath(u"never-created.sqlite"_s); }

    Run gloss(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GLOSS_LIBRARY"_s, libraryPath());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GLOSS_BINARY_DIR "/bin/gloss"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void cleanup() { QVERIFY2(!QFile::exists(libraryPath()), "feeds parse must not open or create the library"); }

    void jsonShape()
    {
        const Run r = gloss({u"feeds"_s, u"parse"_s, fixture(u"rss2.xml"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject feed = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(feed.value("title"_L1).toString(), u"The Harbour Gazette"_s);
        QCOMPARE(feed.value("link"_L1).toString(), u"https://gazette.example/"_s);
        QCOMPARE(feed.value("format"_L1).toString(), u"rss2"_s);
        const QJsonArray entries = feed.value("entries"_L1).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = entries.at(0).toObject();
        for (const char *key : {"id", "title", "link", "published", "updated", "author", "summary", "content", "categories"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(first.value("id"_L1).toString(), u"gazette-ferry-1"_s);
        QCOMPARE(first.value("published"_L1).toString(), u"2024-07-02T14:15:00Z"_s);
        QVERIFY(first.value("updated"_L1).isNull());
        QCOMPARE(first.value("categories"_L1).toArray().size(), 2);
        QVERIFY(!first.value("content"_L1).toString().contains(u"iframe"_s));
        QVERIFY(!first.value("summary"_L1).toString().contains(u"script"_s));
    }

    void everyFixtureFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("atom") << u"atom10.xml"_s << u"atom10"_s;
        QTest::newRow("rdf") << u"rdf.xml"_s << u"rss1"_s;
        QTest::newRow("json") << u"json11.json"_s << u"json11"_s;
    }

    void everyFixtureFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        const Run r = gloss({u"feeds"_s, u"parse"_s, u"--json"_s, fixture(file)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("format"_L1).toString(), format);
    }

    void plainOutput()
    {
        const Run r = gloss({u"feeds"_s, u"parse"_s, fixture(u"atom10.xml"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Atom Blog (atom10, 1 entries)"));
    }

    void salvagedFeedWarns()
    {
        const Run r = gloss({u"feeds"_s, u"parse"_s, fixture(u"broken.xml"_s), u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"warning"_s));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().value("warnings"_L1).toArray().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not a feed") << QStringList{u"parse"_s, fixture(u"notafeed.xml"_s)} << 1 << u"not a feed"_s;
        QTest::newRow("missing file") << QStringList{u"parse"_s, fixture(u"nope.xml"_s)} << 1 << u"no such file"_s;
        QTest::newRow("directory") << QStringList{u"parse"_s, QStringLiteral(GLOSS_TEST_DATA)} << 1 << u"cannot read"_s;
        QTest::newRow("no file") << QStringList{u"parse"_s} << 2 << u"no file or URL"_s;
        QTest::newRow("two files") << QStringList{u"parse"_s, u"a"_s, u"b"_s} << 2 << u"one feed at a time"_s;
        // Nothing listens on the discard port: the fetch fails and says so, naming the URL.
        QTest::newRow("unreachable url") << QStringList{u"parse"_s, u"http://127.0.0.1:9/feed.xml"_s} << 1 << u"http://127.0.0.1:9/feed.xml"_s;
        QTest::newRow("bad option") << QStringList{u"parse"_s, u"--bogus"_s, u"x"_s} << 2 << u"bogus"_s;
        QTest::newRow("no sub-verb") << QStringList{} << 2 << u"no sub-verb"_s;
        QTest::newRow("unknown sub-verb") << QStringList{u"frobnicate"_s} << 2 << u"frobnicate"_s;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = gloss(QStringList{u"feeds"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
    }

    void help()
    {
        const Run r = gloss({u"feeds"_s, u"parse"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("http(s) URL"));
        QVERIFY(gloss({u"--help"_s}).out.contains("feeds add|list|remove"));
    }
};

QTEST_GUILESS_MAIN(TestCliFeedsParse)
#include "tst_cli_feeds_parse.moc"
