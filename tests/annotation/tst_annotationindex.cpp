// AnnotationIndex must answer exactly what a scan over every annotation answers; it is only faster.
#include "annotation/AnnotationIndex.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gloss;

namespace {

Annotation at(int start, int end, AnchorStatus status = AnchorStatus::Anchored)
{
    Annotation a;
    a.selectors.position = {start, end};
    a.status = status;
    return a;
}

bool placed(const Annotation &a)
{
    return a.status != AnchorStatus::Orphan && a.start() >= 0 && a.start() < a.end();
}

// The reference answers: a scan over all annotations, ordered as the index promises.
QList<int> scanOverlapping(const QList<Annotation> &list, int from, int to)
{
    QList<int> rows;
    for (int row = 0; row < list.size(); ++row)
        if (placed(list[row]) && list[row].start() < to && list[row].end() > from && from < to)
            rows << row;
    std::sort(rows.begin(), rows.end(), [&](int x, int y) {
        return std::tuple(list[x].start(), list[x].end(), x) < std::tuple(list[y].start(), list[y].end(), y);
    });
    return rows;
}

int scanInnermost(const QList<Annotation> &list, int position)
{
    int best = -1;
    for (int row : scanOverlapping(list, position, position + 1))
        if (best < 0 || list[row].end() - list[row].start() < list[best].end() - list[best].start())
            best = row;
    return best;
}

} // namespace

class TestAnnotationIndex : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        const AnnotationIndex index;
        QCOMPARE(index.size(), 0);
        QVERIFY(index.overlapping(0, 100).isEmpty());
        QCOMPARE(index.innermostAt(5), -1);
    }

    void orphansAndEmptyRangesAreLeftOut()
    {
        const AnnotationIndex index({at(0, 10, AnchorStatus::Orphan), at(5, 5), at(-1, 3), at(2, 8, AnchorStatus::Changed)});
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.covering(4), QList<int>{3});
    }

    void rangesAreHalfOpen()
    {
        const AnnotationIndex index({at(10, 20)});
        QVERIFY(index.covering(9).isEmpty());
        QCOMPARE(index.covering(10), QList<int>{0});
        QCOMPARE(index.covering(19), QList<int>{0});
        QVERIFY(index.covering(20).isEmpty());
        QVERIFY(index.overlapping(0, 10).isEmpty());
        QVERIFY(index.overlapping(20, 30).isEmpty());
        QVERIFY(index.overlapping(15, 15).isEmpty());
    }

    void aLongAnnotationIsFoundPastShortOnes()
    {
        // The long one starts first; the short ones after it end early. Only the running greatest
        // end keeps the long one in view at position 500.
        const AnnotationIndex index({at(0, 1000), at(10, 20), at(30, 40), at(600, 700)});
        QCOMPARE(index.covering(500), QList<int>{0});
        QCOMPARE(index.covering(650), (QList<int>{0, 3}));
        QCOMPARE(index.innermostAt(650), 3);
        QCOMPARE(index.innermostAt(15), 1);
    }

    void innermostTiesGoToTheFirst()
    {
        const AnnotationIndex index({at(10, 20), at(10, 20), at(5, 15)});
        QCOMPARE(index.innermostAt(12), 2);
        QCOMPARE(index.innermostAt(17), 0);
    }

    void matchesAScan()
    {
        QRandomGenerator random(2024);
        for (int round = 0; round < 20; ++round) {
            QList<Annotation> list;
            const int count = random.bounded(1, 300);
            for (int i = 0; i < count; ++i) {
                const int start = random.bounded(-2, 2000);
                const int length = random.bounded(8) == 0 ? random.bounded(1500) : random.bounded(60);
                list << at(start, start + length, random.bounded(10) == 0 ? AnchorStatus::Orphan : AnchorStatus::Anchored);
            }
            const AnnotationIndex index(list);
            for (int q = 0; q < 200; ++q) {
                const int from = random.bounded(-10, 2100);
                const int to = from + random.bounded(300);
                QCOMPARE(index.overlapping(from, to), scanOverlapping(list, from, to));
                QCOMPARE(index.innermostAt(from), scanInnermost(list, from));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAnnotationIndex)
#include "tst_annotationindex.moc"
