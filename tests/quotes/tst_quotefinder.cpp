// The quote finder on one pattern at a time: each row is a short original text and every suggestion
// it must give (kind | speaker | exact words), no more and no fewer.
#include "quotes/QuoteFinder.h"

#include <QHashFunctions>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gloss::quotes;

class TestQuoteFinder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("straight marks, said X") << u"\"We will rebuild the bridge by spring,\" said Mayor Tom Keane."_s
            << QStringList{u"direct|Tom Keane|We will rebuild the bridge by spring,"_s};
        QTest::newRow("curly marks, title peeled") << u"\u201CThe figures are stark,\u201D Health Secretary Amara Okafor said on Tuesday."_s
            << QStringList{u"direct|Amara Okafor|The figures are stark,"_s};
        QTest::newRow("guillemets") << u"\u00ABWe remain ready to negotiate\u00BB, Foreign Minister Claire Dubois told reporters."_s
            << QStringList{u"direct|Claire Dubois|We remain ready to negotiate"_s};
        QTest::newRow("low-high marks") << u"\u201EThe decision stands\u201C, Chancellor Markus Weber said."_s
            << QStringList{u"direct|Markus Weber|The decision stands"_s};
        QTest::newRow("split around the attribution")
            << u"Union leader Maria Delgado addressed the rally on Friday.\n\u201CWe will not back down,\u201D she said, \u201Cnot this year and not next.\u201D"_s
            << QStringList{u"direct|Maria Delgado|We will not back down,"_s, u"direct|Maria Delgado|not this year and not next."_s};
        QTest::newRow("over two paragraphs")
            << u"Health Secretary Amara Okafor visited the ward.\nOkafor said: \u201CThe first part of the plan is money.\n\u201CThe second part is people, and that will take longer.\u201D"_s
            << QStringList{u"direct|Amara Okafor|The first part of the plan is money.\n\u201CThe second part is people, and that will take longer."_s};
        QTest::newRow("nested single marks") << u"\u201CHe told me \u2018go home\u2019 and walked off,\u201D said Lena Vogt."_s
            << QStringList{u"direct|Lena Vogt|He told me \u2018go home\u2019 and walked off,"_s};
        QTest::newRow("partial quote") << u"Opposition leader Rahul Mehta described the plan as \"reckless and rushed\"."_s
            << QStringList{u"partial|Rahul Mehta|reckless and rushed"_s};
        QTest::newRow("scare quotes") << u"The so-called \"smart\" meters were installed in 2019 as a \"temporary\" fix."_s
            << QStringList{};
        QTest::newRow("apostrophes are not quotes")
            << u"Farmers' union members don't expect O'Connell's '90s-style rules to return, and it\u2019s the workers\u2019 turn."_s
            << QStringList{};
        QTest::newRow("reported with that") << u"Judge Helen Marsh said that the evidence was insufficient."_s
            << QStringList{u"reported|Helen Marsh|Judge Helen Marsh said that the evidence was insufficient."_s};
        QTest::newRow("reported without that, surname")
            << u"Opposition leader Rahul Mehta arrived late.\nMehta told reporters the vote would go ahead."_s
            << QStringList{u"reported|Rahul Mehta|Mehta told reporters the vote would go ahead."_s};
        QTest::newRow("according to a person") << u"According to Dr. Lena Vogt, the outbreak has peaked."_s
            << QStringList{u"reported|Lena Vogt|According to Dr. Lena Vogt, the outbreak has peaked."_s};
        QTest::newRow("hoping is not saying") << u"Mayor Tom Keane arrived. He hoped the talks would resume."_s
            << QStringList{};
        QTest::newRow("pronouns follow gender")
            << u"Mayor Tom Keane met Councillor Ana Ruiz on Monday. \u201CThe budget is fixed,\u201D he said. \u201CThen fix it again,\u201D she replied."_s
            << QStringList{u"direct|Tom Keane|The budget is fixed,"_s, u"direct|Ana Ruiz|Then fix it again,"_s};
        QTest::newRow("role noun") << u"Defence Minister Boris Pistorius visited the base.\n\u201CReadiness matters,\u201D the minister said."_s
            << QStringList{u"direct|Boris Pistorius|Readiness matters,"_s};
        QTest::newRow("organisation reports")
            << u"The Health Ministry said in a statement that hospitals would receive extra staff."_s
            << QStringList{u"reported|Health Ministry|The Health Ministry said in a statement that hospitals would receive extra staff."_s};
        QTest::newRow("a country is not a speaker") << u"Russia says the children were moved to safety."_s << QStringList{};
        QTest::newRow("quote continues the previous speaker")
            << u"\u201CWe are ready,\u201D said coach Anna Berg.\n\u201CThe players know what is at stake.\u201D"_s
            << QStringList{u"direct|Anna Berg|We are ready,"_s, u"direct|Anna Berg|The players know what is at stake."_s};
        QTest::newRow("question inside the marks") << u"\u201CWho pays for this?\u201D asked Rahul Mehta."_s
            << QStringList{u"direct|Rahul Mehta|Who pays for this?"_s};
        QTest::newRow("pronoun after a report")
            << u"US Secretary of State Antony Blinken said on Monday that the visit was a mistake.\nHe said Beijing was shielding its partner."_s
            << QStringList{u"reported|Antony Blinken|US Secretary of State Antony Blinken said on Monday that the visit was a mistake."_s,
                           u"reported|Antony Blinken|He said Beijing was shielding its partner."_s};
        QTest::newRow("a verb inside a report is not another report")
            << u"The Kremlin denied that Xi Jinping had confirmed he would attend."_s << QStringList{};
    }

    void patterns()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList got;
        for (const QuoteSuggestion &s : findQuotes(text)) {
            got << u"%1|%2|%3"_s.arg(quoteKindName(s.kind), s.speaker, s.exact);
            QCOMPARE(text.mid(s.start, s.end - s.start), s.exact);
            QVERIFY(s.confidence > 0 && s.confidence < 1);
        }
        QCOMPARE(got, expected);
    }

    // "The police" when two police forces are named as often: the one named last. The same answer
    // on every run, whatever order Qt's hashes keep that run (each new QHash takes the global seed).
    void equalCandidatesGoToTheMostRecent()
    {
        const QString text = u"Kent Police searched the farm on Monday. Surrey Police searched the woods nearby.\n"
                             "The police said they were not looking for anyone else."_s;
        for (int run = 0; run < 24; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            const QList<QuoteSuggestion> found = findQuotes(text);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().speaker, u"Surrey Police"_s);
        }
        QHashSeed::setDeterministicGlobalSeed();
    }

    void cueIsTheVerb()
    {
        const QString text = u"\u201CWe are ready,\u201D Okafor said."_s;
        const QList<QuoteSuggestion> found = findQuotes(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().cue, u"said"_s);
        QCOMPARE(text.mid(found.first().cueStart, found.first().cueEnd - found.first().cueStart), u"said"_s);
    }

    void emptyAndOddTexts()
    {
        QVERIFY(findQuotes(QString()).isEmpty());
        QVERIFY(findQuotes(u"\"\"\"\n\"\u201C\u201D\u00AB"_s).isEmpty());
        QVERIFY(findQuotes(u"\u201CNever closed"_s).isEmpty()); // an unclosed quotation is not guessed at
        QVERIFY(findQuotes(u"said said said, said."_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
