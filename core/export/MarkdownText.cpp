#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

QStringList splitLines(QStringView text)
{
    QString normalised = text.toString();
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    // Unicode line and paragraph separators end a line for some renderers; treat them as line ends.
    normalised.replace(QChar(0x2028), u'\n');
    normalised.replace(QChar(0x2029), u'\n');
    return normalised.split(u'\n');
}

bool isMarkdownSyntax(QChar c)
{
    // CommonMark's inline syntax, plus Obsidian's: # tags, $ math, == highlight, %% comment.
    static const QString special = u"\\`*_[]<>|~&$=%#!"_s;
    return special.contains(c);
}

} // namespace

QString yamlQuoted(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += u"\\\""; break;
        case u'\\': out += u"\\\\"; break;
        case u'\n': out += u"\\n"; break;
        case u'\r': out += u"\\r"; break;
        case u'\t': out += u"\\t"; break;
        case 0x85: out += u"\\N"; break;
        case 0x2028: out += u"\\L"; break;
        case 0x2029: out += u"\\P"; break;
        default:
            // YAML allows only printable characters in a document: escape C0/C1 controls, DEL, the
            // BOM and the non-characters; surrogate pairs (emoji) pass as they are.
            if (u < 0x20 || (u >= 0x7F && u <= 0x9F))
                out += u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0');
            else if (u == 0xFEFF || u == 0xFFFE || u == 0xFFFF)
                out += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString markdownEscapeLine(QStringView line)
{
    // Leading white space would make an indented code block; it carries no meaning in a quote.
    qsizetype first = 0;
    while (first < line.size() && (line[first] == u' ' || line[first] == u'\t'))
        ++first;
    const QStringView body = line.mid(first);
    QString out;
    out.reserve(body.size() + body.size() / 8 + 2);
    // List markers and "---" rules: a backslash before the first character keeps it text.
    if (!body.isEmpty() && (body[0] == u'-' || body[0] == u'+'))
        out += u'\\';
    // "1. " / "1) " starts an ordered list: escape the delimiter. Only when a space, a tab or the end
    // of the line follows it, as CommonMark requires of a list marker: "4.8 km" stays as written.
    qsizetype digits = 0;
    while (digits < body.size() && digits < 10 && body[digits].isDigit() && body[digits].unicode() < 128)
        ++digits;
    if (digits < body.size() && digits + 1 < body.size() && body[digits + 1] != u' ' && body[digits + 1] != u'\t')
        digits = 0; // a number, not a marker
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        if (isMarkdownSyntax(c) || (i == digits && digits > 0 && (c == u'.' || c == u')')))
            out += u'\\';
        out += c;
    }
    return out;
}

QString markdownBlockQuote(QStringView text)
{
    QStringList out;
    const QStringList lines = splitLines(text);
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out << u">"_s; // each line of the canonical text is a paragraph
        const QString escaped = markdownEscapeLine(lines[i]);
        out << (escaped.isEmpty() ? u">"_s : u"> "_s + escaped);
    }
    return out.join(u'\n');
}

namespace {

// '<' that would open an HTML tag, comment or declaration becomes text; inside `code spans` it
// already is text and stays as typed. A backtick run that never closes opens no code span.
QString escapeInlineHtml(QStringView line, bool honourCodeSpans = true)
{
    QString out;
    out.reserve(line.size() + 4);
    qsizetype codeTicks = 0; // length of the backtick run that opened the current code span
    qsizetype openedAt = 0;  // where that run starts, in `line` and in `out`
    qsizetype openedOut = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (honourCodeSpans && line[i] == u'`') {
            qsizetype run = 1;
            while (i + run < line.size() && line[i + run] == u'`')
                ++run;
            if (codeTicks == 0) {
                codeTicks = run;
                openedAt = i;
                openedOut = out.size();
            } else if (run == codeTicks) {
                codeTicks = 0;
            }
            out += line.mid(i, run);
            i += run - 1;
            continue;
        }
        if (codeTicks == 0 && line[i] == u'<' && i + 1 < line.size()
            && (line[i + 1].isLetter() || line[i + 1] == u'/' || line[i + 1] == u'!' || line[i + 1] == u'?'))
            out += u'\\';
        out += line[i];
    }
    if (codeTicks != 0)
        return out.left(openedOut) + escapeInlineHtml(line.mid(openedAt), false);
    return out;
}

