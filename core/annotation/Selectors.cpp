#include "annotation/Selectors.h"

#include <algorithm>

namespace gloss {

namespace {

// Moves a boundary off the middle of a surrogate pair: a half character would make the quote invalid
// UTF-16 and could never match again. towardStart picks the side.
int avoidSplitPair(const QString &text, int pos, bool towardStart)
{
    if (pos <= 0 || pos >= text.size())
        return pos;
    if (text.at(pos - 1).isHighSurrogate() && text.at(pos).isLowSurrogate())
        return towardStart ? pos - 1 : pos + 1;
    return pos;
}

} // namespace

TextSelectors captureSelectors(const QString &text, int start, int end, int contextLength)
{
    const int size = int(text.size());
    start = avoidSplitPair(text, std::clamp(start, 0, size), true);
    end = avoidSplitPair(text, std::clamp(end, 0, size), false);
    if (start >= end)
        return {{start, start}, {}};

    contextLength = std::max(contextLength, 0);
    const int prefixStart = avoidSplitPair(text, std::max(0, start - contextLength), false);
    const int suffixEnd = avoidSplitPair(text, std::min(size, end + contextLength), true);

    TextSelectors selectors;
    selectors.position = {start, end};
    selectors.quote.exact = text.mid(start, end - start);
    selectors.quote.prefix = text.mid(prefixStart, start - prefixStart);
    selectors.quote.suffix = text.mid(end, suffixEnd - end);
    return selectors;
}

} // namespace gloss
