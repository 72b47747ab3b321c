// The PDF export: a real PDF (header, trailer, at least one page) whose text holds the title and the
// quotes. The text is read back with pdftotext when it is installed; without it only the structure
// is checked, and the test says so.
#include "ExportFixture.h"

#include "export/ExportReader.h"
#include "export/PdfExport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace gloss;

class TestPdfExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    QByteArray m_pdf;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        auto bundle = ExportReader(m_fx->library->database()).readAll(ExportScope::wholeLibrary());
        QVERIFY(bundle.ok());
        m_pdf = renderPdf(*bundle);
    }

    void isAPdfWithPages()
    {
        QVERIFY(m_pdf.startsWith("%PDF-"));
        QVERIFY(m_pdf.trimmed().endsWith("%%EOF"));
        const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
        QVERIFY2(QString::fromLatin1(m_pdf).count(page) >= 1, "no page objects");
        QVERIFY(m_pdf.size() > 2000);
        // Text was drawn as text: the PDF embeds the fonts it was set in.
        QVERIFY(m_pdf.contains("/FontFile") || m_pdf.contains("/Font"));
    }

    void textHoldsTitleAndQuotes()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed; only the PDF structure was checked");
        const QString path = m_fx->dir.filePath(u"notes.pdf"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_pdf);
        f.close();
        QProcess p;
        p.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(u"Gloss library"_s), qPrintable(text.left(400)));
        QVERIFY2(text.contains(u"Harbour \"plan\", <script>alert(1)</script>"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"We will rebuild the pier"_s));
        QVERIFY(text.contains(u"Jane Doe"_s));
    }

    void writesPlainHtmlToo()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writePdf(u"<h1>x</h1>"_s, u"x"_s, &buffer).ok());
        QVERIFY(bytes.startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
