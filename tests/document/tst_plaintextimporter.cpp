// Plain-text import: the shared scraped seed article (checked against its gold metadata) and
// synthetic layouts (date forms, titles, trailing navigation, paragraphs).
#include "document/ArticleImporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestPlainTextImporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedArticle();
    void layouts_data();
    void layouts();
    void escapesMarkup();
    void noReadableText();
};

void TestPlainTextImporter::seedArticle()
{
    const QString shared = QStringLiteral(GLOSS_SHARED_DIR);
    const QString seedPath = shared + u"/seeds/000_15a6f753234c383f.txt"_s;
    const QString goldPath = shared + u"/gold/000_15a6f753234c383f.quotes.json"_s;
    if (!QFile::exists(seedPath) || !QFile::exists(goldPath))
        QSKIP(qPrintable(u"the shared seed article is not available ("_s + seedPath + u" or its gold file is absent)"_s));

    QFile goldFile(goldPath);
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(goldFile.readAll()).object().value(u"expected_metadata"_s).toObject();
    QVERIFY(!expected.isEmpty());

    const ImportOutcome outcome = importArticleFile(seedPath);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const ImportedArticle &a = *outcome.article;
    QCOMPARE(a.format, u"text"_s);
    QCOMPARE(a.title, expected.value(u"title"_s).toString());
    QCOMPARE(a.published, QDateTime(QDate::fromString(expected.value(u"published"_s).toString(), Qt::ISODate), QTime(0, 0),
                                    QTimeZone::UTC));
    QCOMPARE(a.blocks.size(), expected.value(u"body_paragraphs"_s).toInt());
    for (const Block &b : a.blocks)
        QCOMPARE(b.type, Block::Type::Paragraph);
    QVERIFY2(a.blocks.constFirst().text.startsWith(expected.value(u"first_paragraph_starts"_s).toString()),
             qPrintable(a.blocks.constFirst().text));
    QVERIFY2(a.blocks.constLast().text.endsWith(expected.value(u"last_paragraph_ends"_s).toString()),
             qPrintable(a.blocks.constLast().text));
    // The repeated title and the trailing "Tags" are gone; the non-breaking spaces are not.
    QVERIFY(!a.text.contains(a.title));
    QVERIFY(!a.text.endsWith(u"Tags"_s));
    QVERIFY(a.text.contains(u"US\u00A0Secretary of State Antony\u00A0Blinken\u00A0said"_s));
    QCOMPARE(a.text, canonicalText(a.blocks));
    QCOMPARE(a.url, QUrl::fromLocalFile(seedPath));
    QVERIFY(a.warnings.isEmpty());
}

