#include "PdfSyntax.h"

namespace gloss::pdf {

QByteArray literalString(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out.append('(');
    for (char c : bytes) {
        if (c == '(' || c == ')' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append(')');
    return out;
}

QByteArray textString(const QString &text)
{
    QByteArray out("<FEFF");
    for (QChar c : text)
        appendHex4(out, c.unicode());
    out.append('>');
    return out;
}

QByteArray name(QByteArrayView bytes)
{
    QByteArray out("/");
    for (char c : bytes) {
        const uchar u = uchar(c);
        const bool regular = u > 0x20 && u < 0x7f && !QByteArrayView("#()<>[]{}/%").contains(c);
        if (regular) {
            out.append(c);
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            out.append('#').append(hex[u >> 4]).append(hex[u & 15]);
        }
    }
    return out;
}

} // namespace gloss::pdf
