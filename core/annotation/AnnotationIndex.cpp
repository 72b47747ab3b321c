#include "AnnotationIndex.h"

#include <algorithm>

namespace gloss {

AnnotationIndex::AnnotationIndex(const QList<Annotation> &annotations)
{
    m_entries.reserve(annotations.size());
    for (int row = 0; row < annotations.size(); ++row) {
        const Annotation &a = annotations[row];
        if (a.status != AnchorStatus::Orphan && a.start() >= 0 && a.start() < a.end())
            m_entries.append({a.start(), a.end(), row});
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &x, const Entry &y) {
        return std::tie(x.start, x.end, x.row) < std::tie(y.start, y.end, y.row);
    });
    m_maxEnd.reserve(m_entries.size());
    int maxEnd = 0;
    for (const Entry &e : std::as_const(m_entries)) {
        maxEnd = std::max(maxEnd, e.end);
        m_maxEnd.append(maxEnd);
    }
}

QList<int> AnnotationIndex::overlapping(int from, int to) const
{
    QList<int> rows;
    if (from >= to)
        return rows;
    // Entries before `first` all end at or before `from`: none of them can reach into the range.
    const auto first = std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), from);
    for (auto i = first - m_maxEnd.cbegin(); i < m_entries.size() && m_entries[i].start < to; ++i)
        if (m_entries[i].end > from)
            rows.append(m_entries[i].row);
    return rows;
}

int AnnotationIndex::innermostAt(int position) const
{
    int best = -1;
    int bestLength = 0;
    const auto first = std::upper_bound(m_maxEnd.cbegin(), m_maxEnd.cend(), position);
    for (auto i = first - m_maxEnd.cbegin(); i < m_entries.size() && m_entries[i].start <= position; ++i) {
        const Entry &e = m_entries[i];
        if (e.end > position && (best < 0 || e.end - e.start < bestLength)) {
            best = e.row;
            bestLength = e.end - e.start;
        }
    }
    return best;
}

} // namespace gloss
