#pragma once

// The steps of re-anchoring, shared by anchorSelectors() and reanchorAll() (internal to
// gloss_anchoring). Anchoring.h describes the order and the rules; this header only carries the
// state one anchoring needs, so the steps can live in small files.

#include "annotation/AnchorScoring.h"
#include "annotation/Anchoring.h"
#include "annotation/TextMatch.h"

#include <optional>

namespace gloss::detail {

// The new text folded for approximate search (white space and case). Folding 50 KB costs about as much
// as a whole exact search, so it is done only when a fuzzy search needs it, and once per batch.
class FoldedTextCache
{
public:
    explicit FoldedTextCache(const QString &text) : m_text(text) {}
    const FoldedText &get();

private:
    const QString &m_text;
    std::optional<FoldedText> m_folded;
};

struct AnchorInput
{
    AnchorInput(const QString &text, const TextSelectors &selectors, const AnchorOptions &options,
                int expectedStart, FoldedTextCache &cache);

    const QString &text;
    const TextSelectors &selectors;
    const AnchorOptions &options;
    int expectedStart; // where the quote is expected to start in the new text
    FoldedTextCache &folded;
    QString prefix; // the captured context, folded like the text
    QString suffix;
};

// Scores the place text[start, end) for the quote, given how alike the quote and that text are.
CandidateScore scorePlace(const AnchorInput &input, int start, int end, double quoteSimilarity);

// A result for text[start, end): Anchored if that text is the captured quote, otherwise Changed.
AnchorResult placedResult(const AnchorInput &input, int start, int end, double score, double runnerUp,
                          const QString &method);
AnchorResult orphanResult(double bestScore, double runnerUp);

// Step 1: the old place, if the quote is still there and its context agrees.
std::optional<AnchorResult> anchorAtPosition(const AnchorInput &input);

// Step 2: verbatim occurrences.
struct ExactOutcome
{
    std::optional<AnchorResult> result; // decided: placed, or Orphan because places tie
    int occurrences = 0;
    int bestStart = -1; // the best verbatim place when undecided (for the long-quote rule)
    double bestScore = 0;
};
ExactOutcome anchorVerbatim(const AnchorInput &input);

// Step 3: approximate search; Orphan when nothing is accepted.
AnchorResult anchorApproximately(const AnchorInput &input, const ExactOutcome &verbatim);

} // namespace gloss::detail
