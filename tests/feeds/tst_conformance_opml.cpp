// The opml-parser project's samples (../shared/conformance/opml-parser): the good files import
// fully (every <outline> becomes an OpmlOutline), the bad ones never crash and either give a
// clear error or a lenient result with warnings saying what was forgiven (EXPECTED_BAD.tsv lists
// what the original strict parser objects to).
#include "feeds/OpmlParser.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QString opmlDir()
{
    return QStringLiteral(GLOSS_SHARED_DIR "/conformance/opml-parser");
}

int countOutlines(const QList<gloss::OpmlOutline> &outlines)
{
    int n = 0;
    for (const gloss::OpmlOutline &o : outlines)
        n += 1 + countOutlines(o.children);
    return n;
}

// An independent count, straight from the XML.
int outlinesInFile(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    int n = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == "outline"_L1)
            ++n;
    }
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList badFiles()
{
    QStringList files;
    const QList<QByteArray> lines = readAll(opmlDir() + u"/EXPECTED_BAD.tsv"_s).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith('#') || line.startsWith("file\t") || line.trimmed().isEmpty())
            continue;
        files.append(QString::fromUtf8(line.split('\t').first()));
    }
    return files;
}

} // namespace

class TestConformanceOpml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(opmlDir()).exists())
            QSKIP("../shared/conformance/opml-parser is absent: the OPML conformance suite is not run");
    }

    void goodFilesImportFully_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList bad = badFiles();
        const QStringList all = QDir(opmlDir() + u"/src/test/resources"_s).entryList({u"*.opml"_s}, QDir::Files, QDir::Name);
        for (const QString &f : all) {
            if (!bad.contains(f))
                QTest::newRow(qPrintable(f)) << f;
        }
    }

    void goodFilesImportFully()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(opmlDir() + u"/src/test/resources/"_s + file);
        const gloss::OpmlParseResult r = gloss::parseOpml(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(countOutlines(r.document->outlines), outlinesInFile(bytes));
    }

    void goodFileCount()
    {
        const QStringList all = QDir(opmlDir() + u"/src/test/resources"_s).entryList({u"*.opml"_s}, QDir::Files);
        QCOMPARE(all.size() - badFiles().size(), 11);
    }

    void badFilesAreHandled_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &f : badFiles())
            QTest::newRow(qPrintable(f)) << f;
    }

    void badFilesAreHandled()
    {
        QFETCH(QString, file);
        const QByteArray bytes = readAll(opmlDir() + u"/src/test/resources/"_s + file);
        QVERIFY(!bytes.isEmpty());
        const gloss::OpmlParseResult r = gloss::parseOpml(bytes);
        if (r.ok())
            qInfo("%s: accepted leniently (%s)", qPrintable(file),
                  qPrintable(r.warnings.isEmpty() ? u"head fields not validated"_s : r.warnings.join(u"; "_s)));
        else
            QVERIFY2(r.error.size() > 10, qPrintable(file + u": unclear error '"_s + r.error + u'\''));
    }
};

QTEST_GUILESS_MAIN(TestConformanceOpml)
#include "tst_conformance_opml.moc"
