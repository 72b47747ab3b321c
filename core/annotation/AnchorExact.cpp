// Steps 1 and 2 of re-anchoring: the old place, then verbatim occurrences (see Anchoring.h).
#include "annotation/AnchorSearch.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace gloss::detail {

std::optional<AnchorResult> anchorAtPosition(const AnchorInput &input)
{
    const QString &exact = input.selectors.quote.exact;
    const int start = input.expectedStart;
    const int end = start + int(exact.size());
    if (start < 0 || end > input.text.size() || QStringView(input.text).mid(start, exact.size()) != exact)
        return std::nullopt;
    // The same words at the same offset are nearly always the same passage, but a short quote ("the")
    // can land on another copy after an edit shifts the text; so the context must agree too. If it
    // does not, step 2 weighs this place against the other copies.
    const double score = scorePlace(input, start, end, 1.0).total();
    if (score < input.options.minimumScore)
        return std::nullopt;
    return placedResult(input, start, end, score, 0, u"position"_s);
}

namespace {

struct Occurrence
{
    int start = 0;
    double score = 0;
    bool contextIntact = false;
};

// All verbatim starts, or the maxExactOccurrences nearest the expected start when there are more.
QList<Occurrence> verbatimOccurrences(const AnchorInput &input)
{
    QList<Occurrence> found;
    const QString &exact = input.selectors.quote.exact;
    for (qsizetype at = input.text.indexOf(exact); at >= 0; at = input.text.indexOf(exact, at + 1))
        found.append({int(at), 0, false});
    const int limit = std::max(input.options.maxExactOccurrences, 1);
    if (found.size() > limit) {
        const int expected = input.expectedStart;
        std::nth_element(found.begin(), found.begin() + limit, found.end(), [&](const Occurrence &a, const Occurrence &b) {
            return std::abs(a.start - expected) < std::abs(b.start - expected);
        });
        found.resize(limit);
    }
    return found;
}

} // namespace

ExactOutcome anchorVerbatim(const AnchorInput &input)
{
    ExactOutcome outcome;
    QList<Occurrence> places = verbatimOccurrences(input);
    outcome.occurrences = int(places.size());
    if (places.isEmpty())
        return outcome;

    const int length = int(input.selectors.quote.exact.size());
    int intact = 0;
    for (Occurrence &place : places) {
        const CandidateScore score = scorePlace(input, place.start, place.start + length, 1.0);
        place.score = score.total();
        place.contextIntact = score.contextIntact();
        intact += place.contextIntact ? 1 : 0;
    }
    std::stable_sort(places.begin(), places.end(),
                     [](const Occurrence &a, const Occurrence &b) { return a.score > b.score; });
    const Occurrence best = places.constFirst();
    const double runnerUp = places.size() > 1 ? places.at(1).score : 0.0;
    outcome.bestStart = best.start;
    outcome.bestScore = best.score;

    const AnchorOptions &options = input.options;
    if (best.score < options.minimumScore)
        return outcome; // not enough context: let the approximate search weigh it against edited places
    const QString method = places.size() == 1 ? u"exact-unique"_s : u"exact-near"_s;
    // A clear winner, or the only copy still in its captured surroundings (repetitive text, such as
    // tables of figures, gives copies whose context differs by a digit or two: close, but not a tie).
    if (best.score - runnerUp >= options.minimumMargin || (best.contextIntact && intact == 1)) {
        outcome.result = placedResult(input, best.start, best.start + length, best.score, runnerUp, method);
        return outcome;
    }

    // Several copies whose contexts are equally convincing (a refrain, a repeated sentence with the same
    // 32 characters around it). The selectors hold nothing else that could tell them apart, and "the
    // copy nearest the old offset" is right only while the text before it moved by less than half the
    // distance between copies, which nothing here can check: an insertion of about that distance makes
    // the nearest copy the wrong one. So the old offset decides only when a copy is exactly there (the
    // text before it did not move); otherwise Orphan. reanchorAll(), which sees the old text, knows the
    // real shift and settles these.
    for (const Occurrence &place : std::as_const(places)) {
        if (best.score - place.score < options.minimumMargin && place.start == input.expectedStart) {
            outcome.result = placedResult(input, place.start, place.start + length, place.score, runnerUp,
                                          u"exact-near"_s);
            return outcome;
        }
    }
    outcome.result = orphanResult(best.score, runnerUp);
    return outcome;
}

} // namespace gloss::detail
