// Folded quote search (TextMatch.h) and the approximate-search primitives re-anchoring is built on
// (AnchorFuzzy.h, AnchorScoring.h), checked against a plain dynamic-programming reference.
#include "annotation/AnchorFuzzy.h"
#include "annotation/AnchorScoring.h"
#include "annotation/TextMatch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using gloss::TextRange;

Q_DECLARE_METATYPE(QList<TextRange>)

namespace {

constexpr QChar Nbsp(0x00A0);

// The textbook table: fewest edits turning pattern into a substring of text ending at each j.
std::vector<int> referenceEdits(const QString &text, const QString &pattern)
{
    const int m = int(pattern.size());
    std::vector<int> column(std::size_t(m + 1));
    for (int i = 0; i <= m; ++i)
        column[std::size_t(i)] = i;
    std::vector<int> result;
    for (const QChar c : text) {
        int diagonal = column[0]; // row 0 stays 0: a match may start anywhere
        for (int i = 1; i <= m; ++i) {
            const int up = column[std::size_t(i)];
            column[std::size_t(i)] = std::min({up + 1, column[std::size_t(i - 1)] + 1,
                                               diagonal + (pattern.at(i - 1) == c ? 0 : 1)});
            diagonal = up;
        }
        result.push_back(column[std::size_t(m)]);
    }
    return result;
}

QString randomString(QRandomGenerator &random, int length, const QString &alphabet)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s.append(alphabet.at(int(random.bounded(int(alphabet.size())))));
    return s;
}

} // namespace

class TestTextMatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findQuoteFolded_data();
    void findQuoteFolded();
    void foldWhitespace_data();
    void foldWhitespace();
    void editsEndingAtMatchesReference_data();
    void editsEndingAtMatchesReference();
    void extendToStartFindsTheMatch();
    void contextSimilarity_data();
    void contextSimilarity();
};

void TestTextMatch::findQuoteFolded_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<TextRange>>("expected");

    QTest::newRow("plain") << u"The mayor said no."_s << u"mayor said"_s << QList<TextRange>{{4, 14}};
    QTest::newRow("nbsp in text, space in needle")
        << (u"The mayor"_s + Nbsp + u"said no."_s) << u"mayor said"_s << QList<TextRange>{{4, 14}};
    QTest::newRow("space in text, nbsp in needle")
        << u"The mayor said no."_s << (u"mayor"_s + Nbsp + u"said"_s) << QList<TextRange>{{4, 14}};
    QTest::newRow("run of spaces and a tab in text")
        << u"The mayor \t  said no."_s << u"mayor said"_s << QList<TextRange>{{4, 17}};
    QTest::newRow("newline between paragraphs")
        << u"First paragraph ends.\nSecond begins."_s << u"ends. Second"_s << QList<TextRange>{{16, 28}};
    QTest::newRow("needle spans blank line")
        << u"ends.\n\n  Second"_s << u"ends.\nSecond"_s << QList<TextRange>{{0, 15}};
    QTest::newRow("multiple occurrences")
        << u"no, no and no"_s << u"no"_s << QList<TextRange>{{0, 2}, {4, 6}, {11, 13}};
    QTest::newRow("non-overlapping") << u"aaaa"_s << u"aa"_s << QList<TextRange>{{0, 2}, {2, 4}};
    QTest::newRow("not found") << u"The mayor said no."_s << u"governor"_s << QList<TextRange>{};
    QTest::newRow("case matters") << u"The mayor said no."_s << u"Mayor"_s << QList<TextRange>{};
    QTest::newRow("needle with leading and trailing spaces")
        << u"The mayor said no."_s << u"  mayor said\n"_s << QList<TextRange>{{4, 14}};
    QTest::newRow("range excludes surrounding white space")
        << u"a  mayor  b"_s << u"mayor"_s << QList<TextRange>{{3, 8}};
    QTest::newRow("empty needle") << u"The mayor"_s << QString() << QList<TextRange>{};
    QTest::newRow("white-space-only needle") << u"The mayor"_s << u" \n "_s << QList<TextRange>{};
    QTest::newRow("empty text") << QString() << u"mayor"_s << QList<TextRange>{};
    QTest::newRow("needle longer than text") << u"may"_s << u"mayor"_s << QList<TextRange>{};
}

void TestTextMatch::findQuoteFolded()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(QList<TextRange>, expected);

    const QList<TextRange> ranges = gloss::findQuoteFolded(text, needle);
    QCOMPARE(ranges.size(), expected.size());
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        QCOMPARE(ranges.at(i).start, expected.at(i).start);
        QCOMPARE(ranges.at(i).end, expected.at(i).end);
    }
    QList<int> starts;
    for (const TextRange &range : expected)
        starts.append(range.start);
    QCOMPARE(gloss::findOccurrencesFolded(text, needle), starts);
}

void TestTextMatch::foldWhitespace_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("no white space") << u"abc"_s << u"abc"_s;
    QTest::newRow("runs") << (u" a \t\n"_s + Nbsp + u"b  "_s) << u" a b "_s;
    QTest::newRow("case kept") << u"A  B"_s << u"A B"_s;
}

