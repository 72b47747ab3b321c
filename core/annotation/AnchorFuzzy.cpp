#include "annotation/AnchorFuzzy.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>

namespace gloss::detail {

namespace {

using Word = std::uint64_t;
constexpr int WordBits = 64;

// Per pattern character, the bit mask of the rows where it occurs ("Peq" in the papers), one Word per
// 64-row block. Characters outside the pattern share the all-zero mask at id 0. Latin-1 is looked up
// in a flat table because article text is mostly that; everything else goes through a hash.
class PatternMasks
{
public:
    explicit PatternMasks(QStringView pattern)
        : m_blocks((int(pattern.size()) + WordBits - 1) / WordBits)
    {
        m_latin1.fill(0);
        m_masks.assign(std::size_t(m_blocks), 0); // id 0
        for (int row = 0; row < pattern.size(); ++row) {
            const int id = idFor(pattern.at(row).unicode(), true);
            m_masks[std::size_t(id * m_blocks + row / WordBits)] |= Word(1) << (row % WordBits);
        }
    }

    int blocks() const { return m_blocks; }
    int id(char16_t c) const { return c < 256 ? m_latin1[c] : m_other.value(c, 0); }
    Word mask(int id, int block) const { return m_masks[std::size_t(id * m_blocks + block)]; }

private:
    int idFor(char16_t c, bool create)
    {
        int existing = id(c);
        if (existing || !create)
            return existing;
        existing = int(m_masks.size()) / m_blocks;
        m_masks.resize(m_masks.size() + std::size_t(m_blocks), 0);
        if (c < 256)
            m_latin1[c] = existing;
        else
            m_other.insert(c, existing);
        return existing;
    }

    int m_blocks;
    std::array<int, 256> m_latin1;
    QHash<char16_t, int> m_other;
    std::vector<Word> m_masks;
};

} // namespace

std::vector<int> editsEndingAt(QStringView text, QStringView pattern)
{
    std::vector<int> result(std::size_t(text.size()), 0);
    const int m = int(pattern.size());
    if (m == 0)
        return result;

    const PatternMasks masks(pattern);
    const int blocks = masks.blocks();
    // Vertical deltas of the current column, as +1 (pv) and -1 (mv) bit sets. Column 0 is 0,1,2,…,m
    // (matching the first i pattern characters against nothing costs i), so every delta is +1.
    std::vector<Word> pv(std::size_t(blocks), ~Word(0));
    std::vector<Word> mv(std::size_t(blocks), 0);
    const Word lastRowBit = Word(1) << ((m - 1) % WordBits);
    const Word topBit = Word(1) << (WordBits - 1);
    int score = m; // the bottom cell of the current column

    for (int j = 0; j < text.size(); ++j) {
        const int id = masks.id(text.at(j).unicode());
        // Row 0 is all zeros (a match may start anywhere), so the horizontal delta entering block 0 is 0.
        int hin = 0;
        for (int b = 0; b < blocks; ++b) {
            Word eq = masks.mask(id, b);
            const Word pvIn = pv[std::size_t(b)];
            const Word mvIn = mv[std::size_t(b)];
            const Word hinNegative = hin < 0 ? 1 : 0;
            const Word xv = eq | mvIn;
            eq |= hinNegative;
            const Word xh = (((eq & pvIn) + pvIn) ^ pvIn) | eq;
            Word ph = mvIn | ~(xh | pvIn);
            Word mh = pvIn & xh;
            // Bits only ever move upwards (shifts, carries), so junk above the last row of the last
            // block never reaches the rows that count.
            const Word outBit = b == blocks - 1 ? lastRowBit : topBit;
            const int hout = (ph & outBit) ? 1 : (mh & outBit) ? -1 : 0;
            ph = (ph << 1) | (hin > 0 ? 1 : 0);
            mh = (mh << 1) | hinNegative;
            pv[std::size_t(b)] = mh | ~(xv | ph);
            mv[std::size_t(b)] = ph & xv;
            hin = hout;
        }
        score += hin;
        result[std::size_t(j)] = score;
    }
    return result;
}

ApproxMatch extendToStart(QStringView text, QStringView pattern, int end, int edits, int maxEdits)
{
    const int m = int(pattern.size());
    const int windowStart = std::max(0, end - m - maxEdits);
    // Reverse both so the search runs leftwards from `end`; then a match "ending" at reversed index t
    // is a match starting at end - 1 - t.
    QString reversedWindow(text.mid(windowStart, end - windowStart).toString());
    std::reverse(reversedWindow.begin(), reversedWindow.end());
    QString reversedPattern(pattern.toString());
    std::reverse(reversedPattern.begin(), reversedPattern.end());

    const std::vector<int> backwards = editsEndingAt(reversedWindow, reversedPattern);
    int bestT = -1;
    for (int t = 0; t < int(backwards.size()); ++t) {
        if (bestT < 0 || backwards[std::size_t(t)] < backwards[std::size_t(bestT)]
            || (backwards[std::size_t(t)] == backwards[std::size_t(bestT)]
                && std::abs(t + 1 - m) < std::abs(bestT + 1 - m)))
            bestT = t;
    }
    return {bestT < 0 ? end : end - 1 - bestT, end, edits};
}

QList<int> distinctBestEnds(const std::vector<int> &edits, int maxEdits, int minSeparation, int limit)
{
    // Only local minima: the ends next to a good match are the same match with a character more or less.
    const int n = int(edits.size());
    std::vector<int> minima;
    for (int j = 0; j < n; ++j) {
        const int e = edits[std::size_t(j)];
        if (e > maxEdits)
            continue;
        if (j > 0 && edits[std::size_t(j - 1)] < e)
            continue;
        if (j + 1 < n && edits[std::size_t(j + 1)] < e)
            continue;
        minima.push_back(j);
    }
    std::stable_sort(minima.begin(), minima.end(),
                     [&](int a, int b) { return edits[std::size_t(a)] < edits[std::size_t(b)]; });
    QList<int> chosen;
    for (int j : minima) {
        if (chosen.size() >= limit)
            break;
        const bool samePlace = std::any_of(chosen.cbegin(), chosen.cend(),
                                           [&](int c) { return std::abs(c - j) < minSeparation; });
        if (!samePlace)
            chosen.append(j);
    }
    return chosen;
}

int bestEndIn(const std::vector<int> &edits, int from, int to, int preferred, int maxEdits)
{
    from = std::max(from, 0);
    to = std::min(to, int(edits.size()) - 1);
    int best = -1;
    for (int j = from; j <= to; ++j) {
        const int e = edits[std::size_t(j)];
        if (e > maxEdits)
            continue;
        if (best < 0 || e < edits[std::size_t(best)]
            || (e == edits[std::size_t(best)] && std::abs(j - preferred) < std::abs(best - preferred)))
            best = j;
    }
    return best;
}

} // namespace gloss::detail
