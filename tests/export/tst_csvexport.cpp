// CSV export against RFC 4180, read back with a strict reader written here (it shares nothing with
// the writer): header, CRLF record ends, quoting of commas, quotes and line breaks, every field
// coming back exactly as stored; the formula guard only when asked for.
#include "ExportFixture.h"

#include "export/CsvWriter.h"
#include "export/ExportFormat.h"
#include "export/ExportReader.h"

using namespace gloss;

namespace {

// RFC 4180 section 2, strictly: records end in CRLF; a field is either plain (no comma, quote, CR,
// LF) or enclosed in quotes with inner quotes doubled. Anything else is an error, reported in *error.
QList<QStringList> readRfc4180(const QByteArray &bytes, QString *error)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i] == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = u"unterminated quoted field"_s;
                    return {};
                }
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < n && text[i] != u',' && text[i] != u'\r' && text[i] != u'\n') {
                if (text[i] == u'"') {
                    *error = u"quote inside an unquoted field at %1"_s.arg(i);
                    return {};
                }
                field += text[i++];
            }
        }
        record << field;
        field.clear();
        if (i < n && text[i] == u',') {
            ++i;
            continue;
        }
        if (i + 1 < n && text[i] == u'\r' && text[i + 1] == u'\n') {
            records << record;
            record.clear();
            i += 2;
            continue;
        }
        *error = i >= n ? u"last record does not end in CRLF"_s : u"bare line break or garbage at %1"_s.arg(i);
        return {};
    }
    return records;
}

QString ts(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT

    std::unique_ptr<ExportFixture> m_fx;
    ExportBundle m_bundle;

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<ExportFixture>();
        QVERIFY(m_fx->open());
        auto bundle = ExportReader(m_fx->library->database()).readAll(ExportScope::wholeLibrary());
        QVERIFY(bundle.ok());
        m_bundle = *bundle;
    }

    void roundTripsEveryField()
    {
        const QByteArray csv = renderExport(ExportFormat::Csv, m_bundle);
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF")); // no byte order mark: the first header is "article_title"
        QString error;
        const QList<QStringList> records = readRfc4180(csv, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(records.first(), (QStringList{u"article_title"_s, u"url"_s, u"published"_s, u"quote"_s, u"speaker"_s,
                                               u"quote_kind"_s, u"comment"_s, u"tags"_s, u"color"_s, u"created"_s,
                                               u"updated"_s, u"state"_s}));
        QList<QStringList> expected;
        for (const ExportedArticle &a : std::as_const(m_bundle.articles)) {
            for (const ExportedAnnotation &n : a.annotations)
                expected << QStringList{a.title,     a.url,       ts(a.published), n.exact,      n.speaker.name,   n.quoteKind,
                                        n.comment,   n.tags.join(u"; "_s), n.color, ts(n.created), ts(n.updated), n.state};
        }
        QCOMPARE(records.size(), expected.size() + 1);
        QCOMPARE(records.mid(1), expected);
        // The hard cases really are in there.
        QString all;
        for (const QStringList &r : std::as_const(expected))
            all += r.join(u'|');
        for (const QString &needle : {u"\"We will rebuild the pier,\""_s, u"\r\nline two"_s, u"مرحبا"_s, u"😀"_s, u"---\n>"_s})
            QVERIFY2(all.contains(needle), qPrintable(needle));
    }

    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("lf") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("cr") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula kept") << u"=1+1"_s << u"=1+1"_s;
    }

    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(CsvWriter::field(value, false), field);
    }

    void formulaGuardIsAnOption()
    {
        QCOMPARE(CsvWriter::field(u"=SUM(A1:A2)"_s, true), u"'=SUM(A1:A2)"_s);
        QCOMPARE(CsvWriter::field(u"+1"_s, true), u"'+1"_s);
        QCOMPARE(CsvWriter::field(u"-1"_s, true), u"'-1"_s);
        QCOMPARE(CsvWriter::field(u"@x"_s, true), u"'@x"_s);
        QCOMPARE(CsvWriter::field(u"=a,b"_s, true), u"\"'=a,b\""_s);
        QCOMPARE(CsvWriter::field(u"safe"_s, true), u"safe"_s);

        ExportOptions guarded;
        guarded.csvFormulaGuard = true;
        QString error;
        const QList<QStringList> records = readRfc4180(renderExport(ExportFormat::Csv, m_bundle, guarded), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList comments;
        for (const QStringList &r : records.mid(1))
            comments << r.at(6);
        QVERIFY(comments.contains(u"'=SUM(A1:A2), \"quoted\"\r\nline two"_s));
        QVERIFY(comments.contains(u"'+1 @everyone -minus"_s));
    }

    void emptyExportIsJustTheHeader()
    {
        const QByteArray csv = renderExport(ExportFormat::Csv, ExportBundle());
        QCOMPARE(csv, QByteArray("article_title,url,published,quote,speaker,quote_kind,comment,tags,color,created,updated,state\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
