#pragma once

// Approximate string search for re-anchoring (internal to gloss_anchoring; tests use it directly).
//
// editsEndingAt() is Myers' bit-parallel algorithm (1999) in Hyyrö's blocked form: it runs the
// classic "pattern vs. any substring" edit-distance table one text character at a time, 64 pattern
// rows per machine word. Cost is O(text × ⌈pattern / 64⌉) whatever the number of errors allowed, which
// is what keeps fuzzy re-anchoring bounded: a 500-character quote in a 50 KB article is 8 words × 50 K
// steps, not 25 M table cells.

#include <QList>
#include <QStringView>

#include <vector>

namespace gloss::detail {

// result[j]: the fewest insertions, deletions and substitutions that turn pattern into some substring
// of text ending at text[j] (inclusive). Empty pattern: all zeros.
std::vector<int> editsEndingAt(QStringView text, QStringView pattern);

struct ApproxMatch
{
    int start = 0;
    int end = 0; // exclusive
    int edits = 0;
};

// Where the best match ending at `end` (exclusive) starts: the same search run backwards over the
// text before `end`, on a window of pattern.size() + maxEdits characters. `edits` is taken from the
// forward table, which is exact for the end.
ApproxMatch extendToStart(QStringView text, QStringView pattern, int end, int edits, int maxEdits);

// Up to `limit` end positions (index of the last character) with at most maxEdits edits, best first,
// at least minSeparation apart (closer ends are the same place seen twice).
QList<int> distinctBestEnds(const std::vector<int> &edits, int maxEdits, int minSeparation, int limit);

// The index in [from, to] (clamped) with the fewest edits, nearest to `preferred` on ties; -1 if the
// range is empty or nothing there has at most maxEdits.
int bestEndIn(const std::vector<int> &edits, int from, int to, int preferred, int maxEdits);

} // namespace gloss::detail
