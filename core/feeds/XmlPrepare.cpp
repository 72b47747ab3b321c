#include "XmlPrepare.h"

#include <algorithm>
#include <array>

#include "XmlEntities.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

// Numeric references in 128-159 are C1 controls in Unicode, but every feed that writes them means
// Windows-1252 ("smart quotes" from a word processor).
char32_t fromWindows1252(char32_t c)
{
    static const char16_t table[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                       0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    return (c >= 0x80 && c <= 0x9F) ? table[c - 0x80] : c;
}

// Index just past the end of a DOCTYPE starting at `from`, honouring quotes and the [internal subset].
qsizetype doctypeEnd(const QString &s, qsizetype from)
{
    QChar quote;
    int depth = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            depth = std::max(0, depth - 1);
        } else if (c == u'>' && depth == 0) {
            return i + 1;
        }
    }
    return s.size();
}

// Copies s[i..] up to and including `terminator` (or to the end) and returns the new index.
qsizetype copyThrough(const QString &s, qsizetype i, QStringView terminator, QString &out)
{
    const qsizetype end = s.indexOf(terminator, i);
    const qsizetype stop = end < 0 ? s.size() : end + terminator.size();
    out += QStringView(s).sliced(i, stop - i);
    return stop;
}

QString numericReference(char32_t c)
{
    return u"&#"_s + QString::number(static_cast<uint>(c)) + u';';
}

} // namespace

PreparedXml prepareXmlText(const QString &decoded)
{
    static const QRegularExpression reference(u"\\G&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9._:-]{0,40}));"_s);
    static const QRegularExpression encodingAttribute(u"\\s+encoding\\s*=\\s*(\"[^\"]*\"|'[^']*')"_s);

    PreparedXml result;
    QString s = decoded;
    if (s.startsWith(QChar(0xFEFF)))
        s.remove(0, 1);
    // An XML declaration must come first; feeds often have white space (or a blank line) before it.
    qsizetype start = 0;
    while (start < s.size() && s.at(start).isSpace())
        ++start;
    QString &out = result.text;
    out.reserve(s.size() + s.size() / 16);
    int unknownEntities = 0;
    int dropped = 0;
    qsizetype i = start;
    while (i < s.size()) {
        const QChar c = s.at(i);
        const QStringView rest = QStringView(s).sliced(i);
        if (c == u'<') {
            if (rest.startsWith(u"<!--"))
                i = copyThrough(s, i, u"-->", out);
            else if (rest.startsWith(u"<![CDATA["))
                i = copyThrough(s, i, u"]]>", out);
            else if (rest.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive)) {
                i = doctypeEnd(s, i);
                result.warnings.append(u"DOCTYPE ignored: entities it declares are never expanded or fetched"_s);
            } else if (rest.startsWith(u"<?")) {
                QString pi;
                i = copyThrough(s, i, u"?>", pi);
                if (pi.startsWith(u"<?xml"_s) && (pi.size() == 5 || pi.at(5).isSpace()))
                    pi.remove(encodingAttribute);
                out += pi;
            } else {
                out += c;
                ++i;
            }
        } else if (c == u'&') {
            // XML's own five are by far the most common (escaped HTML is full of them): no regex.
            static constexpr std::array<QStringView, 5> xmlEntities{u"&amp;", u"&lt;", u"&gt;", u"&quot;", u"&apos;"};
            const auto own = std::find_if(xmlEntities.begin(), xmlEntities.end(),
                                          [&rest](QStringView e) { return rest.startsWith(e); });
            if (own != xmlEntities.end()) {
                out += *own;
                i += own->size();
                continue;
            }
            // Match against a short window, not the whole text: PCRE2 validates the entire subject on
            // every call, which made feeds full of escaped HTML (thousands of '&') quadratic.
            // A reference is at most 44 characters ("&" + a 41-character name + ";").
            const QRegularExpressionMatch m = reference.matchView(QStringView(s).mid(i, 64), 0, QRegularExpression::NormalMatch,
                                                                  QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                out += u"&amp;"_s;
                ++i;
                continue;
            }
            if (!m.captured(3).isEmpty()) {
                const QString name = m.captured(3);
                if (name == "amp"_L1 || name == "lt"_L1 || name == "gt"_L1 || name == "quot"_L1 || name == "apos"_L1) {
                    out += m.capturedView(0);
                } else if (const char32_t cp = htmlEntityCodePoint(name)) {
                    out += numericReference(cp);
                } else {
                    out += u"&amp;"_s + name + u';';
                    ++unknownEntities;
                }
            } else {
                bool ok = false;
                const char32_t cp = fromWindows1252(m.captured(1).isEmpty() ? m.captured(2).toUInt(&ok, 16)
                                                                             : m.captured(1).toUInt(&ok, 10));
                out += numericReference(ok && isXmlChar(cp) ? cp : 0xFFFD);
            }
            i += m.capturedLength(0);
        } else if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            ++dropped;
            ++i;
        } else {
            // Copy the run of ordinary characters up to the next markup, reference or control
            // character in one go: appending a character at a time was most of this pass's cost.
            qsizetype end = i + 1;
            while (end < s.size()) {
                const char16_t d = s.at(end).unicode();
                if (d == u'<' || d == u'&' || (d < 0x20 && d != u'\t' && d != u'\n' && d != u'\r'))
                    break;
                ++end;
            }
            out += QStringView(s).sliced(i, end - i);
            i = end;
        }
    }
    if (unknownEntities > 0)
        result.warnings.append(u"%1 undeclared entity reference(s) kept as text"_s.arg(unknownEntities));
    if (dropped > 0)
        result.warnings.append(u"%1 control character(s) XML does not allow were dropped"_s.arg(dropped));
    return result;
}

} // namespace gloss
