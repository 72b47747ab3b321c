#include "annotation/TextMatch.h"

namespace gloss {

TextRange FoldedText::toSource(int foldedStart, int foldedEnd) const
{
    if (foldedStart >= foldedEnd) {
        // An empty range sits where the next folded character starts (or at the very end).
        const int at = foldedStart < sourceStart.size() ? sourceStart.at(foldedStart) : sourceLength;
        return {at, at};
    }
    return {sourceStart.at(foldedStart), sourceEnd(foldedEnd - 1)};
}

namespace {

// ASCII first: articles are mostly ASCII and QChar's Unicode tables cost several times more per char.
inline bool isSpace(char16_t c)
{
    if (c < 128)
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    return QChar::isSpace(c);
}

inline char16_t caseFolded(char16_t c)
{
    if (c < 128)
        return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
    return QChar(c).toCaseFolded().unicode();
}

} // namespace

FoldedText foldText(QStringView text, CaseFolding caseFolding)
{
    // Written through raw buffers sized for the worst case, then trimmed: this runs over whole
    // articles, and per-character appends cost more than the folding itself.
    const int size = int(text.size());
    FoldedText folded;
    folded.sourceLength = size;
    folded.text.resize(size);
    folded.sourceStart.resize(size);
    char16_t *out = reinterpret_cast<char16_t *>(folded.text.data());
    int *starts = folded.sourceStart.data();
    const char16_t *in = text.utf16();
    const bool fold = caseFolding == CaseFolding::Fold;
    int count = 0;
    for (int i = 0; i < size;) {
        starts[count] = i;
        if (isSpace(in[i])) {
            while (i < size && isSpace(in[i]))
                ++i;
            out[count++] = u' ';
            continue;
        }
        out[count++] = fold ? caseFolded(in[i]) : in[i];
        ++i;
    }
    folded.text.resize(count);
    folded.sourceStart.resize(count);
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
