#pragma once

// Finding a quote in an article's canonical text when only the words matter, not the exact white
// space: a quote typed on the command line (`gloss annotate ID --quote TEXT`) or captured before a
// feed re-sent the story with non-breaking spaces or re-wrapped lines. Every run of white space
// (QChar::isSpace(): spaces, tabs, newlines, U+00A0 and the other Unicode spaces) counts as one
// space. Results are ranges in the ORIGINAL text, so callers can store and highlight them directly.

#include <QList>
#include <QString>

namespace gloss {

struct TextRange
{
    int start = 0;
    int end = 0; // exclusive

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

enum class CaseFolding { Keep, Fold };

// A folded copy of a text plus, for each folded character, where its source characters start (a folded
// space stands for a whole white-space run). Folded characters cover the source contiguously, so
// character i ends where i + 1 starts (the last one at sourceLength). Re-anchoring searches the folded
// copy and maps what it finds back with these offsets.
struct FoldedText
{
    QString text;
    QList<int> sourceStart;
    int sourceLength = 0;

    int sourceEnd(int foldedIndex) const
    {
        return foldedIndex + 1 < sourceStart.size() ? sourceStart.at(foldedIndex + 1) : sourceLength;
    }
    TextRange toSource(int foldedStart, int foldedEnd) const;
};

// Folds white-space runs to one U+0020 and, with CaseFolding::Fold, case-folds each UTF-16 unit
// (one unit in, one unit out, so offsets stay simple; rare multi-unit foldings are not applied).
FoldedText foldText(QStringView text, CaseFolding caseFolding = CaseFolding::Keep);

// Just the folded string.
QString foldWhitespace(QStringView text);

// Non-overlapping occurrences of needle in text, left to right, with white space folded on both sides.
// The needle's leading and trailing white space is ignored (it is usually an artefact of selecting or
// quoting on a command line). Each range runs from the first to the last matched source character.
// An empty (or all-space) needle matches nothing. Case matters.
QList<TextRange> findQuoteFolded(const QString &text, const QString &needle);

// The start offsets of findQuoteFolded(text, needle).
QList<int> findOccurrencesFolded(const QString &text, const QString &needle);

} // namespace gloss
