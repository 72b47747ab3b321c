#include "CleanHtmlWriter.h"

#include "GumboTree.h"

using namespace Qt::StringLiterals;

namespace gloss {

namespace {
void appendEscaped(QString &out, QChar ch)
{
    switch (ch.unicode()) {
    case u'&': out += u"&amp;"; break;
    case u'<': out += u"&lt;"; break;
    case u'>': out += u"&gt;"; break;
    case 0x00A0: out += u"&nbsp;"; break;
    default: out += ch;
    }
}

// C0 controls other than white space, and DEL, have no business in article text.
bool isStrayControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7F;
}
} // namespace

CleanHtmlWriter::CleanHtmlWriter()
{
    m_frames.append(FrameState(Frame::Flow, {}));
}

CleanHtmlWriter::Frame CleanHtmlWriter::current() const
{
    for (qsizetype i = m_frames.size() - 1; i > 0; --i) {
        const FrameState &f = m_frames.at(i);
        if (!(f.implicit && f.kind == Frame::Phrasing))
            return f.kind;
    }
    return m_frames.constFirst().kind;
}

void CleanHtmlWriter::push(Frame kind, QLatin1StringView tag, bool implicit, const QString &attributes)
{
    m_out += u'<' + tag;
    if (!attributes.isEmpty())
        m_out += u' ' + attributes;
    m_out += u'>';
    if (kind == Frame::Flow || kind == Frame::List || kind == Frame::Table || kind == Frame::Row)
        m_out += u'\n';
    FrameState frame(kind, tag);
    frame.implicit = implicit;
    frame.brSplits = kind == Frame::Item || (kind == Frame::Phrasing && (tag == "p"_L1 || tag == "figcaption"_L1));
    m_frames.append(frame);
}

void CleanHtmlWriter::pop()
{
    if (m_frames.size() <= 1)
        return;
    closeEmitted(m_frames.last());
    m_out += "</"_L1 + m_frames.constLast().tag + u'>';
    m_frames.removeLast();
    FrameState &parent = m_frames.last();
    if (parent.kind == Frame::Item)
        parent.hadBlock = true;
    // One block per line keeps the markup readable; the parser ignores white space between blocks.
    if (parent.kind != Frame::Phrasing && parent.kind != Frame::Pre)
        m_out += u'\n';
}

void CleanHtmlWriter::closeEmitted(FrameState &frame)
{
    for (qsizetype i = frame.emitted.size() - 1; i >= 0; --i)
        m_out += frame.emitted.at(i).close;
    frame.emitted.clear();
}

bool CleanHtmlWriter::ensureRun()
{
    FrameState &f = m_frames.last();
    switch (f.kind) {
    case Frame::Phrasing:
    case Frame::Pre: return true;
    case Frame::Item:
        if (f.runOpen)
            return true;
        if (!f.hadBlock) {
            f.runOpen = true;
            f.atStart = true;
            f.pendingSpace = false;
            return true;
        }
        push(Frame::Phrasing, "p"_L1, true);
        return true;
    case Frame::Flow: push(Frame::Phrasing, "p"_L1, true); return true;
    case Frame::List: push(Frame::Item, "li"_L1, true); return ensureRun();
    case Frame::Table:
    case Frame::Row: return false;
    }
    return false;
}

bool CleanHtmlWriter::acceptsText() const
{
    const FrameState &f = m_frames.constLast();
    return f.kind == Frame::Phrasing || f.kind == Frame::Pre || (f.kind == Frame::Item && f.runOpen);
}

void CleanHtmlWriter::closeRun()
{
    if (m_frames.constLast().kind == Frame::Phrasing && m_frames.constLast().implicit)
        pop();
    FrameState &f = m_frames.last();
    if (f.kind == Frame::Item && f.runOpen) {
        closeEmitted(f);
        f.runOpen = false;
        f.hadBlock = true;
        f.pendingSpace = false;
    }
}

void CleanHtmlWriter::closeImplicit()
{
    closeRun();
    while (m_frames.size() > 1 && m_frames.constLast().implicit) {
        pop();
        closeRun();
    }
}

void CleanHtmlWriter::closeUnwanted()
{
    FrameState &f = m_frames.last();
    qsizetype common = 0;
    while (common < f.emitted.size() && common < m_wanted.size()
           && f.emitted.at(common).id == m_wanted.at(common).id)
        ++common;
    for (qsizetype i = f.emitted.size() - 1; i >= common; --i)
        m_out += f.emitted.at(i).close;
    f.emitted.resize(common);
}

void CleanHtmlWriter::openWanted()
{
    FrameState &f = m_frames.last();
    for (qsizetype i = f.emitted.size(); i < m_wanted.size(); ++i) {
        m_out += m_wanted.at(i).open;
        f.emitted.append(m_wanted.at(i));
    }
}

void CleanHtmlWriter::writePendingSpace()
{
    FrameState &f = m_frames.last();
    if (f.pendingSpace)
        m_out += u' ';
    f.pendingSpace = false;
}

void CleanHtmlWriter::openBlock(QLatin1StringView tag, Frame kind, const QString &attributes)
{
    closeRun();
    push(kind, tag, false, attributes);
}

void CleanHtmlWriter::closeBlock()
{
    closeImplicit();
    pop();
}

bool CleanHtmlWriter::openListItem()
{
    closeImplicit();
    if (m_frames.constLast().kind != Frame::List)
        return false;
    push(Frame::Item, "li"_L1, false);
    return true;
}

void CleanHtmlWriter::openImplicitItem()
{
    closeImplicit();
    push(Frame::Item, "li"_L1, true);
}

