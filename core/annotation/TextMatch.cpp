#include "annotation/TextMatch.h"

namespace gloss {

TextRange FoldedText::toSource(int foldedStart, int foldedEnd) const
{
    if (foldedStart >= foldedEnd) {
        // An empty range sits where the next folded character starts (or at the very end).
        const int at = foldedStart < sourceStart.size() ? sourceStart.at(foldedStart)
                       : sourceEnd.isEmpty()            ? 0
                                                        : sourceEnd.constLast();
        return {at, at};
    }
    return {sourceStart.at(foldedStart), sourceEnd.at(foldedEnd - 1)};
}

FoldedText foldText(QStringView text, CaseFolding caseFolding)
{
    FoldedText folded;
    folded.text.reserve(text.size());
    folded.sourceStart.reserve(text.size());
    folded.sourceEnd.reserve(text.size());
    const int size = int(text.size());
    for (int i = 0; i < size;) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            int runEnd = i + 1;
            while (runEnd < size && text.at(runEnd).isSpace())
                ++runEnd;
            folded.text.append(QLatin1Char(' '));
            folded.sourceStart.append(i);
            folded.sourceEnd.append(runEnd);
            i = runEnd;
            continue;
        }
        folded.text.append(caseFolding == CaseFolding::Fold ? c.toCaseFolded() : c);
        folded.sourceStart.append(i);
        folded.sourceEnd.append(i + 1);
        ++i;
    }
    return folded;
}

QString foldWhitespace(QStringView text)
{
    return foldText(text).text;
}

QList<TextRange> findQuoteFolded(const QString &text, const QString &needle)
{
    const QString foldedNeedle = foldWhitespace(QStringView(needle).trimmed());
    QList<TextRange> ranges;
    if (foldedNeedle.isEmpty())
        return ranges;
    const FoldedText folded = foldText(text);
    qsizetype from = 0;
    while ((from = folded.text.indexOf(foldedNeedle, from)) >= 0) {
        const int start = int(from);
        const int end = start + int(foldedNeedle.size());
        ranges.append(folded.toSource(start, end));
        from = end;
    }
    return ranges;
}

QList<int> findOccurrencesFolded(const QString &text, const QString &needle)
{
    QList<int> starts;
    for (const TextRange &range : findQuoteFolded(text, needle))
        starts.append(range.start);
    return starts;
}

} // namespace gloss
