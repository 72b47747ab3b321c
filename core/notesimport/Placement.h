// Placing an imported annotation on the article text it lands on. The file says where the passage
// was in the text it was captured on; when the library's text is another, the passage is found
// again by its selectors (annotation/Anchoring.h) and the outcome is stored with the same rules
// re-anchoring uses everywhere: the same words -> anchored, other words -> changed (the captured
// wording kept), no place -> orphan (kept, never dropped).
#pragma once

#include "annotation/Anchoring.h"
#include "annotation/Annotation.h"

namespace gloss {

// Stores `result` (found in `text`) in `annotation`, whose selectors.quote.exact or originalExact
// holds the words captured.
void applyPlacement(Annotation &annotation, const AnchorResult &result, const QString &text);

// The selectors to search for an annotation already orphaned in the file: its captured words, and no
// position worth trusting.
TextSelectors orphanSearchSelectors(const Annotation &annotation);

// A W3C TextPositionSelector counts code points; QString offsets are UTF-16 units. Past the end of
// `text` the remaining code points are counted as one unit each.
int utf16Offset(const QString &text, qint64 codePoints);

} // namespace gloss
