// feedparser's test suite (../shared/conformance/feedparser/tests) run against gloss::parseFeed.
//
// - Every well-formed case must parse (a ParsedFeed, not an error).
// - In the rss, atom, atom10, rdf and base folders, the Expect: expressions we can translate (see
//   tst_conformance_expect.h for the subset and the comparison rules) must hold in at least 95% of
//   the checked cases of each folder; pass/checked/unchecked are printed per folder.
// - Ill-formed, encoding and entity cases must give a feed or a clear error, never crash.
// - In sanitize cases, no script, style, event handler, javascript: URL or iframe survives.
// Cases are "served" the way feedparser's harness serves them: at http://127.0.0.1:8097/tests/...,
// with Header: lines as HTTP headers (Content-Type; Content-Location moves the base URL).
#include "tst_conformance_expect.h"

#include "feeds/FeedParser.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString suiteDir()
{
    return QStringLiteral(GLOSS_SHARED_DIR "/conformance/feedparser/tests");
}

struct Case {
    QString path;
    QString relative;    // e.g. wellformed/rss/item_title.xml
    QByteArray bytes;
    QString expect;
    QString contentType;
    QUrl url;
};

Case loadCase(const QString &path)
{
    Case c;
    c.path = path;
    c.relative = QDir(suiteDir()).relativeFilePath(path);
    QFile f(path);
    if (f.open(QIODevice::ReadOnly))
        c.bytes = f.readAll();
    c.url = QUrl(u"http://127.0.0.1:8097/tests/"_s + c.relative);
    // The header is ASCII in every encoding test except UTF-16/32 ones; read it from a Latin-1 view
    // with NULs dropped, which covers both.
    QByteArray head = c.bytes.left(4096);
    head.replace('\0', QByteArray());
    const QString text = QString::fromLatin1(head);
    static const QRegularExpression expect(u"Expect:\\s*(.*?)\\s*(?:-->|\"\\s*,|$)"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression header(u"^\\s*Header:\\s*([A-Za-z-]+):\\s*(.*?)\\s*$"_s, QRegularExpression::MultilineOption);
    c.expect = expect.match(text).captured(1);
    for (auto it = header.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).toLower();
        if (name == "content-type"_L1)
            c.contentType = m.captured(2);
        else if (name == "content-location"_L1)
            c.url = c.url.resolved(QUrl(m.captured(2)));
    }
    return c;
}

QStringList casesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(suiteDir() + u'/' + folder, {u"*.xml"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

bool dangerous(const QString &html)
{
    static const QRegularExpression bad(u"<\\s*(script|style|iframe)\\b|\\son[a-z]+\\s*=|javascript:"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return bad.match(html).hasMatch();
}

} // namespace

class TestConformanceFeedparser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"gloss.feeds.debug=false"_s); // thousands of salvage notes
        if (!QDir(suiteDir()).exists())
            QSKIP("../shared/conformance/feedparser is absent: the feedparser conformance suite is not run");
    }

    void wellFormedCasesParse()
    {
        QStringList failures;
        const QStringList files = casesUnder(u"wellformed"_s);
        QVERIFY(files.size() > 1000);
        for (const QString &path : files) {
            const Case c = loadCase(path);
            const gloss::FeedParseResult r = gloss::parseFeed(c.bytes, c.url, c.contentType);
            if (!r.ok())
                failures.append(c.relative + u": "_s + r.error);
        }
        qInfo("well-formed: %lld cases, %lld not parsed", qlonglong(files.size()), qlonglong(failures.size()));
        for (const QString &f : failures)
            qWarning("%s", qPrintable(f));
        QVERIFY2(failures.isEmpty(), qPrintable(u"%1 well-formed case(s) gave an error"_s.arg(failures.size())));
    }

    void expectations_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *folder : {"rss", "atom", "atom10", "rdf", "base"})
            QTest::newRow(folder) << QString::fromLatin1(folder);
    }

    void expectations()
    {
        QFETCH(QString, folder);
        int pass = 0, checked = 0, unchecked = 0;
        QStringList failures;
        for (const QString &path : casesUnder(u"wellformed/"_s + folder)) {
            const Case c = loadCase(path);
            const gloss::FeedParseResult r = gloss::parseFeed(c.bytes, c.url, c.contentType);
            if (!r.ok()) {
                ++checked;
                failures.append(c.relative + u": "_s + r.error);
                continue;
            }
            const conformance::Verdict v = conformance::evaluate(c.expect, *r.feed);
            if (v.kind == conformance::Verdict::Unchecked) {
                ++unchecked;
                continue;
            }
            ++checked;
            if (v.kind == conformance::Verdict::Pass)
                ++pass;
            else
                failures.append(c.relative + u": "_s + v.detail);
        }
        qInfo("%s: pass %d / checked %d (%.1f%%), unchecked %d", qPrintable(folder), pass, checked,
              checked ? 100.0 * pass / checked : 100.0, unchecked);
        for (const QString &f : failures)
            qInfo("  FAIL %s", qPrintable(f));
        QVERIFY(checked > 0);
        QVERIFY2(pass * 100 >= checked * 95, qPrintable(u"%1: %2 of %3 checked expectations hold, below 95%"_s.arg(folder).arg(pass).arg(checked)));
    }

    void otherFoldersNeverCrash_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *folder : {"illformed", "encoding", "entities", "json"})
            QTest::newRow(folder) << QString::fromLatin1(folder);
    }

    // A feed or a clear error; and where an expectation translates, report how many hold (not gated:
    // these folders test feedparser's bozo flag and its encoding names more than content).
    void otherFoldersNeverCrash()
    {
        QFETCH(QString, folder);
        int feeds = 0, errors = 0, pass = 0, checked = 0;
        for (const QString &path : casesUnder(folder)) {
            const Case c = loadCase(path);
            const gloss::FeedParseResult r = gloss::parseFeed(c.bytes, c.url, c.contentType);
            if (r.ok()) {
                ++feeds;
                const conformance::Verdict v = conformance::evaluate(c.expect, *r.feed);
                checked += v.kind != conformance::Verdict::Unchecked;
                pass += v.kind == conformance::Verdict::Pass;
                if (v.kind == conformance::Verdict::Fail)
                    qInfo("  (not gated) %s: %s", qPrintable(c.relative), qPrintable(v.detail));
            } else {
                ++errors;
                QVERIFY2(!r.error.trimmed().isEmpty(), qPrintable(c.relative + u": an error without a message"_s));
            }
        }
        qInfo("%s: %d feeds, %d clear errors; expectations %d / %d", qPrintable(folder), feeds, errors, pass, checked);
        QVERIFY(feeds + errors > 0);
    }

    void sanitizeCasesAreSafe()
    {
        QStringList unsafe;
        int cases = 0;
        for (const QString &path : casesUnder(u"wellformed/sanitize"_s)) {
            const Case c = loadCase(path);
            const gloss::FeedParseResult r = gloss::parseFeed(c.bytes, c.url, c.contentType);
            ++cases;
            if (!r.ok())
                continue; // counted by wellFormedCasesParse
            for (const gloss::FeedEntry &e : r.feed->entries) {
                if (dangerous(e.summary) || dangerous(e.content) || e.title.contains(u"<script"_s, Qt::CaseInsensitive))
                    unsafe.append(c.relative);
            }
        }
        qInfo("sanitize: %d cases, %lld with something dangerous left", cases, qlonglong(unsafe.size()));
        for (const QString &u : unsafe)
            qWarning("unsafe: %s", qPrintable(u));
        QVERIFY(unsafe.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConformanceFeedparser)
#include "tst_conformance_feedparser.moc"
