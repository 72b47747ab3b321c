#include "QuoteFinder.h"

#include "ArticleSpeakers.h"
#include "QuoteSuggestion.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gloss::quotes {

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return u"direct"_s;
    case QuoteKind::Partial: return u"partial"_s;
    case QuoteKind::Reported: return u"reported"_s;
    }
    return {};
}

namespace {

struct Attribution {
    int cue = -1;        // the verb token ("according" for "according to")
    int cueLast = -1;    // its last token
    Phrase phrase;       // who
    int speaker = -1;    // resolved, or -1
    double confidence = 0;
    QString rule;

    bool found() const { return cue >= 0 && phrase.isValid(); }
};

bool isAux(const Token &token)
{
    static const QStringList aux{u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"had"_s, u"has"_s, u"have"_s, u"would"_s,
                                 u"will"_s, u"could"_s, u"should"_s, u"can"_s, u"may"_s, u"might"_s, u"must"_s,
                                 u"did"_s, u"does"_s, u"do"_s, u"need"_s, u"needs"_s, u"remained"_s,
                                 u"remains"_s, u"wanted"_s, u"wants"_s, u"planned"_s, u"plans"_s, u"intends"_s,
                                 u"intended"_s, u"wasn't"_s, u"isn't"_s, u"won't"_s, u"didn't"_s, u"hadn't"_s,
                                 u"hasn't"_s, u"couldn't"_s, u"wouldn't"_s, u"doesn't"_s, u"aren't"_s,
                                 u"weren't"_s, u"cannot"_s, u"can't"_s, u"shouldn't"_s, u"came"_s, u"went"_s,
                                 u"made"_s, u"took"_s, u"gave"_s, u"got"_s, u"knew"_s, u"saw"_s, u"became"_s,
                                 u"began"_s, u"fell"_s, u"rose"_s, u"grew"_s, u"left"_s, u"kept"_s, u"held"_s,
                                 u"brought"_s, u"thought"_s, u"found"_s, u"meant"_s, u"ran"_s, u"won"_s, u"lost"_s,
                                 u"paid"_s, u"sold"_s, u"built"_s, u"sent"_s, u"spent"_s, u"felt"_s, u"stood"_s,
                                 u"led"_s, u"belonged"_s, u"lay"_s, u"remain"_s, u"seemed"_s, u"appeared"_s};
    return token.isWord() && !token.capitalised && (aux.contains(token.lower) || (token.lower.size() > 4 && token.lower.endsWith(u"ed")));
}

bool startsClause(const Token &token)
{
    static const QStringList starters{u"he"_s, u"she"_s, u"they"_s, u"it"_s, u"we"_s, u"i"_s, u"there"_s,
                                      u"the"_s, u"a"_s, u"an"_s, u"his"_s, u"her"_s, u"their"_s, u"its"_s,
                                      u"this"_s, u"these"_s, u"those"_s, u"no"_s, u"some"_s, u"all"_s,
                                      u"both"_s, u"many"_s, u"most"_s, u"more"_s, u"nothing"_s, u"everyone"_s,
                                      u"nobody"_s, u"people"_s, u"our"_s, u"any"_s, u"every"_s, u"none"_s};
    return token.isWord() && (starters.contains(token.lower) || (token.capitalised && !isCommonCapitalised(token.lower)));
}

bool isPreposition(const Token &token)
{
    return token.isWord() && !token.capitalised
        && (token.is(u"at") || token.is(u"of") || token.is(u"for") || token.is(u"from") || token.is(u"in") || token.is(u"with")
            || token.is(u"by") || token.is(u"on") || token.is(u"to") || token.is(u"near"));
}

// "would say", "to tell", "could confirm": speech that has not happened.
bool isUnsaid(const Token &before)
{
    return before.isWord()
        && (before.is(u"would") || before.is(u"will") || before.is(u"could") || before.is(u"should") || before.is(u"might")
            || before.is(u"may") || before.is(u"can") || before.is(u"must") || before.is(u"to") || before.is(u"not")
            || before.is(u"never") || before.is(u"cannot"));
}

bool isEndPunct(const Token &token)
{
    return token.type == Token::Type::Punct && QStringView(u".?!\u2026").contains(token.lower.at(0));
}

// Words that open a preposed phrase rather than the subject: "At the start of the meeting, Xi said",
// "Asked about it, she said", "However, the minister said".
bool opensPreposedPhrase(const Token &token)
{
    static const QStringList words{
        u"at"_s, u"in"_s, u"on"_s, u"after"_s, u"before"_s, u"during"_s, u"since"_s, u"until"_s, u"while"_s, u"when"_s,
        u"where"_s, u"as"_s, u"although"_s, u"though"_s, u"because"_s, u"if"_s, u"despite"_s, u"amid"_s, u"under"_s,
        u"over"_s, u"about"_s, u"for"_s, u"from"_s, u"with"_s, u"without"_s, u"by"_s, u"following"_s, u"speaking"_s,
        u"asked"_s, u"earlier"_s, u"later"_s, u"meanwhile"_s, u"however"_s, u"yesterday"_s, u"today"_s, u"last"_s,
        u"next"_s, u"separately"_s, u"elsewhere"_s, u"instead"_s, u"still"_s, u"also"_s, u"but"_s, u"and"_s, u"so"_s,
        u"yet"_s, u"then"_s, u"now"_s, u"finally"_s, u"initially"_s, u"eventually"_s, u"ultimately"_s, u"moreover"_s,
        u"nevertheless"_s, u"nonetheless"_s, u"indeed"_s, u"there"_s, u"here"_s, u"to"_s, u"once"_s, u"writing"_s,
        u"responding"_s, u"addressing"_s, u"pressed"_s, u"interviewed"_s, u"questioned"_s, u"unlike"_s, u"like"_s};
    return token.isWord() && words.contains(token.lower);
}

// Sources that are documents or media rather than speakers: "according to reports", "the data".
bool isDocumentWord(QStringView w)
{
    static const QStringList words{u"reports"_s, u"report"_s, u"media"_s, u"data"_s, u"figures"_s, u"statistics"_s,
                                   u"estimates"_s, u"documents"_s, u"document"_s, u"records"_s, u"transcript"_s,
                                   u"polls"_s, u"poll"_s, u"survey"_s, u"study"_s, u"research"_s, u"sources"_s,
                                   u"reuters"_s, u"afp"_s, u"ap"_s, u"interfax"_s, u"tass"_s, u"xinhua"_s};
    return words.contains(w.toString());
}

class Finder {
public:
    explicit Finder(const QString &text)
        : m_scan(text)
        , m_speakers(m_scan)
    {
    }

