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

// The index just past `terminator` from s[i..] on (or the end).
qsizetype skipThrough(const QString &s, qsizetype i, QStringView terminator)
{
    const qsizetype end = s.indexOf(terminator, i);
    return end < 0 ? s.size() : end + terminator.size();
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
    // Most of a feed passes through unchanged: only the changes are written, with the unchanged text
    // before each copied in one piece (s[copied, i) is still to copy). A feed with nothing to change
    // but its declaration's encoding is copied twice in all, not a token at a time.
    QString &out = result.text;
    qsizetype copied = start;
    const auto replace = [&](qsizetype from, qsizetype to, QStringView with) {
        if (out.isEmpty())
            out.reserve(s.size() - start + s.size() / 16);
        out += QStringView(s).sliced(copied, from - copied);
        out += with;
        copied = to;
    };
    int unknownEntities = 0;
    int dropped = 0;
    qsizetype i = start;
    while (i < s.size()) {
        const QChar c = s.at(i);
        const QStringView rest = QStringView(s).sliced(i);
        if (c == u'<') {
            if (rest.startsWith(u"<!--")) {
                i = skipThrough(s, i, u"-->");
            } else if (rest.startsWith(u"<![CDATA[")) {
                i = skipThrough(s, i, u"]]>");
            } else if (rest.startsWith(u"<!DOCTYPE", Qt::CaseInsensitive)) {
                const qsizetype end = doctypeEnd(s, i);
                replace(i, end, {});
                i = end;
                result.warnings.append(u"DOCTYPE ignored: entities it declares are never expanded or fetched"_s);
            } else if (rest.startsWith(u"<?")) {
                const qsizetype end = skipThrough(s, i, u"?>");
                QString pi = s.sliced(i, end - i);
                if (pi.startsWith(u"<?xml"_s) && (pi.size() == 5 || pi.at(5).isSpace()) && pi.contains(encodingAttribute)) {
                    pi.remove(encodingAttribute);
                    replace(i, end, pi);
                }
                i = end;
            } else {
                ++i;
            }
        } else if (c == u'&') {
            // XML's own five are by far the most common (escaped HTML is full of them): no regex.
            static constexpr std::array<QStringView, 5> xmlEntities{u"&amp;", u"&lt;", u"&gt;", u"&quot;", u"&apos;"};
            const auto own = std::find_if(xmlEntities.begin(), xmlEntities.end(),
                                          [&rest](QStringView e) { return rest.startsWith(e); });
            if (own != xmlEntities.end()) {
                i += own->size();
                continue;
            }
            // Match against a short window, not the whole text: PCRE2 validates the entire subject on
            // every call, which made feeds full of escaped HTML (thousands of '&') quadratic.
            // A reference is at most 44 characters ("&" + a 41-character name + ";").
            const QRegularExpressionMatch m = reference.matchView(QStringView(s).mid(i, 64), 0, QRegularExpression::NormalMatch,
                                                                  QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                replace(i, i + 1, u"&amp;");
                ++i;
                continue;
            }
            QString written;
            if (!m.captured(3).isEmpty()) {
                const QString name = m.captured(3);
                if (name == "amp"_L1 || name == "lt"_L1 || name == "gt"_L1 || name == "quot"_L1 || name == "apos"_L1) {
                    written = m.captured(0);
                } else if (const char32_t cp = htmlEntityCodePoint(name)) {
                    written = numericReference(cp);
                } else {
                    written = u"&amp;"_s + name + u';';
                    ++unknownEntities;
                }
            } else {
                bool ok = false;
                const char32_t cp = fromWindows1252(m.captured(1).isEmpty() ? m.captured(2).toUInt(&ok, 16)
                                                                             : m.captured(1).toUInt(&ok, 10));
                written = numericReference(ok && isXmlChar(cp) ? cp : 0xFFFD);
            }
            const qsizetype end = i + m.capturedLength(0);
            if (written != m.capturedView(0))
                replace(i, end, written);
            i = end;
        } else if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') {
            replace(i, i + 1, {});
            ++dropped;
            ++i;
        } else {
            // The run of ordinary characters up to the next markup, reference or control character.
            ++i;
            while (i < s.size()) {
                const char16_t d = s.at(i).unicode();
                if (d == u'<' || d == u'&' || (d < 0x20 && d != u'\t' && d != u'\n' && d != u'\r'))
                    break;
                ++i;
            }
        }
    }
    if (copied == 0)
        out = s; // nothing changed: the text itself, shared
    else
        out += QStringView(s).sliced(copied);
    if (unknownEntities > 0)
        result.warnings.append(u"%1 undeclared entity reference(s) kept as text"_s.arg(unknownEntities));
    if (dropped > 0)
        result.warnings.append(u"%1 control character(s) XML does not allow were dropped"_s.arg(dropped));
    return result;
}

} // namespace gloss
