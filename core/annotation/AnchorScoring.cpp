#include "annotation/AnchorScoring.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace gloss::detail {

namespace {

std::vector<std::uint64_t> sortedTrigrams(QStringView s)
{
    std::vector<std::uint64_t> grams;
    grams.reserve(std::size_t(std::max<qsizetype>(s.size() - 2, 0)));
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        grams.push_back((std::uint64_t(s.at(i).unicode()) << 32) | (std::uint64_t(s.at(i + 1).unicode()) << 16)
                        | std::uint64_t(s.at(i + 2).unicode()));
    }
    std::sort(grams.begin(), grams.end());
    return grams;
}

} // namespace

double contextSimilarity(QStringView captured, QStringView actual)
{
    if (captured.isEmpty() || actual.isEmpty())
        return captured.isEmpty() && actual.isEmpty() ? 1.0 : 0.0;
    if (captured.size() < 3 || actual.size() < 3)
        return captured == actual ? 1.0 : 0.0;
    const auto a = sortedTrigrams(captured);
    const auto b = sortedTrigrams(actual);
    // Multiset intersection of two sorted lists.
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return 2.0 * double(common) / double(a.size() + b.size());
}

double proximity(int position, int expected, int textLength)
{
    if (textLength <= 0)
        return 1.0;
    return 1.0 - std::min(1.0, double(std::abs(position - expected)) / double(textLength));
}

} // namespace gloss::detail
