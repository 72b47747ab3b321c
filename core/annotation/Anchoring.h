#pragma once

// Re-anchoring: finding where an annotation's passage is in an article's text after the text changed
// (a feed re-sent an edited story, an import was repeated). Pure functions over QString.
//
// The order of attempts, cheapest and surest first:
//   1. "position"      the captured words are still at the captured offsets, and their context agrees;
//   2. "exact-unique"  the captured words occur once in the new text, with enough context to believe it;
//      "exact-near"    they occur several times and the context singles one out (or, among copies with
//                      equally good context, one sits exactly at the old offset);
//   3. "fuzzy"         an approximate match (case and white space folded, edits allowed) scored on quote,
//                      prefix, suffix and distance (see AnchorScoring.h), accepted only when it scores at
//                      least minimumScore AND beats the best other place by minimumMargin;
//   4. "none"          Orphan.
// The guiding rule is that a highlight must never silently jump to a look-alike sentence: when two
// places are about equally plausible the answer is Orphan, which the app shows and keeps.
//
// States: Anchored means the placed text is identical to the captured quote; Changed means a place was
// found but its text differs in any way (an edited word, but also only case or white space, such as
// U+00A0 turned into a space: what a fact-checker sees is "text changed since capture", and the app
// can show the new words beside the old); Orphan means no place was accepted.

#include "annotation/Selectors.h"

#include <QList>
#include <QString>

namespace gloss {

enum class AnchorState { Anchored, Changed, Orphan };

struct AnchorResult
{
    AnchorState state = AnchorState::Orphan;
    int start = -1;             // in the new text; -1 for Orphan
    int end = -1;               // exclusive
    QString exact;              // the new text now covered (empty for Orphan)
    double score = 0;           // the chosen (or, for Orphan, the best rejected) candidate's score, 0..1
    double runnerUpScore = 0;   // the best other place's score; 0 when there was none
    QString method = QStringLiteral("none"); // "position", "exact-unique", "exact-near", "fuzzy", "none"
};

struct AnchorOptions
{
    // A fuzzy (or context-checked) place is accepted from this score on. 0.75 needs the quote's words
    // AND some context: a verbatim quote with no context left scores ~0.57, a quote with a word or two
    // edited in place with intact context ~0.95, a one-word look-alike elsewhere ~0.6.
    double minimumScore = 0.75;
    // ...and only if it beats every other (non-overlapping) place by this much; otherwise two places
    // are too alike to choose and the annotation becomes an Orphan.
    double minimumMargin = 0.1;
    // The context length used when capturing (see captureSelectors()).
    int contextLength = DefaultContextLength;
    // A quote at least this long that occurs exactly once, verbatim, is accepted even when its context
    // is gone (a moved paragraph), unless another place scores within minimumMargin of it.
    int trustedQuoteLength = 32;
    // Fuzzy search uses at most this many (folded) characters from the start of the quote; a longer
    // quote's range is extended by its remaining length. Bounds fuzzy cost to O(text × this / 64).
    int maxFuzzyQuoteLength = 2048;
    // How many distinct approximate places are scored (plus places seeded by the old position and by
    // the captured prefix and suffix).
    int maxFuzzyCandidates = 8;
    // Verbatim occurrences scored at most (the nearest to the old position); a very short quote can
    // occur thousands of times.
    int maxExactOccurrences = 512;
};

// Places one annotation in newText. The old position (selectors.position) is the only hint of where it
// was; when the old text is available, prefer reanchorAll(), which knows for sure what did not move.
AnchorResult anchorSelectors(const QString &newText, const TextSelectors &selectors,
                             const AnchorOptions &options = {});

// Places many annotations captured on oldText in newText. The unchanged head and tail of the two texts
// map old offsets exactly (method "position", no search at all); annotations in the changed middle go
// through anchorSelectors() with their old position mapped proportionally as the hint. This also settles
// repeated identical passages that selectors alone cannot tell apart. Results are in input order.
QList<AnchorResult> reanchorAll(const QString &oldText, const QString &newText,
                                const QList<TextSelectors> &selectors,
                                const AnchorOptions &options = {});

} // namespace gloss
