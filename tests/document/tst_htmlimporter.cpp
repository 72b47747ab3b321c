// HTML import: a realistic page from tests/data/document, then one property at a time.
#include "document/ArticleImporter.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestHtmlImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newsPage();
    void title_data();
    void title();
    void contentRoot_data();
    void contentRoot();
    void published_data();
    void published();
    void relativeLinksWithoutCanonical();
    void declaredCharset();
    void noReadableText();
};

namespace {
ImportedArticle imported(const QByteArray &html, const QUrl &base = {})
{
    const ImportOutcome outcome = importHtml(html, base);
    if (!outcome.ok())
        qWarning() << outcome.error;
    return outcome.article.value_or(ImportedArticle{});
}
} // namespace

void TestHtmlImporter::newsPage()
{
    QFile file(QStringLiteral(GLOSS_TEST_DATA) + u"/document/article.html"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportOutcome outcome = importHtml(file.readAll(), QUrl(u"https://mirror.example/saved/page.html"_s));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const ImportedArticle &a = *outcome.article;

    QCOMPARE(a.format, u"html"_s);
    QCOMPARE(a.title, u"Harbour ferry returns after storm repairs"_s);
    QCOMPARE(a.author, u"Jonas Eklund"_s);
    QCOMPARE(a.sourceName, u"The Lakeside Courier"_s);
    QCOMPARE(a.url, QUrl(u"https://courier.example/news/2026/ferry-returns"_s));
    QCOMPARE(a.published, QDateTime(QDate(2026, 5, 4), QTime(5, 30), QTimeZone::UTC));

    // The content is the <article>: no site header, navigation, aside or footer; the headline is the
    // title, not a block.
    QCOMPARE(a.blocks.constFirst().text, u"By Jonas Eklund, 4 May 2026"_s);
    QVERIFY(!a.text.contains(u"Harbour ferry returns"_s));
    QVERIFY(!a.text.contains(u"Sport"_s));
    QVERIFY(!a.text.contains(u"Local"_s));
    QVERIFY(!a.text.contains(u"Most read"_s));
    QVERIFY(!a.text.contains(u"\u00A9"_s));
    QVERIFY(a.text.contains(u"commuter Ada\u00A0Lind"_s));
    QVERIFY(a.text.contains(u"The ferry back at the quay."_s));
    for (const QString &bad : {u"script"_s, u"iframe"_s, u"onerror"_s, u"onload"_s, u"javascript"_s, u"tracker"_s, u"showAd"_s})
        QVERIFY2(!a.html.contains(bad, Qt::CaseInsensitive), qPrintable(bad));

    // Relative links and images resolve against the canonical URL, not the mirror it was saved from.
    QVERIFY(a.html.contains(u"href=\"https://courier.example/news/2026/storm-damage\""_s));
    QVERIFY(a.html.contains(u"src=\"https://courier.example/img/ferry.jpg\""_s));
    QVERIFY(a.html.contains(u"<strong>Kanal ferry</strong>"_s));

    QList<Block::Type> types;
    for (const Block &b : a.blocks)
        types.append(b.type);
    QCOMPARE(types, (QList<Block::Type>{Block::Type::Paragraph, Block::Type::Paragraph, Block::Type::Caption,
                                        Block::Type::Paragraph, Block::Type::Quote, Block::Type::ListItem,
                                        Block::Type::ListItem}));
    QCOMPARE(a.text, canonicalText(a.blocks));
}

void TestHtmlImporter::title_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstBlock");

    QTest::newRow("og:title wins") << QByteArray("<head><title>T | Site</title><meta property=og:title content='OG'></head><h1>H</h1><p>x</p>")
                                   << u"OG"_s << u"H"_s;
    QTest::newRow("h1 then dropped") << QByteArray("<head><title>T</title></head><h1> The  H1 </h1><p>x</p>") << u"The H1"_s
                                     << u"x"_s;
    QTest::newRow("title element") << QByteArray("<head><title>Only title</title></head><p>x</p>") << u"Only title"_s
                                   << u"x"_s;
    QTest::newRow("site suffix removed") << QByteArray("<head><title>Story | The Site</title><meta property=og:site_name content='The Site'></head><p>x</p>")
                                         << u"Story"_s << u"x"_s;
    QTest::newRow("h1 differing from og:title kept") << QByteArray("<meta property=og:title content='OG'><h1>Other</h1><p>x</p>")
                                                     << u"OG"_s << u"Other"_s;
    QTest::newRow("nothing: file name from base URL") << QByteArray("<p>x</p>") << u"story"_s << u"x"_s;
}

