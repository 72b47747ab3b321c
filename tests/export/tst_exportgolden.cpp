// Golden files: each text format's export of the awkward fixture library (ExportFixture.h), compared
// byte for byte with tests/data/export/golden/. Any change to a writer's output shows up here as a
// diff to review; when the change is intended, tests/export/regenerate-golden rewrites the files.
// (PDF is left out: its bytes carry a creation time and font subsets that vary by machine.)
#include "ExportFixture.h"

#include "export/ExportFormat.h"
#include "export/ExportReader.h"

#include <QDir>
#include <QFile>

using namespace gloss;

namespace {

QString goldenPath(const QString &suffix)
{
    return QStringLiteral(GLOSS_TEST_DATA) + u"/export/golden/fixture."_s + suffix;
}

bool regenerating()
{
    return qEnvironmentVariableIntValue("GLOSS_REGENERATE_GOLDEN") == 1;
}

// What depends on the moment the fixture was built (export time, the time articles were added,
// random annotation uuids) is pinned, so the output depends only on the writers.
void pin(ExportBundle &bundle)
{
    const QDateTime moment(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::UTC);
    bundle.header.exportedAt = moment;
    for (ExportedArticle &article : bundle.articles) {
        article.added = moment;
        for (ExportedAnnotation &annotation : article.annotations)
            annotation.uuid = u"00000000-0000-4000-8000-%1"_s.arg(annotation.id, 12, 10, QLatin1Char('0'));
    }
}

} // namespace

class TestExportGolden : public QObject {
    Q_OBJECT

    ExportFixture m_fixture;
    ExportBundle m_bundle;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.open());
        ExportScope scope = ExportScope::wholeLibrary();
        scope.includeUnannotated = true;
        scope.withContent = true;
        auto bundle = ExportReader(m_fixture.library->database()).readAll(scope);
        QVERIFY2(bundle.ok(), qPrintable(bundle.error()));
        m_bundle = *bundle;
        pin(m_bundle);
        QCOMPARE(m_bundle.articles.size(), 4);
    }

    void matchesGoldenFile_data()
    {
        QTest::addColumn<int>("format");
        for (ExportFormat f : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Json, ExportFormat::Csv, ExportFormat::W3c})
            QTest::newRow(qPrintable(exportFormatName(f))) << int(f);
    }

    void matchesGoldenFile()
    {
        QFETCH(int, format);
        const auto f = ExportFormat(format);
        const QByteArray actual = renderExport(f, m_bundle);
        QVERIFY(!actual.isEmpty());
        const QString path = goldenPath(exportFileSuffix(f));
        if (regenerating()) {
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
            out.write(actual);
            QSKIP(qPrintable(u"regenerated "_s + path));
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly),
                 qPrintable(u"%1 is missing: run tests/export/regenerate-golden"_s.arg(path)));
        const QByteArray expected = golden.readAll();
        if (actual != expected) {
            // Leave the new output beside the build for a diff.
            const QString actualPath = QDir(QStringLiteral(GLOSS_BINARY_DIR)).filePath(u"golden-actual."_s + exportFileSuffix(f));
            QFile out(actualPath);
            if (out.open(QIODevice::WriteOnly))
                out.write(actual);
            qsizetype at = 0;
            while (at < actual.size() && at < expected.size() && actual[at] == expected[at])
                ++at;
            QFAIL(qPrintable(u"the %1 export differs from %2 from byte %3 on (new output: %4). If the change is "
                             "intended, run tests/export/regenerate-golden and review the diff."_s
                                 .arg(exportFormatName(f), path)
                                 .arg(at)
                                 .arg(actualPath)));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportGolden)
#include "tst_exportgolden.moc"