void CleanHtmlWriter::openInline(const QString &openTag, QLatin1StringView closeTag)
{
    m_wanted.append(InlineTag{m_nextInlineId++, openTag, closeTag});
}

void CleanHtmlWriter::closeInline()
{
    if (!m_wanted.isEmpty())
        m_wanted.removeLast();
}

void CleanHtmlWriter::text(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar ch = text[i];
        char16_t c = ch.unicode();
        if (isStrayControl(c))
            continue;
        // Line/paragraph separators would split a QTextBlock in the reader; they are white space here.
        if (c == 0x2028 || c == 0x2029) {
            ch = m_frames.constLast().kind == Frame::Pre ? QChar(u'\n') : QChar(u' ');
            c = ch.unicode();
        }
        if (m_frames.constLast().kind == Frame::Pre) {
            if (c == u'\r')
                continue;
            FrameState &f = m_frames.last();
            // The parser drops one newline right after <pre>; write an extra one so it survives.
            if (f.atStart && c == u'\n')
                m_out += u'\n';
            closeUnwanted();
            openWanted();
            appendEscaped(m_out, ch);
            f.atStart = false;
            f.last = ch;
            continue;
        }
        if (html::isAsciiWhitespace(ch)) {
            if (acceptsText() && !m_frames.constLast().atStart)
                m_frames.last().pendingSpace = true;
            continue;
        }
        if (!ensureRun())
            continue;
        // "a <b>b</b>", not "a<b> b</b>": the space goes between the tags.
        closeUnwanted();
        writePendingSpace();
        openWanted();
        appendEscaped(m_out, ch);
        m_frames.last().atStart = false;
        // The run is open and its inline tags are in place: nothing in the rest of this text node
        // can change that, so the rest is only characters and collapsed spaces.
        appendSettledText(text.sliced(i + 1));
        return;
    }
}

namespace {
// Written as it is: not white space, not a character to escape, not one to drop. (Everything up to
// the space is white space or a control; called for every character, so no calls in it.)
inline bool isPlainText(char16_t c)
{
    return c > u' ' && c != u'&' && c != u'<' && c != u'>' && c != 0x7F && c != 0x00A0 && c != 0x2028 && c != 0x2029;
}
} // namespace

void CleanHtmlWriter::appendSettledText(QStringView text)
{
    FrameState &f = m_frames.last();
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (isStrayControl(c)) {
            ++i;
        } else if (c == 0x2028 || c == 0x2029 || html::isAsciiWhitespace(QChar(c))) {
            f.pendingSpace = true;
            ++i;
        } else if (c == u'&' || c == u'<' || c == u'>' || c == 0x00A0) {
            writePendingSpace();
            appendEscaped(m_out, QChar(c));
            ++i;
        } else {
            // A run of characters written as they are. A single space between two of them is what
            // collapsing would write too, so it stays in the run: a sentence is one append.
            qsizetype end = i + 1;
            while (end < text.size()) {
                if (isPlainText(text[end].unicode()))
                    ++end;
                else if (text[end] == u' ' && end + 1 < text.size() && isPlainText(text[end + 1].unicode()))
                    end += 2;
                else
                    break;
            }
            writePendingSpace();
            m_out += text.sliced(i, end - i);
            i = end;
        }
    }
}

void CleanHtmlWriter::image(const QString &markup)
{
    const FrameState &top = m_frames.constLast();
    // An image on its own (a figure's picture) needs no paragraph around it. At the start of a list
    // item it begins the item's inline run instead, as text would: written bare there, it left the
    // run closed and dropped the space after it ("<li><img> x" gave "<li><img>x"), which an implicit
    // item (<ol><img> x) kept, so sanitising the output again changed it.
    if (m_wanted.isEmpty() && (top.kind == Frame::Flow || (top.kind == Frame::Item && !top.runOpen && top.hadBlock))) {
        m_out += markup;
        return;
    }
    if (!ensureRun())
        return;
    closeUnwanted();
    writePendingSpace();
    openWanted();
    m_out += markup;
    m_frames.last().atStart = false;
}

void CleanHtmlWriter::lineBreak()
{
    if (m_frames.constLast().kind == Frame::Pre) {
        text(u"\n");
        return;
    }
    if (!acceptsText())
        return; // a <br> before any text in a block would only make an empty line
    FrameState &f = m_frames.last();
    if (!f.brSplits) {
        if (!f.atStart)
            f.pendingSpace = true;
        return;
    }
    if (f.atStart)
        return;
    m_out += "<br>"_L1;
    f.atStart = true;
    f.pendingSpace = false;
}

void CleanHtmlWriter::rule()
{
    if (current() != Frame::Flow) {
        boundary();
        return;
    }
    closeRun();
    m_out += "<hr>\n"_L1;
}

void CleanHtmlWriter::boundary()
{
    FrameState &f = m_frames.last();
    switch (f.kind) {
    case Frame::Phrasing:
        if (f.implicit)
            closeImplicit();
        else if (!f.atStart)
            f.pendingSpace = true;
        break;
    case Frame::Pre:
        if (!f.atStart && f.last != u'\n') {
            m_out += u'\n';
            f.last = u'\n';
        }
        break;
    case Frame::Flow:
    case Frame::List:
    case Frame::Item: closeImplicit(); break;
    case Frame::Table:
    case Frame::Row: break;
    }
}

QString CleanHtmlWriter::finish()
{
    closeImplicit();
    while (m_frames.size() > 1)
        pop();
    closeEmitted(m_frames.first());
    m_wanted.clear();
    return std::exchange(m_out, QString());
}

} // namespace gloss
