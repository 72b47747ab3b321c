#pragma once

// W3C Web Annotation-style selectors into an article's canonical plain text (blocks joined by "\n").
// A TextPositionSelector says where a passage was (UTF-16 offsets, end exclusive); a TextQuoteSelector
// says what it was (the exact words plus a little context on each side). Position is cheap and exact
// while the text is unchanged; the quote lets re-anchoring find the passage again after the text
// changes (see Anchoring.h). Both are captured together, at the moment the user selects.

#include <QString>

namespace gloss {

struct TextPositionSelector
{
    int start = 0;
    int end = 0; // exclusive
};

struct TextQuoteSelector
{
    QString exact;
    QString prefix; // up to contextLength characters right before exact
    QString suffix; // up to contextLength characters right after exact
};

struct TextSelectors
{
    TextPositionSelector position;
    TextQuoteSelector quote;
};

// The context length Gloss captures, and the one re-anchoring assumes (a shorter prefix or suffix then
// means the passage sat that close to the start or end of the text).
inline constexpr int DefaultContextLength = 32;

// Captures both selectors for text[start, end). start and end are clamped to [0, text.size()] and
// widened so they never split a UTF-16 surrogate pair; the prefix and suffix are cut the same way.
// If the clamped range is empty (start >= end), the result has position {start, start} and an empty
// quote: nothing was selected, and anchorSelectors() reports such selectors as Orphan.
TextSelectors captureSelectors(const QString &text, int start, int end,
                               int contextLength = DefaultContextLength);

} // namespace gloss
