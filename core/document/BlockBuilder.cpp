#include "BlockBuilder.h"

#include "GumboTree.h"

#include <algorithm>

namespace gloss {

namespace {
bool isBlankChar(QChar ch)
{
    return html::isAsciiWhitespace(ch) || ch.unicode() == 0x00A0;
}

bool isStrayControl(char16_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || c == 0x7F;
}

// Not white space, not a control (everything up to the space is one or the other).
inline bool isWordChar(char16_t c)
{
    return c > u' ' && c != 0x7F && c != 0x2028 && c != 0x2029;
}
} // namespace

void BlockBuilder::appendText(QStringView text, bool preformatted)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QChar ch = text[i];
        char16_t c = ch.unicode();
        if (c == 0x2028 || c == 0x2029) {
            ch = preformatted ? QChar(u'\n') : QChar(u' ');
            c = ch.unicode();
        }
        if (preformatted) {
            if (c == u'\r' || isStrayControl(c))
                continue;
            m_text += ch;
            m_pendingSpace = false;
            m_atSeparator = false;
        } else if (html::isAsciiWhitespace(ch)) {
            softSpace();
        } else if (!isStrayControl(c)) {
            if (m_pendingSpace)
                m_text += u' ';
            m_pendingSpace = false;
            m_atSeparator = false;
            // The word's remaining characters in one append (a character at a time was this
            // function's main cost on long articles), and the words after it while a single space
            // separates them: collapsing would write that very space.
            const qsizetype start = i;
            qsizetype end = start + 1;
            while (end < text.size()) {
                if (isWordChar(text[end].unicode()))
                    ++end;
                else if (text[end] == u' ' && end + 1 < text.size() && isWordChar(text[end + 1].unicode()))
                    end += 2;
                else
                    break;
            }
            m_text += text.sliced(start, end - start);
            i = end - 1;
        }
    }
}

void BlockBuilder::appendSeparator(QChar separator)
{
    m_pendingSpace = false;
    m_text += separator;
    m_atSeparator = true;
}

void BlockBuilder::softSpace()
{
    if (!atLineStart())
        m_pendingSpace = true;
}

void BlockBuilder::openSpan(InlineSpan::Kind kind, const QString &href)
{
    m_open.append(OpenSpan{kind, href, m_text.size()});
}

void BlockBuilder::closeSpan()
{
    if (m_open.isEmpty())
        return;
    addSpan(m_open.takeLast(), m_text.size());
}

void BlockBuilder::addSpan(const OpenSpan &open, qsizetype end)
{
    if (end > open.start)
        m_spans.append(InlineSpan{open.kind, int(open.start), int(end - open.start), open.href});
}

void BlockBuilder::flush(const Context &context)
{
    for (OpenSpan &open : m_open) {
        addSpan(open, m_text.size());
        open.start = 0;
    }
    QString text = std::exchange(m_text, QString());
    QList<InlineSpan> spans = std::exchange(m_spans, {});
    m_pendingSpace = false;
    m_atSeparator = false;

    if (std::all_of(text.cbegin(), text.cend(), isBlankChar))
        return;

    qsizetype cut = 0;
    if (context.type == Block::Type::Preformatted) {
        // Keep the first line's indentation, drop blank lines around the code.
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < text.size() && html::isAsciiWhitespace(text.at(i)); ++i) {
            if (text.at(i) == u'\n')
                lineStart = i + 1;
        }
        cut = lineStart;
        qsizetype end = text.size();
        while (end > cut && html::isAsciiWhitespace(text.at(end - 1)))
            --end;
        text = text.mid(cut, end - cut);
    }

    Block block;
    block.type = context.type;
    block.level = context.level;
    block.ordered = context.ordered;
    block.language = context.type == Block::Type::Preformatted ? context.language : QString();
    for (InlineSpan span : spans) {
        qsizetype start = std::max<qsizetype>(span.start - cut, 0);
        qsizetype end = std::min<qsizetype>(span.start + span.length - cut, text.size());
        // A span is about words: the spaces around them belong to no one.
        while (start < end && text.at(start) == u' ')
            ++start;
        while (end > start && text.at(end - 1) == u' ')
            --end;
        if (end <= start)
            continue;
        span.start = int(start);
        span.length = int(end - start);
        block.spans.append(span);
    }
    // Outer spans first, then by kind: one order for equal input, whatever the nesting.
    std::stable_sort(block.spans.begin(), block.spans.end(), [](const InlineSpan &a, const InlineSpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return int(a.kind) < int(b.kind);
    });
    block.text = std::move(text);
    m_blocks.append(std::move(block));
}

QList<Block> BlockBuilder::takeBlocks()
{
    return std::exchange(m_blocks, {});
}

} // namespace gloss
