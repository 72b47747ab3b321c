// Saving an export through QSaveFile: a finished export replaces the file; a failed one (an error
// half way through) leaves no file behind, or the earlier file exactly as it was. And streaming a
// library straight into a writer gives the same bytes as rendering the gathered bundle.
#include "ExportFixture.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace gloss;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes half an export, then fails the way a full disk or a cancelled export would.
Status failHalfway(QIODevice *device)
{
    device->write("{\"format\":\"gloss-notes\",\"articles\":[");
    return Error{u"cancelled"_s};
}

} // namespace

class TestExportSave : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
    }

    void savesCompleteFile()
    {
        const QString path = m_fx->dir.filePath(u"notes.csv"_s);
        const Status s = saveExport(path, [this](QIODevice *device) {
            const auto writer = makeWriter(ExportFormat::Csv, device);
            return ExportReader(m_fx->library->database()).read(ExportScope::wholeLibrary(), *writer);
        });
        QVERIFY2(s.ok(), qPrintable(s.error()));
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("article_title,url,published,quote,"));
        QVERIFY(bytes.endsWith("\r\n"));
    }

    void failureLeavesNoHalfFile()
    {
        const QString path = m_fx->dir.filePath(u"new.json"_s);
        const Status s = saveExport(path, failHalfway);
        QCOMPARE(s.error(), u"cancelled"_s);
        QVERIFY(!QFile::exists(path));
        // Nor a temporary file beside it.
        QCOMPARE(QDir(m_fx->dir.path()).entryList({u"new.json*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void failureKeepsTheEarlierFile()
    {
        const QString path = m_fx->dir.filePath(u"old.json"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier export");
        }
        QVERIFY(!saveExport(path, failHalfway).ok());
        QCOMPARE(fileBytes(path), QByteArray("earlier export"));
    }

    void unwritablePathIsAnError()
    {
        const Status s = saveExport(m_fx->dir.filePath(u"no/such/folder/x.md"_s), [](QIODevice *) { return Status(); });
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(u"no/such/folder/x.md"_s), qPrintable(s.error()));
    }

    void streamingEqualsRenderingTheBundle_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"md", "html", "json", "csv", "w3c"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void streamingEqualsRenderingTheBundle()
    {
        QFETCH(QString, name);
        const ExportFormat format = exportFormatFromName(name).value();
        ExportScope scope;
        scope.includeUnannotated = true;
        scope.withContent = true;
        auto bundle = ExportReader(m_fx->library->database()).readAll(scope);
        QVERIFY(bundle.ok());
        QByteArray streamed;
        QBuffer buffer(&streamed);
        buffer.open(QIODevice::WriteOnly);
        const auto writer = makeWriter(format, &buffer);
        // The same export time, so the two can be compared byte for byte.
        ExportBundle replay = *bundle;
        QVERIFY(replayBundle(replay, *writer).ok());
        QCOMPARE(renderExport(format, *bundle), streamed);
        QVERIFY(streamed.size() > 100);
    }

    void formatNames()
    {
        QCOMPARE(exportFormatFromName(u"MD"_s), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromName(u"markdown"_s), ExportFormat::Markdown);
        QCOMPARE(exportFormatFromName(u"w3c"_s), ExportFormat::W3c);
        QCOMPARE(exportFormatFromName(u"pdf"_s), ExportFormat::Pdf);
        QVERIFY(!exportFormatFromName(u"docx"_s));
        QCOMPARE(exportFileSuffix(ExportFormat::W3c), u"jsonld"_s);
        QVERIFY(exportNeedsContent(ExportFormat::Json));
        QVERIFY(!exportNeedsContent(ExportFormat::Csv));
        QVERIFY(!makeWriter(ExportFormat::Pdf, nullptr));
    }
};

QTEST_GUILESS_MAIN(TestExportSave)
#include "tst_exportsave.moc"
