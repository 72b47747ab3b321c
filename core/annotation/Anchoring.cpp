#include "annotation/Anchoring.h"

#include "annotation/AnchorSearch.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

AnchorResult anchorWithHint(const QString &newText, const TextSelectors &selectors, int expectedStart,
                            const AnchorOptions &options, detail::FoldedTextCache &folded)
{
    // Nothing was selected, or there is nothing to select from.
    if (selectors.quote.exact.isEmpty() || newText.isEmpty())
        return detail::orphanResult(0, 0);
    const detail::AnchorInput input(newText, selectors, options, expectedStart, folded);
    if (auto atPosition = detail::anchorAtPosition(input))
        return *atPosition;
    const detail::ExactOutcome verbatim = detail::anchorVerbatim(input);
    if (verbatim.result)
        return *verbatim.result;
    return detail::anchorApproximately(input, verbatim);
}

} // namespace

AnchorResult anchorSelectors(const QString &newText, const TextSelectors &selectors, const AnchorOptions &options)
{
    detail::FoldedTextCache folded(newText);
    return anchorWithHint(newText, selectors, selectors.position.start, options, folded);
}

QList<AnchorResult> reanchorAll(const QString &oldText, const QString &newText,
                                const QList<TextSelectors> &selectors, const AnchorOptions &options)
{
    // The longest common head and tail: characters there are literally the same ones, so offsets in
    // them map exactly (an edit rarely touches more than one region of an article).
    const int oldSize = int(oldText.size());
    const int newSize = int(newText.size());
    const int shorter = std::min(oldSize, newSize);
    int head = 0;
    while (head < shorter && oldText.at(head) == newText.at(head))
        ++head;
    int tail = 0;
    while (tail < shorter - head && oldText.at(oldSize - 1 - tail) == newText.at(newSize - 1 - tail))
        ++tail;
    const int oldMiddle = oldSize - tail - head;
    const int newMiddle = newSize - tail - head;

    detail::FoldedTextCache folded(newText);
    QList<AnchorResult> results;
    results.reserve(selectors.size());
    for (const TextSelectors &one : selectors) {
        const int start = one.position.start;
        const int end = one.position.end;
        const int length = int(one.quote.exact.size());
        int mapped = start;
        bool certain = false;
        if (end <= head) {
            certain = true;
        } else if (start >= oldSize - tail) {
            mapped = start + (newSize - oldSize);
            certain = true;
        } else if (start > head && oldMiddle > 0) {
            mapped = head + int(qint64(start - head) * newMiddle / oldMiddle);
        }
        // Trust the mapping only for selectors that really describe the old text there.
        if (certain && length > 0 && end - start == length && mapped >= 0 && mapped + length <= newSize
            && QStringView(newText).mid(mapped, length) == one.quote.exact) {
            AnchorResult result;
            result.state = AnchorState::Anchored;
            result.start = mapped;
            result.end = mapped + length;
            result.exact = one.quote.exact;
            result.score = 1;
            result.method = u"position"_s;
            results.append(result);
            continue;
        }
        results.append(anchorWithHint(newText, one, mapped, options, folded));
    }
    return results;
}

} // namespace gloss
