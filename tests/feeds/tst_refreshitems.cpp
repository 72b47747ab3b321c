// From feed entries to articles: the identity used for de-duplication, and the content chosen.
#include "feeds/RefreshItems.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace gloss;

class TestRefreshItems : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void identity_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("guid wins") << u"urn:x:1"_s << u"https://example.org/a"_s << u"T"_s << u"feed:7:id:urn:x:1"_s;
        QTest::newRow("link next") << QString() << u"https://example.org/a"_s << u"T"_s << u"feed:7:link:https://example.org/a"_s;
        QTest::newRow("title and date last") << QString() << QString() << u"  Tram  vote "_s << u"feed:7:title:Tram vote|2024-07-02T10:00:00Z"_s;
    }

    void identity()
    {
        QFETCH(QString, id);
        QFETCH(QString, link);
        QFETCH(QString, title);
        QFETCH(QString, expected);
        FeedEntry e;
        e.id = id;
        e.link = QUrl(link);
        e.title = title;
        e.published = QDateTime(QDate(2024, 7, 2), QTime(10, 0), QTimeZone::UTC);
        QCOMPARE(feedItemKey(7, e), expected);
    }

    void contentOverSummaryOverTitle()
    {
        FeedEntry e;
        e.id = u"1"_s;
        e.title = u"Tram <vote>"_s;
        e.summary = u"<p>Short.</p>"_s;
        e.content = u"<p>Full text.</p><p>Second.</p>"_s;
        ArticleInput in = feedItemArticle(3, u"Harbour News"_s, e);
        QCOMPARE(in.text, u"Full text.\nSecond."_s);
        QCOMPARE(in.feedId, 3);
        QCOMPARE(in.source, u"Harbour News"_s);
        e.content.clear();
        QCOMPARE(feedItemArticle(3, {}, e).text, u"Short."_s);
        e.summary.clear();
        in = feedItemArticle(3, {}, e);
        QCOMPARE(in.text, u"Tram <vote>"_s);
        QVERIFY(in.html.contains(u"&lt;vote&gt;"_s));
        e.updated = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QCOMPARE(feedItemArticle(3, {}, e).published, e.updated);
    }
};

QTEST_GUILESS_MAIN(TestRefreshItems)
#include "tst_refreshitems.moc"
