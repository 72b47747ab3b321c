// The quote finder's working state and its steps, private to core/quotes: findQuotes() makes one
// Finder for a text and runs it. The steps live in three files by what they find:
// QuoteFinder.cpp the quotations and the whole run, Attributions.cpp who an attribution names
// ("…," said X / X said: "…" / according to X), ReportedSpeech.cpp speech reported without
// quotation marks ("X said that …").
#pragma once

#include "ArticleSpeakers.h"
#include "QuoteSuggestion.h"

#include <QHash>
#include <QList>

namespace gloss::quotes::detail {

struct Attribution {
    int cue = -1;        // the verb token ("according" for "according to")
    int cueLast = -1;    // its last token
    Phrase phrase;       // who
    int speaker = -1;    // resolved, or -1
    double confidence = 0;
    QString rule;

    bool found() const { return cue >= 0 && phrase.isValid(); }
};

inline bool isEndPunct(const Token &token)
{
    return token.type == Token::Type::Punct && QStringView(u".?!\u2026").contains(token.lower.at(0));
}

class Finder {
public:
    explicit Finder(const QString &text)
        : m_scan(text)
        , m_speakers(m_scan)
    {
    }

    QList<QuoteSuggestion> run();

private:
    const QList<Token> &tokens() const { return m_scan.tokens(); }

    // A sentence led by "The judge …" or "She …" keeps that person in mind for the next "she".
    void noteSubject(const Sentence &sentence);

    // Back from `t` over words that sit between a subject and its verb ("also", "in turn", ", on the
    // other hand,"). Returns the token where the subject should end.
    int skipBackOverModifiers(int t, int floor) const;

    // The subject of the verb at `verb`, read backwards.
    Phrase subjectBefore(int verb, int floor) const;

    // A role followed by the name it describes ("the director general of FMR, Nathalie Perrin,"):
    // the name is the speaker, and the role is remembered for later references.
    Phrase preferAppositiveName(const Phrase &phrase, int ceiling);

    // A speaker phrase after `t`, skipping an apposition (", an epidemiologist at ...,").
    int skipApposition(int t, int ceiling) const;

    // "a spokesperson for the Welsh Government", "an official at the ministry": an unnamed voice of an
    // organisation is the organisation speaking.
    Phrase voiceOf(const Phrase &phrase) const;

    Attribution attribute(int cue, int cueLast, const Phrase &spoken, double confidence, const QString &rule);

    // `"…," said X` / `"…," X said` / `"…," X, a lawyer, said` / `"…," according to X`.
    Attribution after(int close, int ceiling);

    // `X said: "…"` / `X said, "…"` / `According to X, "…"` / `She put it bluntly: "…"`.
    Attribution before(int open, int floor);

    // Any attribution in the sentence outside its quotations (for partial quotes and stragglers).
    Attribution inSentence(const Sentence &sentence, int near);

    void quoted(int q, const Sentence &sentence);

    void fill(QuoteSuggestion &s, const Attribution &a);

    void trim(QuoteSuggestion &s) const;

    // Quotations with no attribution take the speaker of a neighbouring quotation: a later one in the
    // same paragraph ("First." "Second," she said.), else the one just before (a quote continued in the
    // next paragraph).
    void fillUnattributed();

    // Does the verb at `v` take a reported clause ("said (that) …", "told reporters (that) …", "urged X
    // to …")?
    bool takesReportedClause(int v, const Sentence &sentence, bool *withThat) const;

    // Where a reported passage ends: the sentence's end, or before a trailing aside that is not what
    // was said (", according to state media", ", which critics call …", ", whose pass …").
    int reportedEnd(const Sentence &sentence, int from) const;

    // Where a reported passage starts: at the sentence's start, so the speaker's description comes
    // with them ("One of the victims, retired teacher Margaret Ellison, 78, said", "A spokeswoman for
    // IPMA said"), but after a preposed phrase ("At the start of the meeting, Xi said").
    int reportedStart(const Sentence &sentence, const Phrase &subject) const;

    bool acceptableReporter(const Attribution &a) const;

    void addReported(int start, int end, const Attribution &a, double confidence);

    // "According to X, …" and "…, according to X." (X a person or organisation, not a document).
    bool accordingTo(const Sentence &sentence);

    void reported(const Sentence &sentence);

    TextScan m_scan;
    ArticleSpeakers m_speakers;
    QList<QuoteSuggestion> m_out;
    QList<int> m_unattributed;
    QHash<int, int> m_quoteParagraph; // suggestion -> paragraph of its opening mark
    QHash<int, int> m_quoteToken;     // suggestion -> its opening mark's token
};

} // namespace gloss::quotes::detail
