#include "TextScan.h"

#include "Lexicon.h"

#include <algorithm>

namespace gloss::quotes {

namespace {

bool isOpeningMark(QChar c)
{
    return c == u'"' || c == u'\u201C' || c == u'\u201E' || c == u'\u00AB' || c == u'\u00BB' || c == u'\u201D'
        || c == u'\u201F';
}

bool isSpaceAt(const QString &text, int i)
{
    return i < 0 || i >= text.size() || text.at(i).isSpace() || text.at(i) == u'\n';
}

// A mark opens when it is followed by text and preceded by a space, the paragraph start or an opening
// bracket or dash ("He said: “No.”", "(“Never”)").
bool inOpeningPosition(const QString &text, int i, int paragraphStart)
{
    const bool before = i == paragraphStart || text.at(i - 1).isSpace()
        || QStringView(u"([{\u2014\u2013-/:").contains(text.at(i - 1));
    return before && !isSpaceAt(text, i + 1);
}

// A mark closes when it follows text and is followed by a space, the paragraph end or punctuation.
bool inClosingPosition(const QString &text, int i, int paragraphEnd)
{
    if (i > 0 && text.at(i - 1).isSpace())
        return false;
    return i + 1 >= paragraphEnd || text.at(i + 1).isSpace() || text.at(i + 1).isPunct();
}

// Which marks may close a quotation opened by `open`. Writers mix styles, so a straight mark closes
// any double quotation and „ closes with either “ or ”.
bool closes(QChar open, QChar c)
{
    if (c == u'"')
        return open != u'\u00AB' && open != u'\u00BB';
    switch (open.unicode()) {
    case u'\u201C': return c == u'\u201D' || c == u'\u201C';
    case u'\u201E': return c == u'\u201C' || c == u'\u201D';
    case u'\u00AB': return c == u'\u00BB';
    case u'\u00BB': return c == u'\u00AB';
    case u'\u201D': return c == u'\u201D';
    case u'\u201F': return c == u'\u201D';
    default: return c == u'\u201D' || c == u'"';
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// "J.K", "U.N": single letters joined by dots (the dot after the last one is not a full stop).
bool isInitials(const Token &token)
{
    const QString &w = token.lower;
    if (!token.capitalised || w.size() < 3)
        return false;
    for (int i = 0; i < w.size(); ++i)
        if ((i % 2 == 0) != w.at(i).isLetter() || (i % 2 == 1 && w.at(i) != u'.'))
            return false;
    return true;
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

TextScan::TextScan(const QString &text)
    : m_text(text)
{
    findParagraphs();
    findQuotes();
    tokenize();
    findSentences();
}

void TextScan::findParagraphs()
{
    int start = 0;
    while (start <= m_text.size()) {
        int end = m_text.indexOf(u'\n', start);
        if (end < 0)
            end = m_text.size();
        m_paragraphs.append({start, end});
        start = end + 1;
    }
}

void TextScan::findQuotes()
{
    bool inside = false;
    QuoteSpan current;
    QChar opener;
    for (int p = 0; p < m_paragraphs.size(); ++p) {
        const Paragraph &paragraph = m_paragraphs.at(p);
        int i = paragraph.start;
        if (inside) {
            // A quotation still open at the end of the previous paragraph continues only when this
            // paragraph opens with a mark; otherwise its closing mark is missing and it is dropped.
            while (i < paragraph.end && m_text.at(i).isSpace())
                ++i;
            if (i < paragraph.end && isOpeningMark(m_text.at(i)) && m_text.at(i) != u'\u00BB') {
                current.multiParagraph = true;
                ++i;
            } else {
                inside = false;
            }
        }
        for (; i < paragraph.end; ++i) {
            const QChar c = m_text.at(i);
            if (!inside) {
                if (isOpeningMark(c) && inOpeningPosition(m_text, i, paragraph.start)) {
                    inside = true;
                    opener = c;
                    current = QuoteSpan{i, i + 1, i + 1, i + 1, false};
                }
            } else if (closes(opener, c) && inClosingPosition(m_text, i, paragraph.end)) {
                current.end = i;
                current.close = i;
                if (hasLetter(QStringView(m_text).mid(current.start, current.end - current.start)))
                    m_quotes.append(current);
                inside = false;
            }
        }
    }
}

void TextScan::tokenize()
{
    int quote = 0;
    int paragraph = 0;
    const int n = int(m_text.size());
    int i = 0;
    while (i < n) {
        const QChar c = m_text.at(i);
        while (paragraph + 1 < m_paragraphs.size() && i >= m_paragraphs.at(paragraph + 1).start)
            ++paragraph;
        while (quote < m_quotes.size() && m_quotes.at(quote).close < i)
            ++quote;
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.paragraph = paragraph;
        const bool inQuote = quote < m_quotes.size() && m_quotes.at(quote).open <= i;
        token.quote = inQuote ? quote : -1;
        if (inQuote && i == m_quotes.at(quote).open) {
            token.type = Token::Type::OpenMark;
            token.end = i + 1;
        } else if (inQuote && i == m_quotes.at(quote).close) {
            token.type = Token::Type::CloseMark;
            token.end = i + 1;
        } else if (isWordChar(c)) {
            int j = i + 1;
            // Apostrophes, hyphens and dots join letters ("don't", "O'Connell", "Jean-Luc", "U.S").
            while (j < n) {
                const QChar d = m_text.at(j);
                if (isWordChar(d)) {
                    ++j;
                } else if ((isApostrophe(d) || d == u'-' || d == u'.' || d == u'\u2011') && j + 1 < n
                           && isWordChar(m_text.at(j + 1)) && !(d == u'.' && m_text.at(j + 1).isLower() && j + 2 < n && isWordChar(m_text.at(j + 2)))) {
                    ++j;
                } else {
                    break;
                }
            }
            token.end = j;
            QString word = m_text.mid(i, j - i);
            token.capitalised = word.at(0).isUpper();
            token.acronym = word.size() >= 2 && word == word.toUpper() && word.at(1).isLetter();
            QString lower = word.toLower();
            lower.replace(u'\u2019', u'\'');
            if (lower.endsWith(u"'s") && lower.size() > 2) {
                token.possessive = true;
                lower.chop(2);
            } else if (j < n && isApostrophe(m_text.at(j)) && lower.endsWith(u's')
                       && (j + 1 >= n || !isWordChar(m_text.at(j + 1)))) {
                token.possessive = true; // "farmers'": the apostrophe is part of the word
                token.end = j + 1;
            }
            token.lower = lower;
        } else {
            token.type = Token::Type::Punct;
            token.end = i + 1;
            token.lower = QString(c);
        }
        i = token.end;
        if (token.type == Token::Type::OpenMark)
            m_openToken.append(int(m_tokens.size()));
        else if (token.type == Token::Type::CloseMark)
            m_closeToken.append(int(m_tokens.size()));
        m_tokens.append(token);
    }
}

// Whether a sentence ends after token `t`.
bool TextScan::endsSentence(int t) const
{
    const Token &token = m_tokens.at(t);
    if (t + 1 >= m_tokens.size())
        return true;
    const Token &next = m_tokens.at(t + 1);
    if (next.paragraph != token.paragraph)
        return token.quote < 0 || token.type == Token::Type::CloseMark || next.quote != token.quote;
    if (token.quote >= 0 && token.type != Token::Type::CloseMark)
        return false;
    const bool nextStarts = next.capitalised || next.type == Token::Type::OpenMark
        || (next.isWord() && next.lower.at(0).isDigit());
    if (!nextStarts)
        return false;
    if (token.type == Token::Type::CloseMark) {
        // `"We won!" Smith said.` continues; `"We won." The team ...` does not.
        const int lastInside = t - 1;
        if (lastInside < 0 || !QStringView(u".?!\u2026").contains(m_tokens.at(lastInside).lower.at(0)))
            return false;
        // After a period the next capital starts a sentence; after ? or ! it may be the attribution.
        if (m_tokens.at(lastInside).lower == u".")
            return true;
        for (int k = t + 1; k < m_tokens.size() && k <= t + 5; ++k) {
            const Token &look = m_tokens.at(k);
            if (look.type != Token::Type::Word)
                break;
            if (isSpeechVerb(look.lower))
                return false;
        }
        return true;
    }
    if (token.type != Token::Type::Punct || !QStringView(u".?!\u2026").contains(token.lower.at(0)))
        return false;
    if (token.lower == u"." && t > 0) {
        const Token &before = m_tokens.at(t - 1);
        if (before.isWord() && before.end == token.start
            && (isAbbreviation(before.lower) || (before.lower.size() == 1 && before.capitalised) || isInitials(before)))
            return false;
    }
    return true;
}

void TextScan::findSentences()
{
    m_sentenceOfToken.resize(m_tokens.size());
    int first = 0;
    for (int t = 0; t < m_tokens.size(); ++t) {
        if (!endsSentence(t))
            continue;
        // Closing marks and brackets right after the period belong to this sentence.
        m_sentences.append({first, t + 1, m_tokens.at(first).start, m_tokens.at(t).end});
        for (int k = first; k <= t; ++k)
            m_sentenceOfToken[k] = int(m_sentences.size()) - 1;
        first = t + 1;
    }
}

} // namespace gloss::quotes
