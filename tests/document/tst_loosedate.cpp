// parseLooseDate(): the date forms articles print or declare, and text that must not pass for a date.
#include "document/LooseDate.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestLooseDate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::UTC);
}
} // namespace

void TestLooseDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("seed date line") << u"\u2022 Tuesday, 02 July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("weekday day month year") << u"Tuesday, 02 July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("day month year") << u"2 July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("month day, year") << u"July 2, 2024"_s << utc(2024, 7, 2);
    QTest::newRow("ordinal") << u"July 2nd, 2024"_s << utc(2024, 7, 2);
    QTest::newRow("of") << u"the 2nd of July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("abbreviated with dot") << u"Jul. 2, 2024"_s << utc(2024, 7, 2);
    QTest::newRow("sept") << u"Sept 30, 2024"_s << utc(2024, 9, 30);
    QTest::newRow("bullet and nbsp") << u"\u2022\u00A0July\u00A02,\u00A02024"_s << utc(2024, 7, 2);
    QTest::newRow("dash bullet") << u"- 2 July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("published label") << u"Published: July 2, 2024"_s << utc(2024, 7, 2);
    QTest::newRow("updated on") << u"Updated on 2 July 2024"_s << utc(2024, 7, 2);
    QTest::newRow("with time pm") << u"July 2, 2024 3:45 pm"_s << utc(2024, 7, 2, 15, 45);
    QTest::newRow("with time attached pm") << u"July 2, 2024 at 12:05am"_s << utc(2024, 7, 2, 0, 5);
    QTest::newRow("with zone") << u"2 July 2024 10:15 CEST"_s << utc(2024, 7, 2, 8, 15);
    QTest::newRow("iso date") << u"2024-07-02"_s << utc(2024, 7, 2);
    QTest::newRow("iso slashes") << u"2024/07/02"_s << utc(2024, 7, 2);
    QTest::newRow("iso Z") << u"2024-07-02T10:15:30Z"_s << utc(2024, 7, 2, 10, 15, 30);
    QTest::newRow("iso fraction") << u"2024-07-02T10:15:30.123Z"_s << utc(2024, 7, 2, 10, 15, 30);
    QTest::newRow("iso offset") << u"2024-07-02T10:15:00+02:00"_s << utc(2024, 7, 2, 8, 15);
    QTest::newRow("iso offset no colon") << u"2024-07-02T10:15:00-0500"_s << utc(2024, 7, 2, 15, 15);
    QTest::newRow("iso space no zone") << u"2024-07-02 10:15"_s << utc(2024, 7, 2, 10, 15);
    QTest::newRow("iso across midnight") << u"2024-07-02T01:00:00+03:00"_s << utc(2024, 7, 1, 22, 0);
    QTest::newRow("rfc 822") << u"Tue, 02 Jul 2024 10:15:00 +0000"_s << utc(2024, 7, 2, 10, 15);
    QTest::newRow("rfc 822 gmt") << u"Tue, 2 Jul 2024 10:15:00 GMT"_s << utc(2024, 7, 2, 10, 15);
    QTest::newRow("rfc 822 est") << u"Tue, 02 Jul 2024 10:15:00 EST"_s << utc(2024, 7, 2, 15, 15);
    QTest::newRow("rfc 822 offset") << u"Tue, 02 Jul 2024 23:30:00 -0200"_s << utc(2024, 7, 3, 1, 30);
    QTest::newRow("european dotted") << u"02.07.2024"_s << utc(2024, 7, 2);
    QTest::newRow("leap day") << u"29 February 2024"_s << utc(2024, 2, 29);
    QTest::newRow("upper case") << u"TUESDAY, 02 JULY 2024"_s << utc(2024, 7, 2);
}

void TestLooseDate::parses()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseLooseDate(text);
    QVERIFY2(parsed.isValid(), qPrintable(text));
    QCOMPARE(parsed, expected);
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestLooseDate::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("bullet only") << u"\u2022"_s;
    QTest::newRow("title") << u"China's Xi backs Putin at start of high-stakes visit to Russia"_s;
    QTest::newRow("sentence with date") << u"On July 2, 2024 the president arrived in Moscow."_s;
    QTest::newRow("month and year only") << u"July 2024"_s;
    QTest::newRow("no year") << u"Tuesday, 2 July"_s;
    QTest::newRow("impossible day") << u"31 February 2024"_s;
    QTest::newRow("iso impossible month") << u"2024-13-02"_s;
    QTest::newRow("ambiguous slashes") << u"07/02/2024"_s;
    QTest::newRow("two months") << u"July June 2 2024"_s;
    QTest::newRow("weekday after date") << u"2 July 2024 Tuesday"_s;
    QTest::newRow("bad zone") << u"2024-07-02T10:00:00+25:00"_s;
    QTest::newRow("pm with 24h clock") << u"July 2, 2024 15:00 pm"_s;
    QTest::newRow("number only") << u"2024"_s;
    QTest::newRow("tags") << u"Tags"_s;
    QTest::newRow("too long") << QString(u"2 July 2024 "_s).repeated(20);
}

void TestLooseDate::refuses()
{
    QFETCH(QString, text);
    QVERIFY2(!parseLooseDate(text).isValid(), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestLooseDate)
#include "tst_loosedate.moc"
