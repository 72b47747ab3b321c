// Pieces of PDF syntax (ISO 32000-1, 7.3) appended to a byte array: numbers, hex glyph codes and
// strings. Content streams are made of little else, millions of them per export, so these append
// in place without QString or locale.
#pragma once

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>

namespace gloss::pdf {

inline void appendInt(QByteArray &out, qint64 value)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(-(value + 1)) + 1 : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

// Two decimals at most, no exponent: PDF has none.
inline void appendReal(QByteArray &out, double value)
{
    const qint64 hundredths = std::llround(value * 100);
    if (hundredths % 100 == 0) {
        appendInt(out, hundredths / 100);
        return;
    }
    if (hundredths < 0)
        out.append('-');
    const quint64 a = quint64(std::llabs(hundredths));
    appendInt(out, qint64(a / 100));
    out.append('.');
    out.append(char('0' + a / 10 % 10));
    if (a % 10)
        out.append(char('0' + a % 10));
}

// A two-byte glyph code as four hex digits (the fonts are Identity-H: the code is the glyph index).
inline void appendHex4(QByteArray &out, quint16 value)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const char digits[4] = {hex[value >> 12], hex[(value >> 8) & 15], hex[(value >> 4) & 15], hex[value & 15]};
    out.append(digits, 4);
}

// A literal string "(...)" of bytes, with the three characters that need it escaped.
QByteArray literalString(QByteArrayView bytes);
// A text string (document information, 7.9.2.2): UTF-16BE with its byte order mark, in hex.
QByteArray textString(const QString &text);
// A name ("/Name", 7.3.5): characters outside the regular ones as #xx.
QByteArray name(QByteArrayView bytes);

} // namespace gloss::pdf
