// The PDF export: a real PDF (header, trailer, at least one page) whose text holds everything the
// HTML export shows, laid out where QTextDocument lays out the HTML export, with working links,
// numbered pages, right-to-left paragraphs aligned right, and articles longer than a page cut
// between lines with nothing lost, text that reads back as written through ligatures and fallback
// fonts, pages poppler renders without a complaint. The text is read back with pdftotext when it is installed; without
// it only the structure and the layout are checked, and the test says so.
#include "ExportFixture.h"

#include "export/ExportReader.h"
#include "export/HtmlWriter.h"
#include "export/PdfBlocks.h"
#include "export/PdfContent.h"
#include "export/PdfExport.h"
#include "export/PdfPages.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>

#include <thread>

using namespace gloss;

// A device that takes `room` bytes and then fails every write, as a full disk does.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (written + size > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        written += size;
        return size;
    }

private:
    qint64 m_room;
};

class TestPdfExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    ExportBundle m_bundle;
    QByteArray m_pdf;

    static int pageCount(const QByteArray &pdf)
    {
        return int(QString::fromLatin1(pdf).count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s)));
    }

    // pdftotext's reading of `pdf`, with `options`; a null string without pdftotext.
    QString pdfText(const QByteArray &pdf, const QStringList &options = {})
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            return {};
        const QString path = m_fx->dir.filePath(u"notes.pdf"_s);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
            return {};
        f.close();
        QProcess p;
        p.start(pdftotext, QStringList{u"-enc"_s, u"UTF-8"_s} + options + QStringList{path, u"-"_s});
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static ExportBundle oneArticle(const QString &quote)
    {
        ExportBundle bundle;
        bundle.header.title = u"Long"_s;
        ExportedArticle a;
        a.title = u"A long article"_s;
        ExportedAnnotation n;
        n.color = u"blue"_s;
        n.exact = quote;
        n.comment = u"A *short* comment."_s;
        a.annotations.append(n);
        bundle.articles.append(a);
        return bundle;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        auto bundle = ExportReader(m_fx->library->database()).readAll(ExportScope::wholeLibrary());
        QVERIFY(bundle.ok());
        m_bundle = *bundle;
        m_pdf = renderPdf(m_bundle);
    }

    void isAPdfWithPages()
    {
        QVERIFY(m_pdf.startsWith("%PDF-"));
        QVERIFY(m_pdf.trimmed().endsWith("%%EOF"));
        QVERIFY2(pageCount(m_pdf) >= 1, "no page objects");
        QVERIFY(m_pdf.size() > 2000);
        // Text was drawn as text: the PDF embeds the fonts it was set in.
        QVERIFY(m_pdf.contains("/FontFile") || m_pdf.contains("/Font"));
    }

    void textHoldsTitleAndQuotes()
    {
        const QString text = pdfText(m_pdf).simplified();
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed; only the PDF structure was checked");
        QVERIFY2(text.contains(u"Gloss library"_s), qPrintable(text.left(400)));
        QVERIFY2(text.contains(u"Harbour \"plan\", <script>alert(1)</script>"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"We will rebuild the pier"_s));
        QVERIFY(text.contains(u"Jane Doe"_s));
    }

    // Everything the HTML export shows of an annotation, the comment's Markdown rendered: plain
    // paragraphs (a soft line break reads as a space) and, through QTextDocument, lists, rules,
    // headings and code.
    void textHoldsEverythingTheHtmlShows()
    {
        const QString text = pdfText(m_pdf).simplified();
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString &expected :
             {u"Example News, Inc. · Jane O'Brien · 2024-05-01T10:00:00Z · https://news.example/story?id=1&x=2"_s,
              u"— Jane Doe (Chair, \"Harbour\" Board), said · direct quote"_s, u"=SUM(A1:A2), \"quoted\" line two"_s,
              u"Comment with bold, a \"quote\" and a list:"_s, u"one two"_s, u"title: injected"_s,
              u"<script>alert(1)</script> [image: pixel] ok bad"_s, u"unclosed fence"_s, u"##hash, tag #1984 #needs check"_s,
              u"Blue · 2024-05-02T09:30:00Z"_s, u"Text changed since capture; it read: “<script>alert('y')</script>”"_s,
              u"No longer found in the article’s current text."_s, u"the tide turns, always"_s, u"partial quote"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    // Glyphs are not characters: a ligature stands for several, a doubled letter is two glyphs alike,
    // a character missing from the font comes from another one, Arabic letters take their joined
    // forms. The text read back is the text written all the same (the fonts' ToUnicode maps).
    void textReadsBackThroughLigaturesAndFallbacks()
    {
        const QString quote = u"The office staff affirmed: Gloss \U0001F600 and \u0645\u0631\u062D\u0628\u0627 finally"_s;
        const QByteArray pdf = renderPdf(oneArticle(quote));
        QVERIFY(pdf.contains("/FontFile2"));
        QVERIFY(pdf.contains("/ToUnicode"));
        const QString text = pdfText(pdf);
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        for (const QString &expected : {u"The office staff affirmed: Gloss"_s, u"\U0001F600"_s, u"\u0645\u0631\u062D\u0628\u0627"_s, u"finally"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" in "_s + text));
    }

    // Poppler draws every page without a complaint about the file, its fonts or its content: the
    // fixture's, and a header alone (an export with no article).
    void pagesRenderWithoutErrors()
    {
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed");
        ExportBundle empty;
        empty.header.title = u"Nothing"_s;
        int run = 0;
        for (const QByteArray &pdf : {m_pdf, renderPdf(empty)}) {
            const QString name = u"render%1"_s.arg(++run);
            const QString path = m_fx->dir.filePath(name + u".pdf"_s);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(pdf), pdf.size());
            f.close();
            QProcess p;
            p.start(pdftoppm, {u"-r"_s, u"30"_s, u"-png"_s, path, m_fx->dir.filePath(name)});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
            QCOMPARE(QDir(m_fx->dir.path()).entryList({name + u"*.png"_s}).size(), pageCount(pdf));
        }
    }

    void linksStayLinks()
    {
        QVERIFY(m_pdf.contains("/URI (https://news.example/story?id=1&x=2)"));
        QVERIFY(m_pdf.contains("/URI (https://ok.example/a?b=1&c=2)"));
        QVERIFY(!m_pdf.contains("javascript"));
    }

    void pagesAreNumbered()
    {
        const int pages = pageCount(m_pdf);
        QVERIFY(pages >= 2); // the fixture's second article does not fit under the first
        for (int p = 1; p <= pages; ++p) {
            const QString text = pdfText(m_pdf, {u"-f"_s, QString::number(p), u"-l"_s, QString::number(p)}).simplified();
            if (text.isNull())
                QSKIP("pdftotext (poppler-utils) is not installed");
            QVERIFY2(text.endsWith(QString::number(p)), qPrintable(text.right(80)));
        }
    }

    // dir="auto": a paragraph that starts in Arabic reads right to left and starts at the right edge.
    void rightToLeftParagraphsAlignRight()
    {
        const QString boxes = pdfText(m_pdf, {u"-bbox"_s});
        if (boxes.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const auto left = [&](const QString &word) {
            const QRegularExpression box(u"<word xMin=\"([0-9.]+)\"[^>]*>"_s + QRegularExpression::escape(word) + u"</word>"_s);
            const QRegularExpressionMatch m = box.match(boxes);
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        const double halfPage = 595.0 / 2; // A4, in points
        QVERIFY(left(u"direct"_s) > 0 && left(u"direct"_s) < halfPage);     // — Jane Doe (...), said · direct quote
        QVERIFY2(left(u"reported"_s) > halfPage, qPrintable(boxes.left(200))); // — أحمد (رئيس) · reported quote
    }

    // The blocks sit where QTextDocument puts the HTML export's paragraphs under its style sheet (the
    // PDF used to be that document, printed): a change to one that misses the other shows here.
    void layoutMatchesTheHtmlInQTextDocument()
    {
        const qreal scale = PdfPageGeometry::a4().scale; // the PDF's pixels to a document pixel
        const PdfStyle style = PdfStyle::fromApplication(scale);
        const qreal width = 600;
        for (const ExportedArticle &a : std::as_const(m_bundle.articles)) {
            PdfBlocks blocks = pdfArticleBlocks(a, style);
            const qreal height = layoutBlocks(blocks, width * scale, style);
            QTextDocument document;
            document.setDefaultStyleSheet(HtmlWriter::styleSheet());
            document.setHtml(u"<html><body>"_s + HtmlWriter::articleHtml(a) + u"</body></html>"_s);
            document.setTextWidth(width + 2 * 4);
            QHash<QString, QList<qreal>> tops;
            for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
                tops[b.text().trimmed()].append(document.documentLayout()->blockBoundingRect(b).top());
            int compared = 0;
            for (const PdfBlock &block : blocks) {
                if (block.document)
                    continue;
                const QList<qreal> candidates = tops.value(block.text.trimmed());
                const bool found = std::any_of(candidates.cbegin(), candidates.cend(),
                                               [&](qreal y) { return std::abs(y - block.top / scale) < 0.01; });
                QVERIFY2(found, qPrintable(u"\"%1\" at %2, QTextDocument has it at %3"_s.arg(block.text).arg(block.top / scale).arg(
                                    candidates.isEmpty() ? u"nowhere"_s : QString::number(candidates.first()))));
                ++compared;
            }
            QVERIFY(compared >= 5);
            QCOMPARE(height / scale, document.size().height());
        }
    }

    // An article longer than a page goes on over the next pages, cut between lines, none lost.
    void longArticleIsCutBetweenLines()
    {
        QStringList lines;
        for (int i = 1; i <= 150; ++i)
            lines << u"Line %1 of the quote."_s.arg(i);
        const QByteArray pdf = renderPdf(oneArticle(lines.join(u'\n')));
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pageCount(pdf) >= 3);
        const QString text = pdfText(pdf).simplified();
        if (text.isNull())
            QSKIP("pdftotext (poppler-utils) is not installed");
        qsizetype at = 0;
        for (const QString &line : std::as_const(lines)) {
            QCOMPARE(text.count(line), 1);
            const qsizetype next = text.indexOf(line);
            QVERIFY2(next > at, qPrintable(line));
            at = next;
        }
        QVERIFY(text.contains(u"A short comment."_s));
    }

    // The export dialog writes on a worker thread; the writer draws on a thread of its own besides.
    void writesFromAnyThread()
    {
        QByteArray pdf;
        std::thread worker([&] { pdf = renderPdf(m_bundle); });
        worker.join();
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(pdf), pageCount(m_pdf));
    }

    // A device that fails half-way (a full disk): the export says so, naming the device's error, and
    // every thread stops, also while the exporting thread waits to hand over more articles.
    void fullDeviceIsReported()
    {
        for (qint64 room : {qint64(0), qint64(20000)}) {
            FullDevice device(room);
            PdfWriter writer(&device);
            const Status begun = writer.begin(m_bundle.header);
            Status status = begun;
            for (int i = 0; status.ok() && i < 400; ++i)
                status = writer.article(m_bundle.articles.at(i % m_bundle.articles.size()));
            if (status.ok())
                status = writer.finish();
            QVERIFY2(!status.ok(), qPrintable(QString::number(room)));
            QVERIFY2(status.error().contains(u"No space left on device"_s), qPrintable(status.error()));
            QVERIFY(device.written <= room);
        }
    }

    // A writer dropped before finish() (an export that failed half-way) stops its thread and returns.
    void abandonedWriterStops()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        {
            PdfWriter writer(&buffer);
            QVERIFY(writer.begin(m_bundle.header).ok());
            for (int i = 0; i < 20; ++i)
                QVERIFY(writer.article(m_bundle.articles.at(i % m_bundle.articles.size())).ok());
        }
        QVERIFY(bytes.startsWith("%PDF-"));
    }
};

QTEST_MAIN(TestPdfExport)
#include "tst_pdfexport.moc"
