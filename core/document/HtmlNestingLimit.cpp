#include "HtmlNestingLimit.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace gloss::html {

namespace {

bool isAsciiLetter(QChar ch)
{
    const char16_t c = ch.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Elements that never nest: void elements, and ones the parser closes by itself when the next
// sibling starts (an old page's thousand unclosed <p>s are a thousand siblings, not a deep tree).
bool neverNests(QStringView name)
{
    static const QStringList names = {u"area"_s,  u"base"_s,  u"br"_s,    u"col"_s,      u"embed"_s, u"hr"_s,
                                      u"img"_s,   u"input"_s, u"link"_s,  u"meta"_s,     u"param"_s, u"source"_s,
                                      u"track"_s, u"wbr"_s,   u"p"_s,     u"li"_s,       u"dt"_s,    u"dd"_s,
                                      u"tr"_s,    u"td"_s,    u"th"_s,    u"option"_s,   u"optgroup"_s,
                                      u"tbody"_s, u"thead"_s, u"tfoot"_s, u"colgroup"_s, u"rt"_s,    u"rp"_s,
                                      u"image"_s, u"keygen"_s};
    return names.contains(name);
}

// Elements whose content the tokenizer reads as text up to their end tag.
bool isRawText(QStringView name)
{
    static const QStringList names = {u"script"_s,  u"style"_s,    u"textarea"_s, u"title"_s,    u"xmp"_s,
                                      u"iframe"_s,  u"noembed"_s,  u"noframes"_s, u"noscript"_s, u"plaintext"_s};
    return names.contains(name);
}

class Scanner {
public:
    explicit Scanner(QStringView in)
        : m_in(in)
    {
    }

    // Index just after the '>' that ends the tag starting at `from`, honouring quoted attribute values.
    qsizetype tagEnd(qsizetype from) const
    {
        QChar quote;
        for (qsizetype i = from; i < m_in.size(); ++i) {
            const QChar ch = m_in.at(i);
            if (!quote.isNull()) {
                if (ch == quote)
                    quote = QChar();
            } else if (ch == u'"' || ch == u'\'') {
                // Only a quote right after '=' (possibly with spaces) opens a value.
                qsizetype j = i - 1;
                while (j > from && m_in.at(j).isSpace())
                    --j;
                if (m_in.at(j) == u'=')
                    quote = ch;
            } else if (ch == u'>') {
                return i + 1;
            }
        }
        return m_in.size();
    }

    QString name(qsizetype from) const
    {
        qsizetype end = from;
        while (end < m_in.size() && !m_in.at(end).isSpace() && m_in.at(end) != u'/' && m_in.at(end) != u'>')
            ++end;
        return m_in.mid(from, end - from).toString().toLower();
    }

private:
    QStringView m_in;
};

} // namespace

QString limitNesting(const QString &html, int maxDepth, bool *limited)
{
    if (limited)
        *limited = false;
    // Fast path: fewer tags than the limit cannot nest deeper than it.
    if (html.count(u'<') <= maxDepth)
        return html;

    const Scanner scan(html);
    QString out;
    QList<QString> open;           // names of the elements kept open, innermost last
    QHash<QString, int> dropped;   // start tags removed and not yet closed, by name
    qsizetype copied = 0;          // html[copied, i) still has to go to out
    bool removedAny = false;
    qsizetype i = 0;
    const auto remove = [&](qsizetype from, qsizetype to) {
        out += QStringView(html).mid(copied, from - copied);
        copied = to;
        removedAny = true;
    };

    while (i < html.size()) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= html.size())
            break;
        const QChar next = html.at(lt + 1);
        if (html.mid(lt, 4) == "<!--"_L1) {
            const qsizetype end = html.indexOf(u"-->"_s, lt + 4);
            i = end < 0 ? html.size() : end + 3;
        } else if (next == u'!' || next == u'?') {
            i = scan.tagEnd(lt + 2);
        } else if (next == u'/' && lt + 2 < html.size() && isAsciiLetter(html.at(lt + 2))) {
            const QString name = scan.name(lt + 2);
            const qsizetype end = scan.tagEnd(lt + 2);
            if (dropped.value(name) > 0) {
                --dropped[name];
                remove(lt, end);
            } else if (const qsizetype at = open.lastIndexOf(name); at >= 0) {
                open.resize(at);
            }
            i = end;
        } else if (isAsciiLetter(next)) {
            const QString name = scan.name(lt + 1);
            const qsizetype end = scan.tagEnd(lt + 1);
            const bool selfClosing = end >= 2 && html.at(end - 2) == u'/';
            if (isRawText(name)) {
                // Skip the raw text so a "<div>" inside a script is not counted.
                const qsizetype close = html.indexOf("</"_L1 + name, end, Qt::CaseInsensitive);
                i = close < 0 ? html.size() : close;
                continue;
            }
            if (!neverNests(name) && !selfClosing) {
                if (open.size() >= maxDepth) {
                    ++dropped[name];
                    remove(lt, end);
                } else {
                    open.append(name);
                }
            }
            i = end;
        } else {
            i = lt + 1;
        }
    }
    if (!removedAny)
        return html;
    out += QStringView(html).mid(copied);
    if (limited)
        *limited = true;
    return out;
}

} // namespace gloss::html
