// The parts the PDF export writes its file with: PDF syntax (numbers, strings, names), the object
// writer (every cross-reference offset points at its object; Flate streams decompress to what was
// written) and the TrueType subsets embedded as fonts (the kept glyphs have the original outlines,
// composite glyphs keep their parts, the others are empty; the font loads).
#include "export/PdfFile.h"
#include "export/PdfSyntax.h"
#include "export/TrueTypeSubset.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainterPath>
#include <QRawFont>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestPdfWriter : public QObject {
    Q_OBJECT

    static QRawFont serif()
    {
        QFont font;
        font.setFamilies({u"Noto Serif"_s, u"DejaVu Serif"_s, u"serif"_s});
        font.setPixelSize(100);
        return QRawFont::fromFont(font);
    }

    static QByteArray real(double v)
    {
        QByteArray out;
        pdf::appendReal(out, v);
        return out;
    }

private Q_SLOTS:
    void numbersHaveNoExponentAndTwoDecimalsAtMost()
    {
        QCOMPARE(real(2.0), "2");
        QCOMPARE(real(1.5), "1.5");
        QCOMPARE(real(-0.25), "-0.25");
        QCOMPARE(real(0.004), "0");
        QCOMPARE(real(-0.006), "-0.01");
        QCOMPARE(real(1e-9), "0");
        QCOMPARE(real(123456.789), "123456.79");
        QByteArray ints;
        pdf::appendInt(ints, std::numeric_limits<qint64>::min());
        ints.append(' ');
        pdf::appendInt(ints, 0);
        ints.append(' ');
        pdf::appendHex4(ints, 0xbeef);
        QCOMPARE(ints, "-9223372036854775808 0 BEEF");
    }

    void stringsAndNamesAreEscaped()
    {
        QCOMPARE(pdf::literalString("a(b)c\\d"), "(a\\(b\\)c\\\\d)");
        QCOMPARE(pdf::name("Noto Serif#1/x"), "/Noto#20Serif#231#2Fx");
        QCOMPARE(pdf::textString(u"é€"_s), "<FEFF00E920AC>");
    }

    void crossReferencePointsAtEachObject()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfFile file(&buffer);
        const int first = file.reserve();
        const int second = file.reserve();
        const int never = file.reserve(); // reserved, never written: a free entry
        const QByteArray data = QByteArray("BT /F1 12 Tf (hello) Tj ET\n").repeated(200);
        file.stream(second, " /Type /Test", data, 6);
        file.object(first, "<< /Second 2 0 R >>");
        QVERIFY(file.finish(first, second));
        QVERIFY(bytes.startsWith("%PDF-1.7\n"));
        QVERIFY(bytes.endsWith("%%EOF\n"));

        const qsizetype startxref = bytes.lastIndexOf("startxref\n");
        const qint64 xref = bytes.mid(startxref + 10).split('\n').first().toLongLong();
        QVERIFY(bytes.mid(xref).startsWith("xref\n0 4\n"));
        const QList<QByteArray> rows = bytes.mid(xref).split('\n');
        for (int number : {first, second}) {
            const QByteArray row = rows.at(2 + number);
            QVERIFY2(row.endsWith(" 00000 n "), row.constData());
            const qint64 offset = row.left(10).toLongLong();
            QVERIFY2(bytes.mid(offset).startsWith(QByteArray(QByteArray::number(number) + " 0 obj\n")), row.constData());
        }
        QVERIFY(rows.at(2 + never).endsWith(" f "));

        // The stream decompresses to the bytes written.
        const QRegularExpression length(u"/Filter /FlateDecode /Length (\\d+) >>\nstream\n"_s);
        const QRegularExpressionMatch m = length.match(QString::fromLatin1(bytes));
        QVERIFY(m.hasMatch());
        const QByteArray deflated = bytes.mid(m.capturedEnd(), m.captured(1).toLongLong());
        QVERIFY(deflated.size() < data.size() / 10);
        QByteArray withLength(4, '\0');
        qToBigEndian<quint32>(quint32(data.size()), withLength.data());
        QCOMPARE(qUncompress(withLength + deflated), data);
    }

    void subsetKeepsTheUsedGlyphsAndTheirParts()
    {
        const QRawFont font = serif();
        const TrueTypeTables tables = TrueTypeTables::of(font);
        if (!tables.isTrueType())
            QSKIP("no TrueType serif font installed");
        const QList<quint32> kept = font.glyphIndexesForString(u"Gloss é"_s);
        const QList<quint32> dropped = font.glyphIndexesForString(u"zq"_s);
        std::vector<char> used(tables.glyphCount(), 0);
        for (quint32 g : kept)
            used[g] = 1;
        const QByteArray subset = subsetTrueType(tables, used);
        QVERIFY(subset.size() < font.fontTable("glyf").size() / 4);

        const QRawFont loaded(subset, 100);
        QVERIFY(loaded.isValid());
        for (quint32 g : kept) {
            const QPainterPath original = font.pathForGlyph(g);
            const QPainterPath copy = loaded.pathForGlyph(g);
            QCOMPARE(copy.elementCount(), original.elementCount());
            QCOMPARE(copy.boundingRect(), original.boundingRect());
        }
        for (quint32 g : dropped) {
            QVERIFY(!font.pathForGlyph(g).isEmpty());
            QVERIFY(loaded.pathForGlyph(g).isEmpty());
        }
        // The advances the PDF declares are the font's (Qt keeps them in 1/64 pixel).
        const std::vector<int> advances = tables.advances();
        const QList<QPointF> qtAdvances = font.advancesForGlyphIndexes(kept, QRawFont::UseDesignMetrics);
        for (qsizetype i = 0; i < kept.size(); ++i)
            QVERIFY2(std::abs(advances[kept[i]] * 100.0 / tables.unitsPerEm() - qtAdvances[i].x()) <= 1.0 / 64, qPrintable(u"%1 %2 %3"_s.arg(advances[kept[i]]).arg(tables.unitsPerEm()).arg(qtAdvances[i].x())));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts
    TestPdfWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfwriter.moc"
