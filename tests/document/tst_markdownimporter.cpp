// Markdown import: front matter, the title heading, md4c's HTML through the sanitiser.
#include "document/ArticleImporter.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestMarkdownImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storyWithFrontMatter();
    void titleFromHeading();
    void titleFromFileName();
    void frontMatter_data();
    void frontMatter();
    void badFrontMatterValues();
    void unclosedFrontMatterIsMarkdown();
};

void TestMarkdownImporter::storyWithFrontMatter()
{
    QFile file(QStringLiteral(GLOSS_TEST_DATA) + u"/document/story.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ImportOutcome outcome = importMarkdown(file.readAll(), u"story.md"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const ImportedArticle &a = *outcome.article;
    QCOMPARE(a.format, u"markdown"_s);
    QCOMPARE(a.title, u"Night buses to run all week: a trial"_s);
    QCOMPARE(a.author, u"Mira O'Neill"_s);
    QCOMPARE(a.sourceName, u"The Lakeside Courier"_s);
    QCOMPARE(a.url, QUrl(u"https://example.org/lakeside-courier/night-buses"_s));
    QCOMPARE(a.published, QDateTime(QDate(2026, 10, 14), QTime(8, 30), QTimeZone::UTC));
    QVERIFY(a.warnings.isEmpty());

    // The heading repeating the title is not in the body; raw HTML went through the sanitiser.
    QCOMPARE(a.blocks.constFirst().text, u"The city will run night buses every night of the week from November, a six-month trial."_s);
    QCOMPARE(a.blocks.constFirst().spans,
             (QList<InlineSpan>{{InlineSpan::Kind::Bold, 18, 11, {}}, {InlineSpan::Kind::Italic, 71, 9, {}}}));
    QVERIFY(!a.html.contains(u"script"_s));
    QVERIFY(!a.text.contains(u"alert"_s));
    QVERIFY(a.html.contains(u"<a href=\"https://example.org/people/ida-berg\">Ida Berg</a>"_s));

    const QList<Block> &b = a.blocks;
    QCOMPARE(b.size(), 5);
    QCOMPARE(b.at(2).type, Block::Type::Preformatted);
    QCOMPARE(b.at(2).text, u"print(\"timetable\")"_s);
    QCOMPARE(b.at(2).language, u"python"_s);
    QCOMPARE(b.at(3).type, Block::Type::ListItem);
    QCOMPARE(b.at(4).text, u"Line N2: university to airport"_s);
    QCOMPARE(a.text, canonicalText(a.blocks));
}

void TestMarkdownImporter::titleFromHeading()
{
    const ImportOutcome outcome = importMarkdown("# The *heading*\n\nBody text.\n\n## Section\n\nMore.\n", u"x.md"_s);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.article->title, u"The heading"_s);
    QCOMPARE(outcome.article->text, u"Body text.\nSection\nMore."_s);
    QCOMPARE(outcome.article->blocks.at(1).type, Block::Type::Heading);
    QCOMPARE(outcome.article->blocks.at(1).level, 2);
    QVERIFY(!outcome.article->published.isValid());
    QVERIFY(outcome.article->url.isEmpty()); // in-memory input has no file URL
}

void TestMarkdownImporter::titleFromFileName()
{
    const ImportOutcome outcome = importMarkdown("Just a paragraph.\n\n## Not a title\n", u"/notes/my-note.draft.md"_s);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.article->title, u"my-note.draft"_s);
    QCOMPARE(outcome.article->text, u"Just a paragraph.\nNot a title"_s);
}

void TestMarkdownImporter::frontMatter_data()
{
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QDateTime>("published");

    QTest::newRow("plain values") << QByteArray("---\ntitle: A title: with colon\nauthor: Ann\npublished: 2026-01-02\n---\nBody.\n")
                                  << u"A title: with colon"_s << u"Ann"_s << QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("double quoted") << QByteArray("---\ntitle: \"Say \\\"hi\\\"\"\nauthor: \"Bo\"\n---\nBody.\n")
                                   << u"Say \"hi\""_s << u"Bo"_s << QDateTime();
    QTest::newRow("date key and crlf") << QByteArray("---\r\ntitle: T\r\ndate: July 2, 2024\r\n---\r\nBody.\r\n") << u"T"_s
                                       << QString() << QDateTime(QDate(2024, 7, 2), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("dots close") << QByteArray("---\ntitle: T\n...\nBody.\n") << u"T"_s << QString() << QDateTime();
    QTest::newRow("heading equal to title dropped") << QByteArray("---\ntitle: Same\n---\n# Same\n\nBody.\n") << u"Same"_s
                                                    << QString() << QDateTime();
}

void TestMarkdownImporter::frontMatter()
{
    QFETCH(QByteArray, markdown);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QDateTime, published);
    const ImportOutcome outcome = importMarkdown(markdown, u"f.md"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.article->title, title);
    QCOMPARE(outcome.article->author, author);
    QCOMPARE(outcome.article->published, published);
    QCOMPARE(outcome.article->text, u"Body."_s);
}

void TestMarkdownImporter::badFrontMatterValues()
{
    const ImportOutcome outcome = importMarkdown("---\ntitle: T\npublished: someday\nurl: javascript:alert(1)\n---\nBody.\n", u"f.md"_s);
    QVERIFY(outcome.ok());
    QVERIFY(!outcome.article->published.isValid());
    QVERIFY(outcome.article->url.isEmpty());
    QCOMPARE(outcome.article->warnings.size(), 2);
    QVERIFY(outcome.article->warnings.join(u' ').contains(u"someday"_s));
}

void TestMarkdownImporter::unclosedFrontMatterIsMarkdown()
{
    const ImportOutcome outcome = importMarkdown("---\ntitle: not front matter\n", u"u.md"_s);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.article->title, u"u"_s);
    QCOMPARE(outcome.article->text, u"title: not front matter"_s);
}

QTEST_GUILESS_MAIN(TestMarkdownImporter)
#include "tst_markdownimporter.moc"
