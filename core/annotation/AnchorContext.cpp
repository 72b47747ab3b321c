#include "annotation/AnchorSearch.h"

#include <algorithm>

namespace gloss::detail {

const FoldedText &FoldedTextCache::get()
{
    if (!m_folded)
        m_folded = foldText(m_text, CaseFolding::Fold);
    return *m_folded;
}

AnchorInput::AnchorInput(const QString &text, const TextSelectors &selectors,
                         const AnchorOptions &options, int expectedStart, FoldedTextCache &cache)
    : text(text)
    , selectors(selectors)
    , options(options)
    , expectedStart(expectedStart)
    , folded(cache)
    , prefix(foldText(selectors.quote.prefix, CaseFolding::Fold).text)
    , suffix(foldText(selectors.quote.suffix, CaseFolding::Fold).text)
{
}

CandidateScore scorePlace(const AnchorInput &input, int start, int end, double quoteSimilarity)
{
    // The same number of source characters as at capture time, so a quote that used to sit at the
    // start or end of the text (short captured context) only matches such a place fully.
    const int context = std::max(input.options.contextLength, 0);
    const int prefixStart = std::max(0, start - context);
    const QStringView before = QStringView(input.text).mid(prefixStart, start - prefixStart);
    const QStringView after = QStringView(input.text).mid(end, std::min<qsizetype>(context, input.text.size() - end));

    CandidateScore score;
    score.quote = quoteSimilarity;
    score.prefix = contextSimilarity(input.prefix, foldText(before, CaseFolding::Fold).text);
    score.suffix = contextSimilarity(input.suffix, foldText(after, CaseFolding::Fold).text);
    score.proximity = proximity(start, input.expectedStart, int(input.text.size()));
    return score;
}

AnchorResult placedResult(const AnchorInput &input, int start, int end, double score, double runnerUp,
                          const QString &method)
{
    AnchorResult result;
    result.start = start;
    result.end = end;
    result.exact = input.text.mid(start, end - start);
    result.state = result.exact == input.selectors.quote.exact ? AnchorState::Anchored : AnchorState::Changed;
    result.score = score;
    result.runnerUpScore = runnerUp;
    result.method = method;
    return result;
}

AnchorResult orphanResult(double bestScore, double runnerUp)
{
    AnchorResult result;
    result.score = bestScore;
    result.runnerUpScore = runnerUp;
    return result;
}

} // namespace gloss::detail
