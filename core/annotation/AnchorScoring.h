#pragma once

// How plausible a candidate place for a quote is (internal to gloss_anchoring).
//
// A candidate is scored on four things, each in [0, 1]: how similar the text there is to the quote,
// how similar the text before it is to the captured prefix, the text after it to the captured suffix,
// and how near it is to where the quote used to be. The weights follow the usual practice (Hypothesis
// uses the same proportions): the quote dominates, context on each side counts for less than half of
// it, and distance only breaks near-ties. So a verbatim quote with no surviving context scores
// (50 + 0 + 0 + ~2) / 92 ≈ 0.57, below the default minimumScore: moved text needs either some context
// or the "long verbatim quote" rule in Anchoring.cpp.

#include <QStringView>

namespace gloss::detail {

inline constexpr double QuoteWeight = 50;
inline constexpr double PrefixWeight = 20;
inline constexpr double SuffixWeight = 20;
inline constexpr double ProximityWeight = 2;

struct CandidateScore
{
    double quote = 0;
    double prefix = 0;
    double suffix = 0;
    double proximity = 0;

    // Both captured contexts found again as they were: only an identical copy of the whole passage
    // (prefix, quote and suffix) can then be as plausible, so this waives the runner-up margin.
    bool contextIntact() const { return prefix >= 1.0 && suffix >= 1.0; }

    double total() const
    {
        return (QuoteWeight * quote + PrefixWeight * prefix + SuffixWeight * suffix
                + ProximityWeight * proximity)
               / (QuoteWeight + PrefixWeight + SuffixWeight + ProximityWeight);
    }
};

// Similarity of captured context and the context found at a candidate, both already folded (white
// space and case). Dice coefficient over character trigrams: unrelated English text shares almost no
// trigrams (unlike edit distance, which gives unrelated strings ~0.3 for free), while a word edited
// inside a 32-character context still leaves most of them. Both empty: 1 (the quote was, and is, at the
// edge of the text); one empty: 0. Strings under three characters must be equal to count.
double contextSimilarity(QStringView captured, QStringView actual);

// 1 at the expected position, falling linearly to 0 at a whole text length away.
double proximity(int position, int expected, int textLength);

} // namespace gloss::detail
