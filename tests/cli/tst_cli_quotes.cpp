// `gloss quotes ID [--json]` end to end: the real executable on a real library, its JSON shape and
// offsets, the plain listing, and the usage and missing-article errors.
#include "GlossProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Article = "\xE2\x80\xA2 Monday, 03 March 2025\n\n"
                           "Bridge opens after ten years\n\n"
                           "Mayor Tom Keane opened the new bridge on Monday.\n\n"
                           "\xE2\x80\x9CThis bridge took ten years and it will last a hundred,\xE2\x80\x9D Keane said.\n\n"
                           "Councillor Ana Ruiz said that the cost had doubled since 2019.\n\n"
                           "Critics called it a \"vanity\" project.\n";
}

class TestCliQuotes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_library;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"lib.sqlite"_s);
        const QString file = writeTestFile(m_dir, u"bridge.txt"_s, Article);
        QVERIFY(!file.isEmpty());
        const Run imported = runGloss(m_library, {u"import"_s, file});
        QCOMPARE(imported.exitCode, 0);
    }

    void jsonInTextOrder()
    {
        const Run shown = runGloss(m_library, {u"show"_s, u"1"_s, u"--json"_s});
        QCOMPARE(shown.exitCode, 0);
        const QString text = shown.json().object().value(u"text"_s).toString();
        QVERIFY(!text.isEmpty());

        const Run run = runGloss(m_library, {u"quotes"_s, u"1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray quotes = run.json().array();
        QCOMPARE(quotes.size(), 2); // the scare quote "vanity" is nobody's words
        const QJsonObject direct = quotes.at(0).toObject();
        QCOMPARE(direct.value(u"kind"_s).toString(), u"direct"_s);
        QCOMPARE(direct.value(u"speaker"_s).toString(), u"Tom Keane"_s);
        QCOMPARE(direct.value(u"speaker_role"_s).toString(), u"Mayor"_s);
        QCOMPARE(direct.value(u"exact"_s).toString(), u"This bridge took ten years and it will last a hundred,"_s);
        const int start = direct.value(u"start"_s).toInt(), end = direct.value(u"end"_s).toInt();
        QCOMPARE(text.mid(start, end - start), direct.value(u"exact"_s).toString());
        const QJsonObject cue = direct.value(u"cue"_s).toObject();
        QCOMPARE(cue.value(u"exact"_s).toString(), u"said"_s);
        QCOMPARE(text.mid(cue.value(u"start"_s).toInt(), 4), u"said"_s);
        const double confidence = direct.value(u"confidence"_s).toDouble();
        QVERIFY(confidence > 0.5 && confidence <= 1.0);

        const QJsonObject reported = quotes.at(1).toObject();
        QCOMPARE(reported.value(u"kind"_s).toString(), u"reported"_s);
        QCOMPARE(reported.value(u"speaker"_s).toString(), u"Ana Ruiz"_s);
        QVERIFY(reported.value(u"start"_s).toInt() > end);
        QVERIFY(reported.value(u"exact"_s).toString().startsWith(u"Councillor Ana Ruiz said that"_s));
    }

    void plainListing()
    {
        const Run run = runGloss(m_library, {u"quotes"_s, u"1"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"direct    Tom Keane: \u201CThis bridge took ten years"_s), qPrintable(out));
        QVERIFY2(out.contains(u"reported  Ana Ruiz: \u201CCouncillor Ana Ruiz said"_s), qPrintable(out));
    }

    void errors()
    {
        Run run = runGloss(m_library, {u"quotes"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"expected exactly one article id"_s));
        run = runGloss(m_library, {u"quotes"_s, u"abc"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"'abc' is not an article id"_s));
        run = runGloss(m_library, {u"quotes"_s, u"999"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"there is no article 999"_s));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliQuotes)
#include "tst_cli_quotes.moc"
