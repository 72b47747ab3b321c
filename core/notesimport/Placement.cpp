#include "Placement.h"

#include <limits>

namespace gloss {

void applyPlacement(Annotation &a, const AnchorResult &r, const QString &text)
{
    const QString captured = a.originalExact.isEmpty() ? a.exact() : a.originalExact;
    if (r.state == AnchorState::Orphan) {
        a.status = AnchorStatus::Orphan;
        a.originalExact = captured == a.exact() ? QString() : captured;
        return;
    }
    a.selectors = captureSelectors(text, r.start, r.end);
    a.originalExact = a.exact() == captured ? QString() : captured;
    a.status = a.originalExact.isEmpty() ? AnchorStatus::Anchored : AnchorStatus::Changed;
}

TextSelectors orphanSearchSelectors(const Annotation &a)
{
    TextSelectors selectors = a.selectors;
    selectors.position = {0, 0};
    if (!a.originalExact.isEmpty())
        selectors.quote.exact = a.originalExact;
    return selectors;
}

int utf16Offset(const QString &text, qint64 codePoints)
{
    qint64 seen = 0;
    int i = 0;
    while (i < text.size() && seen < codePoints) {
        i += (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
        ++seen;
    }
    const qint64 rest = codePoints - seen;
    return int(qMin<qint64>(qint64(i) + rest, std::numeric_limits<int>::max()));
}

} // namespace gloss
