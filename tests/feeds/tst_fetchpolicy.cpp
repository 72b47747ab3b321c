// The fetch rules that need no network: which URLs may be fetched, which redirects are followed or
// count as permanent, and how limits read in error messages.
#include "feeds/FetchPolicy.h"

#include <QTest>

using namespace gloss;

class TestFetchPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchableUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("fetchable");
        QTest::newRow("http") << QStringLiteral("http://example.org/feed") << true;
        QTest::newRow("https upper case") << QStringLiteral("HTTPS://example.org/feed") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("relative") << QStringLiteral("/feed.xml") << false;
        QTest::newRow("no host") << QStringLiteral("http:///feed") << false;
    }
    void fetchableUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, fetchable);
        QCOMPARE(fetchpolicy::isFetchableUrl(QUrl(url)), fetchable);
    }

    void redirectTargets_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("target");   // empty: refused
        QTest::newRow("relative") << QStringLiteral("http://a.example/x/feed") << QByteArray("../y") << QStringLiteral("http://a.example/y");
        QTest::newRow("absolute") << QStringLiteral("http://a.example/") << QByteArray("https://b.example/f") << QStringLiteral("https://b.example/f");
        QTest::newRow("scheme-relative") << QStringLiteral("https://a.example/") << QByteArray("//b.example/f") << QStringLiteral("https://b.example/f");
        QTest::newRow("downgrade") << QStringLiteral("https://a.example/") << QByteArray("http://a.example/") << QString();
        QTest::newRow("file") << QStringLiteral("http://a.example/") << QByteArray("file:///etc/passwd") << QString();
        QTest::newRow("missing") << QStringLiteral("http://a.example/") << QByteArray("  ") << QString();
    }
    void redirectTargets()
    {
        QFETCH(QString, from);
        QFETCH(QByteArray, location);
        QFETCH(QString, target);
        QString error;
        const QUrl url = fetchpolicy::redirectTarget(QUrl(from), location, &error);
        QCOMPARE(url, target.isEmpty() ? QUrl() : QUrl(target));
        QCOMPARE(error.isEmpty(), !target.isEmpty());
    }

    void permanentRedirects()
    {
        QVERIFY(fetchpolicy::isPermanentRedirect(301));
        QVERIFY(fetchpolicy::isPermanentRedirect(308));
        for (int status : {200, 302, 303, 304, 307})
            QVERIFY(!fetchpolicy::isPermanentRedirect(status));
        QVERIFY(!fetchpolicy::isRedirect(304));  // not modified is an answer, not a redirect
        QVERIFY(!fetchpolicy::isRedirect(300));
    }

    void messages()
    {
        QCOMPARE(fetchpolicy::timeoutMessage(30000), QStringLiteral("timed out after 30 s"));
        QCOMPARE(fetchpolicy::timeoutMessage(500), QStringLiteral("timed out after 0.5 s"));
        QCOMPARE(fetchpolicy::sizeLimitMessage(20 * 1024 * 1024), QStringLiteral("larger than the 20 MB limit"));
        QCOMPARE(fetchpolicy::sizeLimitMessage(512 * 1024), QStringLiteral("larger than the 512 KB limit"));
        QCOMPARE(fetchpolicy::sizeLimitMessage(1000), QStringLiteral("larger than the 1000 bytes limit"));
        QCOMPARE(fetchpolicy::httpErrorMessage(404, "Not Found"), QStringLiteral("HTTP 404 Not Found"));
        QCOMPARE(fetchpolicy::httpErrorMessage(599, ""), QStringLiteral("HTTP 599"));
    }
};

QTEST_GUILESS_MAIN(TestFetchPolicy)
#include "tst_fetchpolicy.moc"
