// importArticleFile() on real files: what is refused (and how it is said), what is repaired, and
// which importer a file goes to.
#include "document/ArticleImporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestArticleFileImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void refused_data();
    void refused();
    void tooLarge();
    void unreadable();
    void invalidUtf8IsRepaired();
    void encodings_data();
    void encodings();
    void dispatch_data();
    void dispatch();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::optional<QTemporaryDir> m_dir;
};

void TestArticleFileImport::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

QString TestArticleFileImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

void TestArticleFileImport::refused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // null: do not create the file
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << u"empty.txt"_s << QByteArray("") << u"is empty"_s;
    QTest::newRow("binary") << u"image.txt"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << u"looks like a binary file (it contains NUL bytes)"_s;
    QTest::newRow("binary html") << u"page.html"_s << QByteArray("<p>a\0b</p>", 10)
                                 << u"looks like a binary file (it contains NUL bytes)"_s;
    QTest::newRow("missing") << u"missing.md"_s << QByteArray() << u"does not exist"_s;
    QTest::newRow("only white space") << u"blank.txt"_s << QByteArray(" \n\n\t \n") << u"contains no readable text"_s;
    QTest::newRow("html without text") << u"blank.html"_s << QByteArray("<html><body><script>x()</script><!-- c --></body></html>")
                                       << u"contains no readable text"_s;
    QTest::newRow("markdown without text") << u"blank.md"_s << QByteArray("---\ntitle: T\n---\n\n") << u"contains no readable text"_s;
}

void TestArticleFileImport::refused()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    const QString path = bytes.isNull() ? m_dir->filePath(name) : write(name, bytes);
    const ImportOutcome outcome = importArticleFile(path);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, u"'"_s + path + u"' "_s + problem);
}

void TestArticleFileImport::tooLarge()
{
    // A sparse 50 MB file: refused from its size, before anything is read.
    const QString path = m_dir->filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50 * 1024 * 1024));
    file.close();
    const ImportOutcome outcome = importArticleFile(path);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error, u"'"_s + path + u"' is too large (50.0 MB; the limit is 16 MB)"_s);

    const QString dir = m_dir->filePath(u"folder.txt"_s);
    QVERIFY(QDir().mkpath(dir));
    QCOMPARE(importArticleFile(dir).error, u"'"_s + dir + u"' is a folder, not a file"_s);
}

void TestArticleFileImport::unreadable()
{
    const QString path = write(u"secret.txt"_s, "Title\n\nText.\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running with privileges that read any file (root): cannot test an unreadable file");
    const ImportOutcome outcome = importArticleFile(path);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.error.startsWith(u"'"_s + path + u"' cannot be read: "_s), qPrintable(outcome.error));
}

void TestArticleFileImport::invalidUtf8IsRepaired()
{
    const QString path = write(u"latin1.txt"_s, "Caf\xE9 news\n\nThe caf\xE9 opened. Na\xEFve \xFF.\n");
    const ImportOutcome outcome = importArticleFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.article->title, u"Caf\uFFFD news"_s);
    QCOMPARE(outcome.article->text, u"The caf\uFFFD opened. Na\uFFFDve \uFFFD."_s);
    QCOMPARE(outcome.article->warnings, QStringList{u"invalid UTF-8 replaced by U+FFFD at 4 places"_s});

    // A U+FFFD that was in the file already is not counted as a repair.
    const ImportOutcome one = importArticleFile(write(u"one.txt"_s, "T\n\n\xEF\xBF\xBD ok \xC3\n"));
    QCOMPARE(one.article->warnings, QStringList{u"invalid UTF-8 replaced by U+FFFD at 1 place"_s});
}

void TestArticleFileImport::encodings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");

    const QString text = u"Caf\u00E9 \u201Cnews\u201D\n\nThe story \u2014 in full.\n"_s;
    QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-8") << u"a.txt"_s << text.toUtf8();
    QTest::newRow("utf-8 bom") << u"b.txt"_s << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("utf-16le bom") << u"c.txt"_s << QByteArray(le.encode(text));
    QTest::newRow("utf-16be bom") << u"d.txt"_s << QByteArray(be.encode(text));
    QStringEncoder le2(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    QTest::newRow("utf-16le html") << u"e.html"_s
                                   << QByteArray(le2.encode(u"<title>Caf\u00E9 \u201Cnews\u201D</title><p>The story \u2014 in full.</p>"_s));
}

void TestArticleFileImport::encodings()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const ImportOutcome outcome = importArticleFile(write(name, bytes));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.article->title, u"Caf\u00E9 \u201Cnews\u201D"_s);
    QCOMPARE(outcome.article->text, u"The story \u2014 in full."_s);
    QVERIFY(outcome.article->warnings.isEmpty());
}

void TestArticleFileImport::dispatch_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QString>("title");

    const QByteArray markdown = "# Head\n\nSome *text*.\n";
    const QByteArray html = "<!DOCTYPE html><title>Head</title><p>Some <em>text</em>.</p>";
    QTest::newRow(".txt") << u"a.txt"_s << markdown << u"text"_s << u"Some *text*."_s << QStringList() << u"# Head"_s;
    QTest::newRow(".TEXT") << u"a.TEXT"_s << markdown << u"text"_s << u"Some *text*."_s << QStringList() << u"# Head"_s;
    QTest::newRow(".md") << u"a.md"_s << markdown << u"markdown"_s << u"Some text."_s << QStringList() << u"Head"_s;
    QTest::newRow(".markdown") << u"a.markdown"_s << markdown << u"markdown"_s << u"Some text."_s << QStringList() << u"Head"_s;
    QTest::newRow(".htm") << u"a.htm"_s << html << u"html"_s << u"Some text."_s << QStringList() << u"Head"_s;
    QTest::newRow(".xhtml") << u"a.xhtml"_s << html << u"html"_s << u"Some text."_s << QStringList() << u"Head"_s;
    QTest::newRow("sniffed html") << u"a.page"_s << html << u"html"_s << u"Some text."_s
                                  << QStringList{u"unknown file extension; read as HTML"_s} << u"Head"_s;
    QTest::newRow("sniffed markdown") << u"README"_s << markdown << u"markdown"_s << u"Some text."_s
                                      << QStringList{u"unknown file extension; read as Markdown"_s} << u"Head"_s;
    QTest::newRow("sniffed text") << u"a.log"_s << QByteArray("Head\n\nSome <em>text</em>.\n") << u"text"_s
                                  << u"Some <em>text</em>."_s << QStringList{u"unknown file extension; read as plain text"_s} << u"Head"_s;
}

void TestArticleFileImport::dispatch()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QStringList, warnings);
    QFETCH(QString, title);
    const QString path = write(name, bytes);
    const ImportOutcome outcome = importArticleFile(path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QCOMPARE(outcome.article->format, format);
    QCOMPARE(outcome.article->title, title);
    QCOMPARE(outcome.article->text, text);
    QCOMPARE(outcome.article->warnings, warnings);
    QCOMPARE(outcome.article->url, QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

QTEST_GUILESS_MAIN(TestArticleFileImport)
#include "tst_articlefileimport.moc"
