// One pass over an article's canonical text that the quote rules read from: the spans inside double
// quotation marks (straight, curly, guillemets, „…“; a quote may run over several paragraphs when each
// paragraph opens with a mark), the words and punctuation as tokens, and the sentences — a quotation is
// never split into sentences, so `"It works. It ships," she said.` is one sentence.
//
// Single marks never pair: they are apostrophes far more often than quotation marks in English news
// (don't, O'Connell, '90s, farmers' union), and a nested ‘…’ inside a double quotation is simply part of it.
#pragma once

#include <QList>
#include <QString>

namespace gloss::quotes {

struct QuoteSpan {
    int open = 0;   // the opening mark
    int start = 0;  // the quoted text: [start, end)
    int end = 0;
    int close = 0;  // the closing mark
    bool multiParagraph = false;
};

struct Token {
    enum class Type { Word, Punct, OpenMark, CloseMark };
    int start = 0;
    int end = 0;
    Type type = Type::Word;
    QString lower;           // the word in lower case (without a possessive 's), or the punctuation
    bool capitalised = false;
    bool possessive = false; // "Xi's", "farmers'"
    bool acronym = false;    // "US", "EU", "BBC": capitals only, so never a pronoun or a common word
    int quote = -1;          // the QuoteSpan this token lies in (its text or its marks), else -1
    int paragraph = 0;
    bool isWord() const { return type == Type::Word; }
    bool is(QStringView text) const { return lower == text; }
};

struct Sentence {
    int first = 0; // tokens [first, last)
    int last = 0;
    int start = 0; // characters [start, end)
    int end = 0;
};

struct Paragraph {
    int start = 0;
    int end = 0;
};

class TextScan {
public:
    explicit TextScan(const QString &text);

    const QString &text() const { return m_text; }
    const QList<Paragraph> &paragraphs() const { return m_paragraphs; }
    const QList<QuoteSpan> &quotes() const { return m_quotes; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Sentence> &sentences() const { return m_sentences; }
    int sentenceOfToken(int token) const { return m_sentenceOfToken.value(token, -1); }
    // The tokens of a quotation's text (between its marks).
    int openTokenOfQuote(int quote) const { return m_openToken.at(quote); }
    int closeTokenOfQuote(int quote) const { return m_closeToken.at(quote); }
    QStringView slice(int start, int end) const { return QStringView(m_text).mid(start, end - start); }

private:
    void findParagraphs();
    void findQuotes();
    void tokenize();
    void findSentences();
    bool endsSentence(int token) const;

    QString m_text;
    QList<Paragraph> m_paragraphs;
    QList<QuoteSpan> m_quotes;
    QList<Token> m_tokens;
    QList<Sentence> m_sentences;
    QList<int> m_sentenceOfToken;
    QList<int> m_openToken;  // per quote
    QList<int> m_closeToken;
};

} // namespace gloss::quotes
