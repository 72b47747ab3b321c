// Step 3 of re-anchoring: approximate search over the folded text (see Anchoring.h).
#include "annotation/AnchorFuzzy.h"
#include "annotation/AnchorSearch.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace gloss::detail {

namespace {

struct Place
{
    int start = 0;
    int end = 0;
    double score = 0;
    bool contextIntact = false;
};

bool overlaps(const Place &a, const Place &b)
{
    return a.start < b.end && b.start < a.end;
}

// Ends (in the folded text) worth scoring: the best approximate matches anywhere, plus the best match
// where the quote would be if it had not moved, right after a copy of the captured prefix's tail, and
// right before a copy of the captured suffix's head. The seeds keep an edited short quote findable when
// many better but context-less copies of it exist elsewhere.
QList<int> candidateEnds(const AnchorInput &input, const FoldedText &folded, const std::vector<int> &edits,
                         int patternLength, int maxEdits)
{
    const AnchorOptions &options = input.options;
    QList<int> ends = distinctBestEnds(edits, maxEdits, std::max(1, patternLength / 2),
                                       std::max(1, options.maxFuzzyCandidates));
    auto addNear = [&](int expectedEnd) {
        const int end = bestEndIn(edits, expectedEnd - maxEdits, expectedEnd + maxEdits, expectedEnd, maxEdits);
        if (end >= 0 && !ends.contains(end))
            ends.append(end);
    };

    const auto expected = std::lower_bound(folded.sourceStart.cbegin(), folded.sourceStart.cend(), input.expectedStart);
    addNear(int(expected - folded.sourceStart.cbegin()) + patternLength - 1);

    constexpr int SeedLength = 16;
    constexpr int MaxSeedHits = 4;
    if (input.prefix.size() >= SeedLength / 2) {
        const QString tail = input.prefix.right(SeedLength);
        qsizetype at = folded.text.indexOf(tail);
        for (int hits = 0; at >= 0 && hits < MaxSeedHits; ++hits, at = folded.text.indexOf(tail, at + 1))
            addNear(int(at + tail.size()) + patternLength - 1);
    }
    if (input.suffix.size() >= SeedLength / 2) {
        const QString head = input.suffix.left(SeedLength);
        qsizetype at = folded.text.indexOf(head);
        for (int hits = 0; at >= 0 && hits < MaxSeedHits; ++hits, at = folded.text.indexOf(head, at + 1))
            addNear(int(at) - 1);
    }
    return ends;
}

// A folded space at either edge of a match stands for white space the quote did not include.
TextRange trimToQuote(const QString &text, TextRange range, const QString &exact)
{
    if (!exact.isEmpty() && !exact.front().isSpace()) {
        while (range.start < range.end && text.at(range.start).isSpace())
            ++range.start;
    }
    if (!exact.isEmpty() && !exact.back().isSpace()) {
        while (range.end > range.start && text.at(range.end - 1).isSpace())
            --range.end;
    }
    return range;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// Approximate matching picks the end with the fewest edits, which cuts an edited last word short
// ("a third" -> "a quart|er" matches with fewer edits than "a quarter"). A quote captured on word
// boundaries keeps them: widen the range to the end (start) of the word it stops (starts) in, at most
// `limit` characters, unless the captured quote itself ended (began) mid-word.
TextRange keepWordBoundaries(const AnchorInput &input, TextRange range, int limit)
{
    const QString &text = input.text;
    const QString &exact = input.selectors.quote.exact;
    const QString &suffix = input.selectors.quote.suffix;
    const QString &prefix = input.selectors.quote.prefix;
    if (isWordChar(exact.back()) && (suffix.isEmpty() || !isWordChar(suffix.front()))) {
        const int stop = std::min(int(text.size()), range.end + limit);
        while (range.end < stop && isWordChar(text.at(range.end)))
            ++range.end;
    }
    if (isWordChar(exact.front()) && (prefix.isEmpty() || !isWordChar(prefix.back()))) {
        const int stop = std::max(0, range.start - limit);
        while (range.start > stop && isWordChar(text.at(range.start - 1)))
            --range.start;
    }
    return range;
}

} // namespace

AnchorResult anchorApproximately(const AnchorInput &input, const ExactOutcome &verbatim)
{
    const AnchorOptions &options = input.options;
    const QString quote = foldText(input.selectors.quote.exact, CaseFolding::Fold).text;
    const QString pattern = quote.left(std::max(options.maxFuzzyQuoteLength, 1));
    const FoldedText &folded = input.folded.get();
    if (pattern.isEmpty() || folded.text.isEmpty())
        return orphanResult(verbatim.bestScore, 0);

    // More than half the quote edited can never reach a useful score, so such places are not listed.
    const int m = int(pattern.size());
    const int maxEdits = m / 2;
    const std::vector<int> edits = editsEndingAt(folded.text, pattern);

    QList<Place> places;
    for (int end : candidateEnds(input, folded, edits, m, maxEdits)) {
        const int e = edits[std::size_t(end)];
        ApproxMatch match = extendToStart(folded.text, pattern, end + 1, e, maxEdits);
        // A quote longer than the pattern: take its remaining length on trust (documented bound).
        match.end = std::min(int(folded.text.size()), match.end + int(quote.size() - pattern.size()));
        TextRange range = trimToQuote(input.text, folded.toSource(match.start, match.end),
                                      input.selectors.quote.exact);
        if (range.start < range.end)
            range = keepWordBoundaries(input, range, maxEdits);
        if (range.start >= range.end)
            continue;
        const double similarity = 1.0 - double(e) / double(m);
        const CandidateScore score = scorePlace(input, range.start, range.end, similarity);
        places.append({range.start, range.end, score.total(), score.contextIntact()});
    }
    if (verbatim.occurrences == 1) {
        // Folding may have shifted the verbatim copy's edges; score it exactly as step 2 did.
        const int length = int(input.selectors.quote.exact.size());
        places.append({verbatim.bestStart, verbatim.bestStart + length, verbatim.bestScore, false});
    }
    if (places.isEmpty())
        return orphanResult(verbatim.bestScore, 0);

    std::stable_sort(places.begin(), places.end(), [](const Place &a, const Place &b) { return a.score > b.score; });
    const Place best = places.constFirst();
    double runnerUp = 0;
    bool rivalIntact = false; // another place also still in the captured surroundings
    for (const Place &other : std::as_const(places)) {
        if (!overlaps(best, other)) {
            runnerUp = std::max(runnerUp, other.score);
            rivalIntact = rivalIntact || other.contextIntact;
        }
    }
    const bool clearWinner = best.score - runnerUp >= options.minimumMargin || (best.contextIntact && !rivalIntact);
    if (best.score >= options.minimumScore && clearWinner)
        return placedResult(input, best.start, best.end, best.score, runnerUp, u"fuzzy"_s);

    // A long quote found verbatim exactly once is the passage even with its context gone (a moved
    // paragraph), provided nothing elsewhere comes close.
    const int length = int(input.selectors.quote.exact.size());
    if (verbatim.occurrences == 1 && length >= options.trustedQuoteLength) {
        const Place copy{verbatim.bestStart, verbatim.bestStart + length, verbatim.bestScore, false};
        double rival = 0;
        for (const Place &other : std::as_const(places)) {
            if (!overlaps(copy, other))
                rival = std::max(rival, other.score);
        }
        if (copy.score - rival >= options.minimumMargin)
            return placedResult(input, copy.start, copy.end, copy.score, rival, u"exact-unique"_s);
    }
    return orphanResult(best.score, runnerUp);
}

} // namespace gloss::detail
