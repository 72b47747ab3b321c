// parseFeedDate: RFC 822 with every zone form, ISO 8601/RFC 3339 and the sloppy variants feeds write.
#include "feeds/DateParsing.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestFeedDates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // ISO 8601 UTC, empty for "not a date"
        const QString base = u"2003-12-31T13:00:00Z"_s;
        QTest::newRow("rfc822 GMT") << u"Wed, 31 Dec 2003 13:00:00 GMT"_s << base;
        QTest::newRow("rfc822 UT") << u"Wed, 31 Dec 2003 13:00:00 UT"_s << base;
        QTest::newRow("rfc822 Z") << u"Wed, 31 Dec 2003 13:00:00 Z"_s << base;
        QTest::newRow("rfc822 +0000") << u"Wed, 31 Dec 2003 13:00:00 +0000"_s << base;
        QTest::newRow("rfc822 -0500") << u"Wed, 31 Dec 2003 08:00:00 -0500"_s << base;
        QTest::newRow("rfc822 +05:30") << u"Wed, 31 Dec 2003 18:30:00 +05:30"_s << base;
        QTest::newRow("EST") << u"Wed, 31 Dec 2003 08:00:00 EST"_s << base;
        QTest::newRow("EDT") << u"Wed, 31 Dec 2003 09:00:00 EDT"_s << base;
        QTest::newRow("CST") << u"Wed, 31 Dec 2003 07:00:00 CST"_s << base;
        QTest::newRow("CDT") << u"Wed, 31 Dec 2003 08:00:00 CDT"_s << base;
        QTest::newRow("MST") << u"Wed, 31 Dec 2003 06:00:00 MST"_s << base;
        QTest::newRow("MDT") << u"Wed, 31 Dec 2003 07:00:00 MDT"_s << base;
        QTest::newRow("PST") << u"Wed, 31 Dec 2003 05:00:00 PST"_s << base;
        QTest::newRow("PDT") << u"Wed, 31 Dec 2003 06:00:00 PDT"_s << base;
        QTest::newRow("military A") << u"Wed, 31 Dec 2003 12:00:00 A"_s << base;
        QTest::newRow("military M") << u"Wed, 31 Dec 2003 01:00:00 M"_s << base;
        QTest::newRow("military N") << u"Wed, 31 Dec 2003 14:00:00 N"_s << base;
        QTest::newRow("military Y") << u"Thu, 01 Jan 2004 01:00:00 Y"_s << base;
        QTest::newRow("no weekday") << u"31 Dec 2003 13:00:00 GMT"_s << base;
        QTest::newRow("no seconds") << u"Wed, 31 Dec 2003 13:00 GMT"_s << base;
        QTest::newRow("no zone") << u"Wed, 31 Dec 2003 13:00:00"_s << base;
        QTest::newRow("two-digit year") << u"Wed, 31 Dec 03 13:00:00 GMT"_s << base;
        QTest::newRow("full month") << u"Wednesday, 31 December 2003 13:00:00 GMT"_s << base;
        QTest::newRow("dashes") << u"31-Dec-2003 13:00:00 GMT"_s << base;
        QTest::newRow("month first") << u"Dec 31 2003 13:00:00 GMT"_s << base;
        QTest::newRow("lower-case zone") << u"wed, 31 dec 2003 13:00:00 gmt"_s << base;
        QTest::newRow("date only rfc822") << u"31 Dec 2003"_s << u"2003-12-31T00:00:00Z"_s;
        QTest::newRow("rfc3339 Z") << u"2003-12-31T13:00:00Z"_s << base;
        QTest::newRow("rfc3339 offset") << u"2003-12-31T14:00:00+01:00"_s << base;
        QTest::newRow("fraction") << u"2003-12-31T13:00:00.25Z"_s << u"2003-12-31T13:00:00.250Z"_s;
        QTest::newRow("offset without colon") << u"2003-12-31T08:00:00-0500"_s << base;
        QTest::newRow("hour offset") << u"2003-12-31T15:00:00+02"_s << base;
        QTest::newRow("space for T") << u"2003-12-31 13:00:00Z"_s << base;
        QTest::newRow("no seconds iso") << u"2003-12-31T13:00Z"_s << base;
        QTest::newRow("no zone iso") << u"2003-12-31T13:00:00"_s << base;
        QTest::newRow("date only") << u"2003-12-31"_s << u"2003-12-31T00:00:00Z"_s;
        QTest::newRow("year-month") << u"2003-12"_s << u"2003-12-01T00:00:00Z"_s;
        QTest::newRow("basic form") << u"20031231T130000Z"_s << base;
        QTest::newRow("ordinal") << u"2003-365"_s << u"2003-12-31T00:00:00Z"_s;
        QTest::newRow("leap second") << u"2003-12-31T23:59:60Z"_s << u"2004-01-01T00:00:00Z"_s;
        QTest::newRow("padded") << u"  Wed, 31 Dec 2003 13:00:00 GMT \n"_s << base;
        QTest::newRow("written out (loose)") << u"December 31, 2003"_s << u"2003-12-31T00:00:00Z"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("words") << u"yesterday afternoon"_s << QString();
        QTest::newRow("bad month") << u"31 Foo 2003 13:00:00 GMT"_s << QString();
        QTest::newRow("bad day") << u"2003-02-30T10:00:00Z"_s << QString();
        QTest::newRow("unknown zone") << u"Wed, 31 Dec 2003 13:00:00 XYZ"_s << QString();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime when = gloss::parseFeedDate(text);
        if (utc.isEmpty()) {
            QVERIFY2(!when.isValid(), qPrintable(when.toString(Qt::ISODateWithMs)));
            return;
        }
        QVERIFY2(when.isValid(), qPrintable(text));
        QCOMPARE(when, QDateTime::fromString(utc, Qt::ISODateWithMs));
        QCOMPARE(when.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestFeedDates)
#include "tst_feeddates.moc"
