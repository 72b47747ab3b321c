// `gloss export` end to end: the real executable on a library built through the command line
// (import, annotate), every format to standard output and to files, the scope options (article,
// speaker by alias, tag, phrase query), per-article Markdown files, and the refusals with their
// exit codes (2 for usage, 1 for failures) and messages naming the problem.
#include "GlossProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray StoryHtml = "<html><head><title>Harbour, \"plan\" &lt;script&gt;</title></head><body><article>"
                             "<p>The harbour board met on Tuesday to discuss the plan.</p>"
                             "<p>\"We will rebuild the north pier before winter,\" said the chair.</p>"
                             "<p>---</p>"
                             "<p>Fishermen said the delay had cost them a season of work. \xF0\x9F\x98\x80</p>"
                             "</article></body></html>";
const QByteArray NotesText = "Council notes\n\nThe mayor said the budget, \"as always\", was tight.\n\nThe clerk agreed.\n";

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_library;
    qint64 m_story = 0;
    qint64 m_notes = 0;

    Run gloss(const QStringList &args) { return runGloss(m_library, args); }

    qint64 importFile(const QString &name, const QByteArray &bytes)
    {
        const Run r = gloss({u"import"_s, writeTestFile(*m_dir, name, bytes), u"--json"_s});
        return r.exitCode == 0 ? r.json().array().first()[u"id"_s].toInteger() : 0;
    }

    bool annotate(qint64 article, const QStringList &options)
    {
        const Run r = gloss(QStringList{u"annotate"_s, QString::number(article)} + options);
        if (r.exitCode != 0)
            qWarning() << "annotate failed:" << r.err;
        return r.exitCode == 0;
    }

    QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_library = m_dir->filePath(u"library.sqlite"_s);
        m_story = importFile(u"story.html"_s, StoryHtml);
        m_notes = importFile(u"notes.txt"_s, NotesText);
        QVERIFY(m_story > 0 && m_notes > 0);
        QVERIFY(annotate(m_story, {u"--quote"_s, u"We will rebuild the north pier before winter,"_s, u"--speaker"_s, u"Jane Doe"_s,
                                   u"--tag"_s, u"harbour works"_s, u"--comment"_s, u"Check **this**, \"really\"\n<script>x</script>"_s}));
        QVERIFY(annotate(m_story, {u"--quote"_s, u"---"_s, u"--color"_s, u"green"_s}));
        QVERIFY(annotate(m_notes, {u"--quote"_s, u"the budget, \"as always\", was tight"_s, u"--speaker"_s, u"Mayor Smith"_s,
                                   u"--kind"_s, u"reported"_s}));
        // An alias for Jane, the way the speaker registry has them after a merge.
        QVERIFY(annotate(m_notes, {u"--quote"_s, u"The clerk agreed"_s, u"--speaker"_s, u"J. Doe"_s}));
        QCOMPARE(gloss({u"speaker-merge"_s, u"J. Doe"_s, u"Jane Doe"_s}).exitCode, 0);
    }

    void markdownToStandardOutputByDefault()
    {
        const Run r = gloss({u"export"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.exitCode, 0);
        const QString md = QString::fromUtf8(r.out);
        QVERIFY2(md.startsWith(u"---\ntitle: \"Gloss library\"\n"_s), qPrintable(md.left(200)));
        QVERIFY(md.contains(u"annotations: 4\n"_s));
        QVERIFY(md.contains(u"> We will rebuild the north pier before winter,\n"_s));
        QVERIFY(md.contains(u"> \\---\n"_s));
        QVERIFY(md.contains(u"— **Jane Doe** · direct quote"_s));
        QVERIFY(md.contains(u"\\<script>x\\</script>"_s));
        QVERIFY(md.contains(u"#harbour-works"_s));
        QVERIFY(r.err.isEmpty() || !r.err.contains(u"exported"_s)); // standard output carries only the export
    }

    void everyFormatToAFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("md") << u"md"_s << QByteArray("---\n");
        QTest::newRow("html") << u"html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("json") << u"json"_s << QByteArray("{");
        QTest::newRow("csv") << u"csv"_s << QByteArray("article_title,url,published,quote,speaker,");
        QTest::newRow("w3c") << u"w3c"_s << QByteArray("{");
        QTest::newRow("pdf") << u"pdf"_s << QByteArray("%PDF-");
    }

    void everyFormatToAFile()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        const QString path = m_dir->filePath(u"notes."_s + format);
        const Run r = gloss({u"export"_s, u"--format"_s, format, u"-o"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(u"exported 4 annotation(s) from 2 article(s) to "_s + path), qPrintable(r.err));
        const QByteArray bytes = readFile(path);
        QVERIFY2(bytes.startsWith(start), bytes.left(80).constData());
        if (format == u"json"_s) {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root[u"format"_s].toString(), u"gloss-notes"_s);
            QCOMPARE(root[u"articles"_s].toArray().size(), 2);
            QVERIFY(!root[u"articles"_s][0][u"text"_s].toString().isEmpty());
            QCOMPARE(root[u"speakers"_s].toArray().size(), 2);
        }
        if (format == u"w3c"_s) {
            const QJsonObject root = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(root[u"type"_s].toString(), u"AnnotationCollection"_s);
            QCOMPARE(root[u"total"_s].toInt(), 4);
            QCOMPARE(root[u"first"_s][u"items"_s].toArray().size(), 4);
        }
        if (format == u"csv"_s)
            QCOMPARE(bytes.count("\r\n"), 5); // header and four records (the comment's own line break is a quoted LF)
    }

    void pdfToARedirectedStandardOutput()
    {
        const Run r = gloss({u"export"_s, u"--format"_s, u"pdf"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("%PDF-"));
        QVERIFY(r.out.trimmed().endsWith("%%EOF"));
    }

    void scopes_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("rows");
        QTest::newRow("speaker by alias, any case") << QStringList{u"--speaker"_s, u"j. doe"_s} << 2;
        QTest::newRow("speaker") << QStringList{u"--speaker"_s, u"Mayor Smith"_s} << 1;
        QTest::newRow("tag") << QStringList{u"--tag"_s, u"HARBOUR WORKS"_s} << 1;
        QTest::newRow("article") << QStringList{u"--article"_s, u"1"_s} << 2;
        QTest::newRow("two articles") << QStringList{u"--article"_s, u"1"_s, u"--article"_s, u"2"_s} << 4;
        QTest::newRow("query") << QStringList{u"--query"_s, u"north pier"_s} << 2;
        QTest::newRow("query and speaker") << QStringList{u"--query"_s, u"budget"_s, u"--speaker"_s, u"Jane Doe"_s} << 1;
    }

    void scopes()
    {
        QFETCH(QStringList, options);
        QFETCH(int, rows);
        const Run r = gloss(QStringList{u"export"_s, u"--format"_s, u"csv"_s} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Every record ends in CRLF; the one comment with a line break has a bare LF, quoted.
        QCOMPARE(int(r.out.count("\r\n")) - 1, rows);
    }

    void queryIsAPhraseNotSyntax()
    {
        // FTS5 operators and quotes in the user's words are words, not query syntax.
        Run r = gloss({u"export"_s, u"--format"_s, u"csv"_s, u"--query"_s, u"pier\" OR budget*"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no article matches 'pier\" OR budget*'"_s), qPrintable(r.err));
        r = gloss({u"export"_s, u"--format"_s, u"csv"_s, u"--query"_s, u"'); DROP TABLE articles; --"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(gloss({u"export"_s, u"--format"_s, u"csv"_s}).exitCode, 0); // the library is intact
        r = gloss({u"export"_s, u"--format"_s, u"csv"_s, u"--query"_s, u"!!!"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"no words to search for"_s), qPrintable(r.err));
    }

    void markdownFilePerArticle()
    {
        const QString folder = m_dir->filePath(u"vault/gloss"_s);
        const Run r = gloss({u"export"_s, u"--format"_s, u"md"_s, u"--per-article"_s, u"-o"_s, folder});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = QDir(folder).entryList({u"*.md"_s}, QDir::Files);
        QCOMPARE(files.size(), 2);
        for (const QString &f : files)
            QVERIFY(readFile(QDir(folder).filePath(f)).startsWith("---\ntitle: "));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList{} << 2 << u"--format is required"_s;
        QTest::newRow("unknown format") << QStringList{u"--format"_s, u"docx"_s} << 2 << u"unknown format 'docx'"_s;
        QTest::newRow("bad id") << QStringList{u"--format"_s, u"md"_s, u"--article"_s, u"abc"_s} << 2 << u"'abc' is not an article id"_s;
        QTest::newRow("stray argument") << QStringList{u"--format"_s, u"md"_s, u"extra"_s} << 2 << u"unexpected argument 'extra'"_s;
        QTest::newRow("per-article needs md") << QStringList{u"--format"_s, u"csv"_s, u"--per-article"_s, u"-o"_s, u"x"_s} << 2
                                              << u"--per-article is for --format md"_s;
        QTest::newRow("per-article needs a folder") << QStringList{u"--format"_s, u"md"_s, u"--per-article"_s} << 2
                                                    << u"--per-article needs a folder"_s;
        QTest::newRow("no such article") << QStringList{u"--format"_s, u"md"_s, u"--article"_s, u"999"_s} << 1
                                         << u"there is no article 999"_s;
        QTest::newRow("no such speaker") << QStringList{u"--format"_s, u"md"_s, u"--speaker"_s, u"Nobody"_s} << 1
                                         << u"there is no speaker named 'Nobody'"_s;
        QTest::newRow("no such tag") << QStringList{u"--format"_s, u"md"_s, u"--tag"_s, u"nope"_s} << 1 << u"there is no tag 'nope'"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = gloss(QStringList{u"export"_s} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void unwritableOutputLeavesNothing()
    {
        const QString path = m_dir->filePath(u"missing/folder/notes.md"_s);
        const Run r = gloss({u"export"_s, u"--format"_s, u"md"_s, u"-o"_s, path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void helpListsTheVerb()
    {
        const Run r = gloss({u"--help"_s});
        QVERIFY(QString::fromUtf8(r.out).contains(u"export --format md|html|json|csv|w3c|pdf"_s));
        const Run verb = gloss({u"export"_s, u"--help"_s});
        QCOMPARE(verb.exitCode, 0);
        QVERIFY(QString::fromUtf8(verb.out).contains(u"--csv-formula-guard"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
