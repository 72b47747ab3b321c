// Characters the strict HTML readers (CleanHtmlReader, SimpleHtmlReader) treat specially. Both read
// only markup whose HTML5 parse they can predict exactly, and hand anything else to gumbo.
#pragma once

#include <QChar>
#include <QStringView>

namespace gloss::html {

// White space the readers accept between and around tags: space, tab, line feed. (HTML also counts
// form feed and carriage return, which the readers leave to the parser.)
inline bool isSimpleSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n';
}

// Text a parser would not hand back unchanged: CR and FF (normalised or special), other C0 and C1
// controls, unpaired surrogates (gumbo reads UTF-8), noncharacters (gumbo makes them U+FFFD).
inline bool needsParser(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (c >= 0x20 && c < 0x7F)
        return false; // printable ASCII, the common case
    if (c < 0x20)
        return c != u'\t' && c != u'\n';
    if (c >= 0x7F && c <= 0x9F)
        return true;
    if (QChar::isHighSurrogate(c)) {
        if (i + 1 >= text.size() || !QChar::isLowSurrogate(text[i + 1].unicode()))
            return true;
        // U+1FFFE, U+1FFFF ... U+10FFFF: the pairs D83F-DBFF (every 0x40th) with DFFE or DFFF.
        const char16_t low = text[i + 1].unicode();
        return (c & 0x3F) == 0x3F && (low == 0xDFFE || low == 0xDFFF);
    }
    if (QChar::isLowSurrogate(c))
        return i == 0 || !QChar::isHighSurrogate(text[i - 1].unicode());
    return (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF;
}

} // namespace gloss::html