    QList<QuoteSuggestion> run()
    {
        const auto &sentences = m_scan.sentences();
        for (int s = 0; s < sentences.size(); ++s) {
            const Sentence &sentence = sentences.at(s);
            noteSubject(sentence);
            QList<int> quotes;
            for (int t = sentence.first; t < sentence.last; ++t)
                if (m_scan.tokens().at(t).type == Token::Type::OpenMark)
                    quotes.append(m_scan.tokens().at(t).quote);
            const qsizetype before = m_out.size();
            for (int q : quotes)
                quoted(q, sentence);
            // A sentence whose quotation marks hold nobody's words (scare quotes) may still report speech.
            if (m_out.size() == before)
                reported(sentence);
        }
        fillUnattributed();
        std::sort(m_out.begin(), m_out.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
        return m_out;
    }

private:
    const QList<Token> &tokens() const { return m_scan.tokens(); }

    // A sentence led by "The judge …" or "She …" keeps that person in mind for the next "she".
    void noteSubject(const Sentence &sentence)
    {
        // The subject leads the sentence, or follows a preposed phrase ("In a long interview …, the
        // Italian minister had struck a more combative tone").
        int first = sentence.first;
        const Token &lead = tokens().at(first);
        if (lead.isWord() && lead.capitalised && isCommonCapitalised(lead.lower) && !lead.is(u"the") && !lead.is(u"a")) {
            for (int t = first; t < sentence.last && t < first + 25; ++t) {
                if (tokens().at(t).quote >= 0)
                    break;
                if (tokens().at(t).is(u",")) {
                    first = t + 1;
                    break;
                }
            }
        }
        const Phrase p = phraseStartingAt(m_scan, first, sentence.last);
        if ((p.kind == Phrase::Kind::RoleNoun && isPersonRoleNoun(p.head) && p.definite)
            || (p.kind == Phrase::Kind::Pronoun && isPersonPronoun(p.head)))
            m_speakers.noteSpeaker(m_speakers.resolve(p), p.first);
    }

    // Back from `t` over words that sit between a subject and its verb ("also", "in turn", ", on the
    // other hand,"). Returns the token where the subject should end.
    int skipBackOverModifiers(int t, int floor) const
    {
        while (t >= floor) {
            const Token &token = tokens().at(t);
            if (token.quote >= 0)
                return t;
            if (isVerbModifier(token.lower)) {
                --t;
            } else if (token.is(u"turn") && t - 1 >= floor && tokens().at(t - 1).is(u"in")) {
                t -= 2;
            } else if (token.is(u",")) {
                // A parenthetical between commas: skip it unless it is the name itself (", Rahul Mehta,").
                int open = t - 1;
                while (open >= floor && open > t - 22 && !tokens().at(open).is(u",") && tokens().at(open).quote < 0)
                    --open;
                if (open < floor || !tokens().at(open).is(u",") || open == t - 1)
                    return t;
                // ", Tobias Brandt from Leipzig," names the subject that the phrase before it describes.
                const Phrase inner = phraseStartingAt(m_scan, open + 1, t);
                if (inner.isValid() && inner.kind == Phrase::Kind::Name && !inner.organisation)
                    return inner.last - 1;
                t = open - 1;
            } else {
                return t;
            }
        }
        return t;
    }

    // The subject of the verb at `verb`, read backwards.
    Phrase subjectBefore(int verb, int floor) const
    {
        const int end = skipBackOverModifiers(verb - 1, floor);
        if (end < floor)
            return {};
        const Phrase direct = phraseEndingAt(m_scan, end, floor);
        int before = direct.first - 1;
        if (before > floor && (tokens().at(before).is(u"the") || tokens().at(before).is(u"a")))
            --before;
        const bool inPrepositionalPhrase = direct.isValid() && before >= floor && isPreposition(tokens().at(before));
        if (direct.isValid() && !namesPlace(m_scan, direct) && !inPrepositionalPhrase)
            return direct;
        // A name with a post-modifier: "Colin Achebe of West Yorkshire Police's economic crime unit said".
        for (int k = end; k > floor && k > end - 12; --k) {
            const Token &token = tokens().at(k);
            if (token.quote >= 0 || token.is(u",") || isEndPunct(token))
                break;
            if (!token.is(u"of") && !token.is(u"from") && !token.is(u"at") && !token.is(u"with") && !token.is(u"in"))
                continue;
            const Phrase name = phraseEndingAt(m_scan, k - 1, floor);
            const bool person = (name.kind == Phrase::Kind::Name && !name.organisation)
                || (name.kind == Phrase::Kind::RoleNoun && isPersonRoleNoun(name.head));
            if (name.isValid() && person
                && (name.first == floor || tokens().at(name.first - 1).is(u",") || tokens().at(name.first - 1).is(u"the")))
                return name;
        }
        return direct;
    }

    // A role followed by the name it describes ("the director general of FMR, Nathalie Perrin,"):
    // the name is the speaker, and the role is remembered for later references.
    Phrase preferAppositiveName(const Phrase &phrase, int ceiling)
    {
        if (phrase.kind != Phrase::Kind::RoleNoun || phrase.last + 1 >= ceiling || !tokens().at(phrase.last).is(u","))
            return phrase;
        const Phrase name = phraseStartingAt(m_scan, phrase.last + 1, ceiling);
        if (!name.isValid() || name.kind != Phrase::Kind::Name || name.organisation)
            return phrase;
        if (name.last < ceiling && !tokens().at(name.last).is(u",") && !isEndPunct(tokens().at(name.last)))
            return phrase;
        m_speakers.noteRole(m_speakers.resolve(name), phraseText(m_scan, phrase.first, phrase.last));
        return name;
    }

    // A speaker phrase after `t`, skipping an apposition (", an epidemiologist at ...,").
    int skipApposition(int t, int ceiling) const
    {
        if (t < ceiling && tokens().at(t).is(u",")) {
            for (int k = t + 1; k < ceiling && k < t + 14; ++k) {
                if (tokens().at(k).quote >= 0)
                    break;
                if (tokens().at(k).is(u","))
                    return k + 1;
            }
        }
        return t;
    }

    // "a spokesperson for the Welsh Government", "an official at the ministry": an unnamed voice of an
    // organisation is the organisation speaking.
    Phrase voiceOf(const Phrase &phrase) const
    {
        static const QStringList voices{u"spokesperson"_s, u"spokeswoman"_s, u"spokesman"_s, u"representative"_s,
                                        u"official"_s, u"officials"_s, u"spokespeople"_s, u"source"_s, u"sources"_s};
        if (phrase.kind != Phrase::Kind::RoleNoun || !voices.contains(phrase.head))
            return phrase;
        for (int k = phrase.first; k + 1 < phrase.last; ++k) {
            if (tokens().at(k).is(u"for") || tokens().at(k).is(u"of") || tokens().at(k).is(u"at")) {
                const Phrase organisation = phraseStartingAt(m_scan, k + 1, phrase.last);
                if (organisation.isValid() && organisation.kind != Phrase::Kind::Pronoun)
                    return organisation;
            }
        }
        return phrase;
    }

    Attribution attribute(int cue, int cueLast, const Phrase &spoken, double confidence, const QString &rule)
    {
        const Phrase phrase = voiceOf(spoken);
        Attribution a;
        a.cue = cue;
        a.cueLast = cueLast;
        a.phrase = phrase;
        a.speaker = m_speakers.resolve(phrase);
        a.confidence = confidence;
        a.rule = rule;
        if (phrase.kind == Phrase::Kind::Pronoun)
            a.confidence -= 0.08;
        else if (phrase.kind == Phrase::Kind::RoleNoun)
            a.confidence -= 0.1;
        if (a.speaker < 0)
            a.confidence -= 0.3;
        return a;
    }

    // `"…," said X` / `"…," X said` / `"…," X, a lawyer, said` / `"…," according to X`.
    Attribution after(int close, int ceiling)
    {
        int k = close + 1;
        while (k < ceiling && (tokens().at(k).is(u",") || tokens().at(k).is(u"\u2014") || tokens().at(k).is(u"-")))
            ++k;
        if (k >= ceiling || tokens().at(k).quote >= 0)
            return {};
        const Token &first = tokens().at(k);
        if (first.is(u"according") && k + 1 < ceiling && tokens().at(k + 1).is(u"to")) {
            const Phrase p = phraseStartingAt(m_scan, k + 2, ceiling);
            if (p.isValid())
                return attribute(k, k + 1, p, 0.85, u"quote, according to X"_s);
            return {};
        }
        if (isSpeechVerb(first.lower) && !first.capitalised) {
            const Phrase p = preferAppositiveName(phraseStartingAt(m_scan, k + 1, ceiling), ceiling);
            if (p.isValid())
                return attribute(k, k, p, 0.95, u"quote, said X"_s);
            return {};
        }
        const Phrase role = phraseStartingAt(m_scan, k, ceiling);
        if (!role.isValid())
            return {};
        int v = skipApposition(role.last, ceiling);
        const Phrase p = preferAppositiveName(role, ceiling);
        for (int hops = 0; v < ceiling && hops < 3 && isVerbModifier(tokens().at(v).lower); ++hops)
            ++v;
        if (v < ceiling && isSpeechVerb(tokens().at(v).lower) && !tokens().at(v).capitalised)
            return attribute(v, v, p, 0.95, u"quote, X said"_s);
        return {};
    }

    // `X said: "…"` / `X said, "…"` / `According to X, "…"` / `She put it bluntly: "…"`.
    Attribution before(int open, int floor)
    {
        const int mark = open - 1;
        if (mark < floor)
            return {};
        const Token &punct = tokens().at(mark);
        if (!punct.is(u":") && !punct.is(u","))
            return {};
        // The window is this sentence's text since the previous quotation.
        int start = mark;
        while (start - 1 >= floor && tokens().at(start - 1).quote < 0)
            --start;
        for (int v = mark - 1; v >= start; --v) {
            const Token &token = tokens().at(v);
            if (!token.isWord() || token.capitalised)
                continue;
            if (token.is(u"to") && v - 1 >= start && tokens().at(v - 1).is(u"according")) {
                const Phrase p = phraseStartingAt(m_scan, v + 1, mark);
                if (p.isValid())
                    return attribute(v - 1, v, p, 0.85, u"according to X, quote"_s);
            }
            if (isSpeechVerb(token.lower) || (punct.is(u":") && isFramingVerb(token.lower))) {
                const Phrase p = subjectBefore(v, start);
                if (p.isValid())
                    return attribute(v, v, p, 0.93, u"X said: quote"_s);
                // Inverted before a colon: "Said the mayor: …" is rare; "added Keane:" is not.
                const Phrase q = phraseStartingAt(m_scan, v + 1, mark);
                if (q.isValid() && q.last == mark)
                    return attribute(v, v, q, 0.9, u"said X: quote"_s);
            }
        }
        if (punct.is(u":")) {
            // A clause that introduces the quote without a speech verb: its subject speaks.
            const Phrase p = phraseStartingAt(m_scan, start, mark);
            if (p.isValid() && (p.kind != Phrase::Kind::RoleNoun || isPersonRoleNoun(p.head)))
                return attribute(p.last < mark ? p.last : p.first, p.last < mark ? p.last : p.first, p, 0.8,
                                 u"X …: quote"_s);
        }
        return {};
    }

    // Any attribution in the sentence outside its quotations (for partial quotes and stragglers).
    Attribution inSentence(const Sentence &sentence, int near)
    {
        Attribution best;
        int bestDistance = 1 << 30;
        for (int v = sentence.first; v < sentence.last; ++v) {
            const Token &token = tokens().at(v);
            if (token.quote >= 0 || !token.isWord() || token.capitalised || !isFramingVerb(token.lower))
                continue;
            const int distance = std::abs(v - near);
            Phrase p = subjectBefore(v, sentence.first);
            QString rule = u"X said … \"quote\""_s;
            if (!p.isValid() && v > sentence.first && tokens().at(v - 1).is(u",")) {
                p = phraseStartingAt(m_scan, v + 1, sentence.last); // "…, added Xi."
                rule = u"… \"quote\" …, said X"_s;
            }
            if (!p.isValid())
                continue;
            // A named speaker in the sentence outranks a pronoun in it ("Dr Hope said she was
            // “heartbroken” but …, who she said had been “dealt an impossible hand”").
            const bool pronoun = p.kind == Phrase::Kind::Pronoun;
            if (best.found() && pronoun && best.phrase.kind != Phrase::Kind::Pronoun)
                continue;
            if (best.found() && !pronoun && best.phrase.kind == Phrase::Kind::Pronoun)
                bestDistance = 1 << 30;
            else if (distance >= bestDistance)
                continue;
            best = attribute(v, v, p, isSpeechVerb(token.lower) ? 0.85 : 0.8, rule);
            bestDistance = distance;
        }
        return best;
    }

    void quoted(int q, const Sentence &sentence)
    {
        const QuoteSpan &span = m_scan.quotes().at(q);
        const int open = m_scan.openTokenOfQuote(q);
        const int close = m_scan.closeTokenOfQuote(q);
        const Token *before = open > sentence.first ? &tokens().at(open - 1) : nullptr;
        const bool afterQuote = before && before->type == Token::Type::CloseMark;
        const bool direct = !before || afterQuote || before->is(u":") || before->is(u",")
            || before->is(u"\u2014") || before->is(u"(");
        Attribution a;
        if (direct) {
            a = after(close, sentence.last);
            if (!a.found())
                a = before ? this->before(open, sentence.first) : Attribution{};
        }
        if (!a.found())
            a = inSentence(sentence, open);
        if (!direct && (!a.found() || (before && before->is(u"so-called"))))
            return; // a scare quote: nobody's words
        QuoteSuggestion s;
        s.start = span.start;
        s.end = span.end;
        trim(s);
        if (s.end <= s.start)
            return;
        s.kind = direct ? QuoteKind::Direct : QuoteKind::Partial;
        if (a.found()) {
            fill(s, a);
        } else {
            s.confidence = 0.5;
            s.reason = u"quotation without attribution"_s;
            m_unattributed.append(int(m_out.size()));
        }
        m_quoteParagraph.insert(int(m_out.size()), tokens().at(open).paragraph);
        m_quoteToken.insert(int(m_out.size()), open);
        m_out.append(s);
    }

    void fill(QuoteSuggestion &s, const Attribution &a)
    {
        s.cueStart = tokens().at(a.cue).start;
        s.cueEnd = tokens().at(a.cueLast).end;
        s.cue = m_scan.slice(s.cueStart, s.cueEnd).toString();
        s.confidence = std::clamp(a.confidence, 0.05, 0.99);
        s.reason = a.rule;
        if (a.speaker >= 0) {
            const ArticleSpeaker &who = m_speakers.at(a.speaker);
            s.speaker = who.name;
            s.speakerRole = who.role;
            s.speakerAliases = who.aliases;
            s.speakerIsOrganisation = who.organisation;
            m_speakers.noteSpeaker(a.speaker, a.phrase.first);
        }
    }

    void trim(QuoteSuggestion &s) const
    {
        const QString &text = m_scan.text();
        while (s.start < s.end && text.at(s.start).isSpace())
            ++s.start;
        while (s.end > s.start && text.at(s.end - 1).isSpace())
            --s.end;
        s.exact = text.mid(s.start, s.end - s.start);
    }

    // Quotations with no attribution take the speaker of a neighbouring quotation: a later one in the
    // same paragraph ("First." "Second," she said.), else the one just before (a quote continued in the
    // next paragraph).
    void fillUnattributed()
    {
        for (int i : std::as_const(m_unattributed)) {
            QuoteSuggestion &s = m_out[i];
            const int paragraph = m_quoteParagraph.value(i);
            const QuoteSuggestion *source = nullptr;
            for (int j = i + 1; j < m_out.size(); ++j) {
                if (m_quoteParagraph.value(j, -1) != paragraph)
                    break;
                if (!m_out.at(j).speaker.isEmpty()) {
                    source = &m_out.at(j);
                    break;
                }
            }
            for (int j = i - 1; !source && j >= 0; --j) {
                if (m_out.at(j).kind == QuoteKind::Reported)
                    continue;
                if (m_quoteParagraph.value(j, -1) < paragraph - 1)
                    break;
                if (!m_out.at(j).speaker.isEmpty())
                    source = &m_out.at(j);
                break;
            }
            if (!source) {
                // A quotation alone in its paragraph after a paragraph about someone is theirs.
                const int who = m_speakers.salientPersonBefore(m_quoteToken.value(i));
                if (who < 0)
                    continue;
                const ArticleSpeaker &person = m_speakers.at(who);
                s.speaker = person.name;
                s.speakerRole = person.role;
                s.speakerAliases = person.aliases;
                s.confidence = 0.6;
                s.reason = u"quotation after a passage about its speaker"_s;
                continue;
            }
            s.speaker = source->speaker;
            s.speakerRole = source->speakerRole;
            s.speakerAliases = source->speakerAliases;
            s.speakerIsOrganisation = source->speakerIsOrganisation;
            s.confidence = 0.7;
            s.reason = u"continues the previous speaker's quotation"_s;
        }
    }

    // Does the verb at `v` take a reported clause ("said (that) …", "told reporters (that) …", "urged X
    // to …")?
    bool takesReportedClause(int v, const Sentence &sentence, bool *withThat) const
    {
        *withThat = false;
        const QString &verb = tokens().at(v).lower;
        const int limit = std::min(sentence.last, v + 16);
        const bool infinitive = verb.startsWith(u"urge") || verb.startsWith(u"appeal") || verb == u"asked" || verb == u"asks";
        for (int k = v + 1; k < limit; ++k) {
            const Token &token = tokens().at(k);
            if (token.quote >= 0 || isEndPunct(token))
                break;
            if (token.is(u"that")) {
                *withThat = true;
                return true;
            }
            if (token.is(u"to") && infinitive)
                return true;
        }
        if (v + 1 < sentence.last && (tokens().at(v + 1).is(u"of") || tokens().at(v + 1).is(u"against") || tokens().at(v + 1).is(u"for")))
            return false;
        // Without "that": a clause starts within a few words (after an object or a time phrase) and has
        // a finite verb of its own ("said he was", "told reporters the plan would", "said on Monday
        // the talks had", "said fines of up to … were possible").
        for (int k = v + 1; k < std::min(sentence.last, v + 7); ++k) {
            const Token &token = tokens().at(k);
            if (token.quote >= 0 || isEndPunct(token) || token.is(u","))
                return false;
            if (!token.isWord())
                continue;
            for (int j = k + 1; j < std::min(sentence.last, k + 10); ++j) {
                const Token &next = tokens().at(j);
                if (next.quote >= 0 || isEndPunct(next))
                    break;
                if (next.is(u"who") || next.is(u"which") || next.is(u"that") || next.is(u"whose"))
                    break; // the verb of a relative clause is not the report's
                if (isAux(next))
                    return startsClause(token) || !isSpeechVerb(next.lower);
            }
            return false;
        }
        return false;
    }

    // Where a reported passage ends: the sentence's end, or before a trailing aside that is not what
    // was said (", according to state media", ", which critics call …", ", whose pass …").
    int reportedEnd(const Sentence &sentence, int from) const
    {
        for (int k = from + 1; k + 1 < sentence.last; ++k) {
            if (!tokens().at(k).is(u",") || tokens().at(k).quote >= 0)
                continue;
            const Token &next = tokens().at(k + 1);
            if (next.is(u"according") && k + 2 < sentence.last && tokens().at(k + 2).is(u"to"))
                return tokens().at(k - 1).end;
            // A relative clause that runs to the end is an aside; one closed by a comma is inside.
            const bool relative = next.is(u"which") || next.is(u"whose") || next.is(u"who")
                || (k + 2 < sentence.last && (tokens().at(k + 2).is(u"which") || tokens().at(k + 2).is(u"whom")) && !next.capitalised
                    && next.isWord() && next.lower.size() <= 6);
            if (!relative)
                continue;
            bool closed = false;
            for (int j = k + 2; j < sentence.last; ++j)
                closed = closed || (tokens().at(j).is(u",") && tokens().at(j).quote < 0);
            if (!closed)
                return tokens().at(k - 1).end;
        }
        return sentence.end;
    }

    // Where a reported passage starts: at the sentence's start, so the speaker's description comes
    // with them ("One of the victims, retired teacher Margaret Ellison, 78, said", "A spokeswoman for
    // IPMA said"), but after a preposed phrase ("At the start of the meeting, Xi said").
    int reportedStart(const Sentence &sentence, const Phrase &subject) const
    {
        int first = sentence.first;
        if (opensPreposedPhrase(tokens().at(first))) {
            first = subject.first;
            for (int t = sentence.first; t < subject.first; ++t) {
                if (tokens().at(t).is(u",")) {
                    first = t + 1;
                    break;
                }
            }
        }
        for (int t = first; t < subject.first; ++t)
            if (tokens().at(t).quote >= 0 || isEndPunct(tokens().at(t)))
                return tokens().at(subject.first).start;
        return tokens().at(first).start;
    }

    bool acceptableReporter(const Attribution &a) const
    {
        if (a.speaker < 0)
            return false;
        // "it said" is an organisation speaking; anything else "it" does is not speech.
        if (a.phrase.kind == Phrase::Kind::Pronoun && a.phrase.head == u"it")
            return m_speakers.at(a.speaker).organisation;
        return true;
    }

    void addReported(int start, int end, const Attribution &a, double confidence)
    {
        QuoteSuggestion s;
        s.start = start;
        s.end = end;
        trim(s);
        s.kind = QuoteKind::Reported;
        fill(s, a);
        double c = confidence;
        if (m_speakers.at(a.speaker).organisation)
            c -= 0.15;
        if (a.phrase.kind == Phrase::Kind::Pronoun)
            c -= 0.05;
        s.confidence = std::clamp(c, 0.05, 0.95);
        m_out.append(s);
    }

    // "According to X, …" and "…, according to X." (X a person or organisation, not a document).
    bool accordingTo(const Sentence &sentence)
    {
        for (int v = sentence.first; v + 1 < sentence.last; ++v) {
            if (!tokens().at(v).is(u"according") || !tokens().at(v + 1).is(u"to") || tokens().at(v).quote >= 0)
                continue;
            const Phrase p = phraseStartingAt(m_scan, v + 2, sentence.last);
            if (!p.isValid() || isDocumentWord(tokens().at(p.last - 1).lower) || (p.kind == Phrase::Kind::RoleNoun && isDocumentWord(p.head)))
                continue;
            Attribution a = attribute(v, v + 1, p, 0.7, u"according to X, …"_s);
            if (!acceptableReporter(a))
                continue;
            addReported(sentence.start, sentence.end, a, 0.7);
            return true;
        }
        return false;
    }

    void reported(const Sentence &sentence)
    {
        for (int v = sentence.first; v < sentence.last; ++v) {
            const Token &token = tokens().at(v);
            if (token.quote >= 0 || !token.isWord() || !isSpeechVerb(token.lower) || token.is(u"according") || token.capitalised)
                continue;
            // What someone would, could or wants to say has not been said ("what she would tell the donors").
            if (v > sentence.first && isUnsaid(tokens().at(v - 1)))
                continue;
            if (v + 1 < sentence.last && (tokens().at(v + 1).is(u"nothing") || tokens().at(v + 1).is(u"little")))
                continue;
            Phrase subject = subjectBefore(v, sentence.first);
            if (!subject.isValid()) {
                // "…, said Patrick O'Sullivan." — the speaker after the verb at the sentence's end.
                if (v > sentence.first + 2 && tokens().at(v - 1).is(u",")) {
                    const Phrase after = phraseStartingAt(m_scan, v + 1, sentence.last);
                    if (after.isValid() && (after.last >= sentence.last - 1 || isEndPunct(tokens().at(after.last)))) {
                        Attribution a = attribute(v, v, after, 0.65, u"…, said X."_s);
                        if (acceptableReporter(a)) {
                            addReported(sentence.start, sentence.end, a, 0.65);
                            return;
                        }
                    }
                }
                continue;
            }
            const bool parenthetical = subject.first > sentence.first && tokens().at(subject.first - 1).is(u",")
                && v + 1 < sentence.last && tokens().at(v + 1).is(u",");
            if (parenthetical) {
                // "China, he wrote, is making active efforts …"
                Attribution a = attribute(v, v, subject, 0.6, u"…, X said, …"_s);
                if (acceptableReporter(a)) {
                    addReported(sentence.start, reportedEnd(sentence, v), a, 0.6);
                    return;
                }
                continue;
            }
            // Whatever follows a speaker's verb is theirs: a later verb in it ("the Kremlin denied that
            // Xi had confirmed …") does not start another report.
            bool withThat = false;
            if (takesReportedClause(v, sentence, &withThat)) {
                Attribution a = attribute(v, v, subject, withThat ? 0.85 : 0.75, withThat ? u"X said that …"_s : u"X said …"_s);
                if (acceptableReporter(a))
                    addReported(reportedStart(sentence, subject), reportedEnd(sentence, v), a, a.confidence);
                return;
            }
            // "The talks will resume, the minister said." — the clause comes first.
            bool clauseFirst = false;
            for (int c = subject.first - 1; c > sentence.first + 2 && c >= subject.first - 5; --c) {
                if (tokens().at(c).is(u",")) {
                    clauseFirst = !opensPreposedPhrase(tokens().at(sentence.first));
                    break;
                }
                if (!tokens().at(c).isWord())
                    break;
            }
            int k = v + 1;
            while (k < sentence.last && !isEndPunct(tokens().at(k)) && k < v + 6)
                ++k;
            if (!clauseFirst || k >= sentence.last || !isEndPunct(tokens().at(k)))
                continue;
            Attribution a = attribute(v, v, subject, 0.65, u"…, X said."_s);
            if (acceptableReporter(a)) {
                addReported(sentence.start, sentence.end, a, 0.65);
                return;
            }
        }
        accordingTo(sentence);
    }

    TextScan m_scan;
    ArticleSpeakers m_speakers;
    QList<QuoteSuggestion> m_out;
    QList<int> m_unattributed;
    QHash<int, int> m_quoteParagraph; // suggestion -> paragraph of its opening mark
    QHash<int, int> m_quoteToken;     // suggestion -> its opening mark's token
};

} // namespace

QList<QuoteSuggestion> findQuotes(const QString &text)
{
    return Finder(text).run();
}

} // namespace gloss::quotes
