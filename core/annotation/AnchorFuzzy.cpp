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

namespace {

// One 64-row block of one column step. pv/mv: the block's vertical deltas (+1 / -1 bit sets), updated
// in place; eq: rows whose pattern character equals the text character; hin: the horizontal delta
// entering the block's first row (-1, 0, +1). Returns the delta leaving the row selected by outBit.
inline int advanceBlock(Word &pv, Word &mv, Word eq, int hin, Word outBit)
{
    const Word hinNegative = hin < 0 ? 1 : 0;
    const Word xv = eq | mv;
    eq |= hinNegative;
    const Word xh = (((eq & pv) + pv) ^ pv) | eq;
    Word ph = mv | ~(xh | pv);
    Word mh = pv & xh;
    // Bits only ever move upwards (shifts, carries), so junk above the last row of the last block never
    // reaches the rows that count.
    const int hout = (ph & outBit) ? 1 : (mh & outBit) ? -1 : 0;
    ph = (ph << 1) | (hin > 0 ? 1 : 0);
    mh = (mh << 1) | hinNegative;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return hout;
}

} // namespace

std::vector<int> editsEndingAt(QStringView text, QStringView pattern)
{
    const int n = int(text.size());
    std::vector<int> result(std::size_t(n), 0);
    const int m = int(pattern.size());
    if (m == 0)
        return result;

    const PatternMasks masks(pattern);
    const int blocks = masks.blocks();
    const Word lastRowBit = Word(1) << ((m - 1) % WordBits);
    const Word topBit = Word(1) << (WordBits - 1);
    int score = m; // the bottom cell of the current column
    // Column 0 is 0,1,2,…,m (matching i pattern characters against nothing costs i): all deltas +1.
    // Row 0 is all zeros (a match may start anywhere), so the delta entering block 0 is always 0.
    if (blocks == 1) {
        // Most quotes fit one word; keep its state in registers.
        Word pv = ~Word(0);
        Word mv = 0;
        for (int j = 0; j < n; ++j) {
            score += advanceBlock(pv, mv, masks.mask(masks.id(text[j].unicode()), 0), 0, lastRowBit);
            result[std::size_t(j)] = score;
        }
        return result;
    }
    std::vector<Word> pv(std::size_t(blocks), ~Word(0));
    std::vector<Word> mv(std::size_t(blocks), 0);
    for (int j = 0; j < n; ++j) {
        const int id = masks.id(text[j].unicode());
        int h = 0;
        for (int b = 0; b < blocks; ++b) {
            h = advanceBlock(pv[std::size_t(b)], mv[std::size_t(b)], masks.mask(id, b), h,
                             b == blocks - 1 ? lastRowBit : topBit);
        }
        score += h;
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
    // Counting sort by edit count (small integers): English text against a long quote yields thousands
    // of weak minima, and this runs once per fuzzy anchor.
    std::vector<int> firstOfCount(std::size_t(maxEdits) + 2, 0);
    for (int j : minima)
        ++firstOfCount[std::size_t(edits[std::size_t(j)]) + 1];
    for (std::size_t e = 1; e < firstOfCount.size(); ++e)
        firstOfCount[e] += firstOfCount[e - 1];
    std::vector<int> sorted(minima.size());
    for (int j : minima)
        sorted[std::size_t(firstOfCount[std::size_t(edits[std::size_t(j)])]++)] = j;
    minima.swap(sorted);
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
