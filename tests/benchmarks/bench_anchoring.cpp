// Re-anchoring speed: 1,000 annotations on a ~50 KB article, re-placed after an edit near the top and
// after word edits inside 5% of the annotated passages, with anchorSelectors() one by one and with
// reanchorAll(); plus single fuzzy anchors of a 500-character quote. Prints figures; asserts nothing.
#include "annotation/Anchoring.h"
#include "annotation/Selectors.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>

using namespace Qt::StringLiterals;
using namespace gloss;

namespace {

void figure(const std::string &name, double value, const char *unit)
{
    std::printf("%-44s %12.3f %s\n", name.c_str(), value, unit);
    std::fflush(stdout);
}

const QStringList Subjects = {u"The council"_s, u"A spokesperson"_s, u"The minister"_s, u"Residents"_s,
                              u"Local traders"_s, u"The committee"_s, u"Our reporter"_s, u"Opposition members"_s};
const QStringList Verbs = {u"said"_s, u"argued"_s, u"denied"_s, u"confirmed"_s, u"suggested"_s, u"warned"_s};
const QStringList Objects = {u"the budget would rise"_s, u"the bridge needs repairs"_s, u"a vote is due in May"_s,
                             u"bus fares will be frozen"_s, u"the report was leaked"_s, u"schools will reopen"_s,
                             u"rents have doubled"_s, u"the plan lacks detail"_s, u"flooding hit the valley"_s};

// News-like sentences; the numbers keep most sentences unique, as in real articles.
QString sentence(QRandomGenerator &random)
{
    return Subjects.at(random.bounded(int(Subjects.size()))) + u' ' + Verbs.at(random.bounded(int(Verbs.size())))
           + u" that "_s + Objects.at(random.bounded(int(Objects.size()))) + u" by "_s
           + QString::number(random.bounded(2, 99)) + u" percent in "_s + QString::number(random.bounded(1990, 2030))
           + u'.';
}

QString paragraph(QRandomGenerator &random)
{
    QStringList sentences;
    const int count = random.bounded(3, 8);
    for (int i = 0; i < count; ++i)
        sentences.append(sentence(random));
    return sentences.join(u' ');
}

QString article(QRandomGenerator &random, int bytes)
{
    QStringList paragraphs;
    int size = 0;
    while (size < bytes) {
        paragraphs.append(paragraph(random));
        size += int(paragraphs.constLast().size()) + 1;
    }
    return paragraphs.join(u'\n');
}

// Ranges of 10-300 characters, widened to whole words as a reader's selection would be.
QList<TextSelectors> annotate(const QString &text, QRandomGenerator &random, int count)
{
    QList<TextSelectors> selectors;
    for (int i = 0; i < count; ++i) {
        int start = random.bounded(int(text.size()) - 310);
        int end = start + random.bounded(10, 301);
        while (start > 0 && text.at(start - 1).isLetterOrNumber())
            --start;
        while (end < text.size() && text.at(end).isLetterOrNumber())
            ++end;
        selectors.append(captureSelectors(text, start, end));
    }
    return selectors;
}

void report(const std::string &name, const QList<AnchorResult> &results, double ms)
{
    int anchored = 0, changed = 0, orphan = 0;
    for (const AnchorResult &r : results) {
        anchored += r.state == AnchorState::Anchored;
        changed += r.state == AnchorState::Changed;
        orphan += r.state == AnchorState::Orphan;
    }
    figure(name + ".time", ms, "ms");
    figure(name + ".anchored", anchored, "annotations");
    figure(name + ".changed", changed, "annotations");
    figure(name + ".orphan", orphan, "annotations");
}

void reanchorBothWays(const std::string &label, const QString &oldText, const QString &newText,
                      const QList<TextSelectors> &selectors)
{
    QElapsedTimer timer;
    timer.start();
    QList<AnchorResult> one;
    for (const TextSelectors &s : selectors)
        one.append(anchorSelectors(newText, s));
    report(label + ".anchorSelectors", one, double(timer.nsecsElapsed()) / 1e6);

    timer.restart();
    const QList<AnchorResult> all = reanchorAll(oldText, newText, selectors);
    report(label + ".reanchorAll", all, double(timer.nsecsElapsed()) / 1e6);
}

} // namespace

int main()
{
    QRandomGenerator random(20240611);
    const QString text = article(random, 50 * 1024);
    const QList<TextSelectors> selectors = annotate(text, random, 1000);
    figure("article.size", double(text.size()), "chars");
    figure("annotations", double(selectors.size()), "annotations");

    // A new paragraph after the first one: everything below shifts.
    const int firstBreak = int(text.indexOf(u'\n'));
    const QString inserted = text.left(firstBreak + 1) + paragraph(random) + u'\n' + text.mid(firstBreak + 1);
    reanchorBothWays("insert_paragraph", text, inserted, selectors);

    // One word replaced inside 5% of the annotated passages (from the back, so offsets stay valid).
    QString edited = text;
    QList<int> wordStarts;
    for (int i = 0; i < selectors.size(); i += 20) {
        const TextPositionSelector &p = selectors.at(i).position;
        const int space = int(text.indexOf(u' ', p.start + (p.end - p.start) / 2));
        if (space > 0 && space + 1 < p.end)
            wordStarts.append(space + 1);
    }
    std::sort(wordStarts.begin(), wordStarts.end(), std::greater<>());
    for (int at : std::as_const(wordStarts)) {
        int wordEnd = at;
        while (wordEnd < edited.size() && edited.at(wordEnd).isLetterOrNumber())
            ++wordEnd;
        edited.replace(at, wordEnd - at, u"reportedly"_s);
    }
    figure("edit_words.edits", double(wordStarts.size()), "words");
    reanchorBothWays("edit_words", text, edited, selectors);

    // One 500-character quote with three words changed, found by fuzzy search in the whole article.
    const int quoteStart = int(text.indexOf(u' ', text.size() / 2)) + 1;
    const TextSelectors longQuote = captureSelectors(text, quoteStart, quoteStart + 500);
    QString fuzzed = text;
    for (int k = 1; k <= 3; ++k)
        fuzzed.replace(quoteStart + k * 120, 4, u"XYZW"_s);
    const int rounds = 20;
    AnchorResult last;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i)
        last = anchorSelectors(fuzzed, longQuote);
    figure("fuzzy_500.time_per_anchor", double(timer.nsecsElapsed()) / 1e6 / rounds, "ms");
    figure("fuzzy_500.changed", last.state == AnchorState::Changed ? 1 : 0, "bool");
    figure("fuzzy_500.score", last.score, "score");

    // The same quote after its paragraph was deleted: the full search runs and finds nothing.
    QString deleted = text;
    deleted.remove(quoteStart - 200, 900);
    timer.restart();
    for (int i = 0; i < rounds; ++i)
        last = anchorSelectors(deleted, longQuote);
    figure("orphan_500.time_per_anchor", double(timer.nsecsElapsed()) / 1e6 / rounds, "ms");
    figure("orphan_500.orphan", last.state == AnchorState::Orphan ? 1 : 0, "bool");
    return 0;
}
