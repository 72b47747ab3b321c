// AnnotationIndex: which annotations cover a range or a position of the canonical text, without
// looking at all of them. The reader asks this on every paint (only the annotations on screen are
// drawn), on every hover (the tooltip) and on every click, with a thousand annotations or more on
// one article, so a linear scan per question adds up.
//
// The annotations are kept sorted by start; beside them runs the greatest end seen so far, which
// only grows, so a binary search finds the first annotation that can still reach a position and a
// short scan collects the rest. Orphans and empty ranges have no place in the text and are left out.
#pragma once

#include "Annotation.h"

#include <QList>

namespace gloss {

class AnnotationIndex {
public:
    AnnotationIndex() = default;
    explicit AnnotationIndex(const QList<Annotation> &annotations);

    // Rows (positions in the list given) of the annotations that share at least one character with
    // [from, to), ordered by start, then end, then row.
    QList<int> overlapping(int from, int to) const;
    // Rows of the annotations with start <= position < end, in the same order.
    QList<int> covering(int position) const { return overlapping(position, position + 1); }
    // The row of the innermost (shortest) annotation covering position, or -1: the one a click
    // means. Of equally long ones the first in the order above wins.
    int innermostAt(int position) const;

    int size() const { return int(m_entries.size()); }

private:
    struct Entry {
        int start;
        int end;
        int row;
    };
    QList<Entry> m_entries; // by start, then end, then row
    QList<int> m_maxEnd;    // m_maxEnd[i]: the greatest end among m_entries[0..i]
};

} // namespace gloss