void TestTextMatch::foldWhitespace()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(gloss::foldWhitespace(input), expected);

    const gloss::FoldedText folded = gloss::foldText(input);
    QCOMPARE(folded.text, expected);
    QCOMPARE(folded.sourceStart.size(), expected.size());
    QCOMPARE(folded.sourceLength, int(input.size()));
    // Folded characters cover the source contiguously, in order.
    int next = 0;
    for (int i = 0; i < folded.text.size(); ++i) {
        QCOMPARE(folded.sourceStart.at(i), next);
        QVERIFY(folded.sourceEnd(i) > next);
        next = folded.sourceEnd(i);
    }
    QCOMPARE(next, int(input.size()));
}

void TestTextMatch::editsEndingAtMatchesReference_data()
{
    QTest::addColumn<int>("patternLength");
    QTest::addColumn<QString>("alphabet");
    // Lengths around the 64-bit block edges, where a blocked implementation goes wrong.
    for (int length : {1, 2, 5, 63, 64, 65, 127, 128, 129, 200}) {
        QTest::addRow("length %d, 2 letters", length) << length << u"ab"_s;
        QTest::addRow("length %d, 4 letters", length) << length << u"abc "_s;
        QTest::addRow("length %d, non-Latin-1", length) << length << u"a\u00e9\u0416\u4e2d"_s;
    }
}

void TestTextMatch::editsEndingAtMatchesReference()
{
    QFETCH(int, patternLength);
    QFETCH(QString, alphabet);
    QRandomGenerator random(quint32(patternLength * 7919 + alphabet.size()));
    for (int round = 0; round < 10; ++round) {
        const QString pattern = randomString(random, patternLength, alphabet);
        // Plant a mutated copy of the pattern so low scores occur, not just random noise.
        QString planted = pattern;
        for (int k = 0; k < patternLength / 10 + 1 && !planted.isEmpty(); ++k)
            planted[int(random.bounded(int(planted.size())))] = alphabet.at(0);
        const QString text = randomString(random, 150, alphabet) + planted + randomString(random, 150, alphabet);
        const std::vector<int> expected = referenceEdits(text, pattern);
        const std::vector<int> actual = gloss::detail::editsEndingAt(text, pattern);
        QCOMPARE(actual.size(), expected.size());
        for (std::size_t j = 0; j < expected.size(); ++j) {
            if (actual[j] != expected[j])
                QFAIL(qPrintable(u"round %1, end %2: %3 edits, expected %4"_s.arg(round).arg(j).arg(actual[j]).arg(expected[j])));
        }
    }
}

void TestTextMatch::extendToStartFindsTheMatch()
{
    const QString text = u"xxxxx the quick brwn fox yyyyy"_s;
    const QString pattern = u"the quick brown fox"_s;
    const std::vector<int> edits = gloss::detail::editsEndingAt(text, pattern);
    const int end = int(text.indexOf(u"fox"_s)) + 3;
    QCOMPARE(edits[std::size_t(end - 1)], 1);
    const gloss::detail::ApproxMatch match = gloss::detail::extendToStart(text, pattern, end, 1, 9);
    QCOMPARE(match.start, int(text.indexOf(u"the"_s)));
    QCOMPARE(match.end, end);

    const QList<int> ends = gloss::detail::distinctBestEnds(edits, 9, 9, 3);
    QVERIFY(!ends.isEmpty());
    QCOMPARE(ends.constFirst(), end - 1);
}

void TestTextMatch::contextSimilarity_data()
{
    QTest::addColumn<QString>("captured");
    QTest::addColumn<QString>("actual");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");
    QTest::newRow("identical") << u"the plan would cut commuting "_s << u"the plan would cut commuting "_s << 1.0 << 1.0;
    QTest::newRow("both empty (edge of text)") << QString() << QString() << 1.0 << 1.0;
    QTest::newRow("captured empty, text before") << QString() << u"something"_s << 0.0 << 0.0;
    QTest::newRow("one word edited") << u"mayor jane ortiz said the plan "_s << u"mayor jane smith said the plan "_s
                                     << 0.6 << 0.9;
    QTest::newRow("unrelated english") << u"mayor jane ortiz said the plan "_s
                                       << u"critics argued that the budget "_s << 0.0 << 0.25;
    QTest::newRow("short, equal") << u"a "_s << u"a "_s << 1.0 << 1.0;
    QTest::newRow("short, different") << u"a "_s << u"b "_s << 0.0 << 0.0;
}

void TestTextMatch::contextSimilarity()
{
    QFETCH(QString, captured);
    QFETCH(QString, actual);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    const double similarity = gloss::detail::contextSimilarity(captured, actual);
    QVERIFY2(similarity >= minimum && similarity <= maximum, qPrintable(QString::number(similarity)));
}

QTEST_GUILESS_MAIN(TestTextMatch)
#include "tst_textmatch.moc"