// A link to javascript:, vbscript: or data: runs code or smuggles markup when clicked; escaping the
// bracket or parenthesis that makes it a link leaves the words as typed.
QString defuseScriptLinks(QString line)
{
    static const QRegularExpression inlineLink(u"\\]\\(\\s*<?\\s*(?:javascript|vbscript|data):"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression definition(u"^ {0,3}\\[[^\\]]+\\]:\\s*<?\\s*(?:javascript|vbscript|data):"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    QList<qsizetype> at;
    for (auto it = inlineLink.globalMatch(line); it.hasNext();)
        at.prepend(it.next().capturedStart() + 1);
    for (qsizetype position : std::as_const(at))
        line.insert(position, u'\\');
    if (const QRegularExpressionMatch m = definition.match(line); m.hasMatch())
        line.insert(line.indexOf(u'['), u'\\');
    return line;
}

} // namespace

QString containedMarkdown(QStringView markdown)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})(.*)$"_s);
    static const QRegularExpression atxHeading(u"^ {0,3}(#{1,6})(?=[ \\t]|$)"_s);
    static const QRegularExpression setextUnderline(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
    QStringList lines = splitLines(markdown);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QStringList out;
    QString openFence; // the fence characters of an open code block
    bool inParagraph = false;
    for (QString line : std::as_const(lines)) {
        const QRegularExpressionMatch m = fence.match(line);
        if (!openFence.isEmpty()) {
            // A closing fence: the same character, at least as long, nothing after it.
            if (m.hasMatch() && m.captured(1).front() == openFence.front() && m.captured(1).size() >= openFence.size()
                && m.captured(2).trimmed().isEmpty())
                openFence.clear();
            out << line;
            continue;
        }
        if (m.hasMatch() && !(m.captured(1).front() == u'`' && m.captured(2).contains(u'`'))) {
            openFence = m.captured(1);
            inParagraph = false;
            out << line;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            inParagraph = false;
            out << line;
            continue;
        }
        // Headings in a comment sit below the export's own (# title, ## article): shifted by three,
        // like the HTML export does. A setext underline would turn the line above into a heading;
        // after a blank line it is a rule (---) or text (===) instead.
        if (inParagraph && setextUnderline.match(line).hasMatch()) {
            out << QString();
            out << line;
            inParagraph = false;
            continue;
        }
        if (const QRegularExpressionMatch h = atxHeading.match(line); h.hasMatch()) {
            line.insert(h.capturedStart(1), QString(qMin(3, 6 - int(h.capturedLength(1))), u'#'));
            inParagraph = false;
        } else {
            inParagraph = !setextUnderline.match(line).hasMatch();
        }
        // Raw HTML (<script>, <!--, <pre>) could run to the end of the document or hide things; as
        // text it is shown as typed. Obsidian hides everything between %% and %%, so an unpaired one
        // would hide the rest.
        line = escapeInlineHtml(line);
        line.replace(u"%%"_s, u"\\%\\%"_s);
        line = defuseScriptLinks(line);
        out << line;
    }
    if (!openFence.isEmpty())
        out << openFence;
    return out.join(u'\n');
}

QString markdownTagName(QStringView tag)
{
    QString out;
    bool lastWasSpace = false;
    for (const QChar c : tag.trimmed()) {
        if (c.isSpace()) {
            if (!lastWasSpace)
                out += u'-';
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        if (c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'/' || c.isMark())
            out += c;
        else if (c.isSurrogate())
            out += c; // emoji and other astral characters: Obsidian accepts them in tags
        else
            out += u'_';
    }
    bool allDigits = !out.isEmpty();
    for (const QChar c : std::as_const(out))
        allDigits = allDigits && c.isDigit();
    if (allDigits || out.isEmpty())
        out.prepend(u'_');
    return out;
}

QString markdownFileName(QStringView title, qint64 id)
{
    QString slug;
    for (const QChar c : title) {
        if (slug.size() >= 60)
            break;
        if (c.isLetterOrNumber())
            slug += c.toLower();
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return (slug.isEmpty() ? u"article"_s : slug) + u'-' + QString::number(id) + u".md"_s;
}

} // namespace gloss
