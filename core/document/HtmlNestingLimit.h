// A guard in front of the HTML parser: gumbo's tree construction is quadratic in the nesting depth
// (20,000 nested <div><span> take a minute), so a hostile or broken page could stall an import.
// Browsers cap the tree depth too (Chromium at 512). Before parsing, start tags nested deeper than
// the limit are removed together with their end tags; their text stays. Real articles never come
// near the limit, so for them the input passes through unchanged.
#pragma once

#include <QString>

namespace gloss::html {

constexpr int MaxNestingDepth = 800;

// The input with over-deep start/end tags removed; `limited` says whether anything was removed.
QString limitNesting(const QString &html, int maxDepth = MaxNestingDepth, bool *limited = nullptr);

} // namespace gloss::html
