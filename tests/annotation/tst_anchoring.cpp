// Re-anchoring (Anchoring.h) and selector capture (Selectors.h). Rows write texts with the selection
// marked as [[...]]: the old text marks what the user selected, the new text marks where the
// annotation must land (no marks: it must be an Orphan).
#include "annotation/Anchoring.h"
#include "annotation/Selectors.h"

#include <QTest>

using namespace Qt::StringLiterals;
using gloss::AnchorResult;
using gloss::AnchorState;
using gloss::TextSelectors;

Q_DECLARE_METATYPE(gloss::AnchorState)

namespace {

constexpr QChar Nbsp(0x00A0);

struct Marked
{
    QString text;
    int start = -1;
    int end = -1;
};

Marked parseMarked(const QString &marked)
{
    Marked result;
    result.text = marked;
    result.start = int(result.text.indexOf(u"[["_s));
    if (result.start < 0)
        return result;
    result.text.remove(result.start, 2);
    result.end = int(result.text.indexOf(u"]]"_s));
    result.text.remove(result.end, 2);
    return result;
}

const QString P1 = u"The city council met on Tuesday evening to debate the new transport plan for the northern districts."_s;
const QString P2 = u"Mayor Jane Ortiz said the plan would cut commuting times by a third within five years."_s;
const QString P3 = u"Critics argued that the budget was unrealistic and that residents had not been consulted."_s;
const QString P4 = u"The vote was postponed until next month after a three-hour session."_s;

QString article(const QStringList &paragraphs)
{
    return paragraphs.join(u'\n');
}

// Marks the first occurrence of `what` in `text`.
QString mark(const QString &text, const QString &what, qsizetype from = 0)
{
    const qsizetype at = text.indexOf(what, from);
    Q_ASSERT(at >= 0);
    return text.left(at) + u"[["_s + what + u"]]"_s + text.mid(at + what.size());
}

const char *stateName(AnchorState state)
{
    switch (state) {
    case AnchorState::Anchored: return "Anchored";
    case AnchorState::Changed: return "Changed";
    case AnchorState::Orphan: return "Orphan";
    }
    return "?";
}

void addRowColumns()
{
    QTest::addColumn<QString>("oldMarked");
    QTest::addColumn<QString>("newMarked");
    QTest::addColumn<AnchorState>("state");
    QTest::addColumn<QString>("method"); // empty: any
}

void checkResult(const AnchorResult &result, const QString &newMarked, AnchorState state, const QString &method)
{
    const Marked expected = parseMarked(newMarked);
    const QByteArray detail = "state " + QByteArray(stateName(result.state)) + ", method " + result.method.toUtf8()
                              + ", range " + QByteArray::number(result.start) + "-" + QByteArray::number(result.end)
                              + ", score " + QByteArray::number(result.score) + ", runner-up "
                              + QByteArray::number(result.runnerUpScore) + ", exact \"" + result.exact.toUtf8() + '"';
    QVERIFY2(result.state == state, detail.constData());
    QVERIFY2(result.start == expected.start && result.end == expected.end, detail.constData());
    if (state == AnchorState::Orphan) {
        QVERIFY(result.exact.isEmpty());
    } else {
        QCOMPARE(result.exact, expected.text.mid(expected.start, expected.end - expected.start));
        QVERIFY(result.score > 0 && result.score <= 1.0);
    }
    if (!method.isEmpty())
        QCOMPARE(result.method, method);
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchor_data();
    void anchor();
    void reanchorAll_data();
    void reanchorAll();
    void captureSelectors_data();
    void captureSelectors();
    void emptySelectionIsOrphan();
};

void TestAnchoring::anchor_data()
{
    addRowColumns();
    const QString base = article({P1, P2, P3, P4});
    const QString quote = u"cut commuting times by a third"_s;

    QTest::newRow("unchanged") << mark(base, quote) << mark(base, quote) << AnchorState::Anchored << u"position"_s;
    QTest::newRow("text inserted before")
        << mark(base, quote) << mark(u"Updated at noon with new figures.\n"_s + base, quote) << AnchorState::Anchored
        << u"exact-unique"_s;
    QTest::newRow("text appended after")
        << mark(base, quote) << mark(base + u"\nMore to follow."_s, quote) << AnchorState::Anchored << u"position"_s;
    {
        QString edited = base;
        edited.replace(u"by a third"_s, u"by a quarter"_s);
        QTest::newRow("word edited inside the quote")
            << mark(base, quote) << mark(edited, u"cut commuting times by a quarter"_s) << AnchorState::Changed
            << u"fuzzy"_s;
    }
    QTest::newRow("paragraph moved (quote inside it)")
        << mark(base, quote) << mark(article({P1, P3, P4, P2}), quote) << AnchorState::Anchored << u"exact-unique"_s;
    QTest::newRow("whole paragraph selected, moved")
        << mark(base, P2) << mark(article({P1, P3, P4, P2}), P2) << AnchorState::Anchored << u"exact-unique"_s;
    QTest::newRow("paragraph deleted")
        << mark(base, quote) << article({P1, P3, P4}) << AnchorState::Orphan << u"none"_s;

    {
        // The same sentence in two paragraphs; the user annotated the second one.
        const QString repeated = u"Officials declined to comment."_s;
        const QString a = u"Residents of Northfield packed the hall. "_s + repeated;
        const QString b = u"A spokesperson for the transit agency was asked twice. "_s + repeated;
        const QString old = article({P1, a, P3, b, P4});
        const QString oldMarked = mark(old, repeated, old.indexOf(b));
        const QString inserted = article({u"Editor's note: this story has been updated."_s, P1, a, P3, b, P4});
        QTest::newRow("repeated sentence, second annotated, text inserted before both")
            << oldMarked << mark(inserted, repeated, inserted.indexOf(b)) << AnchorState::Anchored << u"exact-near"_s;
        QTest::newRow("repeated sentence, second annotated, first one deleted")
            << oldMarked << mark(article({P1, P3, b, P4}), repeated) << AnchorState::Anchored << QString();
    }
    {
        // Once before, twice after: a new paragraph repeats the sentence in other surroundings.
        const QString sentence = u"Officials declined to comment."_s;
        const QString old = article({P1, P2 + u" "_s + sentence, P3});
        const QString now = article({P1, u"Asked about delays, "_s + sentence.toLower(), P2 + u" "_s + sentence, P3,
                                     u"Again on Friday: "_s + sentence});
        QTest::newRow("appears twice after the edit: the one with its context")
            << mark(old, sentence) << mark(now, sentence, now.indexOf(P2)) << AnchorState::Anchored << u"exact-near"_s;
        const QString noContext = article({u"Asked about delays, "_s + sentence, P1, u"Again on Friday: "_s + sentence});
        QTest::newRow("appears twice after the edit, neither in context: Orphan")
            << mark(old, sentence) << noContext << AnchorState::Orphan << u"none"_s;
    }
    {
        // The annotated sentence is deleted; elsewhere a look-alike differs by one word, in other
        // surroundings. The closest match in the whole text is the look-alike: it must not be taken.
        const QString sentence = u"the budget was unrealistic and that residents had not been consulted"_s;
        const QString lookAlike = u"Separately, a union leader claimed that the budget was unrealistic and that "
                                  u"tenants had not been consulted at all, according to the letter."_s;
        QTest::newRow("look-alike elsewhere after deletion: Orphan (minimum score)")
            << mark(base, sentence) << article({P1, P2, P4, lookAlike}) << AnchorState::Orphan << u"none"_s;
        // Two edited copies of the paragraph, both in the original surroundings: equally good, so neither.
        QString third = P2;
        third.replace(u"a third"_s, u"a quarter"_s);
        QString fifth = P2;
        fifth.replace(u"a third"_s, u"a fifth"_s);
        QTest::newRow("two equally good edited places: Orphan (margin)")
            << mark(base, quote) << article({P1, third, P3, P1, fifth, P3, P4}) << AnchorState::Orphan << u"none"_s;
    }
    {
        QString spaced = base;
        spaced.replace(u"Mayor Jane Ortiz said"_s, u"Mayor Jane"_s + Nbsp + u"Ortiz  said"_s);
        QTest::newRow("white space changed (NBSP, double space)")
            << mark(base, u"Mayor Jane Ortiz said the plan"_s)
            << mark(spaced, u"Mayor Jane"_s + Nbsp + u"Ortiz  said the plan"_s) << AnchorState::Changed << u"fuzzy"_s;
        QString withNbsp = base;
        withNbsp.replace(u"by a third"_s, u"by a"_s + Nbsp + u"third"_s);
        QTest::newRow("U+00A0 replaced by space")
            << mark(withNbsp, u"by a"_s + Nbsp + u"third"_s) << mark(base, u"by a third"_s) << AnchorState::Changed
            << u"fuzzy"_s;
        const QString blankLines = article({P1, P2, QString(), P3, P4});
        QTest::newRow("newline across paragraphs doubled")
            << mark(base, u"five years.\nCritics argued"_s) << mark(blankLines, u"five years.\n\nCritics argued"_s)
            << AnchorState::Changed << u"fuzzy"_s;
    }
    {
        QString upper = base;
        upper.replace(u"Mayor Jane Ortiz said"_s, u"MAYOR JANE ORTIZ SAID"_s);
        QTest::newRow("case change")
            << mark(base, u"Mayor Jane Ortiz said"_s) << mark(upper, u"MAYOR JANE ORTIZ SAID"_s)
            << AnchorState::Changed << u"fuzzy"_s;
    }
    {
        const QString first = u"The city council met"_s;
        const QString last = u"after a three-hour session."_s;
        QString edited = base;
        edited.replace(u"transport plan"_s, u"transit plan"_s);
        QTest::newRow("quote at the very start, text edited later")
            << mark(base, first) << mark(edited, first) << AnchorState::Anchored << u"position"_s;
        QTest::newRow("quote at the very start, text inserted before")
            << mark(base, first) << mark(u"Live: "_s + base, first) << AnchorState::Anchored << u"exact-unique"_s;
        QString townCouncil = base;
        townCouncil.replace(u"city council"_s, u"town council"_s);
        QTest::newRow("quote at the very start, edited")
            << mark(base, first) << mark(townCouncil, u"The town council met"_s) << AnchorState::Changed << u"fuzzy"_s;
        QTest::newRow("quote at the very end, text inserted before")
            << mark(base, last) << mark(u"Live: "_s + base, last) << AnchorState::Anchored << u"exact-unique"_s;
        QTest::newRow("quote at the very end, text appended")
            << mark(base, last) << mark(base + u"\nUpdate."_s, last) << AnchorState::Anchored << u"position"_s;
        QTest::newRow("whole text selected, unchanged")
            << (u"[["_s + base + u"]]"_s) << (u"[["_s + base + u"]]"_s) << AnchorState::Anchored << u"position"_s;
    }
    {
        // Identical copies with identical context: the selectors alone cannot tell them apart once the
        // text before them moves, so a single anchorSelectors() call must not guess (reanchorAll() can).
        const QString refrain = u"And still the river rises, and still the river rises.\n"_s;
        const QString song = refrain + refrain + refrain + refrain;
        const QString line = u"still the river rises, and"_s;
        const int second = int(refrain.size()) + 4;
        const QString oldMarked = song.left(second) + u"[["_s + line + u"]]"_s + song.mid(second + line.size());
        QTest::newRow("identical copies, unchanged") << oldMarked << oldMarked << AnchorState::Anchored
                                                     << u"position"_s;
        QTest::newRow("identical copies, text appended") << oldMarked << (oldMarked + u"Applause."_s)
                                                         << AnchorState::Anchored << u"position"_s;
        QTest::newRow("identical copies, short insertion before: Orphan")
            << oldMarked << (u"Now: "_s + song) << AnchorState::Orphan << u"none"_s;
        QTest::newRow("identical copies, insertion of about one copy before: Orphan, not the first copy")
            << oldMarked << (QString(50, u'-') + u"\n"_s + song) << AnchorState::Orphan << u"none"_s;
    }
    {
        // Figures: the copies' surroundings differ by a digit or two. The copy whose context is intact
        // wins even though the others score within the margin.
        const QString table = u"Sales rose by 4 percent in 2020. Sales rose by 4 percent in 2021. "
                              u"Sales rose by 4 percent in 2022. Sales rose by 4 percent in 2023."_s;
        const qsizetype third = table.indexOf(u"2021"_s) + 5;
        QTest::newRow("near-identical contexts, one intact")
            << mark(table, u"Sales rose by 4 percent"_s, third)
            << mark(u"Figures revised.\n"_s + table, u"Sales rose by 4 percent"_s, third + 17)
            << AnchorState::Anchored << u"exact-near"_s;
    }
    QTest::newRow("empty new text") << mark(base, quote) << QString() << AnchorState::Orphan << u"none"_s;
    {
        // "the" occurs many times; only the context says which one.
        const QString inContext = mark(base, u"the"_s, base.indexOf(u"debate the"_s) + 7);
        const QString shifted = u"Updated.\n"_s + base;
        QTest::newRow("short quote, many occurrences, text inserted before")
            << inContext << mark(shifted, u"the"_s, shifted.indexOf(u"debate the"_s) + 7) << AnchorState::Anchored
            << QString();
        QString rewritten = base;
        rewritten.replace(u"The city council met on Tuesday evening to debate the new transport plan"_s,
                          u"On Tuesday councillors argued over a transit scheme"_s);
        QTest::newRow("short quote, many occurrences, context gone: Orphan")
            << inContext << rewritten << AnchorState::Orphan << u"none"_s;
    }
}

void TestAnchoring::anchor()
{
    QFETCH(QString, oldMarked);
    QFETCH(QString, newMarked);
    QFETCH(AnchorState, state);
    QFETCH(QString, method);

    const Marked old = parseMarked(oldMarked);
    const TextSelectors selectors = gloss::captureSelectors(old.text, old.start, old.end);
    const AnchorResult result = gloss::anchorSelectors(parseMarked(newMarked).text, selectors);
    checkResult(result, newMarked, state, method);
}

void TestAnchoring::reanchorAll_data()
{
    addRowColumns();
    // A refrain: the same line with the same 32 characters around it, over and over. Selectors alone
    // cannot tell the copies apart; the old text can.
    const QString refrain = u"And still the river rises, and still the river rises.\n"_s;
    const QString song = refrain + refrain + refrain + refrain;
    const QString line = u"still the river rises, and"_s;
    const int second = int(refrain.size()) + 4;
    const QString oldMarked = song.left(second) + u"[["_s + line + u"]]"_s + song.mid(second + line.size());
    const QString intro = u"A song, sung at the rally, 2 minutes long, quoted in full because it matters.\n"_s;
    const QString newMarked = intro + oldMarked;
    QTest::newRow("identical copies, long insertion before") << oldMarked << newMarked << AnchorState::Anchored
                                                             << u"position"_s;
    QTest::newRow("identical copies, text appended") << oldMarked << (oldMarked + u"Applause."_s)
                                                     << AnchorState::Anchored << u"position"_s;
    const QString base = article({P1, P2, P3, P4});
    QString edited = base;
    edited.replace(u"by a third"_s, u"by a quarter"_s);
    edited.replace(u"three-hour"_s, u"four-hour"_s);
    QTest::newRow("between two edits: searched") << mark(base, u"Critics argued"_s) << mark(edited, u"Critics argued"_s)
                                                  << AnchorState::Anchored << QString();
    QTest::newRow("inside an edit: fuzzy") << mark(base, u"by a third within"_s)
                                           << mark(edited, u"by a quarter within"_s) << AnchorState::Changed
                                           << u"fuzzy"_s;
}

void TestAnchoring::reanchorAll()
{
    QFETCH(QString, oldMarked);
    QFETCH(QString, newMarked);
    QFETCH(AnchorState, state);
    QFETCH(QString, method);

    const Marked old = parseMarked(oldMarked);
    const TextSelectors selectors = gloss::captureSelectors(old.text, old.start, old.end);
    const QList<AnchorResult> results = gloss::reanchorAll(old.text, parseMarked(newMarked).text, {selectors, selectors});
    QCOMPARE(results.size(), 2);
    checkResult(results.at(0), newMarked, state, method);
    checkResult(results.at(1), newMarked, state, method);
}

void TestAnchoring::captureSelectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("contextLength");
    QTest::addColumn<int>("expectedStart");
    QTest::addColumn<int>("expectedEnd");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    const QString text = u"0123456789abcdefghij"_s;
    QTest::newRow("middle") << text << 10 << 12 << 3 << 10 << 12 << u"ab"_s << u"789"_s << u"cde"_s;
    QTest::newRow("at start: short prefix") << text << 1 << 3 << 4 << 1 << 3 << u"12"_s << u"0"_s << u"3456"_s;
    QTest::newRow("at end: empty suffix") << text << 18 << 20 << 4 << 18 << 20 << u"ij"_s << u"efgh"_s << QString();
    QTest::newRow("default context is 32") << (QString(40, u'x') + u"Q"_s + QString(40, u'y')) << 40 << 41
                                           << gloss::DefaultContextLength << 40 << 41 << u"Q"_s << QString(32, u'x')
                                           << QString(32, u'y');
    QTest::newRow("clamped to the text") << text << -5 << 99 << 3 << 0 << 20 << text << QString() << QString();
    QTest::newRow("zero context") << text << 10 << 12 << 0 << 10 << 12 << u"ab"_s << QString() << QString();
    QTest::newRow("start == end: nothing selected") << text << 5 << 5 << 3 << 5 << 5 << QString() << QString()
                                                    << QString();
    QTest::newRow("start > end: nothing selected") << text << 8 << 4 << 3 << 8 << 8 << QString() << QString()
                                                   << QString();
    // U+1F600 is a surrogate pair; a selection boundary inside it is widened, a context edge narrowed.
    const QString emoji = u"ab\U0001F600cd"_s; // a b hi lo c d
    QTest::newRow("end inside a surrogate pair") << emoji << 1 << 3 << 3 << 1 << 4 << u"b\U0001F600"_s << u"a"_s
                                                 << u"cd"_s;
    QTest::newRow("start inside a surrogate pair") << emoji << 3 << 5 << 3 << 2 << 5 << u"\U0001F600c"_s << u"ab"_s
                                                   << u"d"_s;
    QTest::newRow("context edge inside a surrogate pair") << emoji << 4 << 5 << 1 << 4 << 5 << u"c"_s << QString()
                                                          << u"d"_s;
}

void TestAnchoring::captureSelectors()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, contextLength);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedEnd);
    QFETCH(QString, exact);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);

    const TextSelectors selectors = gloss::captureSelectors(text, start, end, contextLength);
    QCOMPARE(selectors.position.start, expectedStart);
    QCOMPARE(selectors.position.end, expectedEnd);
    QCOMPARE(selectors.quote.exact, exact);
    QCOMPARE(selectors.quote.prefix, prefix);
    QCOMPARE(selectors.quote.suffix, suffix);
}

void TestAnchoring::emptySelectionIsOrphan()
{
    const QString text = article({P1, P2});
    const AnchorResult result = gloss::anchorSelectors(text, gloss::captureSelectors(text, 7, 7));
    QCOMPARE(result.state, AnchorState::Orphan);
    QCOMPARE(result.start, -1);
    QCOMPARE(result.method, u"none"_s);
}

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"
