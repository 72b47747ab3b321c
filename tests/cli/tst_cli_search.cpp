// `gloss search QUERY [--limit N] [--json]` and `gloss library [optimize]` end to end: the real
// executable on a real library.
#include "GlossProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSearch : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"lib.sqlite"_s);
        const QString harbour = writeTestFile(m_dir, u"harbour.txt"_s,
                                              "Harbour reopens\n\nThe harbour reopened after the storm.\n\nFishermen welcomed the news.\n");
        const QString budget = writeTestFile(m_dir, u"budget.txt"_s, "Budget vote\n\nThe council budget passed after a long storm of protest.\n");
        QCOMPARE(runGloss(m_library, {u"import"_s, harbour, budget}).exitCode, 0);
        QCOMPARE(runGloss(m_library, {u"annotate"_s, u"2"_s, u"--quote"_s, u"council budget passed"_s, u"--comment"_s,
                                      u"Ask the treasurer"_s, u"--tag"_s, u"money"_s}).exitCode, 0);
    }

    void json()
    {
        const Run run = runGloss(m_library, {u"search"_s, u"storm"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = run.json().array();
        QCOMPARE(hits.size(), 2);
        for (const QJsonValue &v : hits) {
            const QJsonObject hit = v.toObject();
            QCOMPARE(hit.value(u"kind"_s).toString(), u"article"_s);
            QVERIFY(hit.value(u"annotation"_s).isNull());
            QVERIFY(hit.contains(u"published"_s) && hit.contains(u"source"_s));
            const QString snippet = hit.value(u"snippet"_s).toString();
            const QJsonArray first = hit.value(u"highlights"_s).toArray().first().toArray();
            QCOMPARE(snippet.mid(first.at(0).toInt(), first.at(1).toInt() - first.at(0).toInt()), u"storm"_s);
        }
        const Run tagged = runGloss(m_library, {u"search"_s, u"treasurer tag:money"_s, u"--json"_s});
        QCOMPARE(tagged.exitCode, 0);
        const QJsonObject note = tagged.json().array().first().toObject();
        QCOMPARE(note.value(u"kind"_s).toString(), u"annotation"_s);
        QCOMPARE(note.value(u"id"_s).toInt(), 2);
        QVERIFY(note.value(u"annotation"_s).toInt() > 0);
        QCOMPARE(note.value(u"title"_s).toString(), u"Budget vote"_s);
    }

    void listingLimitAndNotes()
    {
        Run run = runGloss(m_library, {u"search"_s, u"storm"_s, u"--limit"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QString::fromUtf8(run.out).count(u"[storm]"_s), 1);
        run = runGloss(m_library, {u"search"_s, u"\"storm"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(u"quotation mark without a partner"_s));
        run = runGloss(m_library, {u"search"_s, u"zebra"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("no matches"));
    }

    void libraryVerb()
    {
        Run run = runGloss(m_library, {u"library"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject stats = run.json().object();
        QCOMPARE(stats.value(u"articles"_s).toInt(), 2);
        QCOMPARE(stats.value(u"imported_articles"_s).toInt(), 2);
        QCOMPARE(stats.value(u"annotations"_s).toInt(), 1);
        QVERIFY(stats.value(u"bytes"_s).toInteger() > 0);
        run = runGloss(m_library, {u"library"_s, u"optimize"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.json().object().value(u"bytes_after"_s).toInteger() > 0);
        // Still searchable afterwards.
        QCOMPARE(runGloss(m_library, {u"search"_s, u"storm"_s, u"--json"_s}).json().array().size(), 2);
        run = runGloss(m_library, {u"library"_s, u"shrink"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"'shrink' (expected optimize, backups, backup or restore)"_s), qPrintable(run.err));
    }

    void errors()
    {
        QCOMPARE(runGloss(m_library, {u"search"_s}).exitCode, 2);
        Run run = runGloss(m_library, {u"search"_s, u"storm"_s, u"--limit"_s, u"none"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--limit needs a positive number"_s));
        run = runGloss(m_library, {u"search"_s, u"* - \""_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"has nothing to search for"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