void TestPlainTextImporter::layouts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QStringList>("paragraphs");

    const QDateTime july2(QDate(2024, 7, 2), QTime(0, 0), QTimeZone::UTC);
    const QString body = u"First paragraph of the story.\n\nSecond paragraph.\n"_s;
    const QStringList bodyParas = {u"First paragraph of the story."_s, u"Second paragraph."_s};

    QTest::newRow("seed layout") << u"\u2022 Tuesday, 02 July 2024\n\nThe headline\n\nThe headline\n\n"_s + body + u"\nTags\n"_s
                                 << u"The headline"_s << july2 << bodyParas;
    QTest::newRow("month day year") << u"July 2, 2024\n\nThe headline\n\n"_s + body << u"The headline"_s << july2 << bodyParas;
    QTest::newRow("iso") << u"2024-07-02\n\nThe headline\n\n"_s + body << u"The headline"_s << july2 << bodyParas;
    QTest::newRow("date after title") << u"The headline\n\n2 July 2024\n\n"_s + body << u"The headline"_s << july2
                                      << bodyParas;
    QTest::newRow("no date") << u"The headline\n\n"_s + body << u"The headline"_s << QDateTime() << bodyParas;
    QTest::newRow("first line is a sentence") << body << u"notes"_s << QDateTime() << bodyParas;
    QTest::newRow("first line too long") << QString(u"word "_s.repeated(50) + u"\n\n"_s + body) << u"notes"_s
                                         << QDateTime() << QStringList{u"word "_s.repeated(50).trimmed()} + bodyParas;
    QTest::newRow("single paragraph is not a title") << u"Just one line"_s << u"notes"_s << QDateTime()
                                                     << QStringList{u"Just one line"_s};
    QTest::newRow("trailing navigation") << u"The headline\n\n"_s + body + u"\nShare\n\nAdvertisement\n\nRelated:\n"_s
                                         << u"The headline"_s << QDateTime() << bodyParas;
    QTest::newRow("navigation word inside text kept") << u"The headline\n\nShare\n\n"_s + body << u"The headline"_s
                                                      << QDateTime() << QStringList{u"Share"_s} + bodyParas;
    QTest::newRow("wrapped lines joined") << u"The headline\n\nA paragraph that was\nwrapped at a column.\n\nNext.\n"_s
                                          << u"The headline"_s << QDateTime()
                                          << QStringList{u"A paragraph that was wrapped at a column."_s, u"Next."_s};
    QTest::newRow("crlf") << u"The headline\r\n\r\nOne.\r\nStill one.\r\n\r\nTwo.\r\n"_s << u"The headline"_s
                          << QDateTime() << QStringList{u"One. Still one."_s, u"Two."_s};
    QTest::newRow("no blank lines: one paragraph per line") << u"First line.\nSecond line.\nThird line.\n"_s << u"notes"_s
                                                            << QDateTime()
                                                            << QStringList{u"First line."_s, u"Second line."_s, u"Third line."_s};
    QTest::newRow("nbsp kept, ascii space trimmed") << u"The headline\n\n  a\u00A0b \u00A0\n\nc.\n"_s << u"The headline"_s
                                                    << QDateTime() << QStringList{u"a\u00A0b \u00A0"_s, u"c."_s};
    QTest::newRow("blank lines of nbsp") << u"The headline\n\u00A0\nOne.\n \u00A0 \nTwo.\n"_s << u"The headline"_s
                                         << QDateTime() << QStringList{u"One."_s, u"Two."_s};
}

void TestPlainTextImporter::layouts()
{
    QFETCH(QString, input);
    QFETCH(QString, title);
    QFETCH(QDateTime, published);
    QFETCH(QStringList, paragraphs);

    const ImportOutcome outcome = importPlainText(input.toUtf8(), u"/tmp/notes.txt"_s);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    const ImportedArticle &a = *outcome.article;
    QCOMPARE(a.title, title);
    QCOMPARE(a.published, published);
    QStringList got;
    for (const Block &b : a.blocks)
        got.append(b.text);
    QCOMPARE(got, paragraphs);
    QCOMPARE(a.text, paragraphs.join(u'\n'));
    QCOMPARE(a.format, u"text"_s);
}

void TestPlainTextImporter::escapesMarkup()
{
    const ImportOutcome outcome = importPlainText("Title\n\n<script>alert(1)</script> & <b>not bold</b>\n", u"x.txt"_s);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.article->text, u"<script>alert(1)</script> & <b>not bold</b>"_s);
    QVERIFY(!outcome.article->html.contains(u"<script"_s));
    QVERIFY(outcome.article->html.contains(u"&lt;script&gt;"_s));
    QVERIFY(outcome.article->blocks.constFirst().spans.isEmpty());
}

void TestPlainTextImporter::noReadableText()
{
    const ImportOutcome outcome = importPlainText(" \n\t\n\u00A0\n", u"blank.txt"_s);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, u"'blank.txt' contains no readable text"_s);
    const ImportOutcome empty = importPlainText(QByteArray(), u"empty.txt"_s);
    QCOMPARE(empty.error, u"'empty.txt' is empty"_s);
}

QTEST_GUILESS_MAIN(TestPlainTextImporter)
#include "tst_plaintextimporter.moc"