void TestHtmlImporter::title()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, title);
    QFETCH(QString, firstBlock);
    const ImportedArticle a = imported(html, QUrl(u"https://e.example/news/story.html"_s));
    QCOMPARE(a.title, title);
    QCOMPARE(a.blocks.constFirst().text, firstBlock);
}

void TestHtmlImporter::contentRoot_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("article") << QByteArray("<body><p>outside</p><main><article><p>in article</p></article><p>in main</p></main></body>")
                             << u"in article"_s;
    QTest::newRow("main") << QByteArray("<body><div>outside</div><main><p>in main</p></main></body>") << u"in main"_s;
    QTest::newRow("body") << QByteArray("<body><div>a</div><p>b</p></body>") << u"a\nb"_s;
    QTest::newRow("nav dropped") << QByteArray("<article><nav>Home > News</nav><p>story</p></article>") << u"story"_s;
}

void TestHtmlImporter::contentRoot()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, text);
    QCOMPARE(imported(html).text, text);
}

void TestHtmlImporter::published_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QDateTime>("published");
    const QDateTime expected(QDate(2024, 7, 2), QTime(10, 0), QTimeZone::UTC);
    QTest::newRow("article:published_time") << QByteArray("<meta property='article:published_time' content='2024-07-02T12:00:00+02:00'><p>x</p>")
                                            << expected;
    QTest::newRow("meta date rfc 822") << QByteArray("<meta name=date content='Tue, 02 Jul 2024 10:00:00 GMT'><p>x</p>")
                                       << expected;
    QTest::newRow("itemprop") << QByteArray("<meta itemprop=datePublished content='2024-07-02T10:00:00Z'><p>x</p>") << expected;
    QTest::newRow("time element") << QByteArray("<article><p>x <time datetime='2024-07-02T10:00Z'>today</time></p></article>")
                                  << expected;
    QTest::newRow("unparsable ignored") << QByteArray("<meta name=date content='soon'><p>x</p>") << QDateTime();
    QTest::newRow("none") << QByteArray("<p>x</p>") << QDateTime();
}

void TestHtmlImporter::published()
{
    QFETCH(QByteArray, html);
    QFETCH(QDateTime, published);
    QCOMPARE(imported(html).published, published);
}

void TestHtmlImporter::relativeLinksWithoutCanonical()
{
    const ImportedArticle a = imported("<p><a href='b.html'>b</a> <img src='i.png'></p>", QUrl(u"https://e.example/dir/a.html"_s));
    QVERIFY(a.html.contains(u"href=\"https://e.example/dir/b.html\""_s));
    QVERIFY(a.html.contains(u"src=\"https://e.example/dir/i.png\""_s));
    QCOMPARE(a.url, QUrl(u"https://e.example/dir/a.html"_s));
    QCOMPARE(a.blocks.constFirst().spans.constFirst().href, u"https://e.example/dir/b.html"_s);

    const ImportedArticle local = imported("<p><a href='b.html'>b</a></p>");
    QVERIFY(!local.html.contains(u"href"_s)); // nothing to resolve against: the text stays, the link goes
    QCOMPARE(local.text, u"b"_s);
}

void TestHtmlImporter::declaredCharset()
{
    const ImportOutcome meta = importHtml("<meta charset=\"windows-1252\"><p>caf\xE9 \x93quoted\x94</p>", {});
    QVERIFY(meta.ok());
    QCOMPARE(meta.article->text, u"caf\u00E9 \u201Cquoted\u201D"_s);
    QVERIFY(meta.article->warnings.isEmpty());

    const ImportOutcome httpEquiv = importHtml(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>caf\xE9</p>", {});
    QCOMPARE(httpEquiv.article->text, u"caf\u00E9"_s);

    const ImportOutcome unknown = importHtml("<meta charset=\"x-no-such-charset\"><p>caf\xC3\xA9</p>", {});
    QCOMPARE(unknown.article->text, u"caf\u00E9"_s);
    QCOMPARE(unknown.article->warnings.size(), 1);
    QVERIFY(unknown.article->warnings.constFirst().contains(u"x-no-such-charset"_s));

    const ImportOutcome bomWins = importHtml("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>caf\xC3\xA9</p>", {});
    QCOMPARE(bomWins.article->text, u"caf\u00E9"_s);
}

void TestHtmlImporter::noReadableText()
{
    const ImportOutcome outcome = importHtml("<html><head><title>T</title></head><body><script>x()</script><img src='https://e.com/a.png'></body></html>",
                                             QUrl(u"https://e.example/a.html"_s));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, u"'https://e.example/a.html' contains no readable text"_s);
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
